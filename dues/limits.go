package dues

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// checkDecimal holds a caller's decimal to the module's limits: an exponent
// from -18 to 15 and a magnitude under 10^15, checked in constant time
// before any arithmetic sees it (decimal.New(0, math.MaxInt32) is refused).
func checkDecimal(field string, d decimal.Decimal) *union.FieldError {
	e := d.Exponent()
	if e < -18 || e > 15 {
		return union.Invalid(field, "invalid.decimal_range", "e"+strconv.Itoa(int(e)), "15", "18")
	}
	if d.Sign() == 0 {
		return nil
	}
	if d.NumDigits()+int(e) > 15 {
		return union.Invalid(field, "invalid.decimal_range", d.String(), "15", "18")
	}
	return nil
}

// policyDecimal is checkDecimal for a policy's decimal: a *union.FieldError
// wrapping union.ErrPolicy.
func policyDecimal(field string, d decimal.Decimal) *union.FieldError {
	fe := checkDecimal(field, d)
	if fe != nil {
		fe.Kind = union.ErrPolicy
	}
	return fe
}

// withinLimits reports whether a wage is within the decimal limits, without
// building an error: the payslip loop's check.
func withinLimits(d decimal.Decimal) bool {
	e := d.Exponent()
	if e < -18 || e > 15 {
		return false
	}
	return d.Sign() == 0 || d.NumDigits()+int(e) <= 15
}
