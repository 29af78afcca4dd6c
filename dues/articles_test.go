package dues_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// These tests hold the rules as the sources say them; each names its article.

func TestPreparatoryNothingBeforeTrigger(t *testing.T) {
	// 中国工会章程 第三十七条, 北京 第五十五条第三款, 上海 第四十一条第一款, 重庆 第三十六条,
	// 粤工总〔2013〕63号: nothing is charged for a month before Employer.Since, in any preset.
	e := dues.Employer{ID: "a", Payroll: d("100000"), Headcount: 40, Since: union.MustPeriod("2024-06")}
	for name, f := range fundsPresets() {
		t.Run(name, func(t *testing.T) {
			a, err := f.Assess(e, union.MustPeriod("2024-03"))
			require.NoError(t, err)
			assert.Equal(t, dues.NoFunds, a.Kind)
			assert.True(t, a.Amount.IsZero(), a.Amount.String())
		})
	}
}

func TestPreparatoryTriggers(t *testing.T) {
	since := union.MustPeriod("2024-06")
	e := dues.Employer{ID: "a", Payroll: d("100000"), Since: since}

	// 北京市实施《工会法》办法 第五十五条第三款: from the day the higher union starts guiding formation.
	a, err := dues.Beijing2015().Assess(e, since)
	require.NoError(t, err)
	assert.Equal(t, dues.PreparatoryFunds, a.Kind)
	assert.Equal(t, "2000", a.Amount.String())
	_, err = dues.Beijing2015().Assess(dues.Employer{ID: "a", Payroll: d("100000")}, since)
	assert.Equal(t, []string{"since invalid.required"}, fieldCodes(t, err, union.ErrInvalid))

	// 上海市工会条例 第四十一条第一款: 工会经费 to the preparatory body from the day it is formed,
	// under the normal shares, not 筹备金 sent up.
	a, err = dues.Shanghai().Assess(e, since)
	require.NoError(t, err)
	assert.Equal(t, dues.UnionFunds, a.Kind)
	assert.False(t, a.Refundable)
	assert.Equal(t, "2000", a.Amount.String())
	assert.Equal(t, "dues.funds.preparatory_body", a.Reasons[0].Code)
	a, err = dues.Shanghai().Assess(e, since.AddMonths(-1))
	require.NoError(t, err)
	assert.Equal(t, dues.NoFunds, a.Kind)
	assert.Equal(t, []string{"dues.funds.preparatory_body.before"}, union.Codes(a.Reasons))
	_, err = dues.Shanghai().Assess(dues.Employer{ID: "a", Payroll: d("100000")}, since)
	assert.Equal(t, []string{"since invalid.required"}, fieldCodes(t, err, union.ErrInvalid))

	// 中国工会章程 第三十七条 with no Since: due at once.
	a, err = dues.NationalFunds().Assess(dues.Employer{ID: "a", Payroll: d("100000")}, since)
	require.NoError(t, err)
	assert.Equal(t, dues.PreparatoryFunds, a.Kind)
}

func TestOwnRuleNeedsNoSource(t *testing.T) {
	// A caller's own rule cites nothing; its reasons say it is the caller's own.
	f := dues.Funds{Rate: d("0.02"), DailyLateRate: d("0.005"), CapLateFee: true, Rounding: union.ToFen(union.HalfUp)}
	require.NoError(t, f.Validate())
	due, err := f.Due(d("1632273"))
	require.NoError(t, err)
	assert.Equal(t, "32645.46", due.String())
	c, err := f.Late(d("1000"), 10)
	require.NoError(t, err)
	assert.Equal(t, "50", c.Fee.String())
	assert.Equal(t, "dues.own_rule", c.Reasons[len(c.Reasons)-1].Code)
	fa, err := f.Assess(dues.Employer{ID: "a", Payroll: d("100000"), HasUnion: true}, union.MustPeriod("2026-03"))
	require.NoError(t, err)
	assert.Equal(t, "dues.own_rule", fa.Reasons[len(fa.Reasons)-1].Code)
	assertCited(t, fa.Reasons)

	p := dues.Policy{
		Rate:           d("0.005"),
		BaseRounding:   union.ToFen(union.HalfUp),
		AmountRounding: union.ToFen(union.HalfUp),
		Bases:          []dues.Base{{Sector: union.Enterprise, Items: []dues.WageItem{dues.BasicWage}}},
		Exempt:         []dues.Exemption{{Status: union.Retired}},
		Classes:        []dues.ClassRule{{Class: dues.Apprentice, Flat: true, Fee: d("1")}},
	}
	require.NoError(t, p.Validate())
	ms := []dues.Member{
		{ID: "1", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("3000")}},
		{ID: "2", Sector: union.Enterprise, Status: union.Retired},
		{ID: "3", Sector: union.Enterprise, Class: dues.Apprentice},
	}
	for _, m := range ms {
		a, err := p.Assess(m)
		require.NoError(t, err)
		assert.Equal(t, "dues.own_rule", a.Reasons[len(a.Reasons)-1].Code, m.ID)
		assertCited(t, a.Reasons)
	}
	b := p.AssessAll(ms)
	require.NoError(t, b.Err())
	for _, it := range b.Items {
		assert.Equal(t, "dues.own_rule", it.Reasons[len(it.Reasons)-1].Code, it.MemberID)
	}
	assert.Equal(t, "16", b.Total.String())
}

