package dues_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

type wages = map[dues.WageItem]decimal.Decimal

// Test cases derived from the rules themselves (the published worked
// examples are few, and one of them drops a 100-yuan tail instead of 10).
func TestAssessNational(t *testing.T) {
	cases := []struct {
		name   string // the article checked
		m      dues.Member
		base   string
		amount string
		exempt bool
		codes  []string
	}{
		{"1978 circular art 1: tail under 10 yuan dropped (3080 → 15.40)",
			dues.Member{ID: "a", Wages: wages{dues.BasicWage: d("3080")}}, "3080", "15.4", false, nil},
		{"1978 circular art 1: 3089.99 → base 3080 → 15.40",
			dues.Member{ID: "a", Wages: wages{dues.BasicWage: d("3089.99")}}, "3080", "15.4", false, nil},
		{"1978 circular art 4: bonus and allowance left out",
			dues.Member{ID: "a", Wages: wages{dues.BasicWage: d("2000"), dues.Bonus: d("900"), dues.Allowance: d("300")}}, "2000", "10", false,
			[]string{"dues.counted.basic", "dues.excluded.bonus", "dues.excluded.allowance", "dues.base.round.down", "dues.rate", "dues.amount.round.half_up"}},
		{"1978 circular art 4: only excluded pay → 0",
			dues.Member{ID: "a", Wages: wages{dues.Bonus: d("900"), dues.Allowance: d("300")}}, "0", "0", false,
			[]string{"dues.excluded.bonus", "dues.excluded.allowance", "dues.base.none", "dues.base.round.down", "dues.rate", "dues.amount.round.half_up"}},
		{"1978 circular art 2: apprentice flat 0.05",
			dues.Member{ID: "a", Class: dues.Apprentice, Wages: wages{dues.BasicWage: d("1800")}}, "1800", "0.05", false,
			[]string{"dues.counted.basic", "dues.base.round.down", "dues.class.flat.apprentice"}},
		{"章程 art 8: retired member keeping membership exempt",
			dues.Member{ID: "a", Status: union.Retired, Wages: wages{dues.Pension: d("5000")}}, "0", "0", true, []string{"dues.exempt.retired"}},
		{"章程 art 8: unemployed member keeping membership exempt",
			dues.Member{ID: "a", Status: union.Unemployed}, "0", "0", true, []string{"dues.exempt.unemployed"}},
		{"laid-off members pay under the national preset (configurable)",
			dues.Member{ID: "a", Status: union.LaidOff, Wages: wages{dues.BasicWage: d("1000")}}, "1000", "5", false, nil},
		{"withdrawn members are not charged",
			dues.Member{ID: "a", Status: union.Withdrawn, Wages: wages{dues.BasicWage: d("1000")}}, "0", "0", true, []string{"dues.exempt.withdrawn"}},
		{"institution base: 岗位 + 薪级 only",
			dues.Member{ID: "a", Sector: union.Institution, Wages: wages{dues.PositionWage: d("2250"), dues.GradeWage: d("1046"), dues.BasicPerformance: d("1800")}}, "3290", "16.45", false, nil},
		{"organ base: 职务 + 级别",
			dues.Member{ID: "a", Sector: union.Organ, Wages: wages{dues.DutyWage: d("1200"), dues.RankWage: d("905"), dues.Subsidy: d("700")}}, "2100", "10.5", false, nil},
		{"1978 circular art 3: no fixed income → previous month",
			dues.Member{ID: "a", NoFixedIncome: true, Wages: wages{dues.BasicWage: d("800")}, PreviousWages: wages{dues.BasicWage: d("4015")}}, "4010", "20.05", false,
			[]string{"dues.reference.previous_month", "dues.counted.basic", "dues.base.round.down", "dues.rate", "dues.amount.round.half_up"}},
		{"enterprise counts an employer's own item it declares (everything but)",
			dues.Member{ID: "a", Wages: wages{"commission": d("1000"), dues.BasicWage: d("2000")}}, "3000", "15", false,
			[]string{"dues.counted.basic", "dues.counted.other", "dues.base.round.down", "dues.rate", "dues.amount.round.half_up"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := dues.National()
			p.OwnItems = []dues.WageItem{"commission"}
			a, err := p.Assess(c.m)
			require.NoError(t, err)
			assert.Equal(t, c.base, a.Base.String(), "base")
			assert.Equal(t, c.amount, a.Amount.String(), "amount")
			assert.Equal(t, c.exempt, a.Exempt)
			require.NotEmpty(t, a.Reasons)
			if c.codes != nil {
				assert.Equal(t, c.codes, union.Codes(a.Reasons))
			}
			for _, r := range a.Reasons {
				assert.NotEmpty(t, r.Source, r.Code)
			}
		})
	}
}

