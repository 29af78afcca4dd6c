package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 平顶山市总工会《困难职工家庭认定标准》 and the 青岛市总工会 formula:
// 深度 (income − rigid) ÷ 12 ÷ members < 低保; 相对 < 2 × 低保; 意外致困 costs > 80% of income.
func TestStandardCategories_Pingdingshan_Qingdao(t *testing.T) {
	r := Standard(d("1000"))
	tests := []struct {
		name      string
		a         Applicant
		want      Category
		perCapita string
	}{
		// 3 members: 1× 低保 is 36,000 a year, 2× is 72,000.
		{"deep: just below 1× though the figure rounds to it", simple(3, "40000", "4000.01"), Deep, "1000.00"},
		{"strict <: exactly 1× is not deep but relative", simple(3, "40000", "4000"), Relative, "1000.00"},
		{"relative: just below 2×", simple(3, "71999.99", "0"), Relative, "2000.00"},
		{"strict <: exactly 2× is none", simple(3, "72000", "0"), None, "2000.00"},
		{"none above 2×", simple(3, "90000", "0"), None, "2500.00"},
		{"negative net is deep", simple(1, "1000", "5000"), Deep, "-333.33"},
		{"accident: costs above 80% of income", func() Applicant {
			a := simple(2, "100000", "0")
			a.Household.HardshipCosts = d("80000.01")
			return a
		}(), Accident, "4166.67"},
		{"accident: exactly 80% is not above", func() Applicant {
			a := simple(2, "100000", "0")
			a.Household.HardshipCosts = d("80000")
			return a
		}(), None, "4166.67"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustAssess(t, r, tt.a)
			assert.Equal(t, tt.want, res.Category)
			assert.Equal(t, tt.perCapita, res.PerCapita.StringFixed(2))
			assert.True(t, res.Eligible)
			for _, x := range res.Reasons {
				assert.NotEmpty(t, x.Source, x.Code)
			}
		})
	}
}

// The sources disagree on the comparison at exactly 2 × 低保 (平顶山 "2倍以内",
// 青岛 strict <, an older city rule "2倍(含)"): the operator is a rule parameter.
func TestOperatorIsParameter(t *testing.T) {
	r := Standard(d("1000"))
	r.Bands[1].Op = LessOrEqual
	res := mustAssess(t, r, simple(3, "72000", "0"))
	assert.Equal(t, Relative, res.Category)
	assert.Equal(t, "2000.00", res.Threshold.StringFixed(2))
}

// No rounding decides a category: a per-capita figure that rounds to the
// threshold still falls below it.
func TestExactComparisonNotRounded(t *testing.T) {
	r := Standard(d("1000"))
	res := mustAssess(t, r, simple(3, "35999.99", "0")) // 999.9997… rounds to 1000.00
	assert.Equal(t, "1000.00", res.PerCapita.StringFixed(2))
	assert.Equal(t, Deep, res.Category)
	r.PerCapitaRounding = union.ToYuan(union.Down)
	res = mustAssess(t, r, simple(3, "35999.99", "0"))
	assert.Equal(t, "999", res.PerCapita.String())
}

// 江门日报 2025-06-18: festival gifts and the resident pension are not counted;
// union aid received is; idle working-age members are imputed the minimum wage.
func TestIncomeCounting_Jiangmen(t *testing.T) {
	r := Standard(d("1000"))
	a := typical()
	a.Household.IncomeItems = append(a.Household.IncomeItems,
		IncomeItem{Kind: ResidentPension, Amount: d("1200")},
		IncomeItem{Kind: UnionAid, Amount: d("2000")})
	res := mustAssess(t, r, a)
	assert.Equal(t, "38000", res.Income.String())
	codes := union.Codes(res.Reasons)
	assert.Contains(t, codes, "assistance.income.excluded.festival_gift")
	assert.Contains(t, codes, "assistance.income.excluded.resident_pension")

	r.ImputeIdle, r.MinimumWage = true, d("2000")
	a = typical()
	a.Household.Persons[0].Employed = false
	res = mustAssess(t, r, a)
	assert.Equal(t, "24000", res.Imputed.String())
	assert.Contains(t, union.Codes(res.Reasons), "assistance.income.imputed")
	// the ill spouse (no capacity) and the student are never imputed
	assert.Equal(t, "60000", res.Income.String())
}

// Pingdingshan: 相对困难 also deducts necessary employment costs; 深度 does not.
func TestRelativeDeductsEmploymentCosts_Pingdingshan(t *testing.T) {
	r := Standard(d("1000"))
	a := simple(1, "24500", "0")
	a.Household.ExpenseItems = []ExpenseItem{{Kind: EmploymentExpense, Amount: d("1000")}}
	res := mustAssess(t, r, a)
	assert.Equal(t, Relative, res.Category) // 24,500 − 1,000 < 24,000 only after the employment costs
	assert.Equal(t, "24500", res.Rigid.Add(res.Income).Sub(res.Rigid).String())
	assert.Equal(t, "0", res.Rigid.String())
}

// All failed conditions and exclusions are reported together (排除性条件 and conditions:
// juduo.cc city rule, 郑州市总工会 2017).
func TestConditionsAndExclusionsAllReported(t *testing.T) {
	r := Standard(d("1000"))
	a := simple(3, "10000", "0")
	a.Member = false
	a.Migrant, a.ContractMonths, a.RuralResidence = true, 6, true
	a.Household.Homes = 2
	a.Household.Shops = 1
	a.Household.EmploysOthers = true
	a.Household.Persons = []Person{
		{Age: 40, Employed: true},
		{Age: 15, School: Compulsory, SchoolFee: d("30000"), PublicSchoolFee: d("5000")},
		{Age: 20, School: Bachelor, AbroadSelfFunded: true},
	}
	res := mustAssess(t, r, a)
	assert.Equal(t, None, res.Category)
	assert.Equal(t, Deep, res.Tested)
	assert.False(t, res.Eligible)
	assert.True(t, res.Excluded)
	codes := union.Codes(res.Reasons)
	for _, c := range []string{"assistance.condition.member", "assistance.condition.contract",
		"assistance.condition.rural", "assistance.exclude.homes", "assistance.exclude.shop",
		"assistance.exclude.employs", "assistance.exclude.private_school", "assistance.exclude.abroad",
		"assistance.filed.ineligible"} {
		assert.Contains(t, codes, c)
	}
}

