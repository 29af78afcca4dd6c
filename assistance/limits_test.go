package assistance

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tooMany finds the FieldError for field with code invalid.too_many and
// checks that it names the limit.
func tooMany(t *testing.T, err error, field string, max int) {
	t.Helper()
	for _, fe := range union.FieldErrors(err) {
		if fe.Field == field {
			assert.Equal(t, "invalid.too_many", fe.Code, field)
			assert.Equal(t, []string{strconv.Itoa(max)}, fe.Args, field)
			return
		}
	}
	t.Errorf("no error for %s in %v", field, err)
}

// Every list an applicant or a rule set holds has a documented limit, checked
// by Validate with a FieldError naming the field and the limit, quickly even
// far above it (nothing inside an oversized list is checked).
func TestListLimits(t *testing.T) {
	const huge = 200_000
	a := typical()
	a.Household.Persons = make([]Person, huge)
	a.Household.IncomeItems = make([]IncomeItem, huge)
	a.Household.ExpenseItems = make([]ExpenseItem, huge)
	a.Paid = make([]Payment, huge)
	a.Evidence = make([]Document, huge)
	a.Causes = make([]Cause, huge)
	start := time.Now()
	err := a.Validate()
	require.ErrorIs(t, err, union.ErrInvalid)
	tooMany(t, err, "household.persons", MaxMembers)
	tooMany(t, err, "household.income_items", MaxItems)
	tooMany(t, err, "household.expense_items", MaxItems)
	tooMany(t, err, "paid", MaxPayments)
	tooMany(t, err, "evidence", MaxEvidence)
	tooMany(t, err, "causes", MaxSecondaryCauses)
	assert.Less(t, len(union.FieldErrors(err)), 20, "nothing inside an oversized list is reported")

	r := Hubei2024(d("940"))
	r.CountedExpenses = make([]ExpenseKind, huge)
	r.ExcludedIncome = make([]IncomeKind, huge)
	r.Bands = make([]Band, huge)
	r.Documents = make([]Document, huge)
	r.Aid.Living = make([]LivingRate, huge)
	r.Aid.Study = make([]StudyRate, huge)
	r.Aid.NoStacking = make([]Category, huge)
	r.Aid.Medical[0].Categories = make([]Category, huge)
	r.Aid.Medical[0].Tiers = make([]Tier, huge)
	err = r.Validate()
	require.ErrorIs(t, err, union.ErrPolicy)
	for _, f := range []string{"counted_expenses", "excluded_income", "bands", "documents", "aid.living",
		"aid.study", "aid.no_stacking", "aid.medical[0].categories", "aid.medical[0].tiers"} {
		tooMany(t, err, f, MaxPolicyItems)
	}
	r.Aid.Medical = make([]MedicalRate, huge)
	tooMany(t, r.Validate(), "aid.medical", MaxPolicyItems)
	r = Standard(d("1000"))
	r.Bands[1].AlsoDeduct = make([]ExpenseKind, huge)
	tooMany(t, r.Validate(), "bands[1].also_deduct", MaxPolicyItems)
	assert.Less(t, time.Since(start), slowdown*2*time.Second)
}

// At the limits, duplicate checks stay linear: a rule set whose lists are
// all at MaxPolicyItems validates in well under a millisecond per list.
func TestPolicyValidationLinear(t *testing.T) {
	r := Standard(d("1000"))
	r.CountedExpenses = make([]ExpenseKind, MaxPolicyItems)
	r.ExcludedIncome = make([]IncomeKind, MaxPolicyItems)
	for i := range r.CountedExpenses {
		r.CountedExpenses[i] = ExpenseKind("k" + strconv.Itoa(i))
		r.ExcludedIncome[i] = IncomeKind("k" + strconv.Itoa(i))
	}
	require.NoError(t, r.Validate())
	r.CountedExpenses[MaxPolicyItems-1] = "k0"
	r.ExcludedIncome[MaxPolicyItems-1] = "k3"
	err := r.Validate()
	assert.ElementsMatch(t, []string{"counted_expenses[63]", "excluded_income[63]"}, fieldsOf(err))
}

