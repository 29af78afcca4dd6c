package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/internal/enum"
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
	// Managers is middle management only (Manager), without senior
	// management and leaders: the 管理人员 that 企业民主管理规定 第十九条
	// names beside 工人 and 技术人员, as distinct from 领导人员.
	Managers
)

var groupEnum = enum.New[Group]("Group", "group", "democracy.group", union.Invalid, "management", "frontline", "women", "disabled", "teachers", "technical", "managers")

// String returns the English word.
func (g Group) String() string { return groupEnum.String(g) }

// Text returns the localized name.
func (g Group) Text(tag language.Tag) string {
	return groupEnum.Text(g, tag)
}

// Valid reports whether g is one of the defined groups.
func (g Group) Valid() bool { return groupEnum.Valid(g) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (g Group) MarshalText() ([]byte, error) { return groupEnum.Marshal(g) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (g *Group) UnmarshalText(t []byte) error {
	return groupEnum.Unmarshal(g, t)
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
	case Managers:
		return d.Category == Manager
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

var boundEnum = enum.New[Bound]("Bound", "bound", "democracy.bound", union.Invalid, "ceiling", "floor")

// String returns the English word.
func (b Bound) String() string { return boundEnum.String(b) }

// Text returns the localized name.
func (b Bound) Text(tag language.Tag) string {
	return boundEnum.Text(b, tag)
}

// Valid reports whether b is one of the defined bounds.
func (b Bound) Valid() bool { return boundEnum.Valid(b) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b Bound) MarshalText() ([]byte, error) { return boundEnum.Marshal(b) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *Bound) UnmarshalText(t []byte) error {
	return boundEnum.Unmarshal(b, t)
}

// Limit is one composition rule over the voting delegates: the Group's share
// is at most or at least Num/Den of them, or, when Workforce is set, at least
// the group's share of the workforce (women "not below their share of
// staff"). Non-voting delegates (列席) are never counted.
//
// Also widens the group to a union of groups, each delegate counted once:
// 企业民主管理规定 第十九条 asks that 工人、技术人员、管理人员 together be at
// least half of the presidium, which is
//
//	Limit{Group: FrontlineStaff, Also: []Group{TechnicalStaff, Managers}, Bound: Floor, Num: 1, Den: 2}
//
// A limit marked Unverified is at most a warning: its check is Soft whatever
// Soft says, so a rule read only in secondary sources never fails a roster.
//
// All comparisons are exact in integers: at most 20% of 143 delegates is 28
// (28.6 rounded down); at least 50% of 143 is 72.
type Limit struct {
	// Group is who is counted.
	Group Group `json:"group"`
	// Also lists further groups counted together with Group (a union: a
	// delegate in several of them counts once); empty for a single group.
	// A workforce share cannot apply to a union.
	Also Groups `json:"also,omitempty"`
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
	// Unverified marks a rule taken from secondary sources only; its check
	// is Soft (a warning, never a failure).
	Unverified bool `json:"unverified"`
	// Source cites the article; optional for a caller's own rule, whose
	// reasons then cite OwnRule.
	Source string `json:"source"`
}

// MaxAlsoGroups is the longest Limit.Also: every other group once.
const MaxAlsoGroups = 6

// has reports whether a delegate belongs to the limit's group or to one of Also.
func (l Limit) has(d Delegate) bool {
	if l.Group.has(d) {
		return true
	}
	for _, g := range l.Also {
		if g.has(d) {
			return true
		}
	}
	return false
}

// groupCode is the code element of the limit's groups: the group's word, or
// for a union the words of its groups in the order of the constants joined by
// "+" (e.g. "frontline+technical+managers"), whatever the order of Also.
func (l Limit) groupCode() string {
	if len(l.Also) == 0 {
		return l.Group.String()
	}
	var mask uint
	mask |= 1 << l.Group
	for _, g := range l.Also {
		mask |= 1 << g
	}
	return groupSetCode(mask)
}

// groupSetCode joins the words of the groups in mask, in constant order.
func groupSetCode(mask uint) string {
	s := ""
	for g := range groupEnum.Len() {
		if mask&(1<<g) != 0 {
			if s != "" {
				s += "+"
			}
			s += groupEnum.Word(Group(g))
		}
	}
	return s
}

// soft reports whether the limit's check is a warning only: guidance, or a
// rule that rests on secondary sources.
func (l Limit) soft() bool { return l.Soft || l.Unverified }

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
	if len(l.Also) > MaxAlsoGroups {
		errs = append(errs, tooMany(union.ErrPolicy, "also", len(l.Also), MaxAlsoGroups))
	} else {
		var seen uint
		if l.Group.Valid() {
			seen = 1 << l.Group
		}
		for i, g := range l.Also {
			switch {
			case !g.Valid():
				errs = append(errs, union.Inconsistent(union.Indexed("also", i), "invalid.unknown", g.String()))
			case seen&(1<<g) != 0:
				errs = append(errs, union.Inconsistent(union.Indexed("also", i), "invalid.duplicate", g.String()))
			default:
				seen |= 1 << g
			}
		}
	}
	if l.Workforce && len(l.Also) > 0 {
		errs = append(errs, union.Inconsistent("also", "invalid.inconsistent", groupSetCode(0), "workforce"))
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
