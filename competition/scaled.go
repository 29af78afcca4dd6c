package competition

import (
	"github.com/gonghui/gonghui/internal/exact"
	"github.com/shopspring/decimal"
)

// The integer fast path of Rank. Scores with a bounded number of decimals are
// scaled once to int64 units of 10^-sp; trimmed sums, weighted sums and the
// bonus are integers; the total is one half-up division at the end. Every
// operation is checked (internal/exact): on overflow, or a value with too
// many decimals, the entrant falls back to exact decimal arithmetic, which
// gives the same result (the total is the exact rational
// Σ w·sum/n + bonus − deduction, rounded once, on both paths; a test holds
// them equal).

// maxScale is the most decimals the fast path scales weights to.
const maxScale = 9

// scoreScale is the number of decimals scores, bonuses, deductions and
// normalised values are scaled to: a score with more decimals (rare in any
// judging) takes the exact path for its indicator. With 6 decimals, scores up
// to about 10^9 fit the integer path with room for sums and weights.
const scoreScale = 6

// places returns the number of decimals of d as written (−exponent, at least 0).
func places(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		return -e
	}
	return 0
}

// scale returns d × 10^sp as an int64, or false when d is written with more
// than sp decimals, with an exponent beyond 10^(18−sp) (even a zero: the exact
// path reports it), or the result does not fit.
func scale(d decimal.Decimal, sp int32) (int64, bool) {
	a, ok := exact.FromDecimal(d)
	if shift := int64(sp) + int64(d.Exponent()); !ok || shift < 0 || shift > 18 {
		return 0, false
	}
	a, ok = a.Rescale(-sp)
	return a.Coef(), ok
}

// pow10 returns 10^k for the fast path's bounded exponents (0 ≤ k ≤ 18:
// scoreScale, maxScale, DetailPlaces and MaxPlaces, and their sums).
func pow10(k int32) int64 {
	p, _ := exact.Pow10(k)
	return p
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
	return exact.MulInt(a/gcd(a, b), b)
}
