package union

import (
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// RoundingMode says which way an amount goes when digits are dropped.
// Its text form is "half_up", "half_even", "down" or "up".
type RoundingMode uint8

// The rounding modes. Every mode is symmetric around zero, so a refund rounds
// exactly as the payment it mirrors.
const (
	HalfUp   RoundingMode = iota // 四舍五入: half away from zero
	HalfEven                     // banker's rounding: half to the even digit
	Down                         // 舍去: toward zero (truncate)
	Up                           // 进位: away from zero
)

var roundingEnum = enum.New[RoundingMode]("RoundingMode", "rounding_mode", "rounding", Invalid, "half_up", "half_even", "down", "up")

// String returns the mode's word, e.g. "half_up".
func (m RoundingMode) String() string { return roundingEnum.String(m) }

// Text returns the localized name, e.g. 四舍五入 in zh-Hans.
func (m RoundingMode) Text(tag language.Tag) string {
	return roundingEnum.Text(m, tag)
}

// Valid reports whether m is one of the defined modes.
func (m RoundingMode) Valid() bool { return roundingEnum.Valid(m) }

// MarshalText returns the mode's word; an undefined mode is ErrInvalid.
func (m RoundingMode) MarshalText() ([]byte, error) {
	return roundingEnum.Marshal(m)
}

// UnmarshalText reads the mode's word or the name Text prints in any of the
// three languages (四舍五入, "half up"); anything else
// is ErrInvalid.
func (m *RoundingMode) UnmarshalText(b []byte) error {
	return roundingEnum.Unmarshal(m, b)
}

// The range of Places a Rounding accepts: from hundreds of millions of yuan
// down to a hundred-millionth of a fen.
const (
	MinPlaces int32 = -8
	MaxPlaces int32 = 10
)

// Rounding is a named rounding rule: how many decimal places to keep and which
// way to go. Places 2 is to the fen (分), 1 to the jiao (角), 0 to the yuan,
// -1 to ten yuan, -2 to a hundred yuan.
//
// The zero value rounds half-up to whole yuan; policies always spell their
// rounding out.
type Rounding struct {
	Places int32        `json:"places"` // decimal places kept: 2 fen, 1 jiao, 0 yuan, -1 ten yuan
	Mode   RoundingMode `json:"mode"`   // which way dropped digits go
}

// ToFen returns the rounding to the fen (two places) in mode.
func ToFen(mode RoundingMode) Rounding { return Rounding{Places: 2, Mode: mode} }

// ToJiao returns the rounding to the jiao (one place) in mode.
func ToJiao(mode RoundingMode) Rounding { return Rounding{Places: 1, Mode: mode} }

// ToYuan returns the rounding to whole yuan in mode.
func ToYuan(mode RoundingMode) Rounding { return Rounding{Places: 0, Mode: mode} }

// Round rounds d to r.Places in r.Mode. An undefined mode rounds half-up; use
// Validate to reject it first.
//
// Every entry point applies the module's decimal limits (CheckDecimal) to its
// input first, and the values computed from such input stay well within what
// Round does at once. A d whose exponent is beyond ±roundExponentLimit
// (decimal.New(1, -100000000), say), which only an unchecked caller value
// can hold, is returned as it is rather than rounded for minutes: use
// RoundChecked where d has not been checked.
func (r Rounding) Round(d decimal.Decimal) decimal.Decimal {
	if e := d.Exponent(); e < -roundExponentLimit || e > roundExponentLimit {
		return d
	}
	return r.round(d)
}

// roundExponentLimit bounds the exponents Round works on: rounding costs in
// proportion to the distance between d's exponent and the places kept.
const roundExponentLimit = 1000

// RoundChecked is Round for a d that may be beyond the module's decimal
// limits: such a d is CheckDecimal's *FieldError (field "amount", code
// "invalid.decimal_range", wrapping ErrInvalid).
func (r Rounding) RoundChecked(d decimal.Decimal) (decimal.Decimal, error) {
	if fe := CheckDecimal("amount", d); fe != nil {
		return decimal.Decimal{}, fe
	}
	return r.round(d), nil
}

func (r Rounding) round(d decimal.Decimal) decimal.Decimal {
	switch r.Mode {
	case HalfEven:
		return d.RoundBank(r.Places)
	case Down:
		return d.RoundDown(r.Places)
	case Up:
		return d.RoundUp(r.Places)
	default:
		return d.Round(r.Places)
	}
}

// Validate reports a mode that is not defined or places outside
// [MinPlaces, MaxPlaces] as ErrPolicy.
func (r Rounding) Validate() error {
	if !r.Mode.Valid() {
		return Inconsistent("mode", "invalid.unknown", strconv.Itoa(int(r.Mode)))
	}
	if r.Places < MinPlaces || r.Places > MaxPlaces {
		return Inconsistent("places", "policy.range", strconv.Itoa(int(r.Places)),
			strconv.Itoa(int(MinPlaces)), strconv.Itoa(int(MaxPlaces)))
	}
	return nil
}

// String describes the rule, e.g. "2 places half_up".
func (r Rounding) String() string {
	return strconv.Itoa(int(r.Places)) + " places " + r.Mode.String()
}
