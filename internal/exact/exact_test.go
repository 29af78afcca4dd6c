package exact

import (
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// rat returns c × 10^e as a rational number: the independent reference.
func rat(c int64, e int32) *big.Rat {
	r := new(big.Rat).SetInt64(c)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(e))), nil)
	if e >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(p))
	}
	return r.Quo(r, new(big.Rat).SetInt(p))
}

func abs32(e int32) int64 {
	if e < 0 {
		return -int64(e)
	}
	return int64(e)
}

// roundRat rounds x to an integer in mode m: the reference rounding.
func roundRat(x *big.Rat, m Mode) *big.Int {
	num, den := x.Num(), x.Denom()
	q, r := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated toward zero
	if r.Sign() == 0 {
		return q
	}
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	var away bool
	switch m {
	case Down:
	case Up:
		away = true
	case HalfEven:
		away = c > 0 || (c == 0 && q.Bit(0) == 1)
	default:
		away = c >= 0
	}
	if away {
		if x.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// equalRat fails unless a equals x and its coefficient is within MaxCoef.
func equalRat(t *testing.T, what string, a Amount, x *big.Rat) {
	t.Helper()
	if rat(a.coef, a.exp).Cmp(x) != 0 {
		t.Fatalf("%s: got %d×10^%d, want %s", what, a.coef, a.exp, x.RatString())
	}
	if a.coef > MaxCoef || a.coef < -MaxCoef {
		t.Fatalf("%s: coefficient %d beyond MaxCoef", what, a.coef)
	}
}

// smallExp keeps fuzzed exponents where the reference stays cheap.
func smallExp(e int32) int32 { return e % 40 }

// FuzzAmount holds every operation of the package against math/big.Rat: an
// operation either returns the exact (or exactly rounded) result or says it
// does not fit; a "does not fit" is allowed only when the exact result's
// coefficient at the operation's exponent would exceed MaxCoef.
func FuzzAmount(f *testing.F) {
	f.Add(int64(523450), int32(-2), int64(5), int32(-3), uint8(0), int32(2), int64(7))
	f.Add(int64(-15), int32(-1), int64(-25), int32(-1), uint8(1), int32(0), int64(-3))
	f.Add(int64(MaxCoef), int32(0), int64(MaxCoef), int32(5), uint8(3), int32(-1), int64(1))
	f.Add(int64(math.MinInt64), int32(math.MaxInt32), int64(math.MaxInt64), int32(math.MinInt32), uint8(2), int32(20), int64(0))
	f.Fuzz(func(t *testing.T, c1 int64, e1 int32, c2 int64, e2 int32, mode uint8, places int32, div int64) {
		m := Mode(mode % 4)
		e1, e2, places = smallExp(e1), smallExp(e2), places%25
		// MulInt and AddInt, on the raw int64 inputs: refused only outside
		// (math.MinInt64, math.MaxInt64] and [math.MinInt64, math.MaxInt64].
		inInt64 := func(x *big.Int, lo int64) bool {
			return x.Cmp(big.NewInt(lo)) >= 0 && x.Cmp(big.NewInt(math.MaxInt64)) <= 0
		}
		wp := new(big.Int).Mul(big.NewInt(c1), big.NewInt(c2))
		if p, ok := MulInt(c1, c2); ok != inInt64(wp, math.MinInt64+1) || ok && wp.Cmp(big.NewInt(p)) != 0 {
			t.Fatalf("MulInt(%d, %d) = %d, %v, want %s", c1, c2, p, ok, wp)
		}
		ws := new(big.Int).Add(big.NewInt(c1), big.NewInt(c2))
		if s, ok := AddInt(c1, c2); ok != inInt64(ws, math.MinInt64) || ok && ws.Cmp(big.NewInt(s)) != 0 {
			t.Fatalf("AddInt(%d, %d) = %d, %v, want %s", c1, c2, s, ok, ws)
		}
		a, okA := New(c1, e1)
		b, okB := New(c2, e2)
		if okA != (c1 <= MaxCoef && c1 >= -MaxCoef) || okB != (c2 <= MaxCoef && c2 >= -MaxCoef) {
			t.Fatalf("New(%d) ok wrong", c1)
		}
		if !okA || !okB {
			return
		}
		if fd, ok := FromDecimal(decimal.New(c1, e1)); !ok || fd != a {
			t.Fatalf("FromDecimal(%d×10^%d) = %v, %v", c1, e1, fd, ok)
		}
		ra, rb := rat(c1, e1), rat(c2, e2)
		minExp := e1
		if e2 < minExp {
			minExp = e2
		}
		fitsAt := func(x *big.Rat, e int32) bool { // x × 10^-e is an integer within MaxCoef
			y := new(big.Rat).Mul(x, rat(1, -e))
			return y.IsInt() && new(big.Int).Abs(y.Num()).Cmp(big.NewInt(MaxCoef)) <= 0
		}
		// Add and Sub.
		sum := new(big.Rat).Add(ra, rb)
		if s, ok := Add(a, b); ok {
			equalRat(t, "Add", s, sum)
		} else if fitsAt(sum, minExp) && fitsAt(ra, minExp) && fitsAt(rb, minExp) {
			t.Fatalf("Add(%v, %v) refused a result that fits", a, b)
		}
		diff := new(big.Rat).Sub(ra, rb)
		if s, ok := Sub(a, b); ok {
			equalRat(t, "Sub", s, diff)
		} else if fitsAt(diff, minExp) && fitsAt(ra, minExp) && fitsAt(rb, minExp) {
			t.Fatalf("Sub(%v, %v) refused a result that fits", a, b)
		}
		// Mul.
		prod := new(big.Rat).Mul(ra, rb)
		if p, ok := Mul(a, b); ok {
			equalRat(t, "Mul", p, prod)
		} else if fitsAt(prod, e1+e2) {
			t.Fatalf("Mul(%v, %v) refused a result that fits", a, b)
		}
		// Cmp.
		if got, want := Cmp(a, b), ra.Cmp(rb); got != want {
			t.Fatalf("Cmp(%v, %v) = %d, want %d", a, b, got, want)
		}
		// Rescale.
		if r, ok := a.Rescale(e2); ok {
			equalRat(t, "Rescale", r, ra)
			require.Equal(t, e2, r.exp)
		} else if fitsAt(ra, e2) {
			t.Fatalf("Rescale(%v, %d) refused", a, e2)
		}
		// Round.
		want := roundRat(new(big.Rat).Mul(ra, rat(1, places)), m) // units of 10^-places
		if r, ok := a.Round(places, m); ok {
			equalRat(t, "Round", r, new(big.Rat).Mul(new(big.Rat).SetInt(want), rat(1, -places)))
		} else if new(big.Int).Abs(want).Cmp(big.NewInt(MaxCoef)) <= 0 {
			t.Fatalf("Round(%v, %d, %d) refused", a, places, m)
		}
		// DivPow10.
		k := int32(uint32(places) % 22)
		got := DivPow10(c1, k, m)
		if w := roundRat(rat(c1, -k), m); w.Cmp(big.NewInt(got)) != 0 {
			t.Fatalf("DivPow10(%d, %d, %d) = %d, want %s", c1, k, m, got, w)
		}
		// MulDiv, on the raw int64 inputs (any values): refused only for a
		// zero divisor or a quotient of magnitude 2^63 − 1 or more.
		if div != 0 {
			w := roundRat(new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(c1), big.NewInt(c2)), big.NewInt(div)), m)
			q, ok := MulDiv(c1, c2, div, m)
			switch {
			case ok && w.Cmp(big.NewInt(q)) != 0:
				t.Fatalf("MulDiv(%d, %d, %d, %d) = %d, want %s", c1, c2, div, m, q, w)
			case !ok && new(big.Int).Abs(w).Cmp(big.NewInt(math.MaxInt64)) < 0:
				t.Fatalf("MulDiv(%d, %d, %d, %d) refused %s", c1, c2, div, m, w)
			}
		} else if _, ok := MulDiv(c1, c2, 0, m); ok {
			t.Fatal("MulDiv by zero succeeded")
		}
		// Text, against shopspring's StringFixed (the format the module writes).
		if places >= 0 {
			d := decimal.New(c1, e1)
			if got, want := a.Fixed(places), d.StringFixed(places); got != want {
				t.Fatalf("Fixed(%v, %d) = %q, want %q", a, places, got, want)
			}
		}
		// Total: a sum of both, at either exponent, merged.
		for _, e := range []int32{e1, minExp, 0} {
			var t1, t2 Total = NewTotal(e), NewTotal(minExp)
			t1.Add(a)
			t2.Add(b)
			t2.AddDecimal(decimal.New(c1, e1))
			t1.Merge(t2)
			want := new(big.Rat).Add(sum, ra)
			v := t1.Value()
			got := new(big.Rat).SetFrac(v.Coefficient(), big.NewInt(1))
			got.Mul(got, ratBig(v.Exponent()))
			if got.Cmp(want) != 0 {
				t.Fatalf("Total = %s, want %s", v, want.RatString())
			}
		}
		// Cache.
		c := NewCache(-2)
		if c1 >= 0 {
			require.True(t, c.Get(c1).Equal(decimal.New(c1, -2)))
			require.True(t, c.Get(c1).Equal(decimal.New(c1, -2)))
		}
	})
}

// ratBig returns 10^e as a rational.
func ratBig(e int32) *big.Rat { return rat(1, e) }

// TestFromDecimalZero: the zero decimal and a zero at any exponent are zero amounts.
func TestFromDecimalZero(t *testing.T) {
	a, ok := FromDecimal(decimal.Decimal{})
	require.True(t, ok)
	require.Equal(t, Amount{}, a)
	a, ok = FromDecimal(decimal.New(0, -7))
	require.True(t, ok)
	require.Equal(t, 0, a.Sign())
	require.Equal(t, int32(-7), a.Exp())
}
