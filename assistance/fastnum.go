package assistance

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// Allocation-free helpers for the hot path, on internal/exact. Each falls
// back to shopspring's own operation when a value does not fit in 64 bits,
// so results are always those of the plain decimal path (a test holds them
// equal).

// cmpInt compares d with the whole number n.
func cmpInt(d decimal.Decimal, n int64) int {
	if a, ok := exact.FromDecimal(d); ok {
		if b, ok := exact.New(n, 0); ok {
			return exact.Cmp(a, b)
		}
	}
	return d.Cmp(decimal.NewFromInt(n))
}

// money formats an amount to the fen, exactly as d.StringFixed(2) does.
func money(d decimal.Decimal) string {
	if a, ok := exact.FromDecimal(d); ok {
		return a.Fixed(2)
	}
	return d.StringFixed(2)
}

// cmpDec compares a and b exactly, without allocating when both fit in 64 bits.
func cmpDec(a, b decimal.Decimal) int {
	x, okx := exact.FromDecimal(a)
	y, oky := exact.FromDecimal(b)
	if okx && oky {
		return exact.Cmp(x, y)
	}
	return a.Cmp(b)
}

// divRound returns x ÷ n rounded to r, exactly as r.Round of the exact
// quotient; n is a positive whole number.
func divRound(x decimal.Decimal, n int64, r union.Rounding) decimal.Decimal {
	if a, ok := exact.FromDecimal(x); ok {
		if q, ok := divUnits(a, n, r); ok {
			return decimal.New(q, -r.Places)
		}
	}
	return r.Round(x.DivRound(decimal.NewFromInt(n), r.Places+12))
}

// divUnits returns x ÷ n rounded to r as a count of 10^-r.Places, when the
// figures fit in 64 bits: x × 10^p ÷ n, or x ÷ (n × 10^-p), in 128 bits.
func divUnits(x exact.Amount, n int64, r union.Rounding) (int64, bool) {
	if r.Places < 0 || r.Places > 8 || n <= 0 {
		return 0, false
	}
	if x.Sign() == 0 {
		return 0, true
	}
	e := int64(x.Exp()) + int64(r.Places)
	if e >= 0 {
		p, ok := exact.Pow10(int32(min(e, 19)))
		if !ok {
			return 0, false
		}
		return exact.MulDiv(x.Coef(), p, n, exact.Mode(r.Mode))
	}
	nn, _ := exact.New(n, 0)
	den, ok := nn.Rescale(int32(e))
	if !ok {
		return 0, false
	}
	return exact.MulDiv(x.Coef(), 1, den.Coef(), exact.Mode(r.Mode))
}

// addAmounts is x + y, a zero taking the other's exponent (a sum with a
// zero is the other term, as it always has been on this path).
func addAmounts(x, y exact.Amount) (exact.Amount, bool) {
	switch {
	case x.Sign() == 0:
		return y, true
	case y.Sign() == 0:
		return x, true
	}
	return exact.Add(x, y)
}

// addDec is a.Add(b).
func addDec(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	if a.IsZero() {
		return b
	}
	x, okx := exact.FromDecimal(a)
	y, oky := exact.FromDecimal(b)
	if okx && oky {
		if s, ok := exact.Add(x, y); ok {
			return s.Decimal()
		}
	}
	return a.Add(b)
}

// subDec is a.Sub(b).
func subDec(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	x, okx := exact.FromDecimal(a)
	y, oky := exact.FromDecimal(b)
	if okx && oky {
		if s, ok := addAmounts(x, y.Neg()); ok {
			return s.Decimal()
		}
	}
	return a.Sub(b)
}

// mulDec is a.Mul(b).
func mulDec(a, b decimal.Decimal) decimal.Decimal {
	x, okx := exact.FromDecimal(a)
	y, oky := exact.FromDecimal(b)
	// A factor of exactly 1 (exponent 0) gives the other factor, coefficient
	// and exponent unchanged: share it (decimals are immutable).
	if oky && y.Coef() == 1 && y.Exp() == 0 {
		return a
	}
	if okx && x.Coef() == 1 && x.Exp() == 0 {
		return b
	}
	if okx && oky {
		if p, ok := exact.Mul(x, y); ok {
			return p.Decimal()
		}
	}
	return a.Mul(b)
}

// roundTo is r.Round(d), skipping the work when d has no digits to drop.
func roundTo(r union.Rounding, d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= -r.Places {
		return d
	}
	return r.Round(d)
}

// holdsTimes reports whether "x op t × n" holds, without allocating when
// the figures fit in 64 bits.
func holdsTimes(op Operator, x, t decimal.Decimal, n int64) bool {
	if a, ok := exact.FromDecimal(x); ok {
		if h, ok := holdsTimesAmount(op, a, t, n); ok {
			return h
		}
	}
	return op.Holds(x, t.Mul(decimal.NewFromInt(n)))
}

