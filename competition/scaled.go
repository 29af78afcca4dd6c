package competition

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The integer fast path of Rank. Scores with a bounded number of decimals are
// scaled once to int64 units of 10^-sp; trimmed sums, weighted sums and the
// bonus are integers; the total is one half-up division at the end. Every
// operation is checked: on overflow, or a value with too many decimals, the
// entrant falls back to exact decimal arithmetic, which gives the same
// result (the total is the exact rational Σ w·sum/n + bonus − deduction,
// rounded once, on both paths; a test holds them equal).

// maxScale is the most decimals the fast path scales weights to.
const maxScale = 9

// scoreScale is the number of decimals scores, bonuses, deductions and
// normalised values are scaled to: a score with more decimals (rare in any
// judging) takes the exact path for its indicator. With 6 decimals, scores up
// to about 10^9 fit the integer path with room for sums and weights.
const scoreScale = 6

var pow10 = func() [19]int64 {
	var p [19]int64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// places returns the number of decimals of d as written (−exponent, at least 0).
func places(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		return -e
	}
	return 0
}

// scale returns d × 10^sp as an int64, or false when d has more than sp
// decimals or the result does not fit.
func scale(d decimal.Decimal, sp int32) (int64, bool) {
	shift := int64(sp) + int64(d.Exponent())
	if shift < 0 || shift > 18 || d.NumDigits() > 18 {
		return 0, false
	}
	c := d.CoefficientInt64()
	if lim := limit[shift]; c > lim || c < -lim {
		return 0, false
	}
	return c * pow10[shift], true
}

// limit[k] is the largest coefficient that can be multiplied by 10^k.
var limit = func() [19]int64 {
	var l [19]int64
	for i := range l {
		l[i] = math.MaxInt64 / pow10[i]
	}
	return l
}()

// mul returns a×b, or false on overflow.
func mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	neg := (a < 0) != (b < 0)
	ua, ub := uint64(abs(a)), uint64(abs(b))
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

// add returns a+b, or false on overflow.
func add(a, b int64) (int64, bool) {
	c := a + b
	if (a > 0 && b > 0 && c < 0) || (a < 0 && b < 0 && c >= 0) {
		return 0, false
	}
	return c, true
}

func abs(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// divHalfUp returns num ÷ den rounded half-up, for num ≥ 0 and den > 0.
func divHalfUp(num, den int64) int64 {
	q, r := num/den, num%den
	if uint64(r)*2 >= uint64(den) {
		q++
	}
	return q
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// lcm returns the least common multiple of a and b (both positive), or false
// on overflow.
func lcm(a, b int64) (int64, bool) {
	return mul(a/gcd(a, b), b)
}
