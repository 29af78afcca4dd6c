package union

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/enum"
)

// UppercaseOptions chooses among the forms the People's Bank of China writing
// rules (正确填写票据和结算凭证的基本规定) allow for an amount in Chinese
// capitals. The zero value is the library's default: 元, 整 after 元 only, the
// shorter form of rule 4 (no optional 零), no prefix, simplified characters.
//
// Two documents ask for more than the default, and each has its option:
//
//   - on accounting vouchers (会计凭证, which a union's finance office fills),
//     会计基础工作规范 第五十二条 asks for 整 after 角 as well as after 元
//     (伍角整): set ZhengAfterJiao;
//   - the PBOC rules ask for 人民币 before the amount where the form does not
//     print it (rule 7): set Prefix.
//
// So a union voucher on a blank form is written with
// UppercaseOptions{Prefix: true, ZhengAfterJiao: true}: 人民币壹拾伍元伍角整.
type UppercaseOptions struct {
	// Prefix writes 人民币 before the amount (rule 7, which asks for it where
	// the form does not print it), e.g. 人民币壹拾伍元整. A negative amount
	// then reads 人民币负….
	Prefix bool `json:"prefix,omitempty"`
	// FullYuan writes 圆 instead of 元; both are legal.
	FullYuan bool `json:"full_yuan,omitempty"`
	// ZeroAfterWan writes the optional 零 of rule 4 after 万 or 亿 when the
	// digit before that unit is 0 and the next (千) digit is not:
	// 壹拾万零柒仟 instead of 壹拾万柒仟.
	ZeroAfterWan bool `json:"zero_after_wan,omitempty"`
	// ZeroAfterYuan writes the optional 零 of rule 4 after 元 when the 元
	// digit is 0 and 角 is not: 壹仟陆佰捌拾元零叁角贰分 instead of
	// 壹仟陆佰捌拾元叁角贰分.
	ZeroAfterYuan bool `json:"zero_after_yuan,omitempty"`
	// ZhengAfterJiao writes 整 after 角 when the amount stops at 角 (rule 1
	// allows it to be left out there): 伍角整, as 会计基础工作规范 第五十二条
	// asks on accounting vouchers.
	ZhengAfterJiao bool `json:"zheng_after_jiao,omitempty"`
	// Traditional writes traditional characters, as on cheques in Hong Kong,
	// Macao and Taiwan: 貳 參 陸 萬 億 圓/元 負 人民幣.
	Traditional bool `json:"traditional,omitempty"`
}

// LongForm returns the options that write every optional 零 of rule 4, as in
// 壹拾万零柒仟元零伍角叁分.
func LongForm() UppercaseOptions {
	return UppercaseOptions{ZeroAfterWan: true, ZeroAfterYuan: true}
}

// MaxUppercase is the largest amount Uppercase writes: 9999 9999 9999 9999.99
// yuan, just under 一亿亿 (up to 仟万亿). It is a copy for callers: the
// package never reads it, so assigning to it changes nothing.
var MaxUppercase = maxUppercase

// maxUppercase is the limit Uppercase checks.
var maxUppercase = decimal.New(1, 16).Sub(decimal.New(1, -2))

// The characters of the two scripts: digits 0–9, then 拾 佰 仟, 万, 亿, 元,
// 圆, 角, 分, 整, 负, 人民币.
type uppercaseScript struct {
	digits                                                 [10]string
	units                                                  [4]string // "", 拾, 佰, 仟
	wan, yi, yuan, fullYuan, jiao, fen, zheng, neg, prefix string
}

