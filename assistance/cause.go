package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Cause is a cause of hardship (致困原因) from the ten codes of the national
// file form (全国困难职工帮扶管理系统档案表: main cause exactly 1,
// secondary causes up to 3). The zero value NoCause means none recorded.
type Cause uint8

// The causes of hardship.
const (
	NoCause              Cause = iota // not recorded
	NoWorkCapacity                    // 丧失劳动能力
	AbleButUnemployed                 // 有劳动能力但失业
	CauseLaidOff                      // 下岗
	NoSocialInsurance                 // 未参加社会保险
	InsuranceUndelivered              // 社会保险待遇未落实
	SeriousIllness                    // 大病
	NaturalDisaster                   // 自然灾害
	CauseAccident                     // 意外事故
	Schooling                         // 子女就学
	OtherCause                        // 其他
)

var causeEnum = enum.New[Cause]("Cause", "cause", "assistance.cause", union.Invalid, "none", "no_work_capacity", "unemployed", "laid_off", "no_social_insurance",
	"insurance_undelivered", "serious_illness", "natural_disaster", "accident", "schooling", "other")

// MaxSecondaryCauses is the number of secondary causes the national file form
// holds (全国困难职工帮扶管理系统档案表).
const MaxSecondaryCauses = 3

// String returns the English word, e.g. "serious_illness".
func (c Cause) String() string { return causeEnum.String(c) }

// Text returns the localized name, e.g. 大病 in zh-Hans.
func (c Cause) Text(tag language.Tag) string {
	return causeEnum.Text(c, tag)
}

// Valid reports whether c is one of the defined causes.
func (c Cause) Valid() bool { return causeEnum.Valid(c) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (c Cause) MarshalText() ([]byte, error) { return causeEnum.Marshal(c) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (c *Cause) UnmarshalText(b []byte) error {
	return causeEnum.Unmarshal(c, b)
}
