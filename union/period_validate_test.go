package union_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestPeriodValidate(t *testing.T) {
	assert.NoError(t, union.MustPeriod("0001-01").Validate())
	assert.NoError(t, union.MustPeriod("9999-12").Validate())
	tests := []struct {
		p    union.Period
		code string
	}{
		{union.Period{}, "invalid.required"},
		{union.Period{Year: 2024, Month: 13}, "invalid.period"},
		{union.Period{Year: 0, Month: time.January}, "invalid.period"},
		{union.Period{Year: 10000, Month: time.June}, "invalid.period"},
		{union.Period{Year: 2024, Month: 0}, "invalid.period"},
		{union.Period{Year: math.MaxInt, Month: math.MaxInt}, "invalid.period"},
		{union.Period{Year: math.MinInt, Month: -1}, "invalid.period"},
	}
	for _, tt := range tests {
		err := tt.p.Validate()
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe), "%#v", tt.p)
		assert.Equal(t, tt.code, fe.Code)
		assert.Equal(t, "period", fe.Field)
		assert.True(t, errors.Is(err, union.ErrInvalid))
		_, merr := tt.p.MarshalText()
		if !tt.p.IsZero() {
			assert.Error(t, merr)
		}
	}
}

func TestPeriodArithmeticNeverOverflows(t *testing.T) {
	extremes := []union.Period{{}, {Year: math.MaxInt, Month: math.MaxInt}, {Year: math.MinInt, Month: math.MinInt},
		union.MustPeriod("9999-12"), union.MustPeriod("0001-01")}
	for _, p := range extremes {
		for _, n := range []int{math.MaxInt, math.MinInt, 1, -1, 0} {
			q := p.AddMonths(n)
			if n != 0 && (n > 1 || n < -1) {
				assert.False(t, q.Valid(), "%v + %d", p, n)
			}
			_ = p.MonthsUntil(q)
			_ = p.Compare(q)
		}
	}
	// Far years still compare in order.
	assert.True(t, union.Period{Year: math.MinInt, Month: 1}.Before(union.MustPeriod("2026-01")))
	assert.True(t, union.Period{Year: math.MaxInt, Month: 1}.After(union.MustPeriod("2026-01")))
}

func TestPeriodAddMonthsChecked(t *testing.T) {
	p, err := union.MustPeriod("2026-11").AddMonthsChecked(14)
	require.NoError(t, err)
	assert.Equal(t, "2028-01", p.String())
	// assistance reviews a file reviewed 9999-06 a year later: not a real month.
	_, err = union.MustPeriod("9999-06").AddMonthsChecked(12)
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "invalid.range", fe.Code)
	assert.Equal(t, "9999-06+12 months", fe.Value)
	_, err = union.MustPeriod("0001-01").AddMonthsChecked(-1)
	assert.True(t, errors.Is(err, union.ErrInvalid))
	_, err = union.Period{Year: 2024, Month: 13}.AddMonthsChecked(0)
	assert.True(t, errors.Is(err, union.ErrInvalid))
	_, err = union.MustPeriod("2026-01").AddMonthsChecked(math.MaxInt)
	assert.True(t, errors.Is(err, union.ErrInvalid))
}

// TestTimelineAtRefusesInvalidMonths: an open timeline once answered 2024-13,
// 0000-01 and the zero Period with its policy.
func TestTimelineAtRefusesInvalidMonths(t *testing.T) {
	tl, err := union.NewTimeline(union.Dated[string]{Policy: "always"})
	require.NoError(t, err)
	for _, p := range []union.Period{{}, {Year: 2024, Month: 13}, {Year: 0, Month: 1}, {Year: 10000, Month: 1}, {Year: -5, Month: 3}} {
		got, err := tl.At(p)
		assert.Empty(t, got, "%#v", p)
		assert.True(t, errors.Is(err, union.ErrInvalid), "%#v", p)
	}
	got, err := tl.At(union.MustPeriod("9999-12"))
	require.NoError(t, err)
	assert.Equal(t, "always", got)
}

func TestNewTimelineLimit(t *testing.T) {
	es := make([]union.Dated[int], union.MaxTimelineEntries+1)
	_, err := union.NewTimeline(es...)
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "invalid.too_many", fe.Code)
	assert.True(t, errors.Is(err, union.ErrPolicy))
}

// TestTimelineJSONStrict: a misspelt key in a stored timeline is an error
// with its path, not a policy silently read without it.
func TestTimelineJSONStrict(t *testing.T) {
	var tl union.Timeline[struct {
		Rate string `json:"rate"`
	}]
	err := json.Unmarshal([]byte(`[{"effective":{"from":"2020-01"},"policy":{"rate":"0.02"}},{"effective":{"from":"2021-01"},"polcy":{}}]`), &tl)
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "[1].polcy", fe.Field)
	assert.Equal(t, "invalid.unknown_field", fe.Code)
	var doc struct {
		Funds union.Timeline[struct {
			Rate string `json:"rate"`
		}] `json:"funds"`
	}
	err = union.DecodeJSON([]byte(`{"funds":[{"effective":{"from":"2020-01","untl":"x"},"policy":{}}]}`), &doc)
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "funds[0].effective.untl", fe.Field)
}
