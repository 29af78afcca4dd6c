package dues

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
)

// Class is the kind of staff a member belongs to, for the rules that set a
// different rate or a flat fee for some kinds (全总 工发[1978]101号 第二条 for
// apprentices; institutions' own rules for probation, contract and
// non-established staff). Regular is the zero value. Its text form is the
// lower-case English word.
type Class uint8

// The classes of staff.
const (
	Regular        Class = iota // 在编 / regular staff: the policy's rate
	Apprentice                  // 学徒工: a flat fee under the 1978 circular
	Probation                   // 试用期人员: 0.25% at some institutions (平顶山学院 2018)
	Contract                    // 合同制人员: 0.25% at some institutions (平顶山学院 2018)
	NonEstablished              // 编外员工: a flat 1 yuan a month at some institutions (东莞理工学院 2015)
	// Worker is a worker (工人, not a cadre) in an organ or institution: under
	// the 1993 pay structure such a worker pays on 岗位工资 + 等级工资
	// (全总财务部 工财字〔1994〕69号; see Legacy1993 and Base.Class).
	Worker
)

var classEnum = enum.New[Class]("Class", "class", "dues.class", union.Invalid, "regular", "apprentice", "probation", "contract", "non_established", "worker")

// Classes returns every defined class, Regular first.
func Classes() []Class {
	return classEnum.Values()
}

// String returns the English word, e.g. "apprentice".
func (c Class) String() string {
	return classEnum.String(c)
}

// Valid reports whether c is one of the defined classes.
func (c Class) Valid() bool { return classEnum.Valid(c) }

// Text returns the localized name, e.g. 学徒工 in zh-Hans.
func (c Class) Text(tag language.Tag) string {
	return classEnum.Text(c, tag)
}

// MarshalText returns the English word; an undefined class is ErrInvalid.
func (c Class) MarshalText() ([]byte, error) {
	return classEnum.Marshal(c)
}

// UnmarshalText reads the English word, or the name Text prints in any of
// the three languages; anything else is ErrInvalid listing the accepted values.
func (c *Class) UnmarshalText(b []byte) error {
	return classEnum.Unmarshal(c, b)
}
