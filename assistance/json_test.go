package assistance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONRoundTrip(t *testing.T) {
	r := Hubei2024(d("940"))
	for i, a := range sampleApplicants() {
		raw, err := json.Marshal(a)
		require.NoError(t, err)
		var back Applicant
		require.NoError(t, json.Unmarshal(raw, &back), i)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(raw), string(again))

		res, err := r.Assess(a)
		if err != nil {
			continue
		}
		raw, err = json.Marshal(res)
		require.NoError(t, err)
		var got Assessment
		require.NoError(t, json.Unmarshal(raw, &got))
		again, err = json.Marshal(got)
		require.NoError(t, err)
		assert.JSONEq(t, string(raw), string(again))
		// the same applicant read from JSON gets the same assessment
		res2, err := r.Assess(back)
		require.NoError(t, err)
		assert.Equal(t, res.Category, res2.Category)
		assert.True(t, res.AidTotal.Equal(res2.AidTotal))
	}
	rv, err := Standard(d("1000")).Review(file(Deep), typical())
	require.NoError(t, err)
	raw, err := json.Marshal(rv)
	require.NoError(t, err)
	var back ReviewResult
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.Equal(t, rv.Outcome, back.Outcome)
	assert.Equal(t, rv.Next, back.Next)
}

func TestJSONForm(t *testing.T) {
	a := typical()
	raw, err := json.Marshal(a)
	require.NoError(t, err)
	s := string(raw)
	assert.Contains(t, s, `"main_cause":"serious_illness"`)
	assert.Contains(t, s, `"school":"bachelor"`)
	assert.Contains(t, s, `"amount":"36000"`)

	var c Category
	assert.ErrorIs(t, json.Unmarshal([]byte(`"poor"`), &c), union.ErrInvalid)
	var o Operator
	require.NoError(t, json.Unmarshal([]byte(`"le"`), &o))
	assert.Equal(t, LessOrEqual, o)
	_, err = json.Marshal(Category(42))
	assert.Error(t, err)
}

// Policies unmarshalled from JSON are validated the same way as presets.
func TestRulesFromJSONValidated(t *testing.T) {
	raw, err := json.Marshal(Standard(d("1000")))
	require.NoError(t, err)
	bad := strings.Replace(string(raw), `"minimum_living":"1000"`, `"minimum_living":"-1"`, 1)
	bad = strings.Replace(bad, `"multiple":"2"`, `"multiple":"0.5"`, 1)
	var r Rules
	require.NoError(t, json.Unmarshal([]byte(bad), &r))
	err = r.Validate()
	require.ErrorIs(t, err, union.ErrPolicy)
	assert.ElementsMatch(t, []string{"minimum_living", "bands[1].multiple"}, fieldsOf(err))
	_, err = r.Assess(typical())
	assert.ErrorIs(t, err, union.ErrPolicy)

	assert.ErrorIs(t, json.Unmarshal([]byte(`{"bands":[{"category":"rich"}]}`), &r), union.ErrInvalid)
}
