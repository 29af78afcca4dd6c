package dues_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleNational() {
	p := dues.National()
	fmt.Println(p.Rate, p.BaseRounding, p.AmountRounding)
	fmt.Println(p.Source)
	for _, b := range p.Bases {
		fmt.Println(b.Sector, b.AllBut, b.Items)
	}
	// Output:
	// 0.005 -1 places down 2 places half_up
	// 全总 工发〔1978〕101号 第一条
	// enterprise true [bonus allowance subsidy royalty pension severance relief]
	// institution false [position grade]
	// organ false [duty rank]
	// social_organization true [bonus allowance subsidy royalty pension severance relief]
}

func ExamplePolicy_Assess() {
	a, err := dues.National().Assess(dues.Member{
		ID:     "E001",
		Sector: union.Enterprise,
		Wages: map[dues.WageItem]decimal.Decimal{
			dues.BasicWage: d("2800"), dues.SkillWage: d("289.99"), dues.Bonus: d("1200"),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Base, a.Amount.StringFixed(2))
	for _, r := range a.Reasons {
		fmt.Println(r.Text(language.English), "—", r.Source)
	}
	// Output:
	// 3080 15.40
	// basic wage counts towards the dues base — 全总 工发〔1978〕101号 第一条、第四条
	// skill wage counts towards the dues base — 全总 工发〔1978〕101号 第一条、第四条
	// bonus is left out of the dues base — 全总 工发〔1978〕101号 第一条、第四条
	// the base drops the tail under 10 yuan — 全总 工发〔1978〕101号 第一条
	// dues are 0.5% of the base — 全总 工发〔1978〕101号 第一条
	// the amount is rounded half-up to 0.01 yuan — 全总 工发〔1978〕101号 第一条
}

func ExamplePolicy_Assess_retired() {
	a, _ := dues.National().Assess(dues.Member{ID: "R001", Sector: union.Enterprise, Status: union.Retired,
		Wages: map[dues.WageItem]decimal.Decimal{dues.Pension: d("4200")}})
	fmt.Println(a.Exempt, a.Amount)
	fmt.Println(a.Reasons[0].Text(language.SimplifiedChinese), "—", a.Reasons[0].Source)
	// Output:
	// true 0
	// 退休会员保留会籍期间免交会费 — 中国工会章程（2008） 第八条
}

func ExamplePolicy_Assess_badInput() {
	_, err := dues.National().Assess(dues.Member{ID: "E002", Sector: union.Enterprise,
		Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("-100")}})
	fmt.Println(err)
	// Output:
	// invalid input: wages.basic: must not be negative (value "-100")
}

func ExamplePolicy_AssessAll() {
	members := []dues.Member{
		{ID: "A", Sector: union.Institution, Wages: map[dues.WageItem]decimal.Decimal{
			dues.PositionWage: d("2250"), dues.GradeWage: d("1046"), dues.BasicPerformance: d("1500")}},
		{ID: "B", Sector: union.Enterprise, Class: dues.Apprentice, Wages: map[dues.WageItem]decimal.Decimal{
			dues.BasicWage: d("2100")}},
		{ID: "C", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{"": d("1")}},
		{ID: "D", Sector: union.Organ, Status: union.Unemployed},
	}
	b := dues.National().AssessAll(members)
	for i, it := range b.Items {
		if it.Err != nil {
			fmt.Println(i, "error:", it.Err)
			continue
		}
		fmt.Println(i, it.MemberID, it.Base, it.Amount.StringFixed(2), it.Exempt)
	}
	fmt.Println("total", b.Total.StringFixed(2), "paying", b.Paying, "exempt", b.Exempt, "failed", b.Failed)
	for _, s := range b.BySector {
		fmt.Println(s.Sector, s.Members, s.Amount.StringFixed(2))
	}
	// Output:
	// 0 A 3290 16.45 false
	// 1 B 2100 0.05 false
	// 2 error: invalid input: wages: must not be empty (value "1")
	// 3 D 0 0.00 true
	// total 16.50 paying 2 exempt 1 failed 1
	// enterprise 1 0.05
	// institution 1 16.45
	// organ 1 0.00
}

func ExampleBatch_Merge() {
	members := make([]dues.Member, 6)
	for i := range members {
		members[i] = dues.Member{ID: fmt.Sprint("M", i), Sector: union.Enterprise,
			Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: decimal.NewFromInt(int64(3000 + 500*i))}}
	}
	p := dues.National()
	whole := p.AssessAll(members)
	merged := p.AssessAll(members[:2]).Merge(p.AssessAll(members[2:5]), p.AssessAll(members[5:]))
	fmt.Println(whole.Total.StringFixed(2), merged.Total.StringFixed(2), len(merged.Items))
	// Output:
	// 127.50 127.50 6
}

