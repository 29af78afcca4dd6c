package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Outcome is the decision of a yearly review of a hardship file (动态管理,
// 脱困, 解困, 注销: 新华日报 2019-09-11, 邹城市总工会 2023-03-31).
type Outcome uint8

// The review outcomes. Continue is the zero value.
const (
	Continue Outcome = iota // 继续帮扶: same category
	Move                    // 调整类别: the household now falls in another category
	Exit                    // 脱困: per-capita income above 低保 for the required months; file closed
	Resolved                // 解困: cannot exit (serious illness, disability) but brought up to 低保 with government support; file kept
	Cancel                  // 注销 / 退档: retired, transferred, deceased, withdrawn or excluded
)

var outcomeEnum = enum.New[Outcome]("Outcome", "outcome", "assistance.outcome", union.Invalid, "continue", "move", "exit", "resolved", "cancel")

// String returns the English word, e.g. "exit".
func (o Outcome) String() string { return outcomeEnum.String(o) }

// Text returns the localized name, e.g. 脱困 in zh-Hans.
func (o Outcome) Text(tag language.Tag) string {
	return outcomeEnum.Text(o, tag)
}

// Valid reports whether o is one of the defined outcomes.
func (o Outcome) Valid() bool { return outcomeEnum.Valid(o) }

// KeepsFile reports whether the file stays open after the review.
func (o Outcome) KeepsFile() bool { return o == Continue || o == Move || o == Resolved }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeEnum.Marshal(o) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (o *Outcome) UnmarshalText(b []byte) error {
	return outcomeEnum.Unmarshal(o, b)
}
