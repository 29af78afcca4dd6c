package assistance

import (
	"math/bits"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Allocation-free helpers for the hot path. Each falls back to shopspring's
// own operation when a value does not fit in 64 bits, so results are always
// those of the plain decimal path (a test holds them equal).

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// small returns d's coefficient when it has at most 18 digits.
func small(d decimal.Decimal) (int64, bool) {
	if d == (decimal.Decimal{}) {
		return 0, true // the zero value, without reading its coefficient
	}
	if d.NumDigits() > 18 {
		return 0, false
	}
	return d.CoefficientInt64(), true
}

// mulPow10 returns x × 10^k when it fits in int64.
func mulPow10(x int64, k int32) (int64, bool) {
	if k < 0 || int(k) >= len(pow10) {
		return 0, x == 0
	}
	neg := x < 0
	u := uint64(x)
	if neg {
		u = uint64(-x)
	}
	hi, lo := bits.Mul64(u, uint64(pow10[k]))
	if hi != 0 || lo > 1<<62 {
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

// cmpInt compares d with the whole number n.
func cmpInt(d decimal.Decimal, n int64) int {
	if c, ok := small(d); ok {
		e := d.Exponent()
		var x, y int64
		var okx, oky bool
		if e >= 0 {
			x, okx = mulPow10(c, e)
			y, oky = n, true
		} else {
			x, okx = c, true
			y, oky = mulPow10(n, -e)
		}
		if okx && oky {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return d.Cmp(decimal.NewFromInt(n))
}

// money formats an amount to the fen, exactly as d.StringFixed(2) does.
func money(d decimal.Decimal) string {
	if v, ok := fenOf(d); ok {
		return fenText(v)
	}
	return d.StringFixed(2)
}

// fenOf returns d in fen when it is a whole number of fen that fits in 64 bits.
func fenOf(d decimal.Decimal) (int64, bool) {
	c, ok := small(d)
	e := d.Exponent()
	if !ok || e < -2 {
		return 0, false
	}
	return mulPow10(c, e+2)
}

// cmpDec compares a and b exactly, without allocating when both fit in 64 bits.
func cmpDec(a, b decimal.Decimal) int {
	ca, oka := small(a)
	cb, okb := small(b)
	if oka && okb {
		if x, y, _, ok := alignCE(ca, a.Exponent(), cb, b.Exponent()); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return a.Cmp(b)
}

// divRound returns x ÷ n rounded to r, exactly as r.Round of the exact
// quotient; n is a positive whole number.
func divRound(x decimal.Decimal, n int64, r union.Rounding) decimal.Decimal {
	if q, ok := divRoundInt(x, n, r); ok {
		return decimal.New(q, -r.Places)
	}
	return r.Round(x.DivRound(decimal.NewFromInt(n), r.Places+12))
}

// divRoundInt returns x ÷ n rounded to r as a count of 10^-r.Places, when
// the figures fit in 64 bits.
func divRoundInt(x decimal.Decimal, n int64, r union.Rounding) (int64, bool) {
	c, ok := small(x)
	if !ok {
		return 0, false
	}
	return divRoundCE(c, x.Exponent(), n, r)
}

// divRoundCE is divRoundInt of c × 10^ex, |c| < 10^18.
func divRoundCE(c int64, ex int32, n int64, r union.Rounding) (int64, bool) {
	if r.Places < 0 || r.Places > 8 {
		return 0, false
	}
	// x = c × 10^ex; x ÷ n × 10^p = c × 10^(ex+p) ÷ n.
	e := ex + r.Places
	num, den := c, n
	var ok bool
	if e >= 0 {
		num, ok = mulPow10(c, e)
	} else {
		den, ok = mulPow10(n, -e)
	}
	if !ok {
		return 0, false
	}
	q, rem := num/den, num%den
	if rem == 0 {
		return q, true
	}
	neg := num < 0
	if neg {
		rem = -rem
	}
	away := false
	switch r.Mode {
	case union.Up:
		away = true
	case union.Down:
	case union.HalfEven:
		twice := 2 * rem
		away = twice > den || twice == den && q%2 != 0
	default:
		away = 2*rem >= den
	}
	if away {
		if neg {
			q--
		} else {
			q++
		}
	}
	return q, true
}

// align returns the coefficients of a and b at their common (smaller)
// exponent, when both fit in 64 bits.
func align(a, b decimal.Decimal) (x, y int64, e int32, ok bool) {
	ca, oka := small(a)
	cb, okb := small(b)
	if !oka || !okb {
		return 0, 0, 0, false
	}
	return alignCE(ca, a.Exponent(), cb, b.Exponent())
}

// alignCE returns ca × 10^ea and cb × 10^eb as coefficients of their common
// (smaller) exponent, when they fit; a zero takes the other's exponent.
func alignCE(ca int64, ea int32, cb int64, eb int32) (x, y int64, e int32, ok bool) {
	switch {
	case ca == 0:
		return 0, cb, eb, true
	case cb == 0:
		return ca, 0, ea, true
	case ea == eb:
		return ca, cb, ea, true
	case ea > eb:
		x, ok = mulPow10(ca, ea-eb)
		return x, cb, eb, ok
	default:
		y, ok = mulPow10(cb, eb-ea)
		return ca, y, ea, ok
	}
}

// addDec is a.Add(b).
func addDec(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	if a.IsZero() {
		return b
	}
	if x, y, e, ok := align(a, b); ok {
		// no overflow: small and mulPow10 keep both below 2^62 in magnitude
		return decimal.New(x+y, e)
	}
	return a.Add(b)
}

// subDec is a.Sub(b).
func subDec(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return a
	}
	if x, y, e, ok := align(a, b); ok {
		return decimal.New(x-y, e)
	}
	return a.Sub(b)
}

// mulDec is a.Mul(b).
func mulDec(a, b decimal.Decimal) decimal.Decimal {
	ca, oka := small(a)
	cb, okb := small(b)
	// A factor of exactly 1 (exponent 0) gives the other factor, coefficient
	// and exponent unchanged: share it (decimals are immutable).
	if okb && cb == 1 && b.Exponent() == 0 {
		return a
	}
	if oka && ca == 1 && a.Exponent() == 0 {
		return b
	}
	if oka && okb && ca > -1<<31 && ca < 1<<31 && cb > -1<<31 && cb < 1<<31 {
		return decimal.New(ca*cb, a.Exponent()+b.Exponent())
	}
	if oka && okb {
		hi, lo := bits.Mul64(uint64(abs64(ca)), uint64(abs64(cb)))
		if hi == 0 && lo < 1<<62 {
			v := int64(lo)
			if (ca < 0) != (cb < 0) {
				v = -v
			}
			return decimal.New(v, a.Exponent()+b.Exponent())
		}
	}
	return a.Mul(b)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
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
	if cx, ok := small(x); ok {
		if h, ok := holdsTimesCE(op, cx, x.Exponent(), t, n); ok {
			return h
		}
	}
	return op.Holds(x, t.Mul(decimal.NewFromInt(n)))
}

// holdsTimesCE is holdsTimes of x = cx × 10^ex, |cx| < 10^18; ok is false
// when the figures do not fit in 64 bits.
func holdsTimesCE(op Operator, cx int64, ex int32, t decimal.Decimal, n int64) (holds, ok bool) {
	ct, okT := small(t)
	if !okT || n < 0 || n >= 1<<31 || ct <= -1<<31 || ct >= 1<<31 {
		return false, false
	}
	prod := ct * n // |prod| < 2^62
	a, b, _, ok := alignCE(cx, ex, prod, t.Exponent())
	if !ok {
		return false, false
	}
	c := 0
	if a < b {
		c = -1
	} else if a > b {
		c = 1
	}
	switch op {
	case Less:
		return c < 0, true
	case LessOrEqual:
		return c <= 0, true
	case Greater:
		return c > 0, true
	case GreaterOrEqual:
		return c >= 0, true
	}
	return false, true
}

// perCapitaText is money(divRound(x, n, r)), without the intermediate decimal
// when the rounding is to the fen and the figures fit in 64 bits.
func perCapitaText(x decimal.Decimal, n int64, r union.Rounding) string {
	if r.Places == 2 {
		if q, ok := divRoundInt(x, n, r); ok {
			return fenText(q)
		}
	}
	return money(divRound(x, n, r))
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
	var buf [maxFenText]byte
	return append(b, buf[:putFen(buf[:], v)]...)
}

// putFen writes the text of an amount in fen (fenText) at the start of b,
// which has room for maxFenText bytes, and returns its length.
func putFen(b []byte, v int64) int {
	u := uint64(v)
	if v < 0 {
		u = -u // two's complement: right for math.MinInt64 too
	}
	// Write the digits backwards into a scratch array, then copy them out.
	var tmp [maxFenText]byte
	i := len(tmp)
	for k := 0; k < 2; k++ { // the fen and jiao
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	tmp[i] = '.'
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if v < 0 {
		i--
		tmp[i] = '-'
	}
	return copy(b[:maxFenText], tmp[i:])
}

// plain is d.String(), without allocating for the small whole numbers
// multiples and months usually are.
func plain(d decimal.Decimal) string {
	if c, ok := small(d); ok && d.Exponent() == 0 && c >= 0 && c < 100 {
		return strconv.Itoa(int(c))
	}
	return d.String()
}

// fx is an exact intermediate amount: c × 10^e in 64 bits while the
// figures fit (|c| < 10^18), otherwise the decimal d. It lets sums and
// differences that are only compared or divided skip building a decimal
// (each shopspring decimal allocates a big.Int); dec builds one when a
// result needs it, reusing an input decimal when the value is one.
type fx struct {
	c    int64
	e    int32
	ok   bool            // c and e hold the value
	hasD bool            // d holds the value
	d    decimal.Decimal // the value as a decimal, when hasD
}

// fxOf wraps a decimal.
func fxOf(d decimal.Decimal) fx {
	c, ok := small(d)
	return fx{c: c, e: d.Exponent(), ok: ok, hasD: true, d: d}
}

// isZero reports whether x is zero.
func (x fx) isZero() bool {
	if x.ok {
		return x.c == 0
	}
	return x.d.IsZero()
}

// dec returns x as a decimal, equal to the plain decimal path's.
func (x fx) dec() decimal.Decimal {
	if x.hasD {
		return x.d
	}
	return decimal.New(x.c, x.e)
}

// fxSub is subDec(a, b) kept in 64 bits when it fits.
func fxSub(a, b fx) fx {
	if b.isZero() {
		return a
	}
	if a.ok && b.ok {
		if x, y, e, ok := alignCE(a.c, a.e, b.c, b.e); ok {
			// |x|, |y| ≤ 2^62: no overflow
			if v := x - y; v > -1e18 && v < 1e18 {
				return fx{c: v, e: e, ok: true}
			}
		}
	}
	return fxOf(a.dec().Sub(b.dec()))
}

// divRoundFx is divRound(x.dec(), n, r).
func divRoundFx(x fx, n int64, r union.Rounding) decimal.Decimal {
	if x.ok {
		if q, ok := divRoundCE(x.c, x.e, n, r); ok {
			return decimal.New(q, -r.Places)
		}
	}
	return divRound(x.dec(), n, r)
}

// perCapitaTextFx is perCapitaText(x.dec(), n, r).
func perCapitaTextFx(x fx, n int64, r union.Rounding) string {
	if x.ok && r.Places == 2 {
		if q, ok := divRoundCE(x.c, x.e, n, r); ok {
			return fenText(q)
		}
	}
	return perCapitaText(x.dec(), n, r)
}

// holdsTimesFx is holdsTimes(op, x.dec(), t, n).
func holdsTimesFx(op Operator, x fx, t decimal.Decimal, n int64) bool {
	if x.ok {
		if h, ok := holdsTimesCE(op, x.c, x.e, t, n); ok {
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
		if c, ok := small(d); ok {
			if x, y, e, ok := alignCE(s.acc.c, s.acc.e, c, d.Exponent()); ok {
				if v := x + y; v > -1e18 && v < 1e18 {
					s.acc = fx{c: v, e: e, ok: true}
					return
				}
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
