package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shanghaiDeep is a Shanghai 深度困难 household of four at a prior-year 低保
// of 1,420: a worker, a spouse, a university student and one more child.
func shanghaiDeep(second Person) Applicant {
	return Applicant{
		Member: true,
		Worker: union.Member{ID: "SH-1"},
		Household: Household{
			Members: 4,
			Income:  d("30000"),
			Homes:   1,
			Persons: []Person{
				{Name: "甲", Age: 45, Employed: true},
				{Name: "乙", Age: 44},
				{Name: "丙", Age: 20, School: Bachelor},
				second,
			},
		},
	}
}

// 《上海工会深度困难职工帮扶工作实施办法(试行)》沪工总权〔2019〕19号, 子女助学 as
// restated: 高中 (含中等职业教育) and special education are paid 50% of the
// university rate of 10 months of the prior year's 低保.
func TestShanghai2019StudyAid_HuGongZongQuan2019_19(t *testing.T) {
	r := Shanghai2019(d("1420"))
	for _, tt := range []struct {
		name  string
		level SchoolLevel
		want  string
	}{
		{"中职 at the 高中 rate", Vocational, "21300.00"},
		{"普通高中", SeniorHigh, "21300.00"},
		{"特殊教育 at 50%", SpecialEducation, "21300.00"},
		{"university", College, "28400.00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mustAssess(t, r, shanghaiDeep(Person{Name: "丁", Age: 16, School: tt.level}))
			require.Equal(t, Deep, res.Category)
			assert.Equal(t, tt.want, grantOf(res, StudyAid))
			var studies []string
			for _, x := range res.Reasons {
				if x.Code == studyCodes[Bachelor] || x.Code == studyCodes[tt.level] {
					studies = append(studies, x.Args[1])
				}
			}
			assert.Equal(t, []string{"14200.00", map[bool]string{true: "14200.00", false: "7100.00"}[tt.level == College]}, studies)
		})
	}
}

// 沪工总权〔2019〕19号 as restated: medical aid is for the self-paid costs of
// members with a serious illness (患有重大疾病) only.
func TestShanghai2019MedicalAidSeriousIllnessOnly_HuGongZongQuan2019_19(t *testing.T) {
	r := Shanghai2019(d("1420"))
	a := shanghaiDeep(Person{Name: "丁", Age: 70, SeriousIllness: true, MedicalSelfPaid: d("5000")})
	a.Household.Persons[1].MedicalSelfPaid = d("3000") // not a 重大疾病
	res := mustAssess(t, r, a)
	require.Equal(t, Deep, res.Category)
	assert.Equal(t, "4500.00", grantOf(res, MedicalAid))
	assert.Contains(t, union.Codes(res.Reasons), "assistance.aid.medical.not_serious")

	// Without a member with a serious illness there is no medical aid.
	a.Household.Persons[3].SeriousIllness = false
	res = mustAssess(t, r, a)
	assert.Equal(t, "-", grantOf(res, MedicalAid))

	// Without detailed persons there is no one to pay: no aid, and a reason.
	b := simple(2, "10000", "0")
	b.Household.ExpenseItems = []ExpenseItem{{Kind: MedicalExpense, Amount: d("5000")}}
	res = mustAssess(t, r, b)
	assert.Equal(t, "-", grantOf(res, MedicalAid))
	assert.Contains(t, union.Codes(res.Reasons), "assistance.aid.medical.no_persons")

	// Hubei's table has no such condition: any self-paid cost counts.
	res = mustAssess(t, Hubei2024(d("940")), a)
	assert.Equal(t, "8000.00", grantOf(res, MedicalAid))
}
