package dues_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// wireCodes lists "field code" for every *union.FieldError in err (through
// joins and record errors), in order.
func wireCodes(err error) []string {
	var out []string
	for _, fe := range union.FieldErrors(err) {
		out = append(out, fe.Field+" "+fe.Code)
	}
	return out
}

func TestDecodeMembers(t *testing.T) {
	inst := union.Institution
	for _, tc := range []struct {
		name   string
		data   string
		opt    dues.DecodeOptions
		ids    []string         // good members, in order
		bad    map[int][]string // index → "field code"
		badIDs map[int]string   // index → ID
		docErr []string         // document error
		check  func(*testing.T, []dues.Member)
	}{
		{name: "array", data: `[{"id":"a","sector":"enterprise","wages":{"basic":"4200"}}]`, ids: []string{"a"}},
		{name: "object", data: `{"members":[{"id":"a","sector":"enterprise"},{"id":"b","sector":"organ"}]}`, ids: []string{"a", "b"}},
		{name: "chinese words and names", data: `[{"id":"a","sector":"事业单位","status":"退休","class":"学徒工",
			"wages":{"岗位工资":"1,200.00","薪級工資":300.5}}]`, ids: []string{"a"},
			check: func(t *testing.T, ms []dues.Member) {
				m := ms[0]
				assert.Equal(t, union.Institution, m.Sector)
				assert.Equal(t, union.Retired, m.Status)
				assert.Equal(t, dues.Apprentice, m.Class)
				assert.Equal(t, "1200", m.Wages[dues.PositionWage].String())
				assert.Equal(t, "300.5", m.Wages[dues.GradeWage].String())
			}},
		{name: "numeric id and periods", data: `[{"id":10023,"sector":"organ","joined":"2020-03","left":"2026-12","no_fixed_income":true,"previous_wages":{"duty":"100"}}]`,
			ids: []string{"10023"}},
		{name: "own item kept as written", data: `[{"id":"a","sector":"enterprise","wages":{"绩效奖":"10"}}]`, ids: []string{"a"},
			check: func(t *testing.T, ms []dues.Member) { assert.Contains(t, ms[0].Wages, dues.WageItem("绩效奖")) }},
		{name: "default sector", data: `[{"id":"a"}]`, opt: dues.DecodeOptions{DefaultSector: &inst}, ids: []string{"a"},
			check: func(t *testing.T, ms []dues.Member) { assert.Equal(t, union.Institution, ms[0].Sector) }},
		{name: "every bad record, every problem", data: `[
			{"id":"a","sector":"enterprise"},
			{"id":"b","wages":{"basic":"x","bonus":"NaN"}},
			{"sector":"farm","status":7,"extra":1},
			{"id":"d","sector":"enterprise","wages":{"basic":"1","基本工资":"2"}},
			{"id":"e","sector":"enterprise","wages":{"basic":"1e400"}},
			"oops",
			{"id":"","sector":"enterprise","joined":"2026-13"}]`,
			ids: []string{"a"},
			bad: map[int][]string{
				1: {"members[1].sector invalid.required", "members[1].wages.basic invalid.decimal", "members[1].wages.bonus invalid.decimal"},
				2: {"members[2].extra invalid.unknown_field", "members[2].id invalid.required", "members[2].sector invalid.enum", "members[2].status invalid.type"},
				3: {"members[3].wages.基本工资 invalid.duplicate"},
				4: {"members[4].wages.basic invalid.decimal_range"},
				5: {"members[5] invalid.type"},
				6: {"members[6].id invalid.required", "members[6].joined invalid.format"},
			},
			badIDs: map[int]string{1: "b", 3: "d", 4: "e"}},
		{name: "not an array", data: `{"id":"a"}`, docErr: []string{"id invalid.unknown_field", "members invalid.required"}},
		{name: "malformed", data: `[{"id":"a",}]`, docErr: []string{"members invalid.json"}},
		{name: "invalid utf8", data: "[{\"id\":\"\xff\"}]", docErr: []string{"members invalid.utf8"}},
		{name: "too many", data: `[{},{},{}]`, opt: dues.DecodeOptions{MaxMembers: 2}, docErr: []string{"members invalid.too_many"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms, bad, err := dues.DecodeMembers([]byte(tc.data), tc.opt)
			if tc.docErr != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, union.ErrInvalid)
				assert.Equal(t, tc.docErr, wireCodes(err)[:len(tc.docErr)])
				assert.Nil(t, ms)
				return
			}
			require.NoError(t, err)
			var ids []string
			for _, m := range ms {
				ids = append(ids, m.ID)
			}
			assert.Equal(t, tc.ids, ids)
			require.Len(t, bad, len(tc.bad))
			for _, re := range bad {
				assert.Equal(t, tc.bad[re.Index], wireCodes(re), "record %d", re.Index)
				assert.Equal(t, tc.badIDs[re.Index], re.ID)
				assert.ErrorIs(t, re, union.ErrInvalid)
			}
			if tc.check != nil {
				tc.check(t, ms)
			}
		})
	}
}

