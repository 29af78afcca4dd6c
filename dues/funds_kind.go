package dues

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// FundsKind says what an employer owes for a month: union funds (工会经费)
// when it has a union, preparatory funds (建会筹备金) when it has none and
// the policy charges them, or nothing. Its text form is the lower-case
// English word.
type FundsKind uint8

// The kinds of employer payment.
const (
	UnionFunds       FundsKind = iota // 工会经费: the employer has a union
	PreparatoryFunds                  // 建会筹备金: no union yet; all of it goes to the higher union
	NoFunds                           // nothing due: no union and no 筹备金 (yet), or a small-firm exemption
)

var fundsKindWords = [...]string{"union_funds", "preparatory", "none"}

// String returns the English word, e.g. "preparatory".
func (k FundsKind) String() string {
	if k.Valid() {
		return fundsKindWords[k]
	}
	return "FundsKind(" + strconv.Itoa(int(k)) + ")"
}

// Valid reports whether k is one of the defined kinds.
func (k FundsKind) Valid() bool { return int(k) < len(fundsKindWords) }

// Text returns the localized name, e.g. 建会筹备金 in zh-Hans.
func (k FundsKind) Text(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return union.Reason{Code: "dues.funds.kind." + fundsKindWords[k]}.Text(tag)
}

// MarshalText returns the English word; an undefined kind is ErrInvalid.
func (k FundsKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, union.Invalid("kind", "invalid.unknown", strconv.Itoa(int(k)))
	}
	return []byte(fundsKindWords[k]), nil
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (k *FundsKind) UnmarshalText(b []byte) error {
	for i, w := range fundsKindWords {
		if w == string(b) {
			*k = FundsKind(i)
			return nil
		}
	}
	return union.Invalid("kind", "invalid.unknown", string(b))
}
