package union

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// Sector is the kind of employer a member works for. Dues bases and several
// democracy and assistance rules differ by sector (全总 工发〔1978〕101号).
// Its text form is the lower-case English word.
type Sector uint8

// The sectors.
const (
	Enterprise         Sector = iota // 企业
	Institution                      // 事业单位 (public service institution)
	Organ                            // 机关 (government and party organ)
	SocialOrganization               // 社会组织 (social organisation, NGO, private non-enterprise unit)
)

var sectorEnum = enum.New[Sector]("Sector", "sector", "sector", Invalid, "enterprise", "institution", "organ", "social_organization")

// String returns the English word: "enterprise", "institution", "organ" or "social_organization".
func (s Sector) String() string { return sectorEnum.String(s) }

// Text returns the localized name, e.g. 事业单位 in zh-Hans.
func (s Sector) Text(tag language.Tag) string { return sectorEnum.Text(s, tag) }

// Valid reports whether s is one of the defined sectors.
func (s Sector) Valid() bool { return sectorEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Sector) MarshalText() ([]byte, error) { return sectorEnum.Marshal(s) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages; anything else is ErrInvalid.
func (s *Sector) UnmarshalText(b []byte) error {
	return sectorEnum.Unmarshal(s, b)
}