// Member.UnmarshalJSON is strict on its own, with no default sector: a
// member without a sector is never taken for an enterprise's.
func TestMemberUnmarshalStrict(t *testing.T) {
	var m dues.Member
	err := json.Unmarshal([]byte(`{"id":"a","wages":{"basic":"100"}}`), &m)
	assert.Equal(t, []string{"sector invalid.required"}, wireCodes(err))
	err = json.Unmarshal([]byte(`{"id":"a","sector":"enterprise","wage":{}}`), &m)
	assert.Equal(t, []string{"wage invalid.unknown_field"}, wireCodes(err))
	require.NoError(t, json.Unmarshal([]byte(`{"id":"a","sector":"enterprise","wages":{"basic":null}}`), &m))
	assert.Empty(t, m.Wages)
}

// AssessRecords puts each record's item at its index, bad ones with their
// ID and errors named within the record, and counts only the good ones.
func TestAssessRecords(t *testing.T) {
	ms, bad, err := dues.DecodeMembers([]byte(`[{"id":"x"},{"id":"a","sector":"enterprise","wages":{"basic":"4200"}},
		{"id":"y","sector":"enterprise","wages":{"basic":"-"}},{"id":"b","sector":"enterprise","wages":{"basic":"3000"}},{"id":"z"}]`),
		dues.DecodeOptions{})
	require.NoError(t, err)
	b := dues.National().AssessRecords(dues.Records{Members: ms, Bad: bad})
	require.Len(t, b.Items, 5)
	var got []string
	for _, it := range b.Items {
		got = append(got, it.MemberID)
	}
	assert.Equal(t, []string{"x", "a", "y", "b", "z"}, got)
	assert.Equal(t, []string{"sector invalid.required"}, wireCodes(b.Items[0].Err))
	assert.Equal(t, []string{"wages.basic invalid.decimal"}, wireCodes(b.Items[2].Err))
	assert.Equal(t, []string{"members[2].wages.basic invalid.decimal"}, wireCodes(b.Err())[1:2])
	assert.Equal(t, 3, b.Failed)
	assert.Equal(t, "36.00", b.Total.StringFixed(2))
	// The same records in shards give the same batch.
	whole, err := json.Marshal(b)
	require.NoError(t, err)
	first := dues.National().AssessRecords(dues.Records{First: 0, Members: ms[:1], Bad: bad[:2]})
	second := dues.National().AssessRecords(dues.Records{First: 3, Members: ms[1:], Bad: bad[2:]})
	merged, err := json.Marshal(first.Merge(second))
	require.NoError(t, err)
	assert.JSONEq(t, string(whole), string(merged))
}

