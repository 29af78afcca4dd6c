package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Operator is the comparison a rule makes between a household figure and its
// threshold. The sources disagree on the operators ("2倍以内" read as
// ≤ in Pingdingshan, a strict < in Qingdao's formula, "2倍(含)" inclusive in
// an older city rule), so every test names its operator as a rule parameter.
// Its text form is "lt", "le", "gt" or "ge".
type Operator uint8

// The operators. Less is the zero value.
const (
	Less           Operator = iota // <  (低于, 不足)
	LessOrEqual                    // ≤  (以内, 含)
	Greater                        // >  (超过, 高于)
	GreaterOrEqual                 // ≥  (以上, 含)
)

var operatorEnum = enum.New[Operator]("Operator", "operator", "assistance.op", union.Invalid, "lt", "le", "gt", "ge")

var operatorSymbols = []string{"<", "≤", ">", "≥"}

// String returns the word, e.g. "lt".
func (o Operator) String() string { return operatorEnum.String(o) }

// Symbol returns the mathematical sign, e.g. "≤"; it reads the same in every language.
func (o Operator) Symbol() string {
	if o.Valid() {
		return operatorSymbols[o]
	}
	return "?"
}

// Text returns the localized name, e.g. 低于 in zh-Hans.
func (o Operator) Text(tag language.Tag) string {
	return operatorEnum.Text(o, tag)
}

// Valid reports whether o is one of the defined operators.
func (o Operator) Valid() bool { return operatorEnum.Valid(o) }

// upper reports whether o bounds from above (Less or LessOrEqual).
func (o Operator) upper() bool { return o == Less || o == LessOrEqual }

// Holds reports whether "x o y" is true, compared exactly.
func (o Operator) Holds(x, y decimal.Decimal) bool { return o.of(cmpDec(x, y)) }

// of reports whether o holds of a comparison's result c (-1, 0 or 1).
func (o Operator) of(c int) bool {
	switch o {
	case Less:
		return c < 0
	case LessOrEqual:
		return c <= 0
	case Greater:
		return c > 0
	case GreaterOrEqual:
		return c >= 0
	}
	return false
}

// MarshalText returns the word; an undefined value is ErrInvalid.
func (o Operator) MarshalText() ([]byte, error) {
	return operatorEnum.Marshal(o)
}

// UnmarshalText reads the word; anything else is ErrInvalid.
func (o *Operator) UnmarshalText(b []byte) error {
	return operatorEnum.Unmarshal(o, b)
}
