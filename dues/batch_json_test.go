package dues_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// Money is written at the fen everywhere: assessments, totals, subtotals,
// funds, late fees, allocations and collections.
func TestMoneyAtTheFen(t *testing.T) {
	b := dues.National().AssessAll([]dues.Member{
		{ID: "E1", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("7845.60")}},
	})
	js, err := json.Marshal(b)
	require.NoError(t, err)
	s := string(js)
	assert.Contains(t, s, `"base":"7840.00"`)
	assert.Contains(t, s, `"amount":"39.20"`)
	assert.Contains(t, s, `"total":"39.20"`)
	assert.Contains(t, s, `"rate":"0.005"`)
	assert.Contains(t, s, `{"sector":"enterprise","members":1,"paying":1,"exempt":0,"amount":"39.20"}`)

	fa, err := dues.NationalFunds().Assess(dues.Employer{ID: "A", Payroll: d("1632273"), HasUnion: true, Headcount: 10},
		union.MustPeriod("2026-03"))
	require.NoError(t, err)
	js, err = json.Marshal(fa)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"amount":"32645.46"`)
	assert.Contains(t, string(js), `"base":"1632273.00"`)

	al, err := dues.Standard().Allocate(d("100"))
	require.NoError(t, err)
	js, err = json.Marshal(al)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"amount":"60.00"`)

	col, err := dues.Standard().Collect(d("-0.5"), dues.TaxFull)
	require.NoError(t, err)
	js, err = json.Marshal(col)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"total":"-0.50"`)
}

func TestAppendMoneyForms(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0.00", "39.2": "39.20", "3000": "3000.00", "0.125": "0.125", "-5": "-5.00", "1E+3": "1000.00",
		"123456789012345.6": "123456789012345.60", "0.10000": "0.10",
	} {
		js, err := json.Marshal(dues.Allocation{Party: "x", Amount: d(in)})
		require.NoError(t, err)
		assert.Contains(t, string(js), `"amount":"`+want+`"`, in)
	}
}

// An error item keeps the member's ID and carries nothing that reads as a
// figure; it comes back with its errors.
func TestErrorItemJSON(t *testing.T) {
	b := dues.National().AssessAll([]dues.Member{
		{ID: "bad", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("-1")}},
	})
	js, err := json.Marshal(b.Items[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"member_id":"bad","errors":[{"field":"wages.basic","code":"invalid.negative","value":"-1","kind":"invalid"}]}`, string(js))
	var back dues.BatchItem
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, "bad", back.MemberID)
	assert.Equal(t, []string{"wages.basic invalid.negative"}, wireCodes(back.Err))

	js, err = b.Items[0].MarshalJSONText(language.English)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"message":`)

	// The older form, a zero assessment beside the errors, still reads.
	old := `{"member_id":"","sector":"enterprise","status":"active","class":"regular","exempt":false,"base":"0","rate":"0","amount":"0","reasons":null,"errors":[{"field":"id","code":"invalid.required","kind":"invalid"}]}`
	require.NoError(t, json.Unmarshal([]byte(old), &back))
	assert.ErrorIs(t, back.Err, union.ErrInvalid)
	assert.Error(t, json.Unmarshal([]byte(`{"errors":[{"field":"x","code":"y","kind":"odd"}]}`), &back))
}

// Reasons can be written with their text beside the code; reading the text
// form back gives the batch.
func TestBatchJSONText(t *testing.T) {
	b := dues.National().AssessAll([]dues.Member{
		{ID: "E1", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("4200"), dues.Bonus: d("1")}},
		{ID: "E2", Sector: union.Organ, Status: union.Retired},
		{ID: "E3", Status: 99},
	})
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
		js, err := b.MarshalJSONText(tag)
		require.NoError(t, err)
		var v struct {
			Items []struct {
				Reasons []struct{ Code, Text string } `json:"reasons"`
				Errors  []dues.FieldErrorJSON         `json:"errors"`
			} `json:"items"`
		}
		require.NoError(t, json.Unmarshal(js, &v))
		for _, r := range v.Items[0].Reasons {
			assert.Equal(t, union.Reason{Code: r.Code}.Text(tag) != "", r.Text != "", r.Code)
			assert.NotEqual(t, r.Code, r.Text)
		}
		assert.NotEmpty(t, v.Items[2].Errors[0].Message)
		var back dues.Batch
		require.NoError(t, json.Unmarshal(js, &back))
		plain, err := json.Marshal(b)
		require.NoError(t, err)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(plain), string(again))
	}
}