func TestPolicyDecoding(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  string
		codes []string
		check func(*testing.T, dues.Policy)
	}{
		{name: "preset with override", data: `{"preset":"national","amount_rounding":{"places":0,"mode":"half_up"},"whole_yuan":true}`,
			check: func(t *testing.T, p dues.Policy) {
				assert.Equal(t, union.Rounding{Places: 0, Mode: union.HalfUp}, p.AmountRounding)
				assert.Equal(t, dues.National().Bases, p.Bases)
			}},
		{name: "preset items in Chinese", data: `{"preset":"shenyang2016","bases":[{"sector":"事业单位","all_but":false,"items":["岗位工资","薪级工资"]}]}`,
			check: func(t *testing.T, p dues.Policy) {
				assert.Equal(t, []dues.WageItem{dues.PositionWage, dues.GradeWage}, p.Bases[0].Items)
			}},
		{name: "unknown preset", data: `{"preset":"mars"}`, codes: []string{"preset invalid.unknown"}},
		{name: "misspelt key", data: `{"preset":"national","lapse_month":3,"amount_rounding":{"places":2,"mod":"up"}}`,
			codes: []string{"amount_rounding.mod invalid.unknown_field", "amount_rounding.mode invalid.required", "lapse_month invalid.unknown_field"}},
		{name: "short file", data: `{"rate":"0.005"}`, codes: []string{"amount_rounding invalid.required", "base_rounding invalid.required",
			"bases invalid.required", "exempt invalid.required", "lapse_months invalid.required", "previous_month invalid.required"}},
		{name: "paths inside lists", data: `{"preset":"national","bases":[{"sector":"enterprise","all_but":true,"items":[1]},{"sector":"x","items":[]}],
			"classes":[{"class":"apprentice","flat":true,"fee":"abc"}]}`,
			codes: []string{"bases[0].items[0] invalid.type", "bases[1].all_but invalid.required", "bases[1].sector invalid.enum",
				"classes[0].fee invalid.decimal"}},
		{name: "bad decimal", data: `{"preset":"national","rate":"0,00,5"}`, codes: []string{"rate invalid.decimal"}},
		{name: "null preset is a full file", data: `{"preset":null,"rate":"0.005"}`, codes: []string{"amount_rounding invalid.required",
			"base_rounding invalid.required", "bases invalid.required", "exempt invalid.required", "lapse_months invalid.required",
			"previous_month invalid.required"}},
		{name: "a rounding states both keys over a preset too", data: `{"preset":"national","base_rounding":{"mode":"up"},
			"bases":[{"preset":"national","sector":"organ","all_but":true,"items":[]}],"lapse_months":1e3}`,
			codes: []string{"base_rounding.places invalid.required", "bases[0].preset invalid.unknown_field", "lapse_months invalid.type"}},
		{name: "an override replaces a list whole", data: `{"preset":"national","exempt":[],"own_items":["餐补"]}`,
			check: func(t *testing.T, p dues.Policy) {
				assert.Equal(t, []dues.Exemption{}, p.Exempt)
				assert.Equal(t, []dues.WageItem{"餐补"}, p.OwnItems)
				assert.Equal(t, dues.National().Bases, p.Bases)
			}},
		{name: "invalid policy", data: `{"preset":"national","rate":"2"}`, codes: []string{"rate policy.range"}},
		{name: "trailing data", data: `{"preset":"national"} {}`, codes: []string{"policy invalid.json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := dues.DecodePolicy([]byte(tc.data))
			if tc.codes != nil {
				assert.Equal(t, tc.codes, wireCodes(err))
				return
			}
			require.NoError(t, err)
			tc.check(t, p)
		})
	}
}

// Every preset reads back from its own JSON, and a full policy file with
// every required key reads as written.
func TestPolicyFilesRoundTrip(t *testing.T) {
	for name, p := range policyPresets() {
		js, err := json.Marshal(p)
		require.NoError(t, err)
		back, err := dues.DecodePolicy(js)
		require.NoError(t, err, name)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(js), string(again), name)
	}
	for name, f := range fundsPresets() {
		js, err := json.Marshal(f)
		require.NoError(t, err)
		back, err := dues.DecodeFunds(js)
		require.NoError(t, err, name)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(js), string(again), name)
	}
	for name, s := range schemePresets() {
		js, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := dues.DecodeScheme(js)
		require.NoError(t, err, name)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(js), string(again), name)
	}
}

