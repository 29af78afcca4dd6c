package union

import "golang.org/x/text/language"

// Level is the level of a trade union organisation in the ACFTU hierarchy,
// from the national federation down to the grassroots union of one employer
// (中国工会章程 第三章、第四章). Its text form is the lower-case English word.
type Level uint8

// The union levels, highest first.
const (
	National   Level = iota // 全国总工会 (ACFTU)
	Provincial              // 省级工会: provincial federations and national industrial unions
	Municipal               // 市级工会: city (prefecture) federations
	County                  // 县级工会: county and district federations
	Grassroots              // 基层工会: the union of one employer or a joint grassroots union
)

var levelWords = []string{"national", "provincial", "municipal", "county", "grassroots"}

// String returns the English word: "national", "provincial", "municipal", "county" or "grassroots".
func (l Level) String() string { return EnumString(l, "Level", levelWords) }

// Text returns the localized name, e.g. 基层工会 in zh-Hans.
func (l Level) Text(tag language.Tag) string { return EnumText(l, "level", levelWords, tag) }

// Valid reports whether l is one of the defined levels.
func (l Level) Valid() bool { return int(l) < len(levelWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (l Level) MarshalText() ([]byte, error) { return EnumMarshal(l, "level", levelWords) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages (see EnumParseText); anything else is ErrInvalid.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := EnumParseText[Level](b, "level", "level", levelWords)
	if err == nil {
		*l = v
	}
	return err
}
