package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// The integer fast paths give exactly the plain decimal results.
func TestFastPathsEqualDecimal(t *testing.T) {
	values := []string{"0", "1", "-1", "0.01", "-0.01", "35999.99", "36000", "-4000.5", "12345678.9",
		"999999999999.99", "-999999999999.99", "0.005", "1e3", "2.5", "-2.5", "3.5", "1234567890123456789.12"}
	ns := []int64{1, 3, 12, 36, 120, 1200, 7}
	for _, vs := range values {
		x := d(vs)
		assert.Equal(t, x.StringFixed(2), money(x), vs)
		assert.Equal(t, x.String(), plain(x), vs)
		for _, ws := range values {
			y := d(ws)
			assert.Equal(t, x.Cmp(y), cmpDec(x, y), "%s vs %s", vs, ws)
			assert.True(t, x.Add(y).Equal(addDec(x, y)), "%s + %s", vs, ws)
			assert.True(t, x.Sub(y).Equal(subDec(x, y)), "%s - %s", vs, ws)
			assert.True(t, x.Mul(y).Equal(mulDec(x, y)), "%s * %s", vs, ws)
		}
		for _, r := range []union.Rounding{union.ToFen(union.HalfUp), union.ToYuan(union.Down), {Places: -1, Mode: union.Up}} {
			assert.True(t, r.Round(x).Equal(roundTo(r, x)), "%s %v", vs, r)
		}
		for _, n := range []int64{0, 1, -5, 100, 1_000_000_000_000} {
			assert.Equal(t, x.Cmp(decimal.NewFromInt(n)), cmpInt(x, n), "%s vs %d", vs, n)
		}
		for _, n := range ns {
			for _, ts := range values {
				th := d(ts)
				for _, op := range []Operator{Less, LessOrEqual, Greater, GreaterOrEqual} {
					assert.Equal(t, op.Holds(x, th.Mul(decimal.NewFromInt(n))), holdsTimes(op, x, th, n), "%s %v %s×%d", vs, op, ts, n)
				}
			}
			for _, mode := range []union.RoundingMode{union.HalfUp, union.HalfEven, union.Down, union.Up} {
				for _, places := range []int32{0, 1, 2, 4, -1} {
					r := union.Rounding{Places: places, Mode: mode}
					want := r.Round(x.DivRound(decimal.NewFromInt(n), places+12))
					got := divRound(x, n, r)
					assert.True(t, want.Equal(got), "%s / %d %v: want %s got %s", vs, n, r, want, got)
					assert.Equal(t, want.StringFixed(2), perCapitaText(x, n, r))
				}
			}
		}
	}
}
