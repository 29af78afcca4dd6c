package democracy

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Form is the body through which staff exercise their rights: a congress of
// elected delegates (职工代表大会) or a general meeting of all staff (职工大会),
// which has the same powers (上海市职工代表大会条例 第四条).
//
// Its text form is "congress" or "general_meeting".
type Form uint8

// The forms of the staff body.
const (
	Congress       Form = iota // 职工代表大会 (教职工代表大会 in schools)
	GeneralMeeting             // 职工大会: all staff attend
)

var formEnum = enum.New[Form]("Form", "form", "democracy.form", union.Invalid, "congress", "general_meeting")

// String returns the English word.
func (f Form) String() string { return formEnum.String(f) }

// Text returns the localized name, e.g. 职工代表大会 in zh-Hans.
func (f Form) Text(tag language.Tag) string {
	return formEnum.Text(f, tag)
}

// Valid reports whether f is one of the defined forms.
func (f Form) Valid() bool { return formEnum.Valid(f) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (f Form) MarshalText() ([]byte, error) { return formEnum.Marshal(f) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (f *Form) UnmarshalText(t []byte) error {
	return formEnum.Unmarshal(f, t)
}

// GapPolicy says what Plan does with a headcount that falls between two
// delegate bands, as exactly 100 and exactly 1,000 staff do under
// 浙江省企业民主管理条例 第十条 ("超过一百人不满一千人": both ends excluded).
// Whatever it picks, Plan reports the gap (Plan.Gap and a reason): the
// regulation does not say, and the caller should know.
//
// Its text form is "larger", "below" or "above".
type GapPolicy uint8

// The gap policies.
const (
	// GapLarger takes the larger of the minimums of the bands on either side:
	// the reading that never gives staff fewer delegates than either band
	// would. The zero value, and what a careful union officer would choose.
	GapLarger GapPolicy = iota
	// GapBelow applies the band below the gap, extended to the headcount.
	GapBelow
	// GapAbove applies the band above the gap, from its base.
	GapAbove
)

var gapEnum = enum.New[GapPolicy]("GapPolicy", "gap", "democracy.gap", union.Invalid, "larger", "below", "above")

// String returns the English word.
func (g GapPolicy) String() string { return gapEnum.String(g) }

// Text returns the localized name.
func (g GapPolicy) Text(tag language.Tag) string {
	return gapEnum.Text(g, tag)
}

// Valid reports whether g is one of the defined policies.
func (g GapPolicy) Valid() bool { return gapEnum.Valid(g) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (g GapPolicy) MarshalText() ([]byte, error) { return gapEnum.Marshal(g) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (g *GapPolicy) UnmarshalText(t []byte) error {
	return gapEnum.Unmarshal(g, t)
}

// Small says what a unit below FormRule.CongressFrom staff does.
//
// Its text form is "general_meeting", "either" or "general_meeting_only".
type Small uint8

// The rules for small units.
const (
	// SmallGeneralMeeting: normally (一般) a general meeting, but a congress
	// is allowed (上海市职工代表大会条例 第四条). The zero value.
	SmallGeneralMeeting Small = iota
	// SmallEither: the unit may (可以) hold a general meeting instead of a
	// congress (浙江省企业民主管理条例 第七条).
	SmallEither
	// SmallGeneralMeetingOnly: a general meeting is required (西安市企业民主管理条例 第八条).
	SmallGeneralMeetingOnly
)

var smallEnum = enum.New[Small]("Small", "small", "democracy.small", union.Invalid, "general_meeting", "either", "general_meeting_only")

// String returns the English word.
func (s Small) String() string { return smallEnum.String(s) }

// Text returns the localized name.
func (s Small) Text(tag language.Tag) string {
	return smallEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined rules.
func (s Small) Valid() bool { return smallEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Small) MarshalText() ([]byte, error) { return smallEnum.Marshal(s) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *Small) UnmarshalText(t []byte) error {
	return smallEnum.Unmarshal(s, t)
}
