package exact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// TestModePinnedToUnion keeps exact.Mode's values equal to union.RoundingMode's,
// so a package converts one to the other with a plain conversion.
func TestModePinnedToUnion(t *testing.T) {
	pairs := []struct {
		e exact.Mode
		u union.RoundingMode
	}{{exact.HalfUp, union.HalfUp}, {exact.HalfEven, union.HalfEven}, {exact.Down, union.Down}, {exact.Up, union.Up}}
	for _, p := range pairs {
		require.Equal(t, uint8(p.u), uint8(p.e), p.u.String())
	}
}

// TestExamples is a table of worked figures: a dues base and amount, a
// refund, banker's rounding and a 128-bit a×b÷c.
func TestExamples(t *testing.T) {
	base, _ := exact.New(523450, -2) // 5,234.50 yuan
	rate, _ := exact.New(5, -3)      // 0.5%
	floor, ok := base.Round(-1, exact.Down)
	require.True(t, ok)
	require.Equal(t, "5230", floor.Decimal().String())
	due, ok := exact.Mul(floor, rate)
	require.True(t, ok)
	require.Equal(t, "26.15", due.Fixed(2))

	refund, _ := exact.New(-2145, -3) // −2.145
	for _, c := range []struct {
		m    exact.Mode
		want string
	}{{exact.HalfUp, "-2.15"}, {exact.HalfEven, "-2.14"}, {exact.Down, "-2.14"}, {exact.Up, "-2.15"}} {
		r, ok := refund.Round(2, c.m)
		require.True(t, ok)
		require.Equal(t, c.want, r.Fixed(2))
	}

	q, ok := exact.MulDiv(999_999_999_999, 999_999_999_999, 1_000_003, exact.HalfUp)
	require.True(t, ok)
	require.Equal(t, int64(999_997_000_006_999_979), q)
}
