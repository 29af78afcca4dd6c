package union

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

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

var levelEnum = enum.New[Level]("Level", "level", "level", Invalid, "national", "provincial", "municipal", "county", "grassroots")

// String returns the English word: "national", "provincial", "municipal", "county" or "grassroots".
func (l Level) String() string { return levelEnum.String(l) }

// Text returns the localized name, e.g. 基层工会 in zh-Hans.
func (l Level) Text(tag language.Tag) string { return levelEnum.Text(l, tag) }

// Valid reports whether l is one of the defined levels.
func (l Level) Valid() bool { return levelEnum.Valid(l) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (l Level) MarshalText() ([]byte, error) { return levelEnum.Marshal(l) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages; anything else is ErrInvalid.
func (l *Level) UnmarshalText(b []byte) error {
	return levelEnum.Unmarshal(l, b)
}
