package assistance

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Money in results is written at the fen: "39.20", never "39.2".
func TestJSONMoneyAtTheFen(t *testing.T) {
	res := mustAssess(t, Hubei2024(d("940")), typical())
	raw := assessJSON(t, res)
	assert.Contains(t, raw, `"aid_total":"32680.00"`)
	assert.Contains(t, raw, `"amount":"11280.00"`)
	assert.Contains(t, raw, `"threshold":"940.00"`)
	assert.Contains(t, raw, `"imputed":"0.00"`)
	var back Assessment
	require.NoError(t, json.Unmarshal([]byte(raw), &back))
	assert.True(t, back.AidTotal.Equal(res.AidTotal))
	assert.Equal(t, raw, assessJSON(t, back))

	b := Hubei2024(d("940")).AssessAll([]Applicant{typical()})
	assert.Contains(t, assessJSON(t, b), `"aid_total":"32680.00"`)
}

// A bad hardship record is written as its ID and its errors, never like an
// ineligible household, and its errors survive decoding.
func TestBatchItemErrorsSurviveJSON(t *testing.T) {
	good, bad := typical(), typical()
	bad.Worker.ID = "W-BAD"
	bad.Household.Members = 0
	bad.Household.Persons[0].Age = -1
	b := Hubei2024(d("940")).AssessAll([]Applicant{good, bad})
	require.Error(t, b.Items[1].Err)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	var items struct {
		Items []map[string]json.RawMessage `json:"items"`
	}
	require.NoError(t, json.Unmarshal(raw, &items))
	assert.Equal(t, `"W-001"`, string(items.Items[0]["id"]))
	assert.Contains(t, items.Items[0], "category")
	assert.Equal(t, `"W-BAD"`, string(items.Items[1]["id"]))
	assert.Len(t, items.Items[1], 2, "an error item holds its id and errors only")
	assert.Contains(t, string(items.Items[1]["errors"]), `"field":"household.members"`)

	var back Batch
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Len(t, back.Items, 2)
	assert.NoError(t, back.Items[0].Err)
	assert.Equal(t, "W-BAD", back.Items[1].ID)
	assert.ErrorIs(t, back.Items[1].Err, union.ErrInvalid)
	assert.ElementsMatch(t, fieldsOf(b.Items[1].Err), fieldsOf(back.Items[1].Err))
	assert.True(t, back.AidTotal.Equal(b.AidTotal))
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(raw), string(again))
}

// Applicants decode strictly: unknown keys and bad decimals are FieldErrors
// naming the JSON path.
// TestApplicantIncomeRequired: a household's income is stated in a JSON
// file, even when it is 0, or given by kind in income_items; left out it is
// invalid.required, never read as no income (which files the household as in
// hardship).
func TestApplicantIncomeRequired(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // field and code of each error; nil: decodes
	}{
		{`{"household":{"members":3}}`, []string{"household.income invalid.required"}},
		{`{"worker":{"id":"x"}}`, []string{"household.income invalid.required"}},
		{`{"household":null}`, []string{"household.income invalid.required"}},
		{`{"household":{"members":3,"income":"0"}}`, nil},
		{`{"household":{"members":3,"income_items":[]}}`, nil},
		{`{"household":{"members":3,"incme":"1"}}`, []string{"household.incme invalid.unknown_field", "household.income invalid.required"}},
		{`{"household":5}`, []string{"household invalid.type"}},
	} {
		var a Applicant
		err := json.Unmarshal([]byte(tc.in), &a)
		var got []string
		for _, fe := range union.FieldErrors(err) {
			got = append(got, fe.Field+" "+fe.Code)
		}
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestApplicantStrictJSON(t *testing.T) {
	var a Applicant
	err := json.Unmarshal([]byte(`{"member":true,"household":{"members":2,"incme":"100"}}`), &a)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "household.incme")

	err = json.Unmarshal([]byte(`{"household":{"members":2,"income":"12,0x"}}`), &a)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "household.income")
	assert.NotContains(t, err.Error(), "can't convert")

	require.NoError(t, json.Unmarshal([]byte(`{"member":true,"household":{"members":2,"income":"1200.50"}}`), &a))
	assert.Equal(t, "1200.5", a.Household.Income.String())
}