func ExamplePolicy_AssessPeriod() {
	m := dues.Member{ID: "T01", Sector: union.Institution, Joined: union.MustPeriod("2026-04"),
		Wages: map[dues.WageItem]decimal.Decimal{dues.PositionWage: d("2640"), dues.GradeWage: d("861")}}
	pa, _ := dues.Shenyang2016().AssessPeriod(m, union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12")))
	fmt.Println(pa.Monthly.Amount.StringFixed(2), pa.Months, pa.Amount.StringFixed(2))
	fmt.Println(pa.Reasons[0].Text(language.English))
	// Output:
	// 17.50 9 157.50
	// dues for the 9 months of membership from 2026-04 to 2026-12
}

func ExamplePolicy_Arrears() {
	paid := []union.Period{union.MustPeriod("2026-01"), union.MustPeriod("2026-02")}
	a, _ := dues.National().Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-09")), paid)
	fmt.Println(len(a.Owed), a.LongestRun, a.Lapsed)
	for _, r := range a.Reasons {
		fmt.Println(r.Text(language.English), "—", r.Source)
	}
	// Output:
	// 7 7 true
	// 7 months unpaid, between 2026-03 and 2026-09 — 中国工会章程（2008） 第四条第（六）项
	// 7 consecutive months unpaid (limit 6): deemed to have left if not corrected after being talked to — 中国工会章程（2008） 第六条
}

func ExampleNationalTimeline() {
	t := dues.NationalTimeline()
	for _, month := range []string{"2005-03", "2026-03"} {
		p, _ := t.At(union.MustPeriod(month))
		a, _ := p.Assess(dues.Member{ID: "G1", Sector: union.Organ, Wages: map[dues.WageItem]decimal.Decimal{
			dues.DutyWage: d("1200"), dues.RankWage: d("900"), dues.BasicWage: d("400"), dues.SeniorityWage: d("150")}})
		fmt.Println(month, a.Base, a.Amount.StringFixed(2))
	}
	// Output:
	// 2005-03 2650 13.25
	// 2026-03 2100 10.50
}

func ExampleNationalFunds() {
	f := dues.NationalFunds()
	fmt.Println(f.Rate, f.DeductibleRate, f.Effective)
	fmt.Println(f.Source)
	// Output:
	// 0.02 0.02 2022-01..
	// 中华人民共和国工会法（2021修正）第四十三条第一款第（二）项
}

func ExampleFunds_Due() {
	due, _ := dues.NationalFunds().Due(d("1234567.89"))
	fmt.Println(due)
	// Output:
	// 24691.36
}

func ExampleFunds_LateFee() {
	// Chongqing: 0.5% a day, capped at the principal (重庆市工会条例 第四十五条).
	f := dues.Chongqing2011()
	fee, _ := f.LateFee(d("10000"), 30)
	capped, _ := f.LateFee(d("10000"), 250)
	fmt.Println(fee.StringFixed(2), capped.StringFixed(2))
	_, err := f.LateFee(d("10000"), -1)
	fmt.Println(err)
	// Output:
	// 1500.00 10000.00
	// invalid input: days_late: must not be negative (value "-1")
}

func ExampleFunds_Assess() {
	// Re-running March 2021 cites the article in force then (第四十二条).
	for _, month := range []string{"2021-03", "2026-03"} {
		f, _ := dues.NationalFundsTimeline().At(union.MustPeriod(month))
		a, _ := f.Assess(dues.Employer{ID: "ACME", Payroll: d("800000"), HasUnion: true}, union.MustPeriod(month))
		fmt.Println(month, a.Kind, a.Amount.StringFixed(2), a.Reasons[0].Source)
	}
	// Guangdong: no union yet, 6 months after set-up, then preparatory funds.
	g := dues.Guangdong2013()
	e := dues.Employer{ID: "NEW", Payroll: d("300000"), Headcount: 40, Since: union.MustPeriod("2026-01")}
	for _, month := range []string{"2026-05", "2026-07"} {
		a, _ := g.Assess(e, union.MustPeriod(month))
		fmt.Println(month, a.Kind, a.Amount.StringFixed(2), a.Reasons[0].Text(language.English))
	}
	// Output:
	// 2021-03 union_funds 16000.00 中华人民共和国工会法（2009修正）第四十二条第一款第（二）项
	// 2026-03 union_funds 16000.00 中华人民共和国工会法（2021修正）第四十三条第一款第（二）项
	// 2026-05 none 0.00 no union: preparatory funds are due from 2026-07
	// 2026-07 preparatory 6000.00 an employer without a union pays 2% of its wage bill to the higher union as preparatory funds
}

func ExampleScheme_Allocate() {
	s := dues.MultiLevel(d("50"), d("25"), d("20"), d("5"))
	as, _ := s.Allocate(d("16000.01"))
	for _, a := range as {
		fmt.Println(a.Party, a.Via, a.Amount.StringFixed(2))
	}
	refund, _ := s.Allocate(d("-16000.01"))
	fmt.Println(refund[0].Amount.StringFixed(2), refund[4].Amount.StringFixed(2))
	// Output:
	// grassroots  9600.01
	// county higher 3200.00
	// municipal higher 1600.00
	// provincial higher 1280.00
	// national higher 320.00
	// -9600.01 -320.00
}

func ExampleScheme_Collect() {
	c, _ := dues.Standard().Collect(d("16000"), dues.TaxFull)
	fmt.Println(c.ToCollector.StringFixed(2), c.Returned.StringFixed(2), c.Kept.StringFixed(2))
	fmt.Println(c.Reasons[0].Text(language.English))
	// Output:
	// 16000.00 9600.00 0.00
	// 16000.00 yuan paid in full to the tax authority, 9600.00 yuan returned to the grassroots union
}

// A payroll system re-running March 2021 gets March 2021's rule, citing the
// article of the Trade Union Law in force then.
func ExampleNationalFundsTimeline() {
	t := dues.NationalFundsTimeline()
	march2021 := union.MustPeriod("2021-03")
	f, err := t.At(march2021)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := f.Assess(dues.Employer{ID: "ACME", Payroll: d("612345.67"), HasUnion: true}, march2021)
	fmt.Println(f.Effective, a.Amount.StringFixed(2))
	fmt.Println(a.Reasons[0].Text(language.SimplifiedChinese))
	fmt.Println(a.Reasons[0].Source)
	// Output:
	// 2009-09..2021-12 12246.91
	// 已建工会的单位按每月全部职工工资总额的 2% 拨缴工会经费
	// 中华人民共和国工会法（2009修正）第四十二条第一款第（二）项
}

func ExampleLawArticle() {
	fmt.Println(dues.LawArticle(union.MustPeriod("2021-12")))
	fmt.Println(dues.LawArticle(union.MustPeriod("2022-01")))
	// Output:
	// 中华人民共和国工会法（2009修正）第四十二条第一款第（二）项
	// 中华人民共和国工会法（2021修正）第四十三条第一款第（二）项
}

func ExampleFunds_Late() {
	c, _ := dues.Chongqing2011().Late(d("2000"), 365)
	fmt.Println(c.Fee.StringFixed(2), c.Capped)
	for _, r := range c.Reasons {
		fmt.Println(r.Text(language.English))
	}
	// Output:
	// 2000.00 true
	// late fee at 0.5% a day for 365 days: 3650.00 yuan
	// late fee capped at the principal, 2000.00 yuan
}

func ExamplePartyText() {
	for _, tag := range union.Languages() {
		fmt.Println(dues.PartyText(dues.PartyGrassroots, tag), dues.PartyText("district", tag))
	}
	// Output:
	// 基层工会 district
	// 基層工會 district
	// grassroots union district
}

func ExamplePolicy_Validate() {
	p := dues.National()
	p.Rate = d("1.5")
	p.Bases[0].Items = append(p.Bases[0].Items, "")
	fmt.Println(p.Validate())
	// Output:
	// inconsistent policy: rate: policy parameter outside the range 0 to 1 (value "1.5")
	// inconsistent policy: bases[0].items[7]: must not be empty
}

func ExampleParseWageItem() {
	for _, s := range []string{"basic", "岗位工资", "加班費", "bonnus"} {
		w, err := dues.ParseWageItem(s)
		if err != nil {
			fmt.Println(union.ErrorText(err, language.SimplifiedChinese))
			continue
		}
		fmt.Println(s, "→", w)
	}
	// Output:
	// basic → basic
	// 岗位工资 → position
	// 加班費 → overtime
	// 字段 工资[bonnus]：不是已知的工资项目，政策也未声明为本单位自定项目（own_items）：不计入也不舍弃，请更正（值为“bonnus”）
}

func ExampleFunds_AnnualDeductible() {
	// 企业所得税法实施条例 第四十一条: the year's payments, capped at 2% of the year's 工资薪金.
	y, _ := dues.NationalFunds().AnnualDeductible(d("36000"), d("1700000"))
	fmt.Println(y.StringFixed(2))
	// Output:
	// 34000.00
}

func ExampleNationalStandardWage() {
	m := dues.Member{ID: "E1", Sector: union.Enterprise,
		Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("4000"), dues.Overtime: d("600")}}
	a, _ := dues.National().Assess(m)
	b, _ := dues.NationalStandardWage().Assess(m)
	fmt.Println(a.Base, a.Amount.StringFixed(2), b.Base, b.Amount.StringFixed(2))
	// Output:
	// 4600 23.00 4000 20.00
}
