package assistance

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// randomAmount draws an amount of the kind Assess sees (fen, whole yuan,
// small multiples and rates), now and then one too large for 64 bits so the
// decimal fallbacks run too.
func randomAmount(rng *rand.Rand) decimal.Decimal {
	switch rng.IntN(8) {
	case 0:
		return decimal.Zero
	case 1:
		return decimal.New(rng.Int64N(2_000_000_00)-1_000_000_00, -2) // ± a million yuan in fen
	case 2:
		return decimal.NewFromInt(rng.Int64N(200_000))
	case 3:
		return decimal.New(rng.Int64N(40), -1) // multiples and rates 0.0 … 3.9
	case 4:
		return decimal.New(rng.Int64N(1e18), int32(rng.IntN(5))-2) // near the 64-bit edge
	case 5:
		return decimal.RequireFromString(strconv.FormatUint(rng.Uint64(), 10) + "12345.67") // beyond 64 bits
	case 6:
		return decimal.New(rng.Int64N(1000), int32(rng.IntN(7))-3) // odd exponents
	}
	return decimal.New(-rng.Int64N(1e12), -2)
}

// The 64-bit paths of sums, differences, products, per-capita division and
// band comparisons equal the plain decimal path on random inputs (fixed seed).
func TestFastPathsEqualDecimalRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(20260401, 4))
	for i := 0; i < 20000; i++ {
		a, b, c := randomAmount(rng), randomAmount(rng), randomAmount(rng)
		require.True(t, a.Add(b).Equal(addDec(a, b)), "%s + %s", a, b)
		require.True(t, a.Sub(b).Equal(subDec(a, b)), "%s - %s", a, b)
		require.True(t, a.Mul(b).Equal(mulDec(a, b)), "%s × %s", a, b)

		var s sum
		plainSum := a
		s.add(a)
		for _, x := range []decimal.Decimal{b, c, b} {
			s.add(x)
			plainSum = plainSum.Add(x)
		}
		require.True(t, plainSum.Equal(s.value(a)), "sum %s %s %s", a, b, c)

		diff := fxSub(fxSub(fxOf(a), fxOf(b)), fxOf(c))
		plainDiff := a.Sub(b).Sub(c)
		require.True(t, plainDiff.Equal(diff.dec()), "%s - %s - %s", a, b, c)

		n := int64(12 * (1 + rng.IntN(MaxMembers)))
		r := union.Rounding{Places: int32(rng.IntN(4)), Mode: []union.RoundingMode{union.HalfUp, union.HalfEven, union.Down, union.Up}[rng.IntN(4)]}
		want := r.Round(plainDiff.DivRound(decimal.NewFromInt(n), r.Places+12))
		require.True(t, want.Equal(divRoundFx(diff, n, r)), "%s / %d %v", plainDiff, n, r)
		var res builder
		res.addArgs("x", "", perCapitaArg(diff, n, r), moneyArg(plainDiff), txt("k"))
		out := res.finish()
		require.Equal(t, []string{want.StringFixed(2), plainDiff.StringFixed(2), "k"}, out.Reasons[0].Args)
		for _, op := range []Operator{Less, LessOrEqual, Greater, GreaterOrEqual} {
			require.Equal(t, op.Holds(plainDiff, c.Mul(decimal.NewFromInt(n))), holdsTimesFx(op, diff, c, n),
				"%s %v %s × %d", plainDiff, op, c, n)
		}
	}
}

// Amount texts written in batches land in their reasons' arguments, also
// when the scratch array fills and is replaced, and never disturb the other
// arguments.
func TestReasonArgsFlush(t *testing.T) {
	var res builder
	var want [][]string
	for i := int64(0); i < 100; i++ {
		v := i*1234567 - 50000
		switch i % 3 {
		case 0:
			res.addArgs("a", "", txt("x"), fenArg(v), moneyArg(decimal.New(v, -1)))
			want = append(want, []string{"x", fenText(v), decimal.New(v, -1).StringFixed(2)})
		case 1:
			res.add("b", "", "y", strconv.FormatInt(i, 10))
			want = append(want, []string{"y", strconv.FormatInt(i, 10)})
		default:
			res.addArgs("c", "", fenArg(v), fenArg(-v), fenArg(v), fenArg(-v), fenArg(v), fenArg(-v), fenArg(v))
			want = append(want, []string{fenText(v), fenText(-v), fenText(v), fenText(-v), fenText(v), fenText(-v), fenText(v)})
		}
	}
	out := res.finish()
	require.Len(t, out.Reasons, len(want))
	for i, r := range out.Reasons {
		require.Equal(t, want[i], r.Args, i)
	}
}

// fenText writes what shopspring's StringFixed(2) writes, at the edges of
// int64 and around every carry.
func TestFenText(t *testing.T) {
	vals := []int64{0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 123456, 1e17, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 1000 {
		vals = append(vals, rng.Int64()>>rng.IntN(63))
	}
	for _, v := range vals {
		for _, x := range []int64{v, -v} {
			require.Equal(t, decimal.New(x, -2).StringFixed(2), fenText(x), x)
		}
	}
}
