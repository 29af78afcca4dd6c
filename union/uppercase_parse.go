package union

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The kinds of character in an amount written in capitals.
type upperKind uint8

const (
	ukOther upperKind = iota
	ukDigit           // 壹 … 玖 (value 1–9)
	ukZero            // 零
	ukUnit            // 拾 佰 仟 (value 1–3)
	ukWan             // 万 萬
	ukYi              // 亿 億
	ukYuan            // 元 圆 圓
	ukJiao            // 角
	ukFen             // 分
	ukZheng           // 整 正
	ukNeg             // 负 負
)

// classifyUpper returns the kind and value of one character, accepting the
// simplified and the traditional capitals and their common variants.
func classifyUpper(r rune) (upperKind, int) {
	switch r {
	case '零':
		return ukZero, 0
	case '壹':
		return ukDigit, 1
	case '贰', '貳', '貮':
		return ukDigit, 2
	case '叁', '參', '叄':
		return ukDigit, 3
	case '肆':
		return ukDigit, 4
	case '伍':
		return ukDigit, 5
	case '陆', '陸':
		return ukDigit, 6
	case '柒':
		return ukDigit, 7
	case '捌':
		return ukDigit, 8
	case '玖':
		return ukDigit, 9
	case '拾':
		return ukUnit, 1
	case '佰':
		return ukUnit, 2
	case '仟':
		return ukUnit, 3
	case '万', '萬':
		return ukWan, 4
	case '亿', '億':
		return ukYi, 8
	case '元', '圆', '圓':
		return ukYuan, 0
	case '角':
		return ukJiao, -1
	case '分':
		return ukFen, -2
	case '整', '正':
		return ukZheng, 0
	case '负', '負':
		return ukNeg, 0
	}
	return ukOther, 0
}

// upperTerm is one digit of the amount with its place: 0 for 元, 4 for 万,
// -1 for 角, -2 for 分; zero records a 零 written before it.
type upperTerm struct {
	digit, place, at int
	zero             bool
}

