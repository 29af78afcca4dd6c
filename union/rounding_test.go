package union_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestRoundingRound(t *testing.T) {
	tests := []struct {
		in     string
		places int32
		mode   union.RoundingMode
		want   string
	}{
		// HalfUp: 四舍五入, half away from zero.
		{"1.005", 2, union.HalfUp, "1.01"},
		{"-1.005", 2, union.HalfUp, "-1.01"},
		{"1.004", 2, union.HalfUp, "1"},
		{"2.5", 0, union.HalfUp, "3"},
		{"-2.5", 0, union.HalfUp, "-3"},
		{"1235", -1, union.HalfUp, "1240"},
		{"-1235", -1, union.HalfUp, "-1240"},
		{"12349", -2, union.HalfUp, "12300"},
		// HalfEven: banker's rounding.
		{"2.5", 0, union.HalfEven, "2"},
		{"3.5", 0, union.HalfEven, "4"},
		{"-2.5", 0, union.HalfEven, "-2"},
		{"-3.5", 0, union.HalfEven, "-4"},
		{"1.005", 2, union.HalfEven, "1"},
		{"1.015", 2, union.HalfEven, "1.02"},
		{"1245", -1, union.HalfEven, "1240"},
		{"1255", -1, union.HalfEven, "1260"},
		{"-1245", -1, union.HalfEven, "-1240"},
		// Down: toward zero.
		{"1.009", 2, union.Down, "1"},
		{"-1.009", 2, union.Down, "-1"},
		{"1239", -1, union.Down, "1230"},
		{"-1239", -1, union.Down, "-1230"},
		{"9.99", 0, union.Down, "9"},
		// Up: away from zero.
		{"1.001", 2, union.Up, "1.01"},
		{"-1.001", 2, union.Up, "-1.01"},
		{"1.000", 2, union.Up, "1"},
		{"1231", -1, union.Up, "1240"},
		{"-1231", -1, union.Up, "-1240"},
		{"1230", -1, union.Up, "1230"},
		// An undefined mode rounds half-up.
		{"2.5", 0, union.RoundingMode(9), "3"},
	}
	for _, tt := range tests {
		r := union.Rounding{Places: tt.places, Mode: tt.mode}
		t.Run(tt.in+" "+r.String(), func(t *testing.T) {
			got := r.Round(d(tt.in))
			assert.True(t, got.Equal(d(tt.want)), "got %s, want %s", got, tt.want)
		})
	}
}

func TestRoundingConstructors(t *testing.T) {
	assert.Equal(t, union.Rounding{Places: 2, Mode: union.Down}, union.ToFen(union.Down))
	assert.Equal(t, union.Rounding{Places: 1, Mode: union.Up}, union.ToJiao(union.Up))
	assert.Equal(t, union.Rounding{Places: 0, Mode: union.HalfEven}, union.ToYuan(union.HalfEven))
	assert.Equal(t, "-1 places down", union.Rounding{Places: -1, Mode: union.Down}.String())
}

func TestRoundingValidate(t *testing.T) {
	require.NoError(t, union.ToFen(union.HalfUp).Validate())
	require.NoError(t, union.Rounding{Places: union.MinPlaces}.Validate())
	require.NoError(t, union.Rounding{Places: union.MaxPlaces}.Validate())
	for _, r := range []union.Rounding{{Places: 2, Mode: 4}, {Places: union.MaxPlaces + 1}, {Places: union.MinPlaces - 1}} {
		err := r.Validate()
		assert.ErrorIs(t, err, union.ErrPolicy, "%+v", r)
		assert.NotErrorIs(t, err, union.ErrInvalid, "%+v", r)
	}
}

func TestRoundingJSON(t *testing.T) {
	b, err := json.Marshal(union.Rounding{Places: -1, Mode: union.Down})
	require.NoError(t, err)
	assert.JSONEq(t, `{"places":-1,"mode":"down"}`, string(b))
	var r union.Rounding
	require.NoError(t, json.Unmarshal([]byte(`{"places":2,"mode":"half_even"}`), &r))
	assert.Equal(t, union.ToFen(union.HalfEven), r)
	err = json.Unmarshal([]byte(`{"places":2,"mode":"ceiling"}`), &r)
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, err = json.Marshal(union.Rounding{Mode: 7})
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// TestRoundExtremeExponents: rounding an unchecked decimal with an exponent
// near ±10^8 once ran for minutes.
func TestRoundExtremeExponents(t *testing.T) {
	r := union.ToFen(union.HalfUp)
	for _, a := range []decimal.Decimal{decimal.New(5, -100_000_000), decimal.New(5, 100_000_000), decimal.New(0, math.MaxInt32)} {
		start := time.Now()
		got := r.Round(a)
		assert.Less(t, time.Since(start), time.Second)
		assert.Equal(t, a.Exponent(), got.Exponent())
		_, err := r.RoundChecked(a)
		assert.ErrorIs(t, err, union.ErrInvalid)
	}
	got, err := r.RoundChecked(decimal.RequireFromString("2.675"))
	require.NoError(t, err)
	assert.Equal(t, "2.68", got.String())
	// Values computed inside the limits keep being rounded, with many places too.
	assert.Equal(t, "0.33", r.Round(decimal.New(1, 0).DivRound(decimal.New(3, 0), 40)).String())
}
