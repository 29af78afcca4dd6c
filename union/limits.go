package union

import (
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// The limits of every decimal an entry point of the module accepts: an amount,
// a wage item, a rate, a weight, a score, a margin. They are far above any
// union's figures (a national payroll's total is under 10^13 yuan) and keep
// every computation on such a value small and fast: a decimal with an
// exponent near ±2^31 or a million digits is refused in constant time, before
// any arithmetic sees it.
const (
	// MaxIntegerDigits is the number of digits before the decimal point an
	// accepted decimal may have: |d| < 10^15.
	MaxIntegerDigits = 15
	// MaxFractionDigits is the number of decimal places an accepted decimal may
	// be written with: at most 18, counting trailing zeros (1.5000 is written
	// with four).
	MaxFractionDigits = 18
)

// decimalBounds holds, for each exponent e from -MaxFractionDigits to
// MaxIntegerDigits, the decimals 10^MaxIntegerDigits and -10^MaxIntegerDigits
// written with exponent e, so CheckDecimal compares coefficients of equal
// exponent without allocating. Built once and never changed.
var decimalBounds = func() (b [MaxIntegerDigits + MaxFractionDigits + 1][2]decimal.Decimal) {
	for i := range b {
		e := int32(i - MaxFractionDigits)
		c := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(MaxIntegerDigits-e)), nil)
		b[i][0] = decimal.NewFromBigInt(c, e)
		b[i][1] = decimal.NewFromBigInt(new(big.Int).Neg(c), e)
	}
	return b
}()

// CheckDecimal reports whether d is within the module's decimal limits:
// |d| < 10^MaxIntegerDigits, written with at most MaxFractionDigits decimal
// places, and an exponent between -MaxFractionDigits and MaxIntegerDigits
// (so zero written as 0e2147483647 is refused too). It returns nil when d is
// within them, and otherwise a *FieldError naming field with code
// "invalid.decimal_range", wrapping ErrInvalid, whose Args are the two limits.
//
// The exponent is checked first, so decimal.New(0, math.MaxInt32) or an
// exponent near ±10^8 is refused at once; the magnitude is then compared
// without allocating. Every entry point of the module applies it to the
// decimals a caller passes in.
func CheckDecimal(field string, d decimal.Decimal) *FieldError {
	e := d.Exponent()
	if e < -MaxFractionDigits || e > MaxIntegerDigits {
		return decimalRangeError(field, d)
	}
	if d.Sign() == 0 {
		return nil
	}
	// One comparison, with the bound of d's sign at d's exponent: equal
	// exponents make it a comparison of coefficients, without allocating.
	bound := &decimalBounds[e+MaxFractionDigits]
	if d.Sign() > 0 {
		if d.Cmp(bound[0]) >= 0 {
			return decimalRangeError(field, d)
		}
	} else if d.Cmp(bound[1]) <= 0 {
		return decimalRangeError(field, d)
	}
	return nil
}

// decimalRangeError is the error of CheckDecimal.
func decimalRangeError(field string, d decimal.Decimal) *FieldError {
	return Invalid(field, "invalid.decimal_range", decimalValue(d),
		strconv.Itoa(MaxIntegerDigits), strconv.Itoa(MaxFractionDigits))
}

// decimalValue writes d for an error's Value in bounded time and space: the
// decimal itself when it is short, else its coefficient (or, for a long one,
// its number of digits) and its exponent, e.g. "1e2147483647".
func decimalValue(d decimal.Decimal) string {
	c := d.Coefficient()
	e := d.Exponent()
	if c.BitLen() <= 128 && e >= -40 && e <= 40 {
		return d.String()
	}
	coef := "…"
	if c.BitLen() <= 128 {
		coef = c.String()
	} else {
		// A lower bound of the digit count: bits × log10(2), rounded down.
		coef = "(" + strconv.Itoa(c.BitLen()*30103/100000) + "+ digits)"
	}
	return coef + "e" + strconv.Itoa(int(e))
}

// CheckCount reports a count n that is negative (code "invalid.negative") or
// above max (code "invalid.too_many", whose Args are max) as a *FieldError
// naming field, wrapping ErrInvalid; it returns nil for 0 ≤ n ≤ max. Entry
// points apply it to the length of every list a caller passes in and to every
// count (judges, seats, delegates), each with its documented maximum.
func CheckCount(field string, n, max int) *FieldError {
	switch {
	case n < 0:
		return Invalid(field, "invalid.negative", strconv.Itoa(n))
	case n > max:
		return Invalid(field, "invalid.too_many", strconv.Itoa(n), strconv.Itoa(max))
	}
	return nil
}