// decimals finds every decimal.Decimal field reachable from v (a pointer),
// with its path.
func decimals(v reflect.Value, path string, out map[string]reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			decimals(v.Elem(), path, out)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(decimal.Decimal{}) {
			out[path] = v
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				decimals(v.Field(i), path+"."+v.Type().Field(i).Name, out)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			decimals(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	}
}

// extremes are decimals whose exponent or size no amount, rate or multiple
// can have: each must be a FieldError, found in constant time, never a
// panic or minutes of rescaling.
var extremes = []decimal.Decimal{
	decimal.New(0, math.MaxInt32), decimal.New(1, math.MaxInt32), decimal.New(-1, math.MaxInt32),
	decimal.New(1, math.MinInt32), decimal.New(0, math.MinInt32), decimal.New(7, 100_000_000),
	decimal.New(7, -100_000_000), decimal.New(1, 16), decimal.New(1, -19),
}

// Extreme decimal exponents anywhere in the rules or the applicant are a
// FieldError of the right kind naming a field, in bounded time.
func TestExtremeDecimalsRefused(t *testing.T) {
	rules := Shanghai2019(d("1000"))
	rules.Accident = Standard(d("1000")).Accident
	rules.Aid.Accident = AccidentRate{Rate: d("0.5"), Cap: d("1000")}
	rules.Aid.TemporaryCap = d("3000")
	rules.Exclusions.AssetMonths = d("24")
	a := typical()
	a.Household.Income, a.Household.RigidExpenses, a.Household.HardshipCosts = d("1"), d("1"), d("1")
	a.Household.Assets = d("1")
	a.Household.Persons[2].SchoolFee, a.Household.Persons[2].PublicSchoolFee = d("1"), d("1")
	a.Paid = []Payment{{Programme: LivingAid, Amount: d("1")}}

	for _, tc := range []struct {
		root any
		kind error
	}{{&rules, union.ErrPolicy}, {&a, union.ErrInvalid}} {
		fields := map[string]reflect.Value{}
		decimals(reflect.ValueOf(tc.root), "", fields)
		require.Greater(t, len(fields), 10)
		for path, v := range fields {
			saved := v.Interface().(decimal.Decimal)
			for _, x := range extremes {
				v.Set(reflect.ValueOf(x))
				start := time.Now()
				var err error
				require.NotPanics(t, func() {
					_, err = rules.Assess(a)
					if err == nil {
						_ = rules.AssessAll([]Applicant{a})
						_, err = rules.Review(File{Category: Deep, Filed: union.MustPeriod("2024-01"),
							Reviewed: union.MustPeriod("2025-01")}, a)
					}
				}, path)
				require.Error(t, err, "%s = %d×10^%d", path, x.Coefficient(), x.Exponent())
				assert.True(t, errors.Is(err, tc.kind), path)
				var fe *union.FieldError
				require.ErrorAs(t, err, &fe, path)
				assert.NotEmpty(t, fe.Field, path)
				assert.Less(t, len(err.Error()), 2000, path)
				assert.Less(t, time.Since(start), slowdown*200*time.Millisecond, path)
			}
			v.Set(reflect.ValueOf(saved))
		}
	}
}

// atLimits is an applicant and a rule set with every list at its limit.
func atLimits() (Rules, Applicant) {
	r := Hubei2024(d("940"))
	r.CountedExpenses = make([]ExpenseKind, MaxPolicyItems)
	r.ExcludedIncome = make([]IncomeKind, MaxPolicyItems)
	for i := range r.CountedExpenses {
		r.CountedExpenses[i] = ExpenseKind("e" + strconv.Itoa(i))
		r.ExcludedIncome[i] = IncomeKind("i" + strconv.Itoa(i))
	}
	r.CountedExpenses[0], r.ExcludedIncome[0] = MedicalExpense, FestivalGift
	deduct := append([]ExpenseKind(nil), r.CountedExpenses...)
	r.Bands = nil // one band per category at most, each with the longest deduction list
	for c := Deep; c <= Marginal; c++ {
		r.Bands = append(r.Bands, Band{Category: c, Multiple: d("1"), Op: Less, AlsoDeduct: deduct})
	}
	r.Documents = make([]Document, MaxPolicyItems)
	r.Aid.NoStacking = []Category{Relative}
	r.Aid.Medical = make([]MedicalRate, MaxPolicyItems)
	for i := range r.Aid.Medical {
		cats := make([]Category, MaxPolicyItems)
		for j := range cats {
			cats[j] = Relative
		}
		tiers := make([]Tier, MaxPolicyItems)
		for j := range tiers {
			tiers[j] = Tier{UpTo: decimal.NewFromInt(int64(1000 * (j + 1))), Rate: d("0.5")}
		}
		tiers[len(tiers)-1].UpTo = decimal.Zero
		r.Aid.Medical[i] = MedicalRate{Categories: cats, Tiers: tiers, Cap: d("20000")}
	}
	r.Aid.Medical[MaxPolicyItems-1].Categories = nil

	a := typical()
	h := &a.Household
	h.Members = MaxMembers
	h.Persons = make([]Person, MaxMembers)
	for i := range h.Persons {
		h.Persons[i] = Person{Age: 30, School: Bachelor, SeriousIllness: true, MedicalSelfPaid: d("60000")}
	}
	h.IncomeItems = make([]IncomeItem, MaxItems)
	h.ExpenseItems = make([]ExpenseItem, MaxItems)
	for i := range h.IncomeItems {
		h.IncomeItems[i] = IncomeItem{Kind: IncomeKind("i" + strconv.Itoa(i%(2*MaxPolicyItems))), Amount: d("100")}
		h.ExpenseItems[i] = ExpenseItem{Kind: ExpenseKind("e" + strconv.Itoa(i%(2*MaxPolicyItems))), Amount: d("10")}
	}
	a.Paid = make([]Payment, MaxPayments)
	for i := range a.Paid {
		a.Paid[i] = Payment{Programme: Programme(i % 5), Amount: d("1")}
	}
	a.Evidence = make([]Document, MaxEvidence)
	return r, a
}

// At every limit at once an assessment, a review and a small batch finish
// well inside a second.
func TestBoundedAtLimits(t *testing.T) {
	r, a := atLimits()
	require.NoError(t, r.Validate())
	require.NoError(t, a.Validate())
	start := time.Now()
	res := mustAssess(t, r, a)
	_, err := r.Review(File{Category: Deep, Filed: union.MustPeriod("2024-01"), Reviewed: union.MustPeriod("2025-01")}, a)
	require.NoError(t, err)
	b := r.AssessAll([]Applicant{a, a, a, a})
	assert.Equal(t, 0, b.Failed)
	assert.Less(t, time.Since(start), slowdown*time.Second)
	assert.NotEmpty(t, res.Reasons)
}

// BenchmarkAssessAtLimits is one Assess with every list of the applicant and
// of the rules at its limit.
func BenchmarkAssessAtLimits(b *testing.B) {
	r, a := atLimits()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Assess(a); err != nil {
			b.Fatal(err)
		}
	}
}
