package democracy

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Category is a delegate's place in the workforce, as the composition rules
// see it. Its text form is the lower-case English word.
type Category uint8

// The delegate categories.
const (
	// Frontline is a frontline worker (一线职工). The zero value.
	Frontline Category = iota
	// Technical is professional or technical staff (专业技术人员).
	Technical
	// Manager is middle management (中层管理人员).
	Manager
	// Leader is senior management and the unit's leaders (高层管理人员、领导人员、董事).
	Leader
	// Teacher is a teacher (教师) in a school congress.
	Teacher
	// Other is any other staff (后勤、服务人员 …).
	Other
)

var categoryEnum = enum.New[Category]("Category", "category", "democracy.category", union.Invalid, "frontline", "technical", "manager", "leader", "teacher", "other")

// String returns the English word.
func (c Category) String() string { return categoryEnum.String(c) }

// Text returns the localized name, e.g. 一线职工 in zh-Hans.
func (c Category) Text(tag language.Tag) string {
	return categoryEnum.Text(c, tag)
}

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return categoryEnum.Valid(c) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (c Category) MarshalText() ([]byte, error) {
	return categoryEnum.Marshal(c)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (c *Category) UnmarshalText(t []byte) error {
	return categoryEnum.Unmarshal(c, t)
}
