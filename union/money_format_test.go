package union_test

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestFormatCNY(t *testing.T) {
	tests := []struct {
		amount string
		want   string
	}{
		{"1234.5", "¥1,234.50"},
		{"1234.50", "¥1,234.50"},
		{"-1234.5", "-¥1,234.50"},
		{"0", "¥0.00"},
		{"0.5", "¥0.50"},
		{"999", "¥999.00"},
		{"1000", "¥1,000.00"},
		{"12345.67", "¥12,345.67"},
		{"1234567.891", "¥1,234,567.89"},
		// Half-up (away from zero) to the fen.
		{"0.005", "¥0.01"},
		{"-0.005", "-¥0.01"},
		{"2.675", "¥2.68"},
		{"0.0049", "¥0.00"},
		{"-0.004", "¥0.00"}, // a rounded zero has no sign
		{"999.995", "¥1,000.00"},
		// Exact up to the limits: no float64 anywhere.
		{"999999999999999.99", "¥999,999,999,999,999.99"},
		{"-999999999999999.994", "-¥999,999,999,999,999.99"},
		{"18446744073709.551615", "¥18,446,744,073,709.55"},
	}
	for _, tt := range tests {
		for _, tag := range []string{"zh-Hans", "zh-Hant", "en", "zh-TW", "en-GB"} {
			assert.Equal(t, tt.want, union.FormatCNY(d(tt.amount), language.MustParse(tag)), "%s in %s", tt.amount, tag)
		}
	}
}

// TestFormatCNYFallback checks that languages other than the three fall back
// to zh-Hans, so separators never turn round (German would write 1.234,50).
func TestFormatCNYFallback(t *testing.T) {
	for _, tag := range []string{"de", "fr", "ja", "und", "ru"} {
		assert.Equal(t, "¥1,234,567.50", union.FormatCNY(d("1234567.5"), language.MustParse(tag)), tag)
	}
}

// TestFormatCNYLimits: a 1,000,000-digit amount once took 18 s and 11 GB
// (quadratic grouping). Beyond the decimal limits FormatCNY gives "" at once
// and FormatCNYChecked the error.
func TestFormatCNYLimits(t *testing.T) {
	million := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1_000_000), nil), 0)
	for _, a := range []decimal.Decimal{
		million, million.Neg(), decimal.New(0, math.MaxInt32), decimal.New(1, -100_000_000), d("1000000000000000"),
		d("18446744073709551616"),
	} {
		start := time.Now()
		assert.Equal(t, "", union.FormatCNY(a, language.English))
		s, err := union.FormatCNYChecked(a, language.English)
		assert.Less(t, time.Since(start), time.Second)
		assert.Empty(t, s)
		assert.ErrorIs(t, err, union.ErrInvalid)
	}
	// Within the limits, rounding may carry to 10^15 itself.
	assert.Equal(t, "¥1,000,000,000,000,000.00", union.FormatCNY(d("999999999999999.995"), language.English))
	s, err := union.FormatCNYChecked(d("1234.5"), language.SimplifiedChinese)
	require.NoError(t, err)
	assert.Equal(t, "¥1,234.50", s)
}