var simplifiedScript = uppercaseScript{
	digits: [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
	units:  [4]string{"", "拾", "佰", "仟"},
	wan:    "万", yi: "亿", yuan: "元", fullYuan: "圆", jiao: "角", fen: "分", zheng: "整", neg: "负", prefix: "人民币",
}

var traditionalScript = uppercaseScript{
	digits: [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
	units:  [4]string{"", "拾", "佰", "仟"},
	wan:    "萬", yi: "億", yuan: "元", fullYuan: "圓", jiao: "角", fen: "分", zheng: "整", neg: "負", prefix: "人民幣",
}

// Uppercase writes amount in Chinese financial capitals (人民币大写金额) under
// the People's Bank of China writing rules (正确填写票据和结算凭证的基本规定),
// in the default form (see UppercaseOptions):
//
//   - rule 1: 整 after 元 when the amount stops at 元 (壹拾伍元整), none after 角 or 分;
//   - rules 2 and 3: a zero, or a run of zeros, between digits is one 零
//     (壹仟肆佰零玖元伍角, 陆仟零柒元壹角肆分);
//   - rule 4: where the 万 (or 亿) digit or the 元 digit is 0 and the next
//     digit is not, the optional 零 is left out (壹仟陆佰捌拾元叁角贰分). When a
//     whole group of four is zero and so its unit is not written, the 零 is
//     written (壹亿零柒仟元整, 壹佰万亿零柒万元整), since no unit would mark the
//     gap. The one exception is a zero 亿 group under 万亿: its 亿 is still
//     written, as part of 万亿, so it counts as the unit that marks the gap and
//     the optional 零 is left out as at any written 亿 (12000012412421 is
//     壹拾贰万亿壹仟贰佰肆拾壹万贰仟肆佰贰拾壹元整); ZeroAfterWan writes it
//     (壹拾贰万亿零壹仟贰佰…). Both forms follow the rule;
//   - rule 5: 零 after 元 when 角 is 0 and 分 is not (叁佰贰拾伍元零肆分);
//   - rule 6: a leading ten is 壹拾 (壹拾伍元整).
//
// Zero is 零元整; amounts under one yuan start at 角 or 分 (伍角, 伍分);
// negative amounts start with 负. Amounts up to MaxUppercase (仟万亿) are
// written. More than two significant decimals is a *FieldError (field
// "amount", code "invalid.precision") and a larger amount one with code
// "invalid.too_large", both wrapping ErrInvalid: the function never rounds.
// A decimal whose exponent is outside the module's limits (below
// -MaxFractionDigits or above MaxIntegerDigits, such as
// decimal.New(0, math.MaxInt32)) is refused first, in constant time, with
// CheckDecimal's code "invalid.decimal_range"; the magnitude limit is
// MaxUppercase, not CheckDecimal's 10^15, so 仟万亿 amounts are still written.
func Uppercase(amount decimal.Decimal) (string, error) {
	return UppercaseWith(amount, UppercaseOptions{})
}

// UppercaseWith is Uppercase in the form o chooses: the prefix 人民币, 圆, the
// optional 零s of rule 4, 整 after 角, traditional characters.
func UppercaseWith(amount decimal.Decimal, o UppercaseOptions) (string, error) {
	// The exponent first, in constant time: decimal.New(0, math.MaxInt32) and
	// exponents near ±10^8 never reach the arithmetic below.
	if e := amount.Exponent(); e < -MaxFractionDigits || e > MaxIntegerDigits {
		return "", decimalRangeError("amount", amount)
	}
	abs := amount.Abs()
	if abs.Cmp(maxUppercase) > 0 {
		return "", Invalid("amount", "invalid.too_large", enum.Clip(amount.String()), maxUppercase.StringFixed(2))
	}
	if decimalPlaces(amount) > 2 {
		return "", Invalid("amount", "invalid.precision", enum.Clip(amount.String()), "2")
	}
	fen := uint64(abs.Shift(2).IntPart())
	sc := &simplifiedScript
	if o.Traditional {
		sc = &traditionalScript
	}
	var b strings.Builder
	b.Grow(96)
	if o.Prefix {
		b.WriteString(sc.prefix)
	}
	if amount.Sign() < 0 {
		b.WriteString(sc.neg)
	}
	writeUppercase(&b, fen, sc, o)
	return b.String(), nil
}

// writeUppercase writes an amount of fen (below 10^18) in capitals.
func writeUppercase(b *strings.Builder, fen uint64, sc *uppercaseScript, o UppercaseOptions) {
	yuanUnit := sc.yuan
	if o.FullYuan {
		yuanUnit = sc.fullYuan
	}
	n, jiao, f := fen/100, fen/10%10, fen%10
	if n > 0 {
		writeInteger(b, n, sc, o.ZeroAfterWan)
		b.WriteString(yuanUnit)
	}
	switch {
	case jiao == 0 && f == 0:
		if n == 0 {
			b.WriteString(sc.digits[0])
			b.WriteString(yuanUnit)
		}
		b.WriteString(sc.zheng) // rule 1
	case jiao != 0:
		if n > 0 && n%10 == 0 && o.ZeroAfterYuan { // rule 4, at 元
			b.WriteString(sc.digits[0])
		}
		b.WriteString(sc.digits[jiao])
		b.WriteString(sc.jiao)
		if f != 0 {
			b.WriteString(sc.digits[f])
			b.WriteString(sc.fen)
		} else if o.ZhengAfterJiao { // rule 1
			b.WriteString(sc.zheng)
		}
	default: // 分 without 角
		if n > 0 { // rule 5
			b.WriteString(sc.digits[0])
		}
		b.WriteString(sc.digits[f])
		b.WriteString(sc.fen)
	}
}

// writeInteger writes n (1 ≤ n < 10^16) with its units, without 元.
func writeInteger(b *strings.Builder, n uint64, sc *uppercaseScript, zeroAfterWan bool) {
	var d [16]uint8
	top := 0
	for p := 0; n > 0; p++ {
		d[p] = uint8(n % 10)
		n /= 10
		top = p
	}
	nonzero := func(from, to int) bool { // any digit in positions from..to
		for p := from; p <= to; p++ {
			if d[p] != 0 {
				return true
			}
		}
		return false
	}
	// unitWritten reports whether the group unit at position p (万 at 4 and
	// 12, 亿 at 8) is written: its group, or for 亿 everything above, is not all zero.
	unitWritten := func(p int) bool {
		switch p {
		case 4, 12:
			return nonzero(p, p+3)
		case 8:
			return nonzero(8, 15)
		}
		return false
	}
	pending := false
	for p := top; p >= 0; p-- {
		if d[p] == 0 {
			pending = true // rules 2 and 3: one 零 for a run, written before the next digit
		} else {
			if pending && (p%4 != 3 || !unitWritten(p+1) || zeroAfterWan) { // rule 4 at 万 and 亿
				b.WriteString(sc.digits[0])
			}
			pending = false
			b.WriteString(sc.digits[d[p]]) // rule 6: 壹拾, never a bare 拾
			b.WriteString(sc.units[p%4])
		}
		if p%4 == 0 && p > 0 && unitWritten(p) {
			if p == 8 {
				b.WriteString(sc.yi)
			} else {
				b.WriteString(sc.wan)
			}
		}
	}
}

// uppercaseSyntax is the error ParseUppercase returns for text that breaks the
// writing rules at character at (0-based).
func uppercaseSyntax(s string, at int) *FieldError {
	return Invalid("amount", "uppercase.syntax", enum.Clip(s), strconv.Itoa(at+1))
}
