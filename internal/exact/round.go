package exact

import "math/bits"

// DivPow10 returns n ÷ 10^k rounded in m, for 0 ≤ k ≤ 18; for k > 18 the
// quotient is 0 or ±1 as the mode gives. It never overflows.
func DivPow10(n int64, k int32, m Mode) int64 {
	if k <= 0 {
		return n
	}
	if k > 18 {
		// |n| < 10^19 ≤ 10^k: the quotient is 0, the remainder n, and half of
		// 10^k exceeds |n| unless k == 19 (then compare with 5×10^18).
		if n == 0 {
			return 0
		}
		away := m == Up || (k == 19 && (m == HalfUp || m == HalfEven) && uabs(n) > 5e18) ||
			(k == 19 && m == HalfUp && uabs(n) == 5e18)
		if !away {
			return 0
		}
		if n < 0 {
			return -1
		}
		return 1
	}
	d := pow10[k]
	return roundQuo(n/d, n%d, d, m)
}

// Round returns a rounded in m to places decimals (exponent −places); ok is
// false when the result does not fit. An amount with fewer decimals is
// rescaled, exactly.
func (a Amount) Round(places int32, m Mode) (Amount, bool) {
	e := -int64(places)
	if !checkExp(e) {
		return Amount{}, false
	}
	if int64(a.exp) >= e {
		return a.Rescale(int32(e))
	}
	k := e - int64(a.exp)
	if k > 19 {
		k = 19 // |coef| < 10^18: every larger k rounds alike
	}
	return Amount{DivPow10(a.coef, int32(k), m), int32(e)}, true
}

// MulDiv returns a × b ÷ c rounded in m, computed in 128 bits; ok is false
// when c is 0 or the rounded quotient's magnitude is 2^63 or more.
func MulDiv(a, b, c int64, m Mode) (int64, bool) {
	if c == 0 {
		return 0, false
	}
	neg := (a < 0) != (b < 0) != (c < 0)
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	uc := uabs(c)
	if hi >= uc {
		return 0, false // the quotient needs more than 64 bits
	}
	q, r := bits.Div64(hi, lo, uc)
	if q > 1<<63-1 {
		return 0, false
	}
	if r != 0 {
		var away bool
		switch m {
		case Down:
		case Up:
			away = true
		case HalfEven:
			h := uc - r
			away = r > h || (r == h && q%2 != 0)
		default:
			away = r >= uc-r
		}
		if away {
			q++
			if q > 1<<63-1 {
				return 0, false
			}
		}
	}
	if neg {
		return -int64(q), true
	}
	return int64(q), true
}
