package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Programme is an aid programme (帮扶项目) a household may receive under its
// category (the regional aid tables of docs/rules/hardship.md).
type Programme uint8

// The aid programmes.
const (
	LivingAid    Programme = iota // 生活救助: N months of 低保 per household per year
	StudyAid                      // 金秋助学: per student per year by school level
	MedicalAid                    // 医疗救助: tiered share of self-paid costs, capped
	AccidentAid                   // 意外致困救助: share of hardship costs, capped
	TemporaryAid                  // 临时救助: non-filed workers in temporary hardship
)

var programmeEnum = enum.New[Programme]("Programme", "programme", "assistance.programme", union.Invalid, "living", "study", "medical", "accident", "temporary")

// String returns the English word, e.g. "medical".
func (p Programme) String() string { return programmeEnum.String(p) }

// Text returns the localized name, e.g. 医疗救助 in zh-Hans.
func (p Programme) Text(tag language.Tag) string {
	return programmeEnum.Text(p, tag)
}

// Valid reports whether p is one of the defined programmes.
func (p Programme) Valid() bool { return programmeEnum.Valid(p) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (p Programme) MarshalText() ([]byte, error) {
	return programmeEnum.Marshal(p)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (p *Programme) UnmarshalText(b []byte) error {
	return programmeEnum.Unmarshal(p, b)
}
