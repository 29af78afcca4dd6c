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
	c, ok := small(d)
	e := d.Exponent()
	if !ok || e < -2 {
		return d.StringFixed(2)
	}
	v, ok := mulPow10(c, e+2) // value in fen
	if !ok {
		return d.StringFixed(2)
	}
	var buf [24]byte
	b := buf[:0]
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	f := v % 100
	b = append(b, '.', byte('0'+f/10), byte('0'+f%10))
	return string(b)
}

// cmpDec compares a and b exactly, without allocating when both fit in 64 bits.
func cmpDec(a, b decimal.Decimal) int {
	ca, oka := small(a)
	cb, okb := small(b)
	if oka && okb {
		ea, eb := a.Exponent(), b.Exponent()
		var x, y int64
		ok := true
		switch {
		case ea == eb:
			x, y = ca, cb
		case ea > eb:
			x, ok = mulPow10(ca, ea-eb)
			y = cb
		default:
			x = ca
			y, ok = mulPow10(cb, eb-ea)
		}
		if ok {
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
	if c, ok := small(x); ok && r.Places >= 0 && r.Places <= 8 {
		// x = c × 10^e; x ÷ n × 10^p = c × 10^(e+p) ÷ n.
		e := x.Exponent() + r.Places
		num, den := c, n
		ok := true
		if e >= 0 {
			num, ok = mulPow10(c, e)
		} else {
			den, ok = mulPow10(n, -e)
		}
		if ok {
			q, rem := num/den, num%den
			if rem != 0 {
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
			}
			return decimal.New(q, -r.Places)
		}
	}
	return r.Round(x.DivRound(decimal.NewFromInt(n), r.Places+12))
}
