package dues_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// roundTrip marshals v, reads it back into a fresh T and marshals again: the
// two JSON texts must be equal.
func roundTrip[T any](t *testing.T, v T) string {
	t.Helper()
	a, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(a, &back), string(a))
	b, err := json.Marshal(back)
	require.NoError(t, err)
	require.JSONEq(t, string(a), string(b))
	return string(a)
}

func TestJSONRoundTrip(t *testing.T) {
	m := dues.Member{ID: "E1", Sector: union.Institution, Status: union.LaidOff, Class: dues.Probation,
		Wages:         map[dues.WageItem]decimal.Decimal{dues.PositionWage: d("2250.50"), "commission": d("10")},
		NoFixedIncome: true, PreviousWages: map[dues.WageItem]decimal.Decimal{dues.PositionWage: d("2000")},
		Joined: union.MustPeriod("2020-03"), Left: union.MustPeriod("2026-12")}
	js := roundTrip(t, m)
	assert.Contains(t, js, `"sector":"institution"`)
	assert.Contains(t, js, `"class":"probation"`)
	assert.Contains(t, js, `"status":"laid_off"`)
	assert.Contains(t, js, `"position":"2250.5"`)
	assert.Contains(t, js, `"joined":"2020-03"`)

	p := dues.Pingdingshan2018()
	p.OwnItems = []dues.WageItem{"commission"}
	a, err := p.Assess(m)
	require.NoError(t, err)
	assert.Contains(t, roundTrip(t, a), `"member_id":"E1"`)

	b := p.AssessAll([]dues.Member{m, {ID: "x", Wages: map[dues.WageItem]decimal.Decimal{dues.Bonus: d("-1")}}, {ID: "y", Sector: 3}})
	js = roundTrip(t, b)
	assert.Contains(t, js, `"errors":[{"field":"wages.bonus","code":"invalid.negative","value":"-1","kind":"invalid"}]`)
	var back dues.Batch
	require.NoError(t, json.Unmarshal([]byte(js), &back))
	require.Error(t, back.Items[1].Err)
	assert.ErrorIs(t, back.Items[1].Err, union.ErrInvalid)
	assert.Equal(t, b.Items[1].Err.Error(), back.Items[1].Err.Error())
	assert.True(t, back.Total.Equal(b.Total))
	bad := dues.Pingdingshan2018().AssessAll([]dues.Member{{ID: "e", Sector: union.Enterprise}})
	var back2 dues.Batch
	require.NoError(t, json.Unmarshal([]byte(roundTrip(t, bad)), &back2))
	assert.ErrorIs(t, back2.Items[0].Err, union.ErrPolicy)

	e := dues.Employer{ID: "ACME", Payroll: d("800000"), Salaries: d("750000"), Headcount: 30, Since: union.MustPeriod("2025-01")}
	assert.Contains(t, roundTrip(t, e), `"since":"2025-01"`)
	fa, err := dues.Chongqing2011().Assess(e, union.MustPeriod("2026-03"))
	require.NoError(t, err)
	assert.Contains(t, roundTrip(t, fa), `"kind":"preparatory"`)
	lc, err := dues.Chongqing2011().Late(d("100"), 300)
	require.NoError(t, err)
	roundTrip(t, lc)

	col, err := dues.MultiLevel(d("5"), d("3"), d("1"), d("1")).Collect(d("-100"), dues.TaxFull)
	require.NoError(t, err)
	assert.Contains(t, roundTrip(t, col), `"collection":"tax_full"`)

	nat := dues.National()
	nat.OwnItems = []dues.WageItem{"commission"}
	pa, err := nat.AssessPeriod(m, union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-06")))
	require.NoError(t, err)
	roundTrip(t, pa)
	ar, err := dues.National().Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-06")), nil)
	require.NoError(t, err)
	roundTrip(t, ar)
}

func TestJSONRejectsUnknownEnums(t *testing.T) {
	for _, raw := range []string{
		`{"id":"a","class":"boss"}`,
		`{"id":"a","sector":"farm"}`,
		`{"id":"a","status":"asleep"}`,
	} {
		var m dues.Member
		assert.ErrorIs(t, json.Unmarshal([]byte(raw), &m), union.ErrInvalid, raw)
	}
	var k dues.FundsKind
	assert.ErrorIs(t, json.Unmarshal([]byte(`"maybe"`), &k), union.ErrInvalid)
	var c dues.Collection
	assert.ErrorIs(t, json.Unmarshal([]byte(`"cash"`), &c), union.ErrInvalid)
	var it dues.BatchItem
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"errors":[{"field":"x","code":"y","kind":"odd"}]}`), &it), union.ErrInvalid)
	_, err := json.Marshal(dues.Class(99))
	assert.ErrorIs(t, err, union.ErrInvalid)
}

func TestEnumTexts(t *testing.T) {
	for _, c := range dues.Classes() {
		for _, tag := range union.Languages() {
			assert.NotContains(t, c.Text(tag), "dues.", c.String())
		}
	}
	for _, it := range dues.Items() {
		for _, tag := range union.Languages() {
			assert.NotContains(t, it.Text(tag), "dues.", string(it))
		}
	}
	for _, k := range []dues.FundsKind{dues.UnionFunds, dues.PreparatoryFunds, dues.NoFunds} {
		assert.NotContains(t, k.Text(union.Languages()[1]), "dues.")
	}
	for _, c := range []dues.Collection{dues.Direct, dues.TaxFull, dues.TaxHigher} {
		assert.NotContains(t, c.Text(union.Languages()[2]), "dues.")
	}
	assert.Equal(t, "commission", dues.WageItem("commission").Text(union.Languages()[0]))
	assert.Equal(t, "Class(9)", dues.Class(9).String())
}

// TestEveryEmittedCodeHasTexts builds every reason code the package can emit
// from its prefixes and checks the registry has it in three languages.
func TestEveryEmittedCodeHasTexts(t *testing.T) {
	registered := map[string]union.Message{}
	for _, m := range union.Messages() {
		registered[m.Code] = m
	}
	var codes []string
	for _, it := range dues.Items() {
		codes = append(codes, "dues.counted."+string(it), "dues.excluded."+string(it), "dues.item."+string(it))
	}
	for _, c := range dues.Classes() {
		codes = append(codes, "dues.class."+c.String(), "dues.class.rate."+c.String(), "dues.class.flat."+c.String())
	}
	for s := union.Retired; s.Valid(); s++ {
		codes = append(codes, "dues.exempt."+s.String())
	}
	for m := union.HalfUp; m.Valid(); m++ {
		codes = append(codes, "dues.base.round."+m.String(), "dues.amount.round."+m.String())
	}
	for _, k := range []string{"union_funds", "preparatory", "none"} {
		codes = append(codes, "dues.funds.kind."+k)
	}
	for _, c := range []string{"direct", "tax_full", "tax_higher"} {
		codes = append(codes, "dues.collect."+c, "dues.collect.flow."+c)
	}
	for _, p := range []string{dues.PartyGrassroots, dues.PartyHigher, dues.PartyCounty, dues.PartyMunicipal, dues.PartyProvincial, dues.PartyNational} {
		codes = append(codes, "dues.party."+p)
	}
	for _, c := range codes {
		m, ok := registered[c]
		if assert.True(t, ok, c) {
			assert.False(t, reflect.ValueOf(m).IsZero())
			assert.NotEmpty(t, m.Hans, c)
			assert.NotEmpty(t, m.Hant, c)
			assert.NotEmpty(t, m.En, c)
		}
	}
}
