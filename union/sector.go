package union

import "golang.org/x/text/language"

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

var sectorWords = []string{"enterprise", "institution", "organ", "social_organization"}

// String returns the English word: "enterprise", "institution", "organ" or "social_organization".
func (s Sector) String() string { return EnumString(s, "Sector", sectorWords) }

// Text returns the localized name, e.g. 事业单位 in zh-Hans.
func (s Sector) Text(tag language.Tag) string { return EnumText(s, "sector", sectorWords, tag) }

// Valid reports whether s is one of the defined sectors.
func (s Sector) Valid() bool { return int(s) < len(sectorWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Sector) MarshalText() ([]byte, error) { return EnumMarshal(s, "sector", sectorWords) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages (see EnumParseText); anything else is ErrInvalid.
func (s *Sector) UnmarshalText(b []byte) error {
	v, err := EnumParseText[Sector](b, "sector", "sector", sectorWords)
	if err == nil {
		*s = v
	}
	return err
}
