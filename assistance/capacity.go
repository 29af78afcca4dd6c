package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// WorkCapacity is a household member's capacity to work (劳动能力). The zero
// value FullCapacity is the ordinary case; only members with full capacity are
// assigned imputed income when idle (江门日报 2025-06-18, imputed
// income).
type WorkCapacity uint8

// The work capacities.
const (
	FullCapacity    WorkCapacity = iota // 有劳动能力
	PartialCapacity                     // 部分丧失劳动能力
	NoCapacity                          // 完全丧失劳动能力
)

var capacityEnum = enum.New[WorkCapacity]("WorkCapacity", "work_capacity", "assistance.capacity", union.Invalid, "full", "partial", "none")

// String returns the English word, e.g. "partial".
func (w WorkCapacity) String() string { return capacityEnum.String(w) }

// Text returns the localized name, e.g. 部分丧失劳动能力 in zh-Hans.
func (w WorkCapacity) Text(tag language.Tag) string {
	return capacityEnum.Text(w, tag)
}

// Valid reports whether w is one of the defined capacities.
func (w WorkCapacity) Valid() bool { return capacityEnum.Valid(w) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (w WorkCapacity) MarshalText() ([]byte, error) {
	return capacityEnum.Marshal(w)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (w *WorkCapacity) UnmarshalText(b []byte) error {
	return capacityEnum.Unmarshal(w, b)
}
