package union

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// Gender is a person's gender as recorded in the resident ID (GB 11643: an odd
// sequence digit is male, an even one female). The zero value GenderUnknown
// means "not recorded", so a missing field is never taken for a woman or a man.
// Its text form is the lower-case English word.
type Gender uint8

// The genders.
const (
	GenderUnknown Gender = iota // not recorded
	Female                      // 女
	Male                        // 男
)

var genderEnum = enum.New[Gender]("Gender", "gender", "gender", Invalid, "unknown", "female", "male")

// String returns the English word: "unknown", "female" or "male".
func (g Gender) String() string { return genderEnum.String(g) }

// Text returns the localized name, e.g. 女 in zh-Hans.
func (g Gender) Text(tag language.Tag) string { return genderEnum.Text(g, tag) }

// Valid reports whether g is one of the defined values.
func (g Gender) Valid() bool { return genderEnum.Valid(g) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (g Gender) MarshalText() ([]byte, error) { return genderEnum.Marshal(g) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages; anything else is ErrInvalid.
func (g *Gender) UnmarshalText(b []byte) error {
	return genderEnum.Unmarshal(g, b)
}
