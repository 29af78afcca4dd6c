package union_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestParsePeriod(t *testing.T) {
	valid := map[string]union.Period{
		"2026-11": {Year: 2026, Month: time.November},
		"0001-01": {Year: 1, Month: time.January},
		"9999-12": {Year: 9999, Month: time.December},
		"2000-02": {Year: 2000, Month: time.February},
	}
	for s, want := range valid {
		p, err := union.ParsePeriod(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, p)
		assert.Equal(t, s, p.String())
		assert.True(t, p.Valid())
	}
	for _, s := range []string{"", "2026", "2026-1", "2026-13", "2026-00", "0000-05", "2026/11", "2026-11-01",
		"+026-11", "２０２６-11", "2026-1a", " 2026-11", "-026-11"} {
		_, err := union.ParsePeriod(s)
		require.Error(t, err, s)
		assert.ErrorIs(t, err, union.ErrInvalid, s)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "period", fe.Field)
		assert.Equal(t, "invalid.format", fe.Code)
		assert.Equal(t, []string{"YYYY-MM"}, fe.Args)
	}
}

func TestMustPeriod(t *testing.T) {
	assert.Equal(t, union.Period{Year: 2022, Month: time.January}, union.MustPeriod("2022-01"))
	assert.Panics(t, func() { union.MustPeriod("2022-13") })
}

func TestPeriodArithmetic(t *testing.T) {
	p := union.MustPeriod("2026-11")
	tests := []struct {
		n    int
		want string
	}{
		{0, "2026-11"}, {1, "2026-12"}, {2, "2027-01"}, {14, "2028-01"}, {-10, "2026-01"},
		{-11, "2025-12"}, {-23, "2024-12"}, {-24, "2024-11"}, {1200, "2126-11"},
	}
	for _, tt := range tests {
		got := p.AddMonths(tt.n)
		assert.Equal(t, tt.want, got.String(), "AddMonths(%d)", tt.n)
		assert.Equal(t, tt.n, p.MonthsUntil(got))
		assert.Equal(t, -tt.n, got.MonthsUntil(p))
	}
	assert.Equal(t, "2027-01", union.MustPeriod("2026-12").Next().String())
	// Before year 1 the month still comes out as 1-12 (and the period is not Valid).
	early := union.MustPeriod("0001-01").AddMonths(-1)
	assert.Equal(t, union.Period{Year: 0, Month: time.December}, early)
	assert.False(t, early.Valid())
	assert.Equal(t, union.Period{Year: -1, Month: time.December}, union.MustPeriod("0001-01").AddMonths(-13))
}

func TestPeriodCompare(t *testing.T) {
	a, b := union.MustPeriod("2025-12"), union.MustPeriod("2026-01")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Before(b))
	assert.False(t, b.Before(a))
	assert.True(t, b.After(a))
	assert.False(t, a.After(a))
}

func TestPeriodCalendar(t *testing.T) {
	days := map[string]int{"2024-02": 29, "2026-02": 28, "2000-02": 29, "1900-02": 28, "2026-11": 30, "2026-12": 31}
	for s, want := range days {
		assert.Equal(t, want, union.MustPeriod(s).Days(), s)
	}
	p := union.MustPeriod("2026-11")
	assert.Equal(t, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), p.Start(nil))
	cst := time.FixedZone("CST", 8*3600)
	assert.True(t, p.Start(cst).Equal(time.Date(2026, 10, 31, 16, 0, 0, 0, time.UTC)))
	assert.Equal(t, p, union.MonthOf(time.Date(2026, 11, 30, 23, 59, 59, 0, time.UTC)))
}

func TestPeriodZero(t *testing.T) {
	var z union.Period
	assert.True(t, z.IsZero())
	assert.False(t, z.Valid())
	assert.Equal(t, "", z.String())
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	p := union.MustPeriod("2026-11")
	require.NoError(t, p.UnmarshalText(nil))
	assert.True(t, p.IsZero())
}

func TestPeriodJSON(t *testing.T) {
	type doc struct {
		Month union.Period `json:"month"`
		Since union.Period `json:"since,omitzero"`
	}
	b, err := json.Marshal(doc{Month: union.MustPeriod("2026-03")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"month":"2026-03"}`, string(b))
	var got doc
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, union.MustPeriod("2026-03"), got.Month)
	assert.True(t, got.Since.IsZero())

	err = json.Unmarshal([]byte(`{"month":"2026-3"}`), &got)
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, err = json.Marshal(doc{Month: union.Period{Year: 2026, Month: 13}})
	assert.ErrorIs(t, err, union.ErrInvalid)
}
