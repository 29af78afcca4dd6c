package assistance

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

var indices = regexp.MustCompile(`\[\d+\]`)

// Every field an assistance error can name has a label in three languages
// ("field.<path without indices>"), so error texts can name it as people do.
func TestFieldLabels(t *testing.T) {
	known := map[string]bool{}
	for _, m := range union.Messages() {
		known[m.Code] = true
	}
	huge := decimal.New(1, math.MaxInt32)
	var errs []error

	a := typical()
	a.Age, a.ContractMonths, a.MainCause, a.Incident, a.Harm = -1, -1, Cause(99), Incident(99), Harm(99)
	a.Worker.Status = 99
	a.Causes = []Cause{99}
	a.Evidence = []Document{99}
	a.Paid = []Payment{{Programme: 99, Amount: huge}}
	h := &a.Household
	h.Members, h.Income, h.RigidExpenses, h.HardshipCosts, h.Assets = 0, huge, huge, huge, huge
	h.Homes, h.Shops, h.Vehicles, h.MonthsBelow, h.MonthsAbove = -1, -1, -1, -1, -1
	h.IncomeItems = []IncomeItem{{Amount: huge}}
	h.ExpenseItems = []ExpenseItem{{Amount: huge}}
	h.Persons[0] = Person{Age: -1, School: 99, Capacity: 99, Disability: 9, MedicalSelfPaid: huge, SchoolFee: huge, PublicSchoolFee: huge}
	h.Persons[1] = Person{AbroadSelfFunded: true, Employed: true, Capacity: NoCapacity, SchoolFee: decimal.NewFromInt(1)}
	errs = append(errs, a.Validate())

	r := Hubei2024(decimal.NewFromInt(-1))
	r.PerCapitaRounding = union.Rounding{Places: 99}
	r.ImputeIdle, r.WorkingAge = true, AgeRange{From: 9, Until: 1}
	r.CountedExpenses, r.ExcludedIncome = []ExpenseKind{""}, []IncomeKind{""}
	r.Bands = []Band{{Category: 99, Multiple: huge, Op: 99, MonthsBelow: -1, AlsoDeduct: []ExpenseKind{""},
		Residual: Limit{Multiple: decimal.NewFromInt(999), Op: 99}}}
	r.Accident = AccidentTest{Share: decimal.NewFromInt(5), ShareOp: Less, IncomeCap: Limit{Multiple: decimal.NewFromInt(999), Op: 99}}
	r.Conditions.MigrantContractMonths = -1
	r.Exclusions = Exclusions{MaxHomes: -1, PrivateSchoolMultiple: decimal.NewFromInt(999), AssetMonths: huge, Age: AgeRange{From: 9, Until: 1}}
	r.Aid.Rounding = union.Rounding{Places: 99}
	r.Aid.Living = []LivingRate{{Category: 99, Months: huge, Amount: huge}}
	r.Aid.Study = []StudyRate{{Level: 99, Months: huge, Amount: huge, NonFiled: huge}}
	r.Aid.Medical = []MedicalRate{{Categories: []Category{99}, Tiers: []Tier{{Rate: huge, UpTo: huge}}, Cap: huge}}
	r.Aid.Accident = AccidentRate{Rate: huge, Cap: huge}
	r.Aid.TemporaryCap = huge
	r.Aid.NoStacking = []Category{99}
	r.Exit = ExitRules{}
	r.Documents = []Document{99}
	r.Effective = union.Effective{From: union.Period{Year: 99999, Month: 1}, Until: union.Period{Year: 1, Month: 1}}
	errs = append(errs, r.Validate())
	r2 := Standard(decimal.NewFromInt(1000))
	r2.Accident = AccidentTest{Residual: Limit{Multiple: decimal.NewFromInt(999), Op: 99}, AssetsAboveCap: true}
	r2.ImputeIdle, r2.MinimumWage = true, huge
	errs = append(errs, r2.Validate(), File{}.Validate())
	_, err := Yearly(Standard, Figures{From: union.Period{Year: 1, Month: 99}})
	errs = append(errs, err)
	_, err = Preset("x", decimal.Zero)
	errs = append(errs, err)

	seen := map[string]bool{}
	for _, e := range errs {
		for _, fe := range union.FieldErrors(e) {
			f := indices.ReplaceAllString(fe.Field, "")
			if seen[f] || strings.HasPrefix(f, "effective") {
				// effective's labels are union's, shared by every package.
				continue
			}
			seen[f] = true
			assert.True(t, known["field."+f], "no label field.%s (from %s)", f, fe.Field)
		}
	}
	assert.Greater(t, len(seen), 60)
}