// holdsTimesAmount is holdsTimes of x; ok is false when t × n does not fit
// in 64 bits.
func holdsTimesAmount(op Operator, x exact.Amount, t decimal.Decimal, n int64) (holds, ok bool) {
	ta, okT := exact.FromDecimal(t)
	nn, okN := exact.New(n, 0)
	if !okT || !okN || n < 0 {
		return false, false
	}
	prod, ok := exact.Mul(ta, nn)
	if !ok {
		return false, false
	}
	return op.of(exact.Cmp(x, prod)), true
}

// perCapitaText is money(divRound(x, n, r)), without the intermediate decimal
// when the rounding is to the fen and the figures fit in 64 bits.
func perCapitaText(x decimal.Decimal, n int64, r union.Rounding) string {
	return perCapitaTextFx(fxOf(x), n, r)
}

// fenText formats an amount in fen as yuan with two decimals.
func fenText(v int64) string {
	var buf [maxFenText]byte
	return string(appendFen(buf[:0], v))
}

// maxFenText is the longest text of an int64 amount in fen.
const maxFenText = 24

// appendFen appends the text of an amount in fen (fenText).
func appendFen(b []byte, v int64) []byte {
	if a, ok := exact.New(v, -2); ok {
		return a.AppendFixed(b, 2)
	}
	return append(b, decimal.New(v, -2).StringFixed(2)...)
}

// plain is d.String(), without allocating for the small whole numbers
// multiples and months usually are.
func plain(d decimal.Decimal) string {
	if a, ok := exact.FromDecimal(d); ok && a.Exp() == 0 && a.Coef() >= 0 && a.Coef() < 100 {
		return strconv.Itoa(int(a.Coef()))
	}
	return d.String()
}

// fx is an exact intermediate amount: in 64 bits while the figures fit,
// otherwise the decimal d. It lets sums and differences that are only
// compared or divided skip building a decimal (each shopspring decimal
// allocates a big.Int); dec builds one when a result needs it, reusing an
// input decimal when the value is one.
type fx struct {
	a    exact.Amount
	ok   bool            // a holds the value
	hasD bool            // d holds the value
	d    decimal.Decimal // the value as a decimal, when hasD
}

// fxOf wraps a decimal.
func fxOf(d decimal.Decimal) fx {
	a, ok := exact.FromDecimal(d)
	return fx{a: a, ok: ok, hasD: true, d: d}
}

// isZero reports whether x is zero.
func (x fx) isZero() bool {
	if x.ok {
		return x.a.Sign() == 0
	}
	return x.d.IsZero()
}

// dec returns x as a decimal, equal to the plain decimal path's.
func (x fx) dec() decimal.Decimal {
	if x.hasD {
		return x.d
	}
	return x.a.Decimal()
}

// fxSub is subDec(a, b) kept in 64 bits when it fits.
func fxSub(a, b fx) fx {
	if b.isZero() {
		return a
	}
	if a.ok && b.ok {
		if v, ok := addAmounts(a.a, b.a.Neg()); ok {
			return fx{a: v, ok: true}
		}
	}
	return fxOf(a.dec().Sub(b.dec()))
}

// divRoundFx is divRound(x.dec(), n, r).
func divRoundFx(x fx, n int64, r union.Rounding) decimal.Decimal {
	if x.ok {
		if q, ok := divUnits(x.a, n, r); ok {
			return decimal.New(q, -r.Places)
		}
	}
	return divRound(x.dec(), n, r)
}

// perCapitaTextFx is perCapitaText(x.dec(), n, r).
func perCapitaTextFx(x fx, n int64, r union.Rounding) string {
	if x.ok && r.Places == 2 {
		if q, ok := divUnits(x.a, n, r); ok {
			return fenText(q)
		}
	}
	return money(divRound(x.dec(), n, r))
}

// holdsTimesFx is holdsTimes(op, x.dec(), t, n).
func holdsTimesFx(op Operator, x fx, t decimal.Decimal, n int64) bool {
	if x.ok {
		if h, ok := holdsTimesAmount(op, x.a, t, n); ok {
			return h
		}
	}
	return holdsTimes(op, x.dec(), t, n)
}

// sum adds decimals exactly with the result of chaining addDec: in 64 bits
// while the figures fit, building one decimal at the end (or none, when a
// single term is non-zero: that term is the sum).
type sum struct {
	acc   fx              // the running sum
	first decimal.Decimal // the first non-zero term
	terms int             // non-zero terms added
}

// add adds d.
func (s *sum) add(d decimal.Decimal) {
	if d.IsZero() {
		return
	}
	s.terms++
	if s.terms == 1 {
		s.first = d
		s.acc = fxOf(d)
		return
	}
	if s.acc.ok {
		if a, ok := exact.FromDecimal(d); ok {
			if v, ok := addAmounts(s.acc.a, a); ok {
				s.acc = fx{a: v, ok: true}
				return
			}
		}
	}
	s.acc = fxOf(s.acc.dec().Add(d))
}

// value returns the sum; start is returned when no non-zero term was added
// (the plain path's starting value, e.g. an undivided figure that is zero).
func (s *sum) value(start decimal.Decimal) decimal.Decimal {
	switch s.terms {
	case 0:
		return start
	case 1:
		return s.first
	}
	return s.acc.dec()
}
