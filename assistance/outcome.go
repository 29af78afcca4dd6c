package assistance

import (
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

var outcomeWords = []string{"continue", "move", "exit", "resolved", "cancel"}

// String returns the English word, e.g. "exit".
func (o Outcome) String() string { return union.EnumString(o, "Outcome", outcomeWords) }

// Text returns the localized name, e.g. 脱困 in zh-Hans.
func (o Outcome) Text(tag language.Tag) string {
	return union.EnumText(o, "assistance.outcome", outcomeWords, tag)
}

// Valid reports whether o is one of the defined outcomes.
func (o Outcome) Valid() bool { return int(o) < len(outcomeWords) }

// KeepsFile reports whether the file stays open after the review.
func (o Outcome) KeepsFile() bool { return o == Continue || o == Move || o == Resolved }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (o Outcome) MarshalText() ([]byte, error) { return union.EnumMarshal(o, "outcome", outcomeWords) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := union.EnumParse[Outcome](b, "outcome", outcomeWords)
	if err == nil {
		*o = v
	}
	return err
}
