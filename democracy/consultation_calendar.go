package democracy

import (
	"errors"
	"strconv"
	"time"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Limits of a Calendar and of a Span. A calendar of ten years of holidays
// and make-up days holds well under a thousand dates.
const (
	// MaxCalendarDates is the most dates Calendar.Holidays and
	// Calendar.Workdays may each hold.
	MaxCalendarDates = 4000
	// MaxSpanDays is the longest period counted in days (ten years).
	MaxSpanDays = 3660
	// MaxSpanWorkingDays is the longest period counted in working days.
	MaxSpanWorkingDays = 2500
	// MaxSpanMonths is the longest period counted in months (ten years).
	MaxSpanMonths = 120
)

// srcCivil cites the counting rules of the Civil Code.
const srcCivil = "中华人民共和国民法典 第二百零一条至第二百零三条"

// SpanUnit is what a Span counts. Its text form is "days", "working_days"
// or "months".
type SpanUnit uint8

// The units of a span.
const (
	// Days are calendar days (日). The zero value.
	Days SpanUnit = iota
	// WorkingDays are working days (工作日): weekdays that are not holidays,
	// and weekend days the calendar makes working days (调休上班).
	WorkingDays
	// Months are calendar months (个月), counted by 民法典 第二百零二条.
	Months
)

var spanUnitEnum = enum.New[SpanUnit]("SpanUnit", "unit", "democracy.span", union.Invalid, "days", "working_days", "months")

// String returns the English word.
func (u SpanUnit) String() string { return spanUnitEnum.String(u) }

// Text returns the localized name, e.g. 工作日 in zh-Hans.
func (u SpanUnit) Text(tag language.Tag) string {
	return spanUnitEnum.Text(u, tag)
}

// Valid reports whether u is one of the defined units.
func (u SpanUnit) Valid() bool { return spanUnitEnum.Valid(u) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (u SpanUnit) MarshalText() ([]byte, error) {
	return spanUnitEnum.Marshal(u)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (u *SpanUnit) UnmarshalText(t []byte) error {
	return spanUnitEnum.Unmarshal(u, t)
}

// Span is a period a rule sets: "within 10 working days" is {10,
// WorkingDays}, "two months" {2, Months}. The zero Span (N 0) means the rule
// sets no period: nothing falls due, and results say so.
type Span struct {
	// N is the number of units; 0: no period is set.
	N int `json:"n"`
	// Unit is what N counts.
	Unit SpanUnit `json:"unit"`
}

// IsZero reports whether the span is unset.
func (s Span) IsZero() bool { return s.N == 0 }

// String returns "10 working_days", or "" when unset.
func (s Span) String() string {
	if s.IsZero() {
		return ""
	}
	return strconv.Itoa(s.N) + " " + s.Unit.String()
}

// Validate reports a negative count, an unknown unit or a count above its
// unit's limit (MaxSpanDays, MaxSpanWorkingDays, MaxSpanMonths) as ErrPolicy.
func (s Span) Validate() error {
	if !s.Unit.Valid() {
		return union.Inconsistent("unit", "invalid.unknown", s.Unit.String())
	}
	limit := MaxSpanDays
	switch s.Unit {
	case WorkingDays:
		limit = MaxSpanWorkingDays
	case Months:
		limit = MaxSpanMonths
	}
	if s.N < 0 || s.N > limit {
		return union.Inconsistent("n", "policy.range", strconv.Itoa(s.N), "0", strconv.Itoa(limit))
	}
	return nil
}

// Calendar says which days are working days, for counting periods: the
// caller's holiday calendar (the State Council's yearly notice on public
// holidays) from From to Until. Saturdays and Sundays are rest days unless
// listed in Workdays (调休上班); any day listed in Holidays is a rest day.
//
// The library has no built-in calendar: a period whose counting needs a day
// outside From..Until is an error naming the day, never a guess. The zero
// Calendar covers no day.
type Calendar struct {
	// From is the first day the calendar describes.
	From Date `json:"from"`
	// Until is the last day the calendar describes.
	Until Date `json:"until"`
	// Holidays are the rest days that fall on weekdays or are holidays
	// (法定节假日 and the days off moved next to them), at most
	// MaxCalendarDates, each within From..Until.
	Holidays []Date `json:"holidays"`
	// Workdays are the weekend days that are working days (调休上班), at
	// most MaxCalendarDates, each within From..Until.
	Workdays []Date `json:"workdays"`
}

// Validate reports a calendar whose range is missing or reversed, whose
// lists are too long, or whose dates are invalid, outside the range, or both
// a holiday and a workday, as ErrInvalid; every problem is reported.
func (c Calendar) Validate() error {
	_, err := c.index()
	return err
}

// calendarIndex is a validated calendar with its dates looked up by ordinal.
type calendarIndex struct {
	from, until int
	holiday     map[int]bool // true: a rest day; false: a working day
}

func (c Calendar) index() (calendarIndex, error) {
	var errs []error
	switch {
	case c.From.IsZero() || !c.From.Valid():
		errs = append(errs, union.Invalid("from", "invalid.required", c.From.String()))
	case c.Until.IsZero() || !c.Until.Valid():
		errs = append(errs, union.Invalid("until", "invalid.required", c.Until.String()))
	case c.Until.Before(c.From):
		errs = append(errs, union.Invalid("until", "invalid.order", c.From.String()+".."+c.Until.String()))
	}
	if len(errs) > 0 {
		return calendarIndex{}, errors.Join(errs...)
	}
	ix := calendarIndex{from: ordinal(c.From), until: ordinal(c.Until), holiday: make(map[int]bool, len(c.Holidays)+len(c.Workdays))}
	for _, l := range []struct {
		name string
		list []Date
		rest bool
	}{{"holidays", c.Holidays, true}, {"workdays", c.Workdays, false}} {
		if len(l.list) > MaxCalendarDates {
			errs = append(errs, tooMany(union.ErrInvalid, l.name, len(l.list), MaxCalendarDates))
			continue
		}
		for i, d := range l.list {
			field := union.Indexed(l.name, i)
			switch {
			case !d.Valid():
				errs = append(errs, union.Invalid(field, "invalid.format", d.String(), "YYYY-MM-DD"))
				continue
			case ordinal(d) < ix.from || ordinal(d) > ix.until:
				errs = append(errs, union.Invalid(field, "invalid.range", d.String(), c.From.String(), c.Until.String()))
				continue
			}
			if prev, seen := ix.holiday[ordinal(d)]; seen {
				if prev != l.rest {
					errs = append(errs, union.Invalid(field, "invalid.inconsistent", d.String(), "holidays"))
				}
				continue
			}
			ix.holiday[ordinal(d)] = l.rest
		}
	}
	if len(errs) > 0 {
		return calendarIndex{}, errors.Join(errs...)
	}
	return ix, nil
}

// working reports whether the day with ordinal n is a working day; ok is
// false when the calendar does not cover it.
func (ix calendarIndex) working(n int) (working, ok bool) {
	if n < ix.from || n > ix.until {
		return false, false
	}
	if rest, listed := ix.holiday[n]; listed {
		return !rest, true
	}
	d, _ := dateOf(n)
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday, true
}

// uncovered is the error of a count that needs a day the calendar lacks.
func uncovered(field string, n int) error {
	d, _ := dateOf(n)
	return union.Invalid(field, "democracy.calendar.uncovered", d.String())
}

// IsWorkday reports whether d is a working day. A day outside the calendar,
// or an invalid calendar, is an error.
func (c Calendar) IsWorkday(d Date) (bool, error) {
	ix, err := c.index()
	if err != nil {
		return false, union.Prefix("calendar", err)
	}
	if !d.Valid() {
		return false, union.Invalid("date", "invalid.format", d.String(), "YYYY-MM-DD")
	}
	w, ok := ix.working(ordinal(d))
	if !ok {
		return false, uncovered("date", ordinal(d))
	}
	return w, nil
}

// Deadline returns the last day of a period of s that is triggered on start,
// counted by 民法典 第二百零一条 to 第二百零三条: the period starts the day
// after start (第二百零一条); days add to it; months end on the matching day
// of the final month, or on that month's last day when it has none
// (第二百零二条); working days count only working days; and a period counted
// in days or months whose last day is a rest day ends on the next working day
// (第二百零三条). A period ends at 24:00 of its last day, so an act on that day
// is in time.
//
// Errors (*union.FieldError, ErrInvalid): an invalid calendar or start, an
// unset or invalid span, a count that needs a day outside the calendar, a
// last day beyond 9999-12-31.
func (c Calendar) Deadline(start Date, s Span) (Date, error) {
	ix, err := c.index()
	if err != nil {
		return Date{}, union.Prefix("calendar", err)
	}
	if !start.Valid() {
		return Date{}, union.Invalid("start", "invalid.format", start.String(), "YYYY-MM-DD")
	}
	if err := s.Validate(); err != nil {
		return Date{}, union.Prefix("span", err)
	}
	if s.IsZero() {
		return Date{}, union.Invalid("span.n", "invalid.not_positive", "0")
	}
	return ix.deadline("start", start, s)
}

// deadline is Deadline on a validated calendar and span (N ≥ 1).
func (ix calendarIndex) deadline(field string, start Date, s Span) (Date, error) {
	n, err := ix.end(field, start, s)
	if err != nil {
		return Date{}, err
	}
	return ix.nextWorking(field, n)
}

// end is the ordinal of the last day of a period of s triggered on start
// before any extension for a rest day (第二百零一条、第二百零二条): days not
// counted in the period (suspensions) are added to it before 第二百零三条
// moves it off a rest day.
func (ix calendarIndex) end(field string, start Date, s Span) (int, error) {
	n := ordinal(start)
	switch s.Unit {
	case WorkingDays:
		for count := 0; count < s.N; {
			n++
			w, ok := ix.working(n)
			if !ok {
				return 0, uncovered(field, n)
			}
			if w {
				count++
			}
		}
		return n, nil
	case Months:
		end := start.AddMonths(s.N)
		if end.IsZero() {
			return 0, union.Invalid(field, "invalid.range", start.String(), "0001-01-01", "9999-12-31")
		}
		return ordinal(end), nil
	}
	n += s.N
	if n > maxOrdinal {
		return 0, union.Invalid(field, "invalid.range", start.String(), "0001-01-01", "9999-12-31")
	}
	return n, nil
}

// nextWorking returns the day with ordinal n, or the first working day after
// it when it is a rest day (民法典 第二百零三条).
func (ix calendarIndex) nextWorking(field string, n int) (Date, error) {
	for {
		w, ok := ix.working(n)
		if !ok {
			return Date{}, uncovered(field, n)
		}
		if w {
			d, _ := dateOf(n)
			return d, nil
		}
		n++
	}
}

// lead returns the earliest day an event may be held when something must
// happen s before it (协商会议召开十日前提供资料): the day s after given,
// counted like Deadline but with no extension for rest days, since a lead
// time is a minimum interval, not a period to act in.
func (ix calendarIndex) lead(field string, given Date, s Span) (Date, error) {
	switch s.Unit {
	case WorkingDays, Months:
		if s.Unit == Months {
			end := given.AddMonths(s.N)
			if end.IsZero() {
				return Date{}, union.Invalid(field, "invalid.range", given.String(), "0001-01-01", "9999-12-31")
			}
			return end, nil
		}
		n := ordinal(given)
		for count := 0; count < s.N; {
			n++
			w, ok := ix.working(n)
			if !ok {
				return Date{}, uncovered(field, n)
			}
			if w {
				count++
			}
		}
		d, _ := dateOf(n)
		return d, nil
	}
	d, ok := given.AddDays(s.N)
	if !ok {
		return Date{}, union.Invalid(field, "invalid.range", given.String(), "0001-01-01", "9999-12-31")
	}
	return d, nil
}
