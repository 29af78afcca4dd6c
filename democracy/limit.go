package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Group is a set of voting delegates a composition Limit counts.
// Its text form is the lower-case English word.
type Group uint8

// The groups.
const (
	// Management is middle and senior management and leaders (Manager and
	// Leader): 中、高层管理人员 (上海 第十六条), 中高级管理人员 (浙江 第十一条).
	Management Group = iota
	// FrontlineStaff is frontline workers (Frontline).
	FrontlineStaff
	// Women is female delegates.
	Women
	// Disabled is delegates with a disability.
	Disabled
	// Teachers is teachers (Teacher).
	Teachers
	// TechnicalStaff is professional and technical staff (Technical).
	TechnicalStaff
)

var groupWords = []string{"management", "frontline", "women", "disabled", "teachers", "technical"}

// String returns the English word.
func (g Group) String() string { return union.EnumString(g, "Group", groupWords) }

// Text returns the localized name.
func (g Group) Text(tag language.Tag) string {
	return union.EnumText(g, "democracy.group", groupWords, tag)
}

// Valid reports whether g is one of the defined groups.
func (g Group) Valid() bool { return int(g) < len(groupWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (g Group) MarshalText() ([]byte, error) { return union.EnumMarshal(g, "group", groupWords) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (g *Group) UnmarshalText(t []byte) error {
	v, err := union.EnumParse[Group](t, "group", groupWords)
	if err == nil {
		*g = v
	}
	return err
}

// has reports whether a delegate belongs to the group.
func (g Group) has(d Delegate) bool {
	switch g {
	case Management:
		return d.Category == Manager || d.Category == Leader
	case FrontlineStaff:
		return d.Category == Frontline
	case Women:
		return d.Gender == union.Female
	case Disabled:
		return d.Disabled
	case Teachers:
		return d.Category == Teacher
	case TechnicalStaff:
		return d.Category == Technical
	}
	return false
}

// workforce returns the group's number in the workforce, and whether the
// roster gives it.
func (g Group) workforce(w Workforce) (int, bool) {
	switch g {
	case Women:
		return w.Women, true
	case Disabled:
		return w.Disabled, true
	case FrontlineStaff:
		return w.Frontline, w.Frontline > 0
	}
	return 0, false
}

// Bound says whether a Limit is a ceiling or a floor.
// Its text form is "ceiling" or "floor".
type Bound uint8

// The bounds.
const (
	Ceiling Bound = iota // 不超过, 以下: at most this share
	Floor                // 不低于, 以上: at least this share
)

var boundWords = []string{"ceiling", "floor"}

// String returns the English word.
func (b Bound) String() string { return union.EnumString(b, "Bound", boundWords) }

// Text returns the localized name.
func (b Bound) Text(tag language.Tag) string {
	return union.EnumText(b, "democracy.bound", boundWords, tag)
}

// Valid reports whether b is one of the defined bounds.
func (b Bound) Valid() bool { return int(b) < len(boundWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b Bound) MarshalText() ([]byte, error) { return union.EnumMarshal(b, "bound", boundWords) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *Bound) UnmarshalText(t []byte) error {
	v, err := union.EnumParse[Bound](t, "bound", boundWords)
	if err == nil {
		*b = v
	}
	return err
}

// Limit is one composition rule over the voting delegates: the Group's share
// is at most or at least Num/Den of them, or, when Workforce is set, at least
// the group's share of the workforce (women "not below their share of
// staff"). Non-voting delegates (列席) are never counted.
//
// All comparisons are exact in integers: at most 20% of 143 delegates is 28
// (28.6 rounded down); at least 50% of 143 is 72.
type Limit struct {
	// Group is who is counted.
	Group Group `json:"group"`
	// Bound is a ceiling (Ceiling) or a floor (Floor).
	Bound Bound `json:"bound"`
	// Num/Den is the fixed share; unused when Workforce is set.
	Num int `json:"num"`
	// Den is the denominator of the fixed share.
	Den int `json:"den"`
	// Workforce makes the floor the group's share of the workforce
	// (Roster.Workforce); then Bound must be Floor.
	Workforce bool `json:"workforce"`
	// Soft marks guidance (一般, 相适应) rather than a hard rule: a shortfall
	// is reported as a warning and does not fail the roster.
	Soft bool `json:"soft"`
	// Unverified marks a rule taken from secondary sources only.
	Unverified bool `json:"unverified"`
	// Source cites the article.
	Source string `json:"source"`
}

// Validate reports an inconsistent limit as ErrPolicy: an unknown group or
// bound, a share that is not a fraction between 0 and 1, a workforce share
// used as a ceiling.
func (l Limit) Validate() error {
	var errs []error
	if !l.Group.Valid() {
		errs = append(errs, union.Inconsistent("group", "invalid.unknown", l.Group.String()))
	}
	if !l.Bound.Valid() {
		errs = append(errs, union.Inconsistent("bound", "invalid.unknown", l.Bound.String()))
	}
	if l.Workforce {
		if l.Bound != Floor {
			errs = append(errs, union.Inconsistent("bound", "invalid.inconsistent", l.Bound.String(), "workforce"))
		}
		if _, ok := l.Group.workforce(Workforce{Frontline: 1}); !ok {
			errs = append(errs, union.Inconsistent("group", "invalid.inconsistent", l.Group.String(), "workforce"))
		}
	} else {
		if l.Den <= 0 {
			errs = append(errs, union.Inconsistent("den", "invalid.not_positive", itoa(l.Den)))
		}
		if l.Num < 0 {
			errs = append(errs, union.Inconsistent("num", "invalid.negative", itoa(l.Num)))
		}
		if l.Den > 0 && l.Num > l.Den {
			errs = append(errs, union.Inconsistent("num", "democracy.threshold.above_one", itoa(l.Num)+"/"+itoa(l.Den)))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}
