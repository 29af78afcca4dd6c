package union

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// MemberStatus is a member's employment and membership status. Active is the
// zero value. Dues exemptions (中国工会章程 第八条: retired and unemployed members
// keep membership without paying) and the assistance review depend on it.
// Its text form is the lower-case English word.
type MemberStatus uint8

// The member statuses.
const (
	Active      MemberStatus = iota // 在职
	Retired                         // 退休: keeps membership, pays no dues
	Unemployed                      // 失业: keeps membership, pays no dues
	LaidOff                         // 下岗: still employed on paper, off the job
	Transferred                     // 调离: moved to another employer's union
	Deceased                        // 死亡
	Withdrawn                       // 退会: left the union
)

var statusEnum = enum.New[MemberStatus]("MemberStatus", "status", "status", Invalid, "active", "retired", "unemployed", "laid_off", "transferred", "deceased", "withdrawn")

// String returns the English word, e.g. "active" or "laid_off".
func (s MemberStatus) String() string { return statusEnum.String(s) }

// Text returns the localized name, e.g. 退休 in zh-Hans.
func (s MemberStatus) Text(tag language.Tag) string { return statusEnum.Text(s, tag) }

// Valid reports whether s is one of the defined statuses.
func (s MemberStatus) Valid() bool { return statusEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s MemberStatus) MarshalText() ([]byte, error) { return statusEnum.Marshal(s) }

// UnmarshalText reads the English word or the name Text prints in any of
// the three languages; anything else is ErrInvalid.
func (s *MemberStatus) UnmarshalText(b []byte) error {
	return statusEnum.Unmarshal(s, b)
}