// A policy file may name a preset and override fields; unknown keys and
// unknown presets are refused.
func TestRulesFromPresetFile(t *testing.T) {
	var r Rules
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"shanghai2019","minimum_living":"1420"}`), &r))
	assert.Equal(t, assessJSON(t, Shanghai2019(d("1420"))), assessJSON(t, r))

	require.NoError(t, json.Unmarshal([]byte(`{"preset":"hubei2024","minimum_living":"940",
		"aid":{"temporary_cap":"2000"},"bands":[{"category":"deep","multiple":"1","op":"le"}]}`), &r))
	want := Hubei2024(d("940"))
	want.Aid.TemporaryCap = d("2000")
	want.Bands = []Band{{Category: Deep, Multiple: d("1"), Op: LessOrEqual}}
	assert.Equal(t, assessJSON(t, want), assessJSON(t, r), "objects merge, arrays replace")
	require.NoError(t, r.Validate())

	err := json.Unmarshal([]byte(`{"preset":"beijing","minimum_living":"1000"}`), &r)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Equal(t, []string{"preset"}, fieldsOf(err))

	err = json.Unmarshal([]byte(`{"preset":"standard","minimum_living":"1000","exit":{"monhts":3}}`), &r)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "exit.monhts")

	// A file without a preset and without the 低保 does not validate.
	require.NoError(t, json.Unmarshal([]byte(`{"name":"x"}`), &r))
	assert.ErrorIs(t, r.Validate(), union.ErrPolicy)
}

func TestPresetsListAndLookup(t *testing.T) {
	ps := Presets()
	require.Len(t, ps, 4)
	for _, p := range ps {
		r, err := Preset(p.Name, d("1000"))
		require.NoError(t, err)
		assert.Equal(t, p.Name, r.Name)
		assert.Equal(t, r.Source, p.Document)
		assert.Equal(t, r.Effective, p.Effective)
		require.NoError(t, r.Validate())
	}
	_, err := Preset("nope", d("1000"))
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, err.Error(), "shanghai2019")
}

// A JSON array of applicants is read record by record: every bad record is
// reported by index with its ID and field paths, and reading goes on.
func TestDecodeApplicantsPerRecord(t *testing.T) {
	doc := `[
	 {"member":true,"worker":{"id":"A1"},"household":{"members":2,"income":"10000"}},
	 {"member":true,"worker":{"id":"A2"},"household":{"members":2,"income":"abc"}},
	 {"member":true,"worker":{"id":"A3"},"household":{"members":2},"colour":"red"},
	 {"member":true,"worker":{"id":"A4"},"household":{"members":3,"income":"20000"}}
	]`
	as, err := DecodeApplicants([]byte(doc))
	require.Len(t, as, 4)
	require.Error(t, err)
	var recs []*union.RecordError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *union.RecordError
		require.True(t, errors.As(e, &re))
		recs = append(recs, re)
	}
	require.Len(t, recs, 2)
	assert.Equal(t, 1, recs[0].Index)
	assert.Equal(t, "A2", recs[0].ID)
	assert.Equal(t, 2, recs[1].Index)
	assert.Equal(t, "A3", recs[1].ID)
	assert.Contains(t, fieldsOf(err), "[1].household.income")
	assert.Contains(t, fieldsOf(err), "[2].colour")
	assert.Equal(t, "A4", as[3].Worker.ID)

	b, err := Standard(d("1000")).AssessJSON([]byte(doc))
	require.NoError(t, err)
	require.Len(t, b.Items, 4)
	assert.Equal(t, 2, b.Failed)
	assert.Equal(t, "A2", b.Items[1].ID)
	assert.Contains(t, fieldsOf(b.Items[1].Err), "household.income")
	assert.NoError(t, b.Items[3].Err)

	_, err = DecodeApplicants([]byte(`{"a":1}`))
	assert.ErrorIs(t, err, union.ErrInvalid)
	as, err = DecodeApplicants([]byte(`[{"household":{"members":1}}, {"hou`))
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.Len(t, as, 1)
	assert.False(t, strings.Contains(err.Error(), "unexpected EOF"), err.Error())
}

// Batch items read back strictly too.
func TestBatchItemStrictJSON(t *testing.T) {
	var it BatchItem
	err := json.Unmarshal([]byte(`{"id":"A","category":"deep","colour":1}`), &it)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "colour")
	require.NoError(t, json.Unmarshal([]byte(`{"id":"A","category":"deep","aid_total":"10.00"}`), &it))
	assert.Equal(t, Deep, it.Category)
	assert.Equal(t, "A", it.ID)
}

// Review files and yearly figures decode strictly too.
func TestFileAndFiguresStrictJSON(t *testing.T) {
	var f File
	require.NoError(t, json.Unmarshal([]byte(`{"category":"deep","filed":"2024-01","reviewed":"2025-01"}`), &f))
	assert.Equal(t, Deep, f.Category)
	err := json.Unmarshal([]byte(`{"category":"deep","filed":"2024-01","reviewd":"2025-01"}`), &f)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "reviewd")
	var g Figures
	err = json.Unmarshal([]byte(`{"from":"2024-01","minimum_living":"x"}`), &g)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Contains(t, fieldsOf(err), "minimum_living")
}
