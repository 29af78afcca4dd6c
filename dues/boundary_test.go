package dues_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

func TestRoundingMustBeStated(t *testing.T) {
	// A rounding left out of a literal or a JSON file never rounds money to whole yuan:
	// 1,632,273 × 2% is 32,645.46, not 32,645.
	f := dues.Funds{Rate: d("0.02")}
	assert.Equal(t, []string{"rounding dues.policy.rounding_unset"}, fieldCodes(t, f.Validate(), union.ErrPolicy))
	_, err := f.Due(d("1632273"))
	require.ErrorIs(t, err, union.ErrPolicy)
	f.Rounding = union.ToFen(union.HalfUp)
	due, err := f.Due(d("1632273"))
	require.NoError(t, err)
	assert.Equal(t, "32645.46", due.StringFixed(2))
	f.Rounding, f.WholeYuan = union.Rounding{}, true
	due, err = f.Due(d("1632273"))
	require.NoError(t, err)
	assert.Equal(t, "32645", due.String(), "whole yuan, stated")

	p := dues.National()
	p.AmountRounding = union.Rounding{}
	assert.Equal(t, []string{"amount_rounding dues.policy.rounding_unset"}, fieldCodes(t, p.Validate(), union.ErrPolicy))
	p.BaseRounding = union.Rounding{}
	assert.Equal(t, []string{"base_rounding dues.policy.rounding_unset", "amount_rounding dues.policy.rounding_unset"},
		fieldCodes(t, p.Validate(), union.ErrPolicy))
	// 平顶山学院 2018 states whole yuan: 4289 × 0.5% = 21.445 → 21.
	a, err := dues.Pingdingshan2018().Assess(dues.Member{ID: "a", Sector: union.Institution,
		Wages: map[dues.WageItem]decimal.Decimal{dues.PositionWage: d("2830"), dues.GradeWage: d("1459")}})
	require.NoError(t, err)
	assert.Equal(t, "21", a.Amount.String())

	s := dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("60")}, {Party: "b", Weight: d("40")}}}
	assert.Equal(t, []string{"places dues.policy.rounding_unset"}, fieldCodes(t, s.Validate(), union.ErrPolicy))
	s.Places = 2
	parts, err := s.Allocate(d("32645.46"))
	require.NoError(t, err)
	assert.Equal(t, "19587.28 13058.18", parts[0].Amount.StringFixed(2)+" "+parts[1].Amount.StringFixed(2))
	s.Places, s.WholeYuan = 0, true
	parts, err = s.Allocate(d("32645.46"))
	require.NoError(t, err)
	assert.Equal(t, "32645", parts[0].Amount.Add(parts[1].Amount).String())
}

func TestUnknownWageItems(t *testing.T) {
	// A typo is never counted (enterprise: everything but a list) nor silently dropped
	// (institution: only a list): it is an error naming wages[<name>].
	for _, s := range []union.Sector{union.Enterprise, union.Institution} {
		m := dues.Member{ID: "a", Sector: s, Wages: map[dues.WageItem]decimal.Decimal{
			dues.BasicWage: d("3000"), dues.PositionWage: d("3000"), "bonnus": d("800")}}
		_, err := dues.National().Assess(m)
		assert.Equal(t, []string{"wages[bonnus] dues.item.unknown"}, fieldCodes(t, err, union.ErrInvalid), s.String())
		b := dues.National().AssessAll([]dues.Member{m})
		assert.Equal(t, []string{"members[0].wages[bonnus] dues.item.unknown"}, fieldCodes(t, b.Err(), union.ErrInvalid))
		assert.True(t, b.Total.IsZero())
	}

	// Declared, the employer's own item follows the base: counted by "all but", left out by "only".
	p := dues.National()
	p.OwnItems = []dues.WageItem{"commission"}
	require.NoError(t, p.Validate())
	w := map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("3000"), dues.PositionWage: d("3000"), "commission": d("500")}
	a, err := p.Assess(dues.Member{ID: "a", Sector: union.Enterprise, Wages: w})
	require.NoError(t, err)
	assert.Equal(t, "6500", a.Base.String())
	a, err = p.Assess(dues.Member{ID: "a", Sector: union.Institution, Wages: w})
	require.NoError(t, err)
	assert.Equal(t, "3000", a.Base.String())

	// A Chinese name as a Go key is refused, naming the item it stands for.
	_, err = dues.National().Assess(dues.Member{ID: "a", Wages: map[dues.WageItem]decimal.Decimal{"奖金": d("800")}})
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "wages[奖金]", fe.Field)
	assert.Equal(t, "dues.item.alias", fe.Code)
	assert.Equal(t, []string{"bonus"}, fe.Args)

	// The policy's own lists cannot hold Chinese names of named items nor named items as own.
	p = dues.National()
	p.OwnItems = []dues.WageItem{"奖金", dues.Bonus, "meal", "meal"}
	p.Bases[0].Items = append(p.Bases[0].Items, "加班工资")
	assert.Equal(t, []string{"own_items[3] invalid.duplicate", "own_items[0] dues.item.alias", "own_items[1] dues.item.named",
		"bases[0].items[7] dues.item.alias"}, fieldCodes(t, p.Validate(), union.ErrPolicy))
	assert.True(t, dues.National().Declares(dues.Bonus))
	assert.False(t, dues.National().Declares("meal"))
}

func TestParseWageItem(t *testing.T) {
	for _, it := range dues.Items() {
		for _, s := range []string{string(it), it.Text(language.SimplifiedChinese), it.Text(language.TraditionalChinese), " " + it.Text(language.SimplifiedChinese) + " "} {
			got, err := dues.ParseWageItem(s)
			require.NoError(t, err, s)
			assert.Equal(t, it, got, s)
		}
	}
	for s, want := range map[string]dues.WageItem{"基本工资": dues.BasicWage, "基础工资": dues.BasicWage, "岗位工资": dues.PositionWage,
		"薪级工资": dues.GradeWage, "奖金": dues.Bonus, "津贴": dues.Allowance, "补贴": dues.Subsidy, "加班工资": dues.Overtime,
		"加班费": dues.Overtime, "Basic": dues.BasicWage, "退职金": dues.Severance, "救济费": dues.Relief} {
		got, err := dues.ParseWageItem(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	got, err := dues.ParseWageItem(" meal ")
	assert.Equal(t, dues.WageItem("meal"), got)
	assert.Equal(t, []string{"wages[meal] dues.item.unknown"}, fieldCodes(t, err, union.ErrInvalid))
	_, err = dues.ParseWageItem("  ")
	assert.Equal(t, []string{"wages invalid.empty"}, fieldCodes(t, err, union.ErrInvalid))
}

func TestFieldLabels(t *testing.T) {
	// Error texts name fields by their labels: "field.<path without indices>".
	for _, it := range dues.Items() {
		assert.Equal(t, it.Text(language.SimplifiedChinese), union.Label(language.SimplifiedChinese, "field.wages."+string(it)))
		assert.Equal(t, it.Text(language.TraditionalChinese), union.Label(language.TraditionalChinese, "field.wages."+string(it)))
	}
	assert.Equal(t, "基本工资", union.Label(language.SimplifiedChinese, "field.wages.basic"))
	assert.Equal(t, "会费金额舍入", union.Label(language.SimplifiedChinese, "field.amount_rounding"))
}
