package democracy

import (
	"errors"
	"math"
	"math/bits"
	"strconv"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Base is what a Threshold is measured against. Every instrument found for
// congresses and union elections measures against everyone entitled (全体代表,
// 应到会人数), so that abstentions and absentees count against; local rules
// that count those present or the ballots cast choose another Base.
//
// Its text form is "all", "present" or "cast".
type Base uint8

// The bases of a threshold.
const (
	// BaseAll is every delegate (全体职工代表) or, in an election, everyone
	// entitled to attend (应到会人数). The zero value.
	BaseAll Base = iota
	// BasePresent is those present (实到会); in an election, the ballots returned.
	BasePresent
	// BaseCast is the votes cast on the motion (for, against and abstain); in an
	// election, the valid ballots.
	BaseCast
)

var baseEnum = enum.New[Base]("Base", "base", "democracy.base", union.Invalid, "all", "present", "cast")

// String returns the English word.
func (b Base) String() string { return baseEnum.String(b) }

// Text returns the localized name, e.g. 全体 in zh-Hans.
func (b Base) Text(tag language.Tag) string {
	return baseEnum.Text(b, tag)
}

// Valid reports whether b is one of the defined bases.
func (b Base) Valid() bool { return baseEnum.Valid(b) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b Base) MarshalText() ([]byte, error) { return baseEnum.Marshal(b) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *Base) UnmarshalText(t []byte) error {
	return baseEnum.Unmarshal(b, t)
}

// Threshold is a share of a base that a count must reach: Num/Den of the base,
// "at least" (以上, 半数以上: the count may equal the share) or, when Strict,
// "more than" (过半数, 超过: the count must exceed it). Chinese statutes read
// 以上 as including the stated number (民法典 第一千二百五十九条), so
// 全体职工代表半数以上 (上海市职工代表大会条例 第三十一条) is met by exactly half,
// while 过半数 (浙江省企业民主管理条例 第十五条) needs one more.
//
// All arithmetic is in integers, exact for any count: 2/3 of 149 is 99⅓, so
// "at least 2/3" needs 100 and "more than 2/3" needs 100 too; half of 150 is 75,
// so "at least half" needs 75 and "more than half" 76.
type Threshold struct {
	// Num is the numerator of the share, e.g. 2 for two thirds.
	Num int `json:"num"`
	// Den is the denominator of the share, e.g. 3 for two thirds; it must be positive.
	Den int `json:"den"`
	// Strict means "more than" (过半数); false means "at least" (以上).
	Strict bool `json:"strict"`
	// Base is what the share is taken of; the zero value is everyone entitled.
	Base Base `json:"base"`
}

// AtLeast returns the threshold "at least num/den of everyone" (以上).
func AtLeast(num, den int) Threshold { return Threshold{Num: num, Den: den} }

// MoreThan returns the threshold "more than num/den of everyone" (过, 超过).
func MoreThan(num, den int) Threshold { return Threshold{Num: num, Den: den, Strict: true} }

// Required returns the smallest whole count that meets the threshold for the
// given base: ⌈Num×base/Den⌉ for "at least", ⌊Num×base/Den⌋+1 for "more than".
// The product is computed in 128 bits, so it never overflows.
//
// A threshold that Validate rejects, or a negative base, yields math.MaxInt:
// no count meets it, so a broken rule can never let a motion pass.
func (t Threshold) Required(base int) int {
	if t.Den <= 0 || t.Num < 0 || base < 0 {
		return math.MaxInt
	}
	hi, lo := bits.Mul64(uint64(t.Num), uint64(base))
	if hi >= uint64(t.Den) {
		return math.MaxInt
	}
	q, r := bits.Div64(hi, lo, uint64(t.Den))
	if t.Strict || r > 0 {
		q++
	}
	if q > math.MaxInt {
		return math.MaxInt
	}
	return int(q)
}

// Met reports whether count meets the threshold for base.
func (t Threshold) Met(count, base int) bool { return count >= t.Required(base) }

// Validate reports an inconsistent threshold as ErrPolicy: a denominator that
// is not positive, a negative numerator, a share above 1, "more than all"
// (which no count can meet), or an unknown base. Every problem is reported
// (errors.Join of *union.FieldError); fields are relative ("den", "num").
func (t Threshold) Validate() error {
	var errs []error
	if t.Den <= 0 {
		errs = append(errs, union.Inconsistent("den", "invalid.not_positive", strconv.Itoa(t.Den)))
	}
	if t.Num < 0 {
		errs = append(errs, union.Inconsistent("num", "invalid.negative", strconv.Itoa(t.Num)))
	}
	if t.Den > 0 && (t.Num > t.Den || (t.Strict && t.Num == t.Den)) {
		errs = append(errs, union.Inconsistent("num", "democracy.threshold.above_one", t.String()))
	}
	if !t.Base.Valid() {
		errs = append(errs, union.Inconsistent("base", "invalid.unknown", t.Base.String()))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// String returns a compact form for logs: "2/3 at least of all", "1/2 more than of all".
func (t Threshold) String() string {
	op := "at least"
	if t.Strict {
		op = "more than"
	}
	return strconv.Itoa(t.Num) + "/" + strconv.Itoa(t.Den) + " " + op + " of " + t.Base.String()
}

// Text returns the threshold in words, e.g. 全体三分之二以上 / 全體過半數 /
// "at least 2/3 of all".
func (t Threshold) Text(tag language.Tag) string {
	code := "democracy.threshold.at_least"
	if t.Strict {
		code = "democracy.threshold.more_than"
	}
	return union.Label(tag, code, strconv.Itoa(t.Num), strconv.Itoa(t.Den), t.Base.Text(tag))
}

// within re-roots the errors of a Validate call under field.
func within(field string, err error) error { return union.Prefix(field, err) }

// floorShare returns ⌊num×total/den⌋, the largest count that stays within a
// share "at most num/den of total"; math.MaxInt when den is not positive.
func floorShare(num, den, total int) int {
	if den <= 0 || num < 0 || total < 0 {
		return math.MaxInt
	}
	hi, lo := bits.Mul64(uint64(num), uint64(total))
	if hi >= uint64(den) {
		return math.MaxInt
	}
	q, _ := bits.Div64(hi, lo, uint64(den))
	if q > math.MaxInt {
		return math.MaxInt
	}
	return int(q)
}
