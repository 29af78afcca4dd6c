package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Incident is the kind of event in which the worker was harmed, for the
// first branch of the 意外致困 test (AccidentTest.Incident): 青岛市总工会's
// criteria and 平顶山市总工会《困难职工家庭认定标准》 file a family whose worker
// was injured, disabled or killed on duty (因公), in a natural disaster, a
// major safety accident, a major epidemic or a major public-security event,
// without the test on hardship costs. The zero value NoIncident means none.
type Incident uint8

// The incidents.
const (
	NoIncident            Incident = iota // none recorded
	OnDuty                                // 因公（工）: on duty
	InNaturalDisaster                     // 自然灾害
	InSafetyAccident                      // 重大安全事故
	InEpidemic                            // 重大疫情
	InPublicSecurityEvent                 // 重大公共安全事件
)

var incidentEnum = enum.New[Incident]("Incident", "incident", "assistance.incident", union.Invalid, "none", "on_duty", "natural_disaster", "safety_accident", "epidemic", "public_security")

// String returns the English word, e.g. "on_duty".
func (i Incident) String() string { return incidentEnum.String(i) }

// Text returns the localized name, e.g. 因公 in zh-Hans.
func (i Incident) Text(tag language.Tag) string {
	return incidentEnum.Text(i, tag)
}

// Valid reports whether i is one of the defined incidents.
func (i Incident) Valid() bool { return incidentEnum.Valid(i) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (i Incident) MarshalText() ([]byte, error) {
	return incidentEnum.Marshal(i)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (i *Incident) UnmarshalText(b []byte) error {
	return incidentEnum.Unmarshal(i, b)
}

// Harm is what an Incident did to the worker. The zero value NoHarm means
// none recorded.
type Harm uint8

// The harms.
const (
	NoHarm   Harm = iota // none recorded
	Injured              // 受伤
	Disabled             // 致残
	Killed               // 死亡（殉职、牺牲）
)

var harmEnum = enum.New[Harm]("Harm", "harm", "assistance.harm", union.Invalid, harmWordsFixed[:]...)

// harmWordsFixed sizes the table of incident reason codes.
var harmWordsFixed = [...]string{"none", "injured", "disabled", "killed"}

// String returns the English word, e.g. "injured".
func (h Harm) String() string { return harmEnum.String(h) }

// Text returns the localized name, e.g. 受伤 in zh-Hans.
func (h Harm) Text(tag language.Tag) string {
	return harmEnum.Text(h, tag)
}

// Valid reports whether h is one of the defined harms.
func (h Harm) Valid() bool { return harmEnum.Valid(h) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (h Harm) MarshalText() ([]byte, error) { return harmEnum.Marshal(h) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (h *Harm) UnmarshalText(b []byte) error {
	return harmEnum.Unmarshal(h, b)
}
