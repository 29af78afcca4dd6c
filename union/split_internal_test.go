package union

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// samePaths checks that the 64-bit fast path, when it answers, gives exactly
// what the big-integer path gives.
func samePaths(t *testing.T, total decimal.Decimal, weights []decimal.Decimal, places int32) bool {
	t.Helper()
	small, ok := splitSmall(total, weights, places)
	if !ok {
		return false
	}
	big, err := splitBig(total, weights, places)
	require.NoError(t, err, "fast path accepted what the big path rejects: %s %v %d", total, weights, places)
	require.Len(t, small, len(big))
	for i := range big {
		if !small[i].Equal(big[i]) {
			t.Fatalf("total %s weights %v places %d: fast %v, big %v", total, weights, places, small, big)
		}
	}
	return true
}

func TestSplitFastPathEqualsBigPath(t *testing.T) {
	weightSets := [][]decimal.Decimal{
		{decimal.New(60, 0), decimal.New(40, 0)},
		{decimal.New(6, -1), decimal.New(4, -1)},
		{decimal.New(6, 1), decimal.New(40, 0)},
		{decimal.New(1, 0), decimal.New(1, 0), decimal.New(1, 0)},
		{decimal.New(1, -18), decimal.New(2, -18)},
		{decimal.New(150, -2), decimal.New(1, 0), decimal.New(333, -3), decimal.New(7, 2), decimal.New(1, -5)},
		{decimal.New(999999999999999999, 0), decimal.New(1, 0)},
	}
	answered := 0
	for _, total := range []decimal.Decimal{
		decimal.New(1234567, -2), decimal.New(-1234567, -2), decimal.Zero, decimal.New(1, -2), decimal.New(5, -3),
		decimal.New(-5, -3), decimal.New(999999999999999999, -2), decimal.New(123456789, 5), decimal.New(1, -30),
		decimal.New(49, -3), decimal.New(-45, -3),
	} {
		for _, ws := range weightSets {
			for _, places := range []int32{-8, -2, -1, 0, 1, 2, 3, 10} {
				if samePaths(t, total, ws, places) {
					answered++
				}
			}
		}
	}
	assert.Greater(t, answered, 400, "the fast path should answer the common cases")

	// Cases the fast path must leave to the big path.
	for _, c := range []struct {
		total   decimal.Decimal
		weights []decimal.Decimal
	}{
		{decimal.New(1, 0), []decimal.Decimal{decimal.Zero}},
		{decimal.New(1, 0), []decimal.Decimal{decimal.New(-1, 0)}},
		{decimal.New(1, 0), []decimal.Decimal{decimal.New(1, -19)}},
		{decimal.RequireFromString("12345678901234567890"), []decimal.Decimal{decimal.New(1, 0)}},
		{decimal.New(1, 0), []decimal.Decimal{decimal.New(1, 30)}},
		{decimal.New(1, 0), make([]decimal.Decimal, 33)},
	} {
		_, ok := splitSmall(c.total, c.weights, 2)
		assert.False(t, ok, "%s %v", c.total, c.weights)
	}
}

// FuzzSplitPaths holds the fast path equal to the big-integer path.
func FuzzSplitPaths(f *testing.F) {
	f.Add(int64(1234567), int8(-2), int64(60), int8(0), int64(40), int8(0), int64(1), int8(-3), uint8(2), int8(2))
	f.Add(int64(-5), int8(-3), int64(1), int8(0), int64(1), int8(0), int64(1), int8(0), uint8(3), int8(2))
	f.Add(int64(999999999999999999), int8(0), int64(999999999999999999), int8(0), int64(1), int8(0), int64(1), int8(0), uint8(2), int8(-1))
	f.Fuzz(func(t *testing.T, tc int64, te int8, w1 int64, e1 int8, w2 int64, e2 int8, w3 int64, e3 int8, n uint8, places int8) {
		p := int32(places) % (MaxPlaces + 1)
		if p < MinPlaces {
			p = MinPlaces
		}
		ws := []decimal.Decimal{decimal.New(w1, int32(e1%20)), decimal.New(w2, int32(e2%20)), decimal.New(w3, int32(e3%20))}[:n%3+1]
		samePaths(t, decimal.New(tc, int32(te%24)), ws, p)
	})
}
