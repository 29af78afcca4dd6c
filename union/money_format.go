package union

import (
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/gonghui/gonghui/internal/catalog"
)

// cnySymbols holds the narrow CNY symbol of each supported language, from the
// CLDR data in golang.org/x/text (¥ in all three); built once, never changed.
var cnySymbols = func() (s [3]string) {
	for i, t := range catalog.Languages() {
		s[i] = message.NewPrinter(t).Sprint(currency.NarrowSymbol(currency.CNY))
	}
	return s
}()

// FormatCNY formats amount as renminbi in the language that best matches tag
// (see MatchLanguage): the narrow currency symbol ¥, the integer part grouped
// in thousands by golang.org/x/text's CLDR number formatting, a point and
// always two decimals, e.g. "¥1,234.50"; a negative amount reads "-¥1,234.50".
//
// The amount is rounded half-up (away from zero) to the fen first, and a
// rounded zero has no sign. Formatting is exact (no binary floating point is
// involved: x/text is fed whole numbers only) and takes constant time for
// every amount within the module's decimal limits (CheckDecimal: under 10^15
// yuan). An amount beyond them gives the empty string, never a wrong or a
// slow figure; FormatCNYChecked returns the error instead.
//
// All three supported languages write ¥ (CLDR's narrow symbol). CLDR's
// standard symbol for zh-Hant and en is CN¥, which matters only next to other
// yen-like currencies; union documents are in renminbi only, so the plain ¥
// that mainland vouchers print is used throughout. Languages other than the
// three fall back to zh-Hans, so a German tag never turns the separators round.
func FormatCNY(amount decimal.Decimal, tag language.Tag) string {
	s, _ := formatCNY(amount, tag)
	return s
}

// FormatCNYChecked is FormatCNY for amounts that may be beyond the module's
// decimal limits: such an amount is CheckDecimal's *FieldError (field
// "amount", code "invalid.decimal_range", wrapping ErrInvalid).
func FormatCNYChecked(amount decimal.Decimal, tag language.Tag) (string, error) {
	s, fe := formatCNY(amount, tag)
	if fe != nil {
		return "", fe
	}
	return s, nil
}

func formatCNY(amount decimal.Decimal, tag language.Tag) (string, *FieldError) {
	if fe := CheckDecimal("amount", amount); fe != nil {
		return "", fe
	}
	i := matchIndex(tag)
	p := catalog.Printer(i)
	r := amount.Round(2)
	abs := r.Abs()
	whole := abs.Truncate(0)
	cents := abs.Sub(whole).Shift(2).IntPart() // 0..99
	var b strings.Builder
	if r.Sign() < 0 {
		b.WriteByte('-')
	}
	b.WriteString(cnySymbols[i])
	// |amount| < 10^15, so the rounded whole part fits in 64 bits.
	b.WriteString(p.Sprint(number.Decimal(uint64(whole.IntPart()))))
	b.WriteByte('.')
	b.WriteByte(byte('0' + cents/10))
	b.WriteByte(byte('0' + cents%10))
	return b.String(), nil
}
