package dues

import (
	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// checkDecimal holds a caller's decimal to the module's limits
// (union.CheckDecimal: |d| < 10^union.MaxIntegerDigits, at most
// union.MaxFractionDigits decimals), checked in constant time before any
// arithmetic sees it, so decimal.New(0, math.MaxInt32) is refused.
func checkDecimal(field string, d decimal.Decimal) *union.FieldError {
	return union.CheckDecimal(field, d)
}

// policyDecimal is checkDecimal for a policy's decimal: a *union.FieldError
// wrapping union.ErrPolicy.
func policyDecimal(field string, d decimal.Decimal) *union.FieldError {
	fe := union.CheckDecimal(field, d)
	if fe != nil {
		fe.Kind = union.ErrPolicy
	}
	return fe
}

// withinLimits reports whether a wage is within the decimal limits: the
// payslip loop's check, which builds an error only for a bad wage.
func withinLimits(d decimal.Decimal) bool { return union.CheckDecimal("", d) == nil }
