package union

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// checkDecimalBoth is CheckDecimal as it was first written, comparing d
// with both bounds: the reference of the one-comparison path.
func checkDecimalBoth(d decimal.Decimal) bool {
	e := d.Exponent()
	if e < -MaxFractionDigits || e > MaxIntegerDigits {
		return false
	}
	if d.Sign() == 0 {
		return true
	}
	bound := &decimalBounds[e+MaxFractionDigits]
	return d.Cmp(bound[0]) < 0 && d.Cmp(bound[1]) > 0
}

// TestCheckDecimalOneComparison holds the one-comparison path of
// CheckDecimal equal to the two-comparison check at and around every bound,
// for both signs and every exponent.
func TestCheckDecimalOneComparison(t *testing.T) {
	var cases []decimal.Decimal
	for e := int32(-MaxFractionDigits - 2); e <= MaxIntegerDigits+2; e++ {
		for _, c := range []int64{0, 1, 7, 12345, 999999999999999, 1000000000000000, 1<<62 + 3} {
			cases = append(cases, decimal.New(c, e), decimal.New(-c, e))
		}
		if e >= -MaxFractionDigits && e <= MaxIntegerDigits {
			b := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(MaxIntegerDigits-e)), nil)
			for _, delta := range []int64{-2, -1, 0, 1, 2} {
				c := new(big.Int).Add(b, big.NewInt(delta))
				cases = append(cases, decimal.NewFromBigInt(c, e), decimal.NewFromBigInt(new(big.Int).Neg(c), e))
			}
		}
	}
	cases = append(cases, decimal.Decimal{}, decimal.RequireFromString("-0.005"), decimal.RequireFromString("999999999999999.999999999999999999"))
	for _, d := range cases {
		want := checkDecimalBoth(d)
		got := CheckDecimal("x", d) == nil
		assert.Equal(t, want, got, "%s (coefficient %s, exponent %d)", d, d.Coefficient(), d.Exponent())
	}
}
