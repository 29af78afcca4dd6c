package dues

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
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

var fundsKindEnum = enum.New[FundsKind]("FundsKind", "kind", "dues.funds.kind", union.Invalid, "union_funds", "preparatory", "none")

// String returns the English word, e.g. "preparatory".
func (k FundsKind) String() string {
	return fundsKindEnum.String(k)
}

// Valid reports whether k is one of the defined kinds.
func (k FundsKind) Valid() bool { return fundsKindEnum.Valid(k) }

// Text returns the localized name, e.g. 建会筹备金 in zh-Hans.
func (k FundsKind) Text(tag language.Tag) string {
	return fundsKindEnum.Text(k, tag)
}

// MarshalText returns the English word; an undefined kind is ErrInvalid.
func (k FundsKind) MarshalText() ([]byte, error) {
	return fundsKindEnum.Marshal(k)
}

// UnmarshalText reads the English word, or the name Text prints in any of
// the three languages; anything else is ErrInvalid listing the accepted values.
func (k *FundsKind) UnmarshalText(b []byte) error {
	return fundsKindEnum.Unmarshal(k, b)
}