// 郑州 2017: a migrant worker with a 12-month contract living in the city qualifies.
func TestMigrantWorker_Zhengzhou(t *testing.T) {
	r := Standard(d("1000"))
	a := simple(2, "10000", "0")
	a.Migrant, a.ContractMonths = true, 12
	res := mustAssess(t, r, a)
	assert.Equal(t, Deep, res.Category)
	assert.Contains(t, res.Missing, LabourContract)
}

// 《云南省困难职工档案管理办法(试行)》第七条 and juduo.cc: the Generation-1 labels.
func TestGeneration1_Yunnan7(t *testing.T) {
	r := Generation1(d("370"))
	// 低保户: below 低保 for 6 months.
	a := simple(2, "8000", "0") // 333.33 a month
	a.Household.MonthsBelow = 6
	assert.Equal(t, Subsistence, mustAssess(t, r, a).Category)
	a.Household.MonthsBelow = 5
	res := mustAssess(t, r, a)
	assert.Contains(t, union.Codes(res.Reasons), "assistance.band.months.subsistence")
	// …unless already on 低保 (第七条 2); then the 边缘户 test is not reached.
	a.Household.OnMinimumLiving = true
	assert.Equal(t, Subsistence, mustAssess(t, r, a).Category)

	// 低保边缘户: ≤ 1.5× with a cause, and ≤ 低保 after cause spending.
	b := simple(2, "13320", "4440") // 555 = 1.5 × 370 exactly, inclusive; (13320 − 4440) / 24 = 370
	assert.Equal(t, None, mustAssess(t, r, b).Category, "no cause recorded")
	b.MainCause = Schooling
	assert.Equal(t, Marginal, mustAssess(t, r, b).Category)
	b.Household.RigidExpenses = d("3000") // (13320 − 3000) / 24 = 430 > 370
	res = mustAssess(t, r, b)
	assert.Equal(t, None, res.Category)
	assert.Contains(t, union.Codes(res.Reasons), "assistance.band.residual.marginal")

	// 意外致困户 branch 1: ≤ 3× and (income − costs) ÷ size ≤ 低保.
	c := simple(2, "26640", "0") // exactly 3 × 370 per capita: inclusive
	c.Household.HardshipCosts = d("17760")
	assert.Equal(t, Accident, mustAssess(t, r, c).Category)
	// branch 2: above 3×, assets are added.
	c.Household.Income = d("30000")
	c.Household.HardshipCosts = d("21121")
	c.Household.Assets = d("1") // (30000 + 1 − 21121) / 24 = 370
	res = mustAssess(t, r, c)
	assert.Equal(t, Accident, res.Category)
	assert.Contains(t, union.Codes(res.Reasons), "assistance.accident.assets")
	c.Household.Assets = d("10000")
	assert.Equal(t, None, mustAssess(t, r, c).Category)
}

// 《上海工会深度困难职工帮扶工作实施办法(试行)》: ≤ prior-year 低保, local hukou, in service.
func TestShanghai2019(t *testing.T) {
	r := Shanghai2019(d("1000"))
	a := simple(2, "24000", "0")
	assert.Equal(t, Deep, mustAssess(t, r, a).Category, "inclusive ≤")
	a.NonLocalHukou = true
	a.Worker.Status = union.Retired
	res := mustAssess(t, r, a)
	assert.Equal(t, None, res.Category)
	codes := union.Codes(res.Reasons)
	assert.Contains(t, codes, "assistance.condition.hukou")
	assert.Contains(t, codes, "assistance.condition.in_service.retired")
}

// 岳阳市总工会《2018年岳阳市困难职工建档流程》: the evidence still missing.
func TestMissingDocuments_Yueyang(t *testing.T) {
	r := Standard(d("1000"))
	a := typical()
	a.Household.OnMinimumLiving = true
	a.Household.Persons[1].Disability = 2
	res := mustAssess(t, r, a)
	require.Equal(t, Deep, res.Category)
	assert.Equal(t, []Document{LowIncomeCertificate, Diagnosis, DisabilityCertificate, SchoolProof}, res.Missing)
	a.Evidence = append(a.Evidence, Diagnosis, SchoolProof, LowIncomeCertificate, DisabilityCertificate)
	assert.Empty(t, mustAssess(t, r, a).Missing)
	// a household in no category needs no file
	assert.Empty(t, mustAssess(t, r, simple(1, "99999", "0")).Missing)
}

func TestEveryReasonHasSourceAndText(t *testing.T) {
	known := map[string]bool{}
	for _, m := range union.Messages() {
		known[m.Code] = true
	}
	for _, r := range []Rules{Standard(d("1000")), Generation1(d("370")), Hubei2024(d("940")), Shanghai2019(d("1000"))} {
		for _, a := range sampleApplicants() {
			res, err := r.Assess(a)
			if err != nil {
				continue
			}
			for _, x := range res.Reasons {
				assert.True(t, known[x.Code], "no text for %s", x.Code)
				assert.NotEmpty(t, x.Source, x.Code)
			}
		}
	}
}
