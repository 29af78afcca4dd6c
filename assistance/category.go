package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Category is the hardship category a household is filed under (困难类别).
// The zero value None means the household is not in hardship under the rules
// applied. Its text form is the lower-case English word ("deep", "relative" …).
//
// Deep, Relative and Accident are the categories of the current ACFTU system
// (c. 2017/2018 onward: 深度困难 / 相对困难 / 意外致困; 平顶山市总工会《困难职工家庭认定标准》,
// 青岛市总工会). Subsistence and Marginal are the labels of the older system still found
// in archives (低保户 / 低保边缘户; 《云南省困难职工档案管理办法(试行)》第七条),
// whose third
// label 意外致困户 is Accident again.
type Category uint8

// The categories.
const (
	None        Category = iota // not in hardship (非困难)
	Deep                        // 深度困难
	Relative                    // 相对困难
	Accident                    // 意外致困 (Generation 1: 意外致困户)
	Subsistence                 // 低保户 (Generation 1)
	Marginal                    // 低保边缘户 (Generation 1)
)

var categoryEnum = enum.New[Category]("Category", "category", "assistance.category", union.Invalid, "none", "deep", "relative", "accident", "subsistence", "marginal")

// String returns the English word, e.g. "deep".
func (c Category) String() string { return categoryEnum.String(c) }

// Text returns the localized name, e.g. 深度困难 in zh-Hans.
func (c Category) Text(tag language.Tag) string {
	return categoryEnum.Text(c, tag)
}

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return categoryEnum.Valid(c) }

// Filed reports whether c is a hardship category (anything but None).
func (c Category) Filed() bool { return c != None && c.Valid() }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (c Category) MarshalText() ([]byte, error) {
	return categoryEnum.Marshal(c)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (c *Category) UnmarshalText(b []byte) error {
	return categoryEnum.Unmarshal(c, b)
}
