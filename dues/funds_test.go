package dues_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

func TestFundsDue(t *testing.T) {
	// 工会法 2021 第四十三条: 2% of the monthly wage bill.
	due, err := dues.NationalFunds().Due(d("500000"))
	require.NoError(t, err)
	assert.Equal(t, "10000", due.String())
	due, err = dues.NationalFunds().Due(d("0.24"))
	require.NoError(t, err)
	assert.Equal(t, "0", due.String(), "0.0048 rounds half-up to 0.00")
	_, err = dues.NationalFunds().Due(d("-1"))
	require.ErrorIs(t, err, union.ErrInvalid)
}

func TestLateFee(t *testing.T) {
	cases := []struct {
		name string
		f    dues.Funds
		p    string
		days int
		fee  string
	}{
		{"重庆 第四十五条: 30 days at 0.5% = 0.15 × principal", dues.Chongqing2011(), "10000", 30, "1500"},
		{"重庆 第四十五条: capped at the principal", dues.Chongqing2011(), "10000", 201, "10000"},
		{"重庆 第四十五条: exactly the principal at 200 days", dues.Chongqing2011(), "10000", 200, "10000"},
		{"北京 第五十七条: 0.5% a day, not capped", dues.Beijing2015(), "10000", 250, "12500"},
		{"no days late", dues.Beijing2015(), "10000", 0, "0"},
		{"工会法 第四十四条: no national rate", dues.NationalFunds(), "10000", 30, "0"},
		{"fen rounding half-up", dues.Beijing2015(), "333.33", 1, "1.67"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fee, err := c.f.LateFee(d(c.p), c.days)
			require.NoError(t, err)
			assert.Equal(t, c.fee, fee.String())
		})
	}
	lc, err := dues.Chongqing2011().Late(d("10000"), 300)
	require.NoError(t, err)
	assert.True(t, lc.Capped)
	assert.Equal(t, []string{"dues.funds.late", "dues.funds.late.capped"}, union.Codes(lc.Reasons))

	_, err = dues.Chongqing2011().LateFee(d("100"), -1)
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "days_late", fe.Field)
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, err = dues.Chongqing2011().LateFee(d("-100"), 1)
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "principal", fe.Field)
}

func TestFundsAssess(t *testing.T) {
	month := union.MustPeriod("2026-03")
	cases := []struct {
		name   string
		f      dues.Funds
		e      dues.Employer
		month  union.Period
		kind   dues.FundsKind
		amount string
		codes  []string
	}{
		{"工会法 2021 第四十三条: union funds 2%", dues.NationalFunds(),
			dues.Employer{ID: "a", Payroll: d("100000"), HasUnion: true}, month, dues.UnionFunds, "2000",
			[]string{"dues.funds.rate", "dues.funds.deductible"}},
		{"北京 第五十五条: last month's wage bill", dues.Beijing2015(),
			dues.Employer{ID: "a", Payroll: d("100000"), HasUnion: true}, month, dues.UnionFunds, "2000",
			[]string{"dues.funds.rate", "dues.funds.base.previous", "dues.funds.deductible"}},
		{"章程 第三十七条: no union → 筹备金 at once", dues.NationalFunds(),
			dues.Employer{ID: "a", Payroll: d("100000")}, month, dues.PreparatoryFunds, "2000",
			[]string{"dues.funds.preparatory", "dues.funds.deductible"}},
		{"重庆 第三十六条: grace of one year, due from the next month", dues.Chongqing2011(),
			dues.Employer{ID: "a", Payroll: d("100000"), Since: union.MustPeriod("2025-03")}, month, dues.NoFunds, "0",
			[]string{"dues.funds.preparatory.grace"}},
		{"重庆 第三十六条: 筹备金 from the 13th month, refundable", dues.Chongqing2011(),
			dues.Employer{ID: "a", Payroll: d("100000"), Since: union.MustPeriod("2025-02")}, month, dues.PreparatoryFunds, "2000", nil},
		{"重庆 第三十六条: 筹备金 after more than a year", dues.Chongqing2011(),
			dues.Employer{ID: "a", Payroll: d("100000"), Since: union.MustPeriod("2025-01")}, month, dues.PreparatoryFunds, "2000",
			[]string{"dues.funds.preparatory", "dues.funds.preparatory.refundable", "dues.funds.deductible"}},
		{"粤工总〔2013〕63号: fewer than 25 staff and no union exempt", dues.Guangdong2013(),
			dues.Employer{ID: "a", Payroll: d("100000"), Headcount: 24, Since: union.MustPeriod("2020-01")}, month, dues.NoFunds, "0",
			[]string{"dues.funds.exempt.small"}},
		{"粤工总〔2013〕63号: 25 staff pay 筹备金 after 6 months", dues.Guangdong2013(),
			dues.Employer{ID: "a", Payroll: d("100000"), Headcount: 25, Since: union.MustPeriod("2025-09")}, month, dues.PreparatoryFunds, "2000", nil},
		{"企业所得税法实施条例 第四十一条: deductible up to 2% of salaries", dues.NationalFunds(),
			dues.Employer{ID: "a", Payroll: d("100000"), Salaries: d("90000"), HasUnion: true}, month, dues.UnionFunds, "2000", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.f.Assess(c.e, c.month)
			require.NoError(t, err)
			assert.Equal(t, c.kind, a.Kind)
			assert.Equal(t, c.amount, a.Amount.String())
			if c.codes != nil {
				assert.Equal(t, c.codes, union.Codes(a.Reasons))
			}
			for _, r := range a.Reasons {
				assert.NotEmpty(t, r.Source)
			}
		})
	}
	a, err := dues.NationalFunds().Assess(dues.Employer{ID: "a", Payroll: d("100000"), Salaries: d("90000"), HasUnion: true}, month)
	require.NoError(t, err)
	assert.Equal(t, "1800", a.Deductible.String())
}

func TestFundsAssessCitesArticleInForce(t *testing.T) {
	// 工会法: 第四十二条 before 2022-01-01, 第四十三条 from then.
	e := dues.Employer{ID: "a", Payroll: d("100000"), HasUnion: true}
	for month, want := range map[string]string{"2021-12": dues.SourceLaw2009, "2022-01": dues.SourceLaw2021, "2019-06": dues.SourceLaw2009} {
		a, err := dues.Beijing2015().Assess(e, union.MustPeriod(month))
		require.NoError(t, err)
		assert.Equal(t, want, a.Reasons[0].Source, month)
	}
}

func TestFundsBadInput(t *testing.T) {
	_, err := dues.Guangdong2013().Assess(dues.Employer{Payroll: d("-1"), Salaries: d("-2"), Headcount: -3}, union.Period{})
	assert.Equal(t, []string{"id invalid.required", "payroll invalid.negative", "salaries invalid.negative",
		"headcount invalid.negative", "period invalid.format", "since invalid.required"}, fieldCodes(t, err, union.ErrInvalid))

	f := dues.NationalFunds()
	f.Rate = d("1")
	f.DailyLateRate = d("-0.1")
	f.DueDay = 32
	f.Preparatory.Source = ""
	f.Preparatory.AfterMonths = -1
	f.SmallFirm.Below = 10
	_, err = f.LateFee(d("1"), 1)
	assert.Equal(t, []string{"rate policy.range", "daily_late_rate policy.range", "due_day policy.range",
		"preparatory.after_months policy.range"},
		fieldCodes(t, err, union.ErrPolicy))
}
