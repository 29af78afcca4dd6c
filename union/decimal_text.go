package union

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/enum"
)

// ParseDecimal reads a decimal as payroll exports and spreadsheets write it:
// "1200", "1,200.00", "-5.5", "+3", ".5", "1.2E+07", with spaces around it
// (also the ideographic space), and with full-width characters (１２００．５０,
// －５, １，２００). Thousands separators must group the integer part in threes
// (1,200 and 12,345,678, not 1,2,3 or 1200,00). The value must then be within
// the module's limits (CheckDecimal).
//
// Anything else is a *FieldError naming field and wrapping ErrInvalid: code
// "invalid.decimal" for an empty text, NaN, Inf, a currency sign or any other
// character, and "invalid.decimal_range" for a value CheckDecimal refuses or
// a text longer than MaxJSONNumber characters (checked before any parsing).
func ParseDecimal(field, text string) (decimal.Decimal, error) {
	d, fe := parseDecimal(field, text)
	if fe != nil {
		return decimal.Decimal{}, fe
	}
	return d, nil
}

// parseDecimal is ParseDecimal returning the concrete error type.
func parseDecimal(field, text string) (decimal.Decimal, *FieldError) {
	s := strings.TrimFunc(text, isDecimalSpace)
	bad := func() (decimal.Decimal, *FieldError) {
		return decimal.Decimal{}, Invalid(field, "invalid.decimal", enum.Clip(text))
	}
	if s == "" {
		return bad()
	}
	if utf8.RuneCountInString(s) > MaxJSONNumber {
		return decimal.Decimal{}, Invalid(field, "invalid.decimal_range", enum.Clip(text), strconv.Itoa(MaxIntegerDigits), strconv.Itoa(MaxFractionDigits))
	}
	var buf [MaxJSONNumber]byte
	b := buf[:0]
	const (
		sign = iota
		integer
		fraction
		expSign
		exponent
	)
	state := sign
	digits, group, groups := 0, 0, 0 // digits seen; digits in the current group; commas seen
	expDigits := 0
	for _, r := range s {
		c := asciiDecimalRune(r)
		switch {
		case c >= '0' && c <= '9':
			switch state {
			case sign, integer:
				state = integer
				digits++
				group++
				if groups > 0 && group > 3 {
					return bad()
				}
			case fraction:
				digits++
			case expSign, exponent:
				state = exponent
				expDigits++
			}
		case c == '+' || c == '-':
			switch state {
			case sign:
				state = integer
				if c == '+' {
					continue
				}
			case expSign:
				state = exponent
			default:
				return bad()
			}
		case c == ',':
			if state != integer || group == 0 || (groups == 0 && group > 3) || (groups > 0 && group != 3) {
				return bad()
			}
			groups++
			group = 0
			continue
		case c == '.':
			if state == sign {
				state = integer
			}
			if state != integer || (groups > 0 && group != 3) {
				return bad()
			}
			state = fraction
		case c == 'e' || c == 'E':
			if (state != integer && state != fraction) || digits == 0 || (groups > 0 && state == integer && group != 3) {
				return bad()
			}
			state = expSign
			c = 'e'
		default:
			return bad()
		}
		b = append(b, c)
	}
	switch {
	case digits == 0, state == expSign, state == exponent && expDigits == 0:
		return bad()
	case groups > 0 && state == integer && group != 3:
		return bad()
	case expDigits > 4: // far beyond the limits, and beyond what NewFromString reads
		return decimal.Decimal{}, Invalid(field, "invalid.decimal_range", enum.Clip(text),
			strconv.Itoa(MaxIntegerDigits), strconv.Itoa(MaxFractionDigits))
	}
	d, err := decimal.NewFromString(string(b))
	if err != nil {
		return bad()
	}
	if fe := CheckDecimal(field, d); fe != nil {
		fe.Value = enum.Clip(text)
		return decimal.Decimal{}, fe
	}
	return d, nil
}

// isDecimalSpace reports the spaces ParseDecimal trims: ASCII white space, the
// no-break space and the ideographic space.
func isDecimalSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u3000':
		return true
	}
	return false
}

// asciiDecimalRune maps the full-width forms of digits, signs, the point and
// the comma (and the minus sign U+2212) to ASCII; any other rune gives 0
// unless it is ASCII already.
func asciiDecimalRune(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case r >= '０' && r <= '９':
		return byte('0' + r - '０')
	}
	switch r {
	case '．':
		return '.'
	case '，':
		return ','
	case '－', '−':
		return '-'
	case '＋':
		return '+'
	}
	return 0
}

// JSONDecimal is a decimal.Decimal read strictly from JSON or text: a JSON
// number, or a JSON string in any form ParseDecimal accepts ("1,200.00"), with
// the module's limits applied. Domain types use it in their wire forms so that
// a bad amount is a *FieldError (codes "invalid.decimal" and
// "invalid.decimal_range"), never shopspring's raw error. The error's Field is
// empty; DecodeJSON gives it the field's path.
//
// It writes as decimal.Decimal does (a JSON string such as "1200.5"). JSON null
// leaves it unchanged.
type JSONDecimal struct {
	decimal.Decimal
}

// UnmarshalJSON reads a JSON number or string as described on JSONDecimal.
func (d *JSONDecimal) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
		if strings.IndexByte(s, '\\') >= 0 {
			return Invalid("", "invalid.decimal", enum.Clip(s))
		}
	} else if strings.ContainsAny(s, ", \t\n\r") || strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
		return Invalid("", "invalid.decimal", enum.Clip(s)) // a bare JSON number is plain ASCII
	}
	v, fe := parseDecimal("", s)
	if fe != nil {
		return fe
	}
	d.Decimal = v
	return nil
}

// UnmarshalText reads text in any form ParseDecimal accepts, for CSV cells.
func (d *JSONDecimal) UnmarshalText(b []byte) error {
	v, fe := parseDecimal("", string(b))
	if fe != nil {
		return fe
	}
	d.Decimal = v
	return nil
}
