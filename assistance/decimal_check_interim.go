package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// checkDecimal stands in for union.CheckDecimal until it is merged.
func checkDecimal(field string, d decimal.Decimal) *union.FieldError {
	e := d.Exponent()
	if e < -18 || e > 15 || (!d.IsZero() && int(e)+d.NumDigits() > 15) {
		return &union.FieldError{Field: field, Code: "invalid.decimal_range", Args: []string{"15", "18"},
			Value: strconv.Itoa(int(e))}
	}
	return nil
}
