package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fieldsOf lists the fields of every *union.FieldError inside err.
func fieldsOf(err error) []string {
	var out []string
	for _, fe := range union.FieldErrors(err) {
		out = append(out, fe.Field)
	}
	return out
}

func TestBadInput(t *testing.T) {
	r := Standard(d("1000"))
	tests := []struct {
		name  string
		a     func(a *Applicant)
		field string
	}{
		{"no members", func(a *Applicant) { a.Household.Members = 0 }, "household.members"},
		{"negative income", func(a *Applicant) { a.Household.Income = d("-1") }, "household.income"},
		{"fractions of a fen", func(a *Applicant) { a.Household.RigidExpenses = d("1.001") }, "household.rigid_expenses"},
		{"negative age", func(a *Applicant) { a.Household.Persons[0].Age = -1 }, "household.persons[0].age"},
		{"negative applicant age", func(a *Applicant) { a.Age = -3 }, "age"},
		{"negative months", func(a *Applicant) { a.ContractMonths = -1 }, "contract_months"},
		{"negative months below", func(a *Applicant) { a.Household.MonthsBelow = -1 }, "household.months_below"},
		{"more students than members", func(a *Applicant) {
			a.Household.Persons = append(a.Household.Persons, Person{Age: 8, School: Compulsory})
		}, "household.persons"},
		{"months below and above", func(a *Applicant) { a.Household.MonthsBelow, a.Household.MonthsAbove = 2, 3 }, "household.months_above"},
		{"abroad but not a student", func(a *Applicant) { a.Household.Persons[0].AbroadSelfFunded = true }, "household.persons[0].abroad_self_funded"},
		{"too many causes", func(a *Applicant) { a.Causes = []Cause{Schooling, CauseLaidOff, OtherCause, NaturalDisaster} }, "causes"},
		{"duplicate cause", func(a *Applicant) { a.Causes = []Cause{SeriousIllness} }, "causes[0]"},
		{"unknown category of paid aid", func(a *Applicant) { a.Paid = []Payment{{Programme: 9, Amount: d("1")}} }, "paid[0].programme"},
		{"disability grade", func(a *Applicant) { a.Household.Persons[1].Disability = 7 }, "household.persons[1].disability"},
		{"income kind missing", func(a *Applicant) { a.Household.IncomeItems[0].Kind = "" }, "household.income_items[0].kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := typical()
			tt.a(&a)
			_, err := r.Assess(a)
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrInvalid)
			assert.NotErrorIs(t, err, union.ErrPolicy)
			assert.Contains(t, fieldsOf(err), tt.field)
		})
	}
}

func TestBadInputReportsEverything(t *testing.T) {
	a := typical()
	a.Household.Members = -1
	a.Household.Income = d("-5")
	a.Age = -1
	a.Household.Persons[0].Age = -2
	err := a.Validate()
	assert.Len(t, fieldsOf(err), 5) // members, income, age, persons[0].age, persons (count)
}

func TestBadRules(t *testing.T) {
	tests := []struct {
		name  string
		r     func(r *Rules)
		field string
	}{
		{"低保 not positive", func(r *Rules) { r.MinimumLiving = d("0") }, "minimum_living"},
		{"multiple below 1", func(r *Rules) { r.Bands[1].Multiple = d("0.5") }, "bands[1].multiple"},
		{"band operator", func(r *Rules) { r.Bands[0].Op = Greater }, "bands[0].op"},
		{"share above 1", func(r *Rules) { r.Accident.Share = d("1.5") }, "accident.share"},
		{"share operator", func(r *Rules) { r.Accident.ShareOp = Less }, "accident.share_op"},
		{"duplicate band", func(r *Rules) { r.Bands[1].Category = Deep }, "bands[1].category"},
		{"band of None", func(r *Rules) { r.Bands[0].Category = None }, "bands[0].category"},
		{"imputation without wage", func(r *Rules) { r.ImputeIdle = true }, "minimum_wage"},
		{"rounding", func(r *Rules) { r.PerCapitaRounding.Places = 40 }, "per_capita_rounding.places"},
		{"exit months", func(r *Rules) { r.Exit.Months = 0 }, "exit.months"},
		{"private school multiple", func(r *Rules) { r.Exclusions.PrivateSchoolMultiple = d("0.5") }, "exclusions.private_school_multiple"},
		{"medical tiers out of order", func(r *Rules) {
			r.Aid.Medical = []MedicalRate{{Tiers: []Tier{{UpTo: d("100"), Rate: d("1")}, {UpTo: d("50"), Rate: d("0.5")}}}}
		}, "aid.medical[0].tiers[1].up_to"},
		{"effective order", func(r *Rules) {
			r.Effective = union.Between(union.MustPeriod("2025-01"), union.MustPeriod("2024-01"))
		}, "effective.until"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Hubei2024(d("940"))
			tt.r(&r)
			_, err := r.Assess(typical())
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrPolicy)
			assert.Contains(t, fieldsOf(err), tt.field)
			_, err = r.Review(file(Deep), typical())
			assert.ErrorIs(t, err, union.ErrPolicy)
			b := r.AssessAll([]Applicant{typical()})
			assert.ErrorIs(t, b.Items[0].Err, union.ErrPolicy)
		})
	}
}

func TestPresetsValid(t *testing.T) {
	for name, r := range presets() {
		assert.NoError(t, r.Validate(), name)
	}
}
