package assistance_test

import (
	"fmt"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A stay under 厦门 第十六期: basic insurance pays first, mutual aid 20% of the
// self-paid cost above the 起付线, commercial insurance next; what is left goes
// to hardship aid as the person's MedicalSelfPaid.
func ExampleMutualPlan_Claim() {
	plan := assistance.MutualXiamen2021()
	out, err := plan.Claim(assistance.MutualClaim{
		ID:         "2021-0042",
		Member:     assistance.MutualMember{ID: "E17", UnionMember: true, Status: assistance.StatusInService},
		Shares:     1,
		CoverStart: union.MustDate("2021-01-01"),
		Stay: &assistance.MutualStay{
			Admitted: union.MustDate("2021-03-01"), Discharged: union.MustDate("2021-03-11"),
			Total: decimal.RequireFromString("30000"), OutOfCatalogue: decimal.RequireFromString("2000"),
			Deductible: decimal.RequireFromString("1000"), Excluded: decimal.RequireFromString("200"),
			BasicInsurance: decimal.RequireFromString("20000"),
		},
		Commercial: decimal.RequireFromString("1000"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("mutual aid:", out.Total, "left for hardship aid:", out.MedicalRemaining)
	for _, r := range out.Reasons {
		fmt.Println(r.Text(language.English))
	}
	// Output:
	// mutual aid: 1360 left for hardship aid: 7640
	// cover from 2021-01-01 to 2021-12-31, 1 share(s)
	// the member may join the plan
	// stay cost 30000.00; basic insurance paid 20000.00, serious-illness insurance 0.00; the member bears 10000.00
	// inpatient benefit: self-paid cost above the deductible 6800.00 × 0.2 = 1360.00
	// mutual aid paid 1360.00, commercial insurance 1000.00; 7640.00 is left as the self-paid cost for hardship aid
}

// A diagnosis within the waiting period is a result, not an error.
func ExampleMutualPlan_Claim_waiting() {
	out, err := assistance.MutualACFTUAllowance2015().Claim(assistance.MutualClaim{
		ID:         "G1",
		Member:     assistance.MutualMember{ID: "E2", UnionMember: true, Status: assistance.StatusInService},
		Shares:     1,
		CoverStart: union.MustDate("2021-01-01"),
		Diagnosis:  &assistance.MutualDiagnosis{Disease: "serious_illness", Date: union.MustDate("2021-01-20")},
	})
	fmt.Println(out.Grant, err)
	fmt.Println(out.Reasons[len(out.Reasons)-1].Text(language.SimplifiedChinese))
	// Output:
	// 0 <nil>
	// 2021-01-20 在保障开始后第 19 日，观察期 30 日未满，不予给付
}

// Claims of one period carry the cap from one to the next, in date order.
func ExampleMutualPlan_ClaimAll() {
	stay := func(id, in, out string) assistance.MutualClaim {
		return assistance.MutualClaim{
			ID: id, Shares: 1, CoverStart: union.MustDate("2021-01-01"),
			Member: assistance.MutualMember{ID: "E5", UnionMember: true, Status: assistance.StatusInService,
				Sex: union.Male, Birth: union.MustDate("1975-06-01")},
			Stay: &assistance.MutualStay{Admitted: union.MustDate(in), Discharged: union.MustDate(out)},
		}
	}
	outs, err := assistance.MutualBeijing2011Allowance().ClaimAll([]assistance.MutualClaim{
		stay("B", "2021-09-01", "2021-12-01"), stay("A", "2021-02-01", "2021-06-01"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range outs {
		fmt.Println(o.ClaimID, o.AllowanceDays, o.Allowance)
	}
	// Output:
	// B 88 2520
	// A 117 4680
}

// Xiamen units of the public sector enrol at least 80% of their members.
func ExampleMutualPlan_CheckUnit() {
	r, _ := assistance.MutualXiamen2021().CheckUnit(assistance.MutualUnit{Class: "public", Members: 101, Enrolled: 80})
	fmt.Println(r.Meets, r.Needed)
	fmt.Println(r.Reasons[len(r.Reasons)-1].Text(language.English))
	// Output:
	// false 81
	// 80 of 101 members enrolled, at least 81 needed: short
}

func ExampleMutualPlan_ContributionFor() {
	c, err := assistance.MutualFuzhou2012Institution().ContributionFor(1)
	fmt.Println(c, err)
	// Output: 60 <nil>
}

func ExampleMutualPresets() {
	for _, p := range assistance.MutualPresets() {
		fmt.Println(p.Name)
	}
	// Output:
	// mutual_acftu_allowance2015
	// mutual_beijing2011_allowance
	// mutual_fuzhou2012_enterprise
	// mutual_fuzhou2012_institution
	// mutual_nanping2012_women
	// mutual_xiamen2021
}