func TestFundsSchemeEmployerDecoding(t *testing.T) {
	_, err := dues.DecodeFunds([]byte(`{"rate":"0.02","rounding":{"places":2,"mode":"half_up"}}`))
	assert.Equal(t, []string{"daily_late_rate invalid.required", "deductible_rate invalid.required", "preparatory invalid.required"}, wireCodes(err))
	f, err := dues.DecodeFunds([]byte(`{"preset":"beijing2015","daily_late_rate":"0.001"}`))
	require.NoError(t, err)
	assert.Equal(t, "0.001", f.DailyLateRate.String())
	_, err = dues.DecodeFunds([]byte(`{"preset":"funds.chongqing2011","preparatory":{"due":true,"afer_months":3}}`))
	assert.Equal(t, []string{"preparatory.afer_months invalid.unknown_field"}, wireCodes(err))

	_, err = dues.DecodeScheme([]byte(`{"shares":[{"party":"a","weight":"1","parts":[{"party":"b"}]}]}`))
	assert.Equal(t, []string{"places invalid.required", "shares[0].parts[0].weight invalid.required"}, wireCodes(err))
	s, err := dues.DecodeScheme([]byte(`{"preset":"standard"}`))
	require.NoError(t, err)
	assert.Equal(t, dues.Standard(), s)

	var e dues.Employer
	err = json.Unmarshal([]byte(`{"id":"ACME","payroll":"800,000.00"}`), &e)
	assert.Equal(t, []string{"has_union invalid.required", "headcount invalid.required"}, wireCodes(err))
	require.NoError(t, json.Unmarshal([]byte(`{"id":"ACME","payroll":"800,000.00","headcount":30,"has_union":false,"since":"2025-01"}`), &e))
	assert.Equal(t, "800000", e.Payroll.String())
}

// Presets lists every preset the golden files hold, each found by its name.
func TestPresetsList(t *testing.T) {
	names := map[string]bool{}
	for _, p := range dues.Presets() {
		assert.False(t, names[p.Name], "duplicate %s", p.Name)
		names[p.Name] = true
		assert.NotEmpty(t, p.Document, p.Name)
	}
	for name, want := range policyPresets() {
		assert.True(t, names[name], name)
		got, err := dues.PresetPolicy(name)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for name, want := range fundsPresets() {
		short := name[len("funds_"):]
		assert.True(t, names["funds."+short], name)
		got, err := dues.PresetFunds(short)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	for name, want := range schemePresets() {
		short := name[len("scheme_"):]
		assert.True(t, names["scheme."+short], name)
		got, err := dues.PresetScheme("scheme." + short)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
	assert.Len(t, names, len(policyPresets())+len(fundsPresets())+len(schemePresets()))
	_, err := dues.PresetScheme("national")
	assert.ErrorIs(t, err, union.ErrInvalid)
}

func TestDecodeEmployers(t *testing.T) {
	es, bad, err := dues.DecodeEmployers([]byte(`{"employers":[
		{"id":"A","payroll":"1,000,000.00","headcount":120,"has_union":true},
		{"id":"B","payroll":"x","headcount":-1},
		{"id":"C","payroll":"5000","headcount":3,"has_union":false,"since":"2025-07"}]}`), 0)
	require.NoError(t, err)
	require.Len(t, es, 2)
	assert.Equal(t, "C", es[1].ID)
	require.Len(t, bad, 1)
	assert.Equal(t, 1, bad[0].Index)
	assert.Equal(t, "B", bad[0].ID)
	assert.Equal(t, []string{"employers[1].has_union invalid.required", "employers[1].headcount invalid.range",
		"employers[1].payroll invalid.decimal"}, wireCodes(bad[0]))
	_, _, err = dues.DecodeEmployers([]byte(`[{},{}]`), 1)
	assert.Equal(t, []string{"employers invalid.too_many"}, wireCodes(err))
}