// assertCited checks that every reason cites a source.
func assertCited(t *testing.T, rs []union.Reason) {
	t.Helper()
	for _, r := range rs {
		assert.NotEmpty(t, r.Source, r.Code)
	}
}

func TestLegacy1993Workers(t *testing.T) {
	// 全总财务部 工财字〔1994〕69号: workers (工人) in organs and institutions pay on 岗位工资 + 等级工资.
	wages := map[dues.WageItem]decimal.Decimal{dues.PositionWage: d("800"), dues.LevelWage: d("305"), dues.SeniorityWage: d("40")}
	for _, s := range []union.Sector{union.Organ, union.Institution} {
		a, err := dues.Legacy1993().Assess(dues.Member{ID: "w", Sector: s, Class: dues.Worker, Wages: wages})
		require.NoError(t, err)
		assert.Equal(t, "1100", a.Base.String(), s.String())
		assert.Equal(t, "5.5", a.Amount.String(), s.String())
		assert.Contains(t, a.Reasons[0].Source, "工财字〔1994〕69号")
	}
	// A cadre in an organ keeps 职务 + 级别 + 基础 + 工龄.
	a, err := dues.Legacy1993().Assess(dues.Member{ID: "c", Sector: union.Organ, Wages: map[dues.WageItem]decimal.Decimal{
		dues.DutyWage: d("500"), dues.RankWage: d("300"), dues.BasicWage: d("200"), dues.SeniorityWage: d("40")}})
	require.NoError(t, err)
	assert.Equal(t, "1040", a.Base.String())
	// The batch gives the same.
	b := dues.Legacy1993().AssessAll([]dues.Member{{ID: "w", Sector: union.Organ, Class: dues.Worker, Wages: wages}, {ID: "c", Sector: union.Organ, Wages: wages}})
	require.NoError(t, b.Err())
	assert.Equal(t, "1100", b.Items[0].Base.String())
	assert.Equal(t, "40", b.Items[1].Base.String())
}

func TestOvertimeUnder1978Circular(t *testing.T) {
	// 全总 工发〔1978〕101号 第四条 leaves out bonuses, allowances, royalties and the labour-insurance
	// 补助费, 救济费, 退休金, 退职金 — not overtime, which is wage income and counts.
	m := dues.Member{ID: "e", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{
		dues.BasicWage: d("3000"), dues.Overtime: d("500"), dues.Severance: d("10000"), dues.Relief: d("300"), dues.Bonus: d("900")}}
	a, err := dues.National().Assess(m)
	require.NoError(t, err)
	assert.Equal(t, "3500", a.Base.String())
	assert.Equal(t, "17.5", a.Amount.String())
	assert.Subset(t, union.Codes(a.Reasons), []string{"dues.counted.overtime", "dues.excluded.severance", "dues.excluded.relief"})

	// An employer's rule counting only 标准工资 leaves overtime out.
	a, err = dues.NationalStandardWage().Assess(m)
	require.NoError(t, err)
	assert.Equal(t, "3000", a.Base.String())
	assert.Contains(t, union.Codes(a.Reasons), "dues.excluded.overtime")
	assert.Contains(t, a.Reasons[0].Source, dues.SourceStandardWage)
}

func TestDongguanRoundsOncePerSpan(t *testing.T) {
	// 东莞理工学院校工会办公室通知（2015-10-28）: a year is (岗位 + 薪级) × 5‰ × 12, rounded once.
	m := dues.Member{ID: "t", Sector: union.Institution, Wages: map[dues.WageItem]decimal.Decimal{
		dues.PositionWage: d("2830"), dues.GradeWage: d("1467")}}
	year := union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12"))
	pa, err := dues.Dongguan2015().AssessPeriod(m, year)
	require.NoError(t, err)
	assert.Equal(t, "257.82", pa.Amount.StringFixed(2))
	assert.Equal(t, []string{"dues.period.months", "dues.period.round_span"}, union.Codes(pa.Reasons))

	// Rounding per month (the default) gives 12 × 21.49.
	p := dues.Dongguan2015()
	p.RoundPerSpan = false
	pa, err = p.AssessPeriod(m, year)
	require.NoError(t, err)
	assert.Equal(t, "257.88", pa.Amount.StringFixed(2))

	// A flat fee is not re-rounded: 12 × 1 yuan.
	m.Class = dues.NonEstablished
	pa, err = dues.Dongguan2015().AssessPeriod(m, year)
	require.NoError(t, err)
	assert.Equal(t, "12", pa.Amount.String())
}

