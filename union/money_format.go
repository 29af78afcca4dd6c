package union

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// cnySymbols holds the narrow CNY symbol of each supported language, from the
// CLDR data in golang.org/x/text (¥ in all three); built once, never changed.
var cnySymbols = func() (s [len(supported)]string) {
	for i, t := range supported {
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
// rounded zero has no sign. Formatting is exact for amounts of any size: no
// binary floating point is involved (x/text is fed whole numbers only).
//
// All three supported languages write ¥ (CLDR's narrow symbol). CLDR's
// standard symbol for zh-Hant and en is CN¥, which matters only next to other
// yen-like currencies; union documents are in renminbi only, so the plain ¥
// that mainland vouchers print is used throughout. Languages other than the
// three fall back to zh-Hans, so a German tag never turns the separators round.
func FormatCNY(amount decimal.Decimal, tag language.Tag) string {
	i := matchIndex(tag)
	p := reg.printers[i]
	r := amount.Round(2)
	abs := r.Abs()
	whole := abs.Truncate(0)
	cents := abs.Sub(whole).Shift(2).IntPart() // 0..99
	var b strings.Builder
	if r.Sign() < 0 {
		b.WriteByte('-')
	}
	b.WriteString(cnySymbols[i])
	groupWhole(&b, p, whole.BigInt())
	b.WriteByte('.')
	b.WriteByte(byte('0' + cents/10))
	b.WriteByte(byte('0' + cents%10))
	return b.String()
}

// groupWhole writes the non-negative whole number n grouped in thousands. A
// number that fits in 64 bits goes straight through x/text; a larger one is
// cut into its top part (formatted the same way, recursively) and 18-digit
// blocks grouped with the separator x/text uses for 1000.
func groupWhole(b *strings.Builder, p *message.Printer, n *big.Int) {
	if n.IsUint64() {
		b.WriteString(p.Sprint(number.Decimal(n.Uint64())))
		return
	}
	block := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	q, r := new(big.Int).QuoRem(n, block, new(big.Int))
	groupWhole(b, p, q)
	thousand := p.Sprint(number.Decimal(uint64(1000)))
	sep := thousand[1 : len(thousand)-3]
	digits := r.String()
	digits = strings.Repeat("0", 18-len(digits)) + digits
	for k := 0; k < 18; k += 3 {
		b.WriteString(sep)
		b.WriteString(digits[k : k+3])
	}
}
