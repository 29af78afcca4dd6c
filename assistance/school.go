package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// SchoolLevel is the level of schooling a household member is in, for study
// aid (金秋助学) and the private-school exclusion. The zero value NotInSchool
// means the person is not a student.
type SchoolLevel uint8

// The school levels, following the published study-aid tables (湖北省总工会
// 2024, 天门市总工会 2024, 经济日报 2016-10-05 for Dalian, a national-style table).
const (
	NotInSchool  SchoolLevel = iota // 非在校
	Kindergarten                    // 幼儿园
	Compulsory                      // 义务教育 (primary and junior secondary)
	SeniorHigh                      // 普通高中
	Vocational                      // 中等职业学校 (中职)
	College                         // 专科 / 高职
	Bachelor                        // 本科
	Postgraduate                    // 研究生
	// SpecialEducation is 特殊教育: a disabled child at a special school or
	// class (Shanghai 子女助学 pays it 50% of the university rate,
	// 沪工总权〔2019〕19号 as restated).
	SpecialEducation
)

var schoolEnum = enum.New[SchoolLevel]("SchoolLevel", "school", "assistance.school", union.Invalid, "none", "kindergarten", "compulsory", "senior_high", "vocational", "college", "bachelor", "postgraduate", "special_education")

// String returns the English word, e.g. "bachelor".
func (s SchoolLevel) String() string { return schoolEnum.String(s) }

// Text returns the localized name, e.g. 本科 in zh-Hans.
func (s SchoolLevel) Text(tag language.Tag) string {
	return schoolEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined levels.
func (s SchoolLevel) Valid() bool { return schoolEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s SchoolLevel) MarshalText() ([]byte, error) {
	return schoolEnum.Marshal(s)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *SchoolLevel) UnmarshalText(b []byte) error {
	return schoolEnum.Unmarshal(s, b)
}