func TestAssessInstitutionPresets(t *testing.T) {
	pos := wages{dues.PositionWage: d("2640"), dues.GradeWage: d("1649"), dues.BasicPerformance: d("2000")}
	cases := []struct {
		name   string
		p      dues.Policy
		class  dues.Class
		amount string
	}{
		{"平顶山学院 2018: whole-yuan half-up (4289 × 0.5% = 21.445 → 21)", dues.Pingdingshan2018(), dues.Regular, "21"},
		{"平顶山学院 2018: probation 0.25% (4289 × 0.25% = 10.7225 → 11)", dues.Pingdingshan2018(), dues.Probation, "11"},
		{"平顶山学院 2018: contract 0.25%", dues.Pingdingshan2018(), dues.Contract, "11"},
		{"东莞理工学院 2015: (岗位 + 薪级) × 5‰ kept to the fen", dues.Dongguan2015(), dues.Regular, "21.45"},
		{"东莞理工学院 2015: non-established flat 1 yuan", dues.Dongguan2015(), dues.NonEstablished, "1"},
		{"沈阳体育学院 2016: tail under 10 dropped (4280 → 21.40)", dues.Shenyang2016(), dues.Regular, "21.4"},
		{"2015 college: 岗位 + 薪级 + 基础性绩效 (6280 → 31.40)", dues.Performance2015(), dues.Regular, "31.4"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := c.p.Assess(dues.Member{ID: "x", Sector: union.Institution, Class: c.class, Wages: pos})
			require.NoError(t, err)
			assert.Equal(t, c.amount, a.Amount.String())
		})
	}
	_, err := dues.Pingdingshan2018().Assess(dues.Member{ID: "x", Sector: union.Enterprise, Wages: pos})
	require.ErrorIs(t, err, union.ErrPolicy)
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "sector", fe.Field)
	assert.Equal(t, "policy.uncovered", fe.Code)
}

func TestAssessLaidOffExemptWhenConfigured(t *testing.T) {
	// 全总 会籍管理暂行规定 (2000) and company rules: 下岗 members may keep
	// membership without paying; the policy decides.
	p := dues.National()
	p.Exempt = append(p.Exempt, dues.Exemption{Status: union.LaidOff, Source: "某公司工会会籍管理规定"})
	a, err := p.Assess(dues.Member{ID: "a", Status: union.LaidOff, Wages: wages{dues.BasicWage: d("1000")}})
	require.NoError(t, err)
	assert.True(t, a.Exempt)
	assert.Equal(t, []string{"dues.exempt.laid_off"}, union.Codes(a.Reasons))
	assert.Equal(t, "某公司工会会籍管理规定", a.Reasons[0].Source)
}

func TestAssessBadInput(t *testing.T) {
	cases := []struct {
		name  string
		m     dues.Member
		field string
		code  string
	}{
		{"negative wage", dues.Member{ID: "a", Wages: wages{dues.Bonus: d("-1")}}, "wages.bonus", "invalid.negative"},
		{"empty item name", dues.Member{ID: "a", Wages: wages{"": d("1")}}, "wages", "invalid.empty"},
		{"missing id", dues.Member{Wages: wages{dues.BasicWage: d("1")}}, "id", "invalid.required"},
		{"unknown sector", dues.Member{ID: "a", Sector: 9}, "sector", "invalid.unknown"},
		{"unknown status", dues.Member{ID: "a", Status: 42}, "status", "invalid.unknown"},
		{"unknown class", dues.Member{ID: "a", Class: 7}, "class", "invalid.unknown"},
		{"no previous wages for a member without fixed income", dues.Member{ID: "a", NoFixedIncome: true}, "previous_wages", "invalid.required"},
		{"negative previous wage", dues.Member{ID: "a", PreviousWages: wages{dues.BasicWage: d("-3")}}, "previous_wages.basic", "invalid.negative"},
		{"left before joined", dues.Member{ID: "a", Joined: union.MustPeriod("2026-05"), Left: union.MustPeriod("2026-01")}, "left", "invalid.order"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := dues.National().Assess(c.m)
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrInvalid)
			var fe *union.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, c.field, fe.Field)
			assert.Equal(t, c.code, fe.Code)
			assert.Empty(t, a.MemberID, "no silent result")
		})
	}
}

func TestAssessReportsEveryProblem(t *testing.T) {
	_, err := dues.National().Assess(dues.Member{Sector: 9, Wages: wages{dues.Bonus: d("-1"), dues.BasicWage: d("-2")}})
	require.Error(t, err)
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *union.FieldError
		require.True(t, errors.As(e, &fe))
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"id", "sector", "wages.basic", "wages.bonus"}, fields)
}

func TestAssessValidatesPolicyFirst(t *testing.T) {
	p := dues.National()
	p.Rate = d("1")
	_, err := p.Assess(dues.Member{ID: "a"})
	require.ErrorIs(t, err, union.ErrPolicy)
	b := p.AssessAll([]dues.Member{{ID: "a"}, {ID: "b"}})
	require.Len(t, b.Items, 2)
	for _, it := range b.Items {
		assert.ErrorIs(t, it.Err, union.ErrPolicy)
	}
	assert.Equal(t, 2, b.Failed)
	assert.True(t, b.Total.IsZero())
}
