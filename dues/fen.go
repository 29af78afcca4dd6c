package dues

import (
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Integer arithmetic for the batch path. A wage with at most two decimals is
// a whole number of fen; sums, the base rounding and base × rate are then
// done in int64 and give exactly what the decimal path gives (a test holds
// them equal on random payslips). Anything that does not fit — more than two
// decimals, a rate with too many digits, an amount near the int64 limit —
// takes the decimal path instead.

// maxFen bounds a wage item or sum on the integer path: 10^17 fen, a
// thousand trillion yuan, well inside int64.
const maxFen = int64(1e17)

// pow10 holds 10^0 … 10^18.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
	1e14, 1e15, 1e16, 1e17, 1e18}

// toFen returns d as a whole number of fen when that is exact and small.
// d must not be negative.
func toFen(d decimal.Decimal) (int64, bool) {
	if d.NumDigits() > 18 {
		return 0, false
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	if c == 0 {
		return 0, true // 0 × 10^e, whatever e: no loop over a caller's exponent
	}
	if e > 17 || e < -20 {
		return 0, false // beyond maxFen, or more than 18 digits below the fen
	}
	for e < -2 {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
		e++
	}
	for e > -2 {
		if c > maxFen/10 {
			return 0, false
		}
		c *= 10
		e--
	}
	if c > maxFen {
		return 0, false
	}
	return c, true
}

// roundUnits divides a non-negative n by 10^k (0 ≤ k ≤ 18) and rounds the
// quotient in mode, as union.Rounding rounds a non-negative decimal.
func roundUnits(n int64, k int32, mode union.RoundingMode) int64 {
	if k == 0 {
		return n
	}
	d := pow10[k]
	q, r := n/d, n%d
	if r == 0 {
		return q
	}
	switch mode {
	case union.Down:
	case union.Up:
		q++
	case union.HalfEven:
		if r*2 > d || (r*2 == d && q%2 == 1) {
			q++
		}
	default: // HalfUp
		if r*2 >= d {
			q++
		}
	}
	return q
}

// fixedRate is a rate as coefficient × 10^exp, when the coefficient fits.
type fixedRate struct {
	coef int64
	exp  int32
	ok   bool
}

// newFixedRate splits a rate in [0, 1) into an int64 coefficient and exponent.
func newFixedRate(r decimal.Decimal) fixedRate {
	if r.Sign() < 0 || r.NumDigits() > 18 {
		return fixedRate{}
	}
	return fixedRate{coef: r.CoefficientInt64(), exp: r.Exponent(), ok: true}
}

// roundBaseFen rounds a gross in fen to the base rounding, in fen.
func roundBaseFen(gross int64, r union.Rounding) (int64, bool) {
	if r.Places >= 2 {
		return gross, true
	}
	k := 2 - r.Places // 1 … 10
	q := roundUnits(gross, k, r.Mode)
	if q > maxFen/pow10[k] {
		return 0, false
	}
	return q * pow10[k], true
}

// amountUnits computes base (fen) × rate rounded to r, as a count of
// 10^-r.Places yuan.
func amountUnits(baseFen int64, rate fixedRate, r union.Rounding) (int64, bool) {
	if !rate.ok {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(baseFen), uint64(rate.coef))
	if hi != 0 || lo > uint64(maxFen)*10 {
		return 0, false
	}
	prod := int64(lo) // value = prod × 10^(rate.exp-2) yuan
	k := rate.exp - 2 + r.Places
	switch {
	case k >= 0:
		if k > 18 || (prod != 0 && prod > maxFen/pow10[k]) {
			return 0, false
		}
		return prod * pow10[k], true
	case k < -18:
		return 0, false
	}
	return roundUnits(prod, -k, r.Mode), true
}
