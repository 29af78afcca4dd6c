package union_test

import (
	"testing"

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
		// Exact at any size: no float64 anywhere.
		{"18446744073709551615.99", "¥18,446,744,073,709,551,615.99"},
		{"18446744073709551616", "¥18,446,744,073,709,551,616.00"},
		{"123456789012345678901234567890.125", "¥123,456,789,012,345,678,901,234,567,890.13"},
		{"-1000000000000000000000000", "-¥1,000,000,000,000,000,000,000,000.00"},
		{"90000000000000000001.01", "¥90,000,000,000,000,000,001.01"},
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