// ParseUppercase reads an amount written in Chinese financial capitals back to
// a decimal with two places at most: the inverse of Uppercase and
// UppercaseWith under every option.
//
// It accepts simplified and traditional capitals (贰/貳, 叁/參/叄, 陆/陸, 万/萬,
// 亿/億, 元/圆/圓, 负/負), the prefix 人民币 or 人民幣, 负 for a negative
// amount, 整 or 正, and both forms of rule 4 at every place it applies. It
// checks the PBOC writing rules (正确填写票据和结算凭证的基本规定) and rejects
// text that breaks them, so it can vet a voucher as well as read it: a bare
// 拾 without 壹 (rule 6), a missing 零 between digits (rules 2 and 3) or
// before 分 (rule 5), two 零 in a row, a 零 where no digit is skipped, 整
// after 分 or missing after 元 (rule 1), units out of order, lower-case
// numerals (一 二 两 …), spaces or anything else. Every such text is a
// *FieldError (field "amount", code "uppercase.syntax", with the 1-based
// character where reading stopped) wrapping ErrInvalid; it never panics.
//
// Zero is read only as 零元整 (or 零圆整 …); amounts under one yuan start at
// 角 or 分. Amounts up to MaxUppercase are read.
func ParseUppercase(s string) (decimal.Decimal, error) {
	const maxRunes = 96 // far above the longest legal text (about 60)
	rs := make([]rune, 0, 64)
	for _, r := range s {
		if len(rs) == maxRunes {
			return decimal.Decimal{}, uppercaseSyntax(s, maxRunes)
		}
		rs = append(rs, r)
	}
	i := 0
	neg, prefixed := false, false
	for i < len(rs) {
		if !prefixed && hasRunePrefix(rs[i:], "人民币", "人民幣") {
			prefixed = true
			i += 3
			continue
		}
		if !neg && isNeg(rs[i]) {
			neg = true
			i++
			continue
		}
		break
	}
	if rest := rs[i:]; len(rest) == 3 && rest[0] == '零' {
		if k0, _ := classifyUpper(rest[1]); k0 == ukYuan {
			if k1, _ := classifyUpper(rest[2]); k1 == ukZheng && !neg {
				return decimal.Zero, nil
			}
		}
	}

	terms := make([]upperTerm, 0, 20)
	segStart, yiStart := 0, 0
	afterYuan, fraction, zheng := false, false, false
	zero := false
	fail := func(at int) (decimal.Decimal, error) { return decimal.Decimal{}, uppercaseSyntax(s, at) }
	for i < len(rs) {
		k, v := classifyUpper(rs[i])
		switch k {
		case ukZero:
			if zero {
				return fail(i)
			}
			zero = true
			i++
		case ukDigit:
			if i+1 >= len(rs) {
				return fail(i + 1)
			}
			nk, nv := classifyUpper(rs[i+1])
			t := upperTerm{digit: v, at: i, zero: zero}
			switch nk {
			case ukUnit:
				if afterYuan || fraction {
					return fail(i + 1)
				}
				t.place = nv
				i += 2
			case ukWan, ukYi, ukYuan:
				if afterYuan || fraction {
					return fail(i + 1)
				}
				t.place = 0
				i++
			case ukJiao, ukFen:
				if len(terms) > 0 && !afterYuan && !fraction {
					return fail(i + 1) // 元 missing before 角 or 分
				}
				fraction = true
				t.place = nv
				i += 2
			default:
				return fail(i + 1)
			}
			if len(terms) == cap(terms) {
				return fail(i)
			}
			terms = append(terms, t)
			zero = false
		case ukWan, ukYi:
			start := segStart
			if k == ukYi {
				start = yiStart
			}
			if zero || afterYuan || fraction || len(terms) == start {
				return fail(i)
			}
			for j := start; j < len(terms); j++ {
				if terms[j].place >= v {
					return fail(i)
				}
				terms[j].place += v
			}
			segStart = len(terms)
			if k == ukYi {
				yiStart = len(terms)
			}
			i++
		case ukYuan:
			if zero || afterYuan || fraction || len(terms) == 0 {
				return fail(i)
			}
			afterYuan = true
			i++
		case ukZheng:
			if zero || i != len(rs)-1 {
				return fail(i)
			}
			zheng = true
			i++
		default:
			return fail(i)
		}
	}
	if zero || len(terms) == 0 {
		return fail(len(rs))
	}
	last := terms[len(terms)-1]
	if last.place >= 0 && !afterYuan {
		return fail(len(rs)) // 元 missing
	}
	var fen uint64
	for j, t := range terms {
		if j > 0 {
			a, b := terms[j-1].place, t.place
			switch gap := a - b; {
			case gap <= 0:
				return fail(t.at) // units out of order
			case gap == 1 && t.zero:
				return fail(t.at - 1) // 零 where no digit is skipped
			case gap > 1 && !t.zero && !optionalZero(b):
				return fail(t.at) // 零 missing (rules 2, 3, 5)
			}
		} else if t.zero {
			return fail(t.at - 1)
		}
		fen += uint64(t.digit) * pow10(t.place+2)
	}
	switch {
	case zheng && last.place == -2:
		return fail(len(rs) - 1) // rule 1: never 整 after 分
	case !zheng && last.place >= 0:
		return fail(len(rs)) // rule 1: 整 after 元
	}
	d := decimal.New(int64(fen), -2)
	if neg {
		d = d.Neg()
	}
	return d, nil
}

// optionalZero reports whether the 零 before a digit at place b may be left
// out when digits above it are skipped: the 千 digit after 万 or 亿 (places 3,
// 7, 11) and 角 after 元 (rule 4).
func optionalZero(b int) bool { return b == 3 || b == 7 || b == 11 || b == -1 }

// pow10 returns 10^n for 0 ≤ n ≤ 19.
func pow10(n int) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// hasRunePrefix reports whether rs starts with one of the prefixes.
func hasRunePrefix(rs []rune, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(string(rs[:min(len(rs), 3)]), p) {
			return true
		}
	}
	return false
}

// isNeg reports whether r is 负 or 負.
func isNeg(r rune) bool { k, _ := classifyUpper(r); return k == ukNeg }
