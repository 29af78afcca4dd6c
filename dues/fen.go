package dues

import (
	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// Integer arithmetic for the batch path, on internal/exact. A wage with at
// most two decimals is a whole number of fen; sums, the base rounding and
// base × rate are then done in int64 and give exactly what the decimal path
// gives (a test holds them equal on random payslips). Anything that does not
// fit — more than two decimals, a rate with too many digits, an amount near
// the int64 limit — takes the decimal path instead.

// maxFen bounds a wage item or sum on the integer path: 10^17 fen, a
// thousand trillion yuan, well inside int64.
const maxFen = int64(1e17)

// fenOf returns a as a whole number of fen in [0, maxFen], when that is exact.
func fenOf(a exact.Amount) (int64, bool) {
	r, ok := a.Rescale(-2)
	if !ok || r.Coef() < 0 || r.Coef() > maxFen {
		return 0, false
	}
	return r.Coef(), true
}

// fenAmount returns n fen (|n| ≤ maxFen) as an exact amount.
func fenAmount(n int64) exact.Amount {
	a, _ := exact.New(n, -2)
	return a
}

// toFen returns d as a whole number of fen when that is exact and small.
func toFen(d decimal.Decimal) (int64, bool) {
	a, ok := exact.FromDecimal(d)
	if !ok {
		return 0, false
	}
	return fenOf(a)
}

// fixedRate is a rate as an exact amount, when its coefficient fits.
type fixedRate struct {
	a  exact.Amount
	ok bool
}

// newFixedRate splits a rate in [0, 1) into an int64 coefficient and exponent.
func newFixedRate(r decimal.Decimal) fixedRate {
	if r.Sign() < 0 {
		return fixedRate{}
	}
	a, ok := exact.FromDecimal(r)
	return fixedRate{a: a, ok: ok}
}

// roundBaseFen rounds a gross in fen to the base rounding, in fen.
func roundBaseFen(gross int64, r union.Rounding) (int64, bool) {
	if r.Places >= 2 {
		return gross, true
	}
	q, ok := fenAmount(gross).Round(r.Places, exact.Mode(r.Mode))
	if !ok {
		return 0, false
	}
	return fenOf(q)
}

// amountUnits computes base (fen) × rate rounded to r: its coefficient
// counts units of 10^-r.Places yuan.
func amountUnits(baseFen int64, rate fixedRate, r union.Rounding) (exact.Amount, bool) {
	if !rate.ok {
		return exact.Amount{}, false
	}
	prod, ok := exact.Mul(fenAmount(baseFen), rate.a)
	if !ok {
		return exact.Amount{}, false
	}
	return prod.Round(r.Places, exact.Mode(r.Mode))
}
