package dues_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// fieldCodes lists "field code" for every *union.FieldError in err, checking
// each wraps kind.
func fieldCodes(t *testing.T, err error, kind error) []string {
	t.Helper()
	var out []string
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var fe *union.FieldError
		require.True(t, errors.As(e, &fe), "%v is not a FieldError", e)
		assert.ErrorIs(t, fe, kind)
		out = append(out, fe.Field+" "+fe.Code)
	}
	walk(err)
	return out
}

func TestPolicyValidateReportsEveryProblem(t *testing.T) {
	p := dues.National()
	p.Rate = d("-0.1")
	p.BaseRounding.Places = 40
	p.Bases[1].Items = append(p.Bases[1].Items, "", dues.PositionWage)
	p.Bases[2].Sector = union.Enterprise
	p.Exempt = append(p.Exempt, dues.Exemption{Status: union.Active})
	p.Classes = append(p.Classes, dues.ClassRule{Class: dues.Probation, Rate: d("1.5")},
		dues.ClassRule{Class: dues.Regular, Rate: d("0.01"), Source: "x"})
	p.LapseMonths = -1
	p.Source = ""
	p.Effective = union.Between(union.MustPeriod("2026-05"), union.MustPeriod("2026-01"))
	err := p.Validate()
	require.Error(t, err)
	assert.Equal(t, []string{
		"rate policy.range",
		"base_rounding.places policy.range",
		"bases[1].items[2] invalid.empty",
		"bases[1].items[3] invalid.duplicate",
		"bases[2].sector invalid.duplicate",
		"exempt[2].status dues.policy.exempt_active",
		"classes[1].rate policy.range",
		"classes[2].class invalid.inconsistent",
		"lapse_months policy.range",
		"effective.until invalid.order",
	}, fieldCodes(t, err, union.ErrPolicy))
}

func TestPresetsValidate(t *testing.T) {
	for name, p := range policyPresets() {
		assert.NoError(t, p.Validate(), name)
		assert.NotEmpty(t, p.Source, name)
	}
	for name, f := range fundsPresets() {
		assert.NoError(t, f.Validate(), name)
	}
	for name, s := range schemePresets() {
		assert.NoError(t, s.Validate(), name)
	}
}

func TestPresetsDoNotAlias(t *testing.T) {
	a := dues.National()
	a.Bases[0].Items[0] = "changed"
	a.Exempt[0].Source = "changed"
	b := dues.National()
	assert.Equal(t, dues.Bonus, b.Bases[0].Items[0])
	assert.NotEqual(t, "changed", b.Exempt[0].Source)
	s := dues.MultiLevel(d("1"), d("1"), d("1"), d("1"))
	s.Shares[1].Parts[0].Party = "changed"
	assert.Equal(t, dues.PartyCounty, dues.MultiLevel(d("1"), d("1"), d("1"), d("1")).Shares[1].Parts[0].Party)
}

// A policy stored as JSON by an ERP is validated the same way as a preset:
// the entry points refuse it until it is fixed.
func TestPolicyFromJSONIsValidated(t *testing.T) {
	raw := `{"rate":"1.2","base_rounding":{"places":-1,"mode":"down"},"amount_rounding":{"places":2,"mode":"half_up"},
		"bases":[{"sector":"enterprise","all_but":true,"items":["bonus"],"source":"x"}],"exempt":[],"previous_month":false,
		"lapse_months":6,"source":"ERP","effective":{}}`
	var p dues.Policy
	require.NoError(t, json.Unmarshal([]byte(raw), &p))
	_, err := p.Assess(dues.Member{ID: "a"})
	assert.Equal(t, []string{"rate policy.range"}, fieldCodes(t, err, union.ErrPolicy))

	bad := `{"rate":"0.005","base_rounding":{"places":-1,"mode":"sideways"}}`
	err = json.Unmarshal([]byte(bad), &p)
	require.ErrorIs(t, err, union.ErrInvalid)
	bad = `{"bases":[{"sector":"factory"}]}`
	require.ErrorIs(t, json.Unmarshal([]byte(bad), &p), union.ErrInvalid)

	var f dues.Funds
	require.NoError(t, json.Unmarshal([]byte(`{"rate":"0.02","daily_late_rate":"2","rounding":{"places":2,"mode":"half_up"},"preparatory":{"due":false},"deductible_rate":"0.02","source":"x"}`), &f))
	_, err = f.Due(d("100"))
	assert.Equal(t, []string{"daily_late_rate policy.range"}, fieldCodes(t, err, union.ErrPolicy))

	var s dues.Scheme
	require.NoError(t, json.Unmarshal([]byte(`{"shares":[{"party":"a","weight":"0"}],"places":2}`), &s))
	_, err = s.Allocate(d("100"))
	assert.Equal(t, []string{"shares[0].weight invalid.not_positive"}, fieldCodes(t, err, union.ErrPolicy))
}

func TestTimelines(t *testing.T) {
	nt := dues.NationalTimeline()
	require.Equal(t, 2, nt.Len())
	p, err := nt.At(union.MustPeriod("2006-06"))
	require.NoError(t, err)
	assert.Equal(t, []dues.WageItem{dues.DutyWage, dues.LevelWage}, p.Bases[1].Items, "1993 structure until 2006-06")
	p, err = nt.At(union.MustPeriod("2006-07"))
	require.NoError(t, err)
	assert.Equal(t, []dues.WageItem{dues.PositionWage, dues.GradeWage}, p.Bases[1].Items, "2006 reform from 2006-07")

	ft := dues.NationalFundsTimeline()
	f, err := ft.At(union.MustPeriod("2021-12"))
	require.NoError(t, err)
	assert.Equal(t, dues.SourceLaw2009, f.Source, "工会法 第四十二条 before 2022-01-01")
	f, err = ft.At(union.MustPeriod("2022-01"))
	require.NoError(t, err)
	assert.Equal(t, dues.SourceLaw2021, f.Source, "工会法 第四十三条 from 2022-01-01")
	assert.Equal(t, dues.SourceLaw2009, dues.LawArticle(union.MustPeriod("2021-03")))
	assert.Equal(t, dues.SourceLaw2021, dues.LawArticle(union.MustPeriod("2022-01")))
}

// Entry points never change the policy or the input they are given.
func TestEntryPointsDoNotMutate(t *testing.T) {
	snap := func(v any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b)
	}
	p := dues.Pingdingshan2018()
	ms := randomPayroll(300, 11, false)
	for i := range ms {
		ms[i].Sector = union.Institution
	}
	before, beforeMs := snap(p), snap(ms)
	p.AssessAll(ms)
	for _, m := range ms[:20] {
		_, _ = p.Assess(m)
		_, _ = p.AssessPeriod(m, union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12")))
	}
	assert.Equal(t, before, snap(p))
	assert.Equal(t, beforeMs, snap(ms))

	s := dues.MultiLevel(d("5"), d("3"), d("1"), d("1"))
	bs := snap(s)
	_, _ = s.Allocate(d("-123.45"))
	_, _ = s.Collect(d("123.45"), dues.TaxFull)
	assert.Equal(t, bs, snap(s))
}
