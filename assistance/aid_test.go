package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func grantOf(res Assessment, p Programme) string {
	for _, g := range res.Grants {
		if g.Programme == p {
			return g.Amount.StringFixed(2)
		}
	}
	return "-"
}

// 湖北省总工会 (武汉本地宝 2024-03-20): living aid 12 / 10 / 10 months of 低保,
// medical up to self-paid capped at 20,000 per household, study aid 10 / 6 months.
func TestHubeiAid(t *testing.T) {
	r := Hubei2024(d("940"))
	res := mustAssess(t, r, typical())
	require.Equal(t, Deep, res.Category)
	assert.Equal(t, "11280.00", grantOf(res, LivingAid))
	assert.Equal(t, "9400.00", grantOf(res, StudyAid))
	assert.Equal(t, "12000.00", grantOf(res, MedicalAid))
	assert.Equal(t, "32680.00", res.AidTotal.StringFixed(2))

	a := typical()
	a.Household.Persons[1].MedicalSelfPaid = d("30000")
	a.Household.IncomeItems[0].Amount = d("80000") // (80,000 − 34,000) / 36 = 1,277.78: relative
	res = mustAssess(t, r, a)
	require.Equal(t, Relative, res.Category)
	assert.Equal(t, "9400.00", grantOf(res, LivingAid))
	assert.Equal(t, "20000.00", grantOf(res, MedicalAid), "household cap")
	assert.Contains(t, union.Codes(res.Reasons), "assistance.aid.medical.cap")
}

// Aid already paid this year counts against the caps and as income (hfno1).
func TestPaidAidCountsAgainstCapsAndAsIncome(t *testing.T) {
	r := Hubei2024(d("940"))
	a := typical()
	a.Paid = []Payment{{Programme: LivingAid, Amount: d("3000")}, {Programme: MedicalAid, Amount: d("12500")}}
	res := mustAssess(t, r, a)
	// 15,500 of paid aid lifts the per-capita figure to 986.11, above 低保:
	// the household is now relative, and the living aid paid counts against 10 months.
	require.Equal(t, Relative, res.Category)
	assert.Equal(t, "6400.00", grantOf(res, LivingAid))
	assert.Equal(t, "-", grantOf(res, MedicalAid), "already paid more than the entitlement")
	assert.Equal(t, "51500", res.Income.String(), "36,000 wages + 15,500 paid aid")
	assert.Contains(t, union.Codes(res.Reasons), "assistance.income.paid_aid")
}

// 《上海工会深度困难职工帮扶工作实施办法(试行)》: 90% up to 10,000, 70% above, cap 20,000 per person.
func TestShanghaiMedicalTiers(t *testing.T) {
	r := Shanghai2019(d("1000"))
	for _, tt := range []struct{ cost, want string }{
		{"8000", "7200.00"},
		{"10000", "9000.00"},
		{"20000", "16000.00"},
		{"40000", "20000.00"}, // 9,000 + 21,000 = 30,000 → capped
	} {
		a := typical()
		a.Household.IncomeItems = nil
		a.Household.Persons[1].MedicalSelfPaid = d(tt.cost)
		res := mustAssess(t, r, a)
		require.Equal(t, Deep, res.Category)
		assert.Equal(t, tt.want, grantOf(res, MedicalAid), tt.cost)
		assert.Equal(t, "5000.00", grantOf(res, LivingAid))
		assert.Equal(t, "10000.00", grantOf(res, StudyAid))
	}
}

// hfno1: 相对 only one aid type (no stacking); 意外致困 15% of costs capped at 10,000.
func TestStackingAndAccidentAid_hfno1(t *testing.T) {
	r := Hubei2024(d("940"))
	r.Aid.NoStacking = []Category{Relative}
	r.Aid.Accident = AccidentRate{Rate: d("0.15"), Cap: d("10000")}
	a := typical()
	a.Household.IncomeItems[0].Amount = d("60000")
	res := mustAssess(t, r, a)
	require.Equal(t, Relative, res.Category)
	require.Len(t, res.Grants, 1)
	assert.Equal(t, MedicalAid, res.Grants[0].Programme)
	assert.Contains(t, union.Codes(res.Reasons), "assistance.aid.not_stacked.living")

	acc := simple(2, "50000", "0")
	acc.Household.HardshipCosts = d("90000")
	res = mustAssess(t, r, acc)
	require.Equal(t, Accident, res.Category)
	assert.Equal(t, "10000.00", grantOf(res, AccidentAid))
	assert.True(t, res.Grants[1].Capped)
}

// Hubei: temporary aid for non-filed workers ≤ 3,000; Tianmen: no double funding.
func TestTemporaryAidAndNoDoubleFunding(t *testing.T) {
	r := Hubei2024(d("940"))
	a := simple(2, "90000", "0")
	a.MainCause = SeriousIllness
	a.Household.HardshipCosts = d("5000")
	res := mustAssess(t, r, a)
	assert.Equal(t, None, res.Category)
	assert.Equal(t, "3000.00", grantOf(res, TemporaryAid))

	f := typical()
	f.Household.Persons[2].FundedElsewhere = true
	res = mustAssess(t, r, f)
	assert.Equal(t, "-", grantOf(res, StudyAid))
	assert.Contains(t, union.Codes(res.Reasons), "assistance.aid.study.funded")
}
