package exact

import (
	"math"

	"github.com/shopspring/decimal"
)

// MaxCoef is the largest coefficient magnitude an Amount holds: 10^18 − 1.
const MaxCoef = 999_999_999_999_999_999

// pow10 holds 10^0 … 10^18.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
	1e14, 1e15, 1e16, 1e17, 1e18}

// Pow10 returns 10^k for 0 ≤ k ≤ 18; ok is false otherwise.
func Pow10(k int32) (int64, bool) {
	if k < 0 || int(k) >= len(pow10) {
		return 0, false
	}
	return pow10[k], true
}

// Amount is the exact value Coef × 10^Exp. The zero value is 0.
type Amount struct {
	coef int64
	exp  int32
}

// New returns coef × 10^exp; ok is false when |coef| > MaxCoef.
func New(coef int64, exp int32) (Amount, bool) {
	if coef > MaxCoef || coef < -MaxCoef {
		return Amount{}, false
	}
	return Amount{coef, exp}, true
}

// FromDecimal returns d as an Amount when its coefficient fits (at most 18
// digits); the exponent is d's own.
func FromDecimal(d decimal.Decimal) (Amount, bool) {
	if d == (decimal.Decimal{}) {
		return Amount{}, true // the zero value, without reading its coefficient
	}
	if d.NumDigits() > 18 {
		return Amount{}, false
	}
	return Amount{d.CoefficientInt64(), d.Exponent()}, true
}

// Coef returns the coefficient.
func (a Amount) Coef() int64 { return a.coef }

// Exp returns the exponent.
func (a Amount) Exp() int32 { return a.exp }

// Sign returns -1, 0 or 1.
func (a Amount) Sign() int {
	switch {
	case a.coef < 0:
		return -1
	case a.coef > 0:
		return 1
	}
	return 0
}

// Decimal returns the amount as a decimal.
func (a Amount) Decimal() decimal.Decimal { return decimal.New(a.coef, a.exp) }

// Neg returns −a.
func (a Amount) Neg() Amount { return Amount{-a.coef, a.exp} }

// Rescale returns a with exponent exp, exactly: ok is false when digits would
// be lost or the coefficient would not fit.
func (a Amount) Rescale(exp int32) (Amount, bool) {
	if a.coef == 0 {
		return Amount{0, exp}, true
	}
	if exp == a.exp {
		return a, true
	}
	if int64(exp) < int64(a.exp) {
		k := int64(a.exp) - int64(exp)
		if k > 18 {
			return Amount{}, false
		}
		return mulPow10(a.coef, int32(k), exp)
	}
	k := int64(exp) - int64(a.exp)
	if k > 18 {
		return Amount{}, false
	}
	p := pow10[k]
	if a.coef%p != 0 {
		return Amount{}, false
	}
	return Amount{a.coef / p, exp}, true
}

// mulPow10 returns c × 10^k at exponent exp, when it fits.
func mulPow10(c int64, k int32, exp int32) (Amount, bool) {
	p := pow10[k]
	if c > MaxCoef/p || c < -MaxCoef/p {
		return Amount{}, false
	}
	return Amount{c * p, exp}, true
}

// align returns a's and b's coefficients at their common (smaller) exponent.
func align(a, b Amount) (x, y int64, e int32, ok bool) {
	if a.exp == b.exp {
		return a.coef, b.coef, a.exp, true
	}
	e = a.exp
	if b.exp < e {
		e = b.exp
	}
	ra, ok1 := a.Rescale(e)
	rb, ok2 := b.Rescale(e)
	if !ok1 || !ok2 {
		return 0, 0, 0, false
	}
	return ra.coef, rb.coef, e, true
}

// Cmp compares a and b exactly: -1, 0 or 1. It is exact for every pair, even
// when the coefficients cannot be aligned in 64 bits.
func Cmp(a, b Amount) int {
	if sa, sb := a.Sign(), b.Sign(); sa != sb || sa == 0 {
		return cmpInt(int64(sa), int64(sb))
	}
	if x, y, _, ok := align(a, b); ok {
		return cmpInt(x, y)
	}
	// Same sign, different magnitudes of exponent: compare the number of
	// integer digits first, then the digits.
	return a.Decimal().Cmp(b.Decimal())
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// checkExp reports whether e is a usable exponent (within int32 with margin).
func checkExp(e int64) bool { return e >= math.MinInt32/2 && e <= math.MaxInt32/2 }
