package exact

import "math/bits"

// Add returns a + b; ok is false when the sum does not fit.
func Add(a, b Amount) (Amount, bool) {
	x, y, e, ok := align(a, b)
	if !ok {
		return Amount{}, false
	}
	return New(x+y, e) // |x|,|y| ≤ MaxCoef: the sum cannot overflow int64
}

// Sub returns a − b; ok is false when the difference does not fit.
func Sub(a, b Amount) (Amount, bool) { return Add(a, b.Neg()) }

// Mul returns a × b; ok is false when the product does not fit.
func Mul(a, b Amount) (Amount, bool) {
	e := int64(a.exp) + int64(b.exp)
	if !checkExp(e) {
		return Amount{}, false
	}
	hi, lo := bits.Mul64(uabs(a.coef), uabs(b.coef))
	if hi != 0 || lo > MaxCoef {
		return Amount{}, false
	}
	c := int64(lo)
	if (a.coef < 0) != (b.coef < 0) {
		c = -c
	}
	return Amount{c, int32(e)}, true
}

// uabs returns |x| as an unsigned integer (exact for math.MinInt64 too).
func uabs(x int64) uint64 {
	if x < 0 {
		return uint64(-(x + 1)) + 1
	}
	return uint64(x)
}

// MulInt returns a × b on plain integers (MulDiv(a, b, 1)); ok is false when
// the product does not fit in int64 or is math.MinInt64.
func MulInt(a, b int64) (int64, bool) { return MulDiv(a, b, 1, Down) }

// AddInt returns a + b on plain integers; ok is false on int64 overflow.
func AddInt(a, b int64) (int64, bool) {
	c := a + b
	if (a >= 0) == (b >= 0) && (c >= 0) != (a >= 0) {
		return 0, false
	}
	return c, true
}