func TestDatesAndCitations(t *testing.T) {
	// 北京市实施《工会法》办法 第七十一条: in force from 2016-01-01.
	assert.Equal(t, union.MustPeriod("2016-01"), dues.Beijing2015().Effective.From)

	// 工会法: the 2001 revision took effect on 2001-10-27, the 2009 one on 2009-08-27, the 2021
	// one on 2022-01-01; the 2009 text is never cited for months before it.
	for month, want := range map[string]string{
		"1995-06": dues.SourceLaw1992, "2001-10": dues.SourceLaw1992, "2001-11": dues.SourceLaw2001,
		"2009-08": dues.SourceLaw2001, "2009-09": dues.SourceLaw2009, "2021-12": dues.SourceLaw2009,
		"2022-01": dues.SourceLaw2021,
	} {
		assert.Equal(t, want, dues.LawArticle(union.MustPeriod(month)), month)
	}
	tl := dues.NationalFundsTimeline()
	for month, want := range map[string]string{"1995-06": dues.SourceLaw1992, "2005-06": dues.SourceLaw2001, "2015-06": dues.SourceLaw2009} {
		f, err := tl.At(union.MustPeriod(month))
		require.NoError(t, err, month)
		assert.Equal(t, want, f.Source, month)
	}

	// 企业所得税法实施条例 第一百三十二条: in force from 2008-01-01; 第四十一条 is not cited before.
	e := dues.Employer{ID: "a", Payroll: d("100000"), HasUnion: true}
	a, err := dues.NationalFunds().Assess(e, union.MustPeriod("2007-12"))
	require.NoError(t, err)
	assert.True(t, a.Deductible.IsZero())
	for _, r := range a.Reasons {
		assert.NotEqual(t, dues.SourceCIT, r.Source, r.Code)
	}
	assert.Contains(t, union.Codes(a.Reasons), "dues.funds.deductible.none")
	a, err = dues.NationalFunds().Assess(e, union.MustPeriod("2008-01"))
	require.NoError(t, err)
	assert.Equal(t, "2000", a.Deductible.String())

	// The 1978 circular is cited by its number only.
	assert.Equal(t, "全总 工发〔1978〕101号", dues.SourceCircular1978)
}

func TestAnnualDeductible(t *testing.T) {
	// 企业所得税法实施条例 第四十一条: what is paid in a tax year is deductible up to 2% of the
	// year's 工资薪金总额. Jan: wage bill 100k, salaries 80k; Feb: 80k and 100k.
	f := dues.NationalFunds()
	var paid, salaries, monthly decimal.Decimal
	for _, m := range []struct{ bill, sal string }{{"100000", "80000"}, {"80000", "100000"}} {
		a, err := f.Assess(dues.Employer{ID: "a", Payroll: d(m.bill), Salaries: d(m.sal), HasUnion: true}, union.MustPeriod("2026-01"))
		require.NoError(t, err)
		paid, salaries, monthly = paid.Add(a.Amount), salaries.Add(d(m.sal)), monthly.Add(a.Deductible)
	}
	assert.Equal(t, "3200", monthly.String(), "the monthly estimates understate the year")
	y, err := f.AnnualDeductible(paid, salaries)
	require.NoError(t, err)
	assert.Equal(t, "3600", y.String())
	_, err = f.AnnualDeductible(d("-1"), d("1"))
	assert.Equal(t, []string{"paid invalid.negative"}, fieldCodes(t, err, union.ErrInvalid))
}

func TestOwnSchemeCollect(t *testing.T) {
	// A scheme of the caller's own needs no Source; Collect's reasons say so.
	s := dues.Scheme{Shares: []dues.Share{{Party: "own", Weight: d("70"), Retained: true}, {Party: "up", Weight: d("30")}}, Places: 2}
	c, err := s.Collect(d("1000"), dues.Direct)
	require.NoError(t, err)
	assert.Equal(t, []string{"dues.collect.flow.direct", "dues.own_rule"}, union.Codes(c.Reasons))
	assertCited(t, c.Reasons)
}
