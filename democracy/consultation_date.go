package democracy

import (
	"strconv"
	"time"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Date is a calendar day, the unit in which the steps of a wage consultation
// and of a congress's proposals fall due. Its text and JSON form is
// "2026-11-30"; the zero Date is "no date" and formats as "".
//
// Dates are plain values with no time zone and no clock: the library never
// reads today's date; a caller that wants overdue flags passes the day it
// reads the schedule on (ConsultationEvents.AsOf, ProposalSession.AsOf).
type Date struct {
	Year  int        // calendar year, 1–9999
	Month time.Month // January to December
	Day   int        // day of the month, 1–31 as the month allows
}

// ParseDate reads "YYYY-MM-DD" (four-digit year 0001–9999). Any other form,
// or a day the month does not have, is a *union.FieldError wrapping
// union.ErrInvalid.
func ParseDate(s string) (Date, error) {
	bad := union.Invalid("date", "invalid.format", s, "YYYY-MM-DD")
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, bad
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return Date{}, bad
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	v := Date{Year: y, Month: time.Month(m), Day: d}
	if !v.Valid() {
		return Date{}, bad
	}
	return v, nil
}

// MustDate is ParseDate for literals known to be valid (presets, tests,
// examples); it panics on a malformed literal, which is a programming error.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Valid reports whether d is a real day between 0001-01-01 and 9999-12-31.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	b = appendPadded(b, d.Day, 2)
	return string(b)
}

func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Before reports whether d is earlier than o.
func (d Date) Before(o Date) bool { return d.ordinal() < o.ordinal() }

// After reports whether d is later than o.
func (d Date) After(o Date) bool { return d.ordinal() > o.ordinal() }

// DaysUntil returns the number of days from d to o: 1 from a day to the next,
// negative when o is earlier.
func (d Date) DaysUntil(o Date) int { return o.ordinal() - d.ordinal() }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Weekday()
}

// Text returns the date in the language of tag: 2026年11月30日 in Chinese,
// 2026-11-30 in English.
func (d Date) Text(tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	if union.MatchLanguage(tag) == language.English {
		return d.String()
	}
	return union.Label(tag, "democracy.date", strconv.Itoa(d.Year), strconv.Itoa(int(d.Month)), strconv.Itoa(d.Day))
}

// MarshalText returns "YYYY-MM-DD" ("" for the zero Date); an invalid date
// is ErrInvalid.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, union.Invalid("date", "invalid.format", strconv.Itoa(d.Year)+"-"+strconv.Itoa(int(d.Month))+"-"+strconv.Itoa(d.Day), "YYYY-MM-DD")
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads "YYYY-MM-DD"; "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ordinal returns the day's number counted from 0001-01-01 (= 0); an
// invalid Date (the zero Date included) gets -1 << 40, so that it sorts first.
func (d Date) ordinal() int {
	if !d.Valid() {
		return -1 << 40
	}
	return int((time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() - epoch0001) / 86400)
}

// epoch0001 is the Unix time of 0001-01-01 00:00 UTC.
var epoch0001 = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()

// dateOf is the inverse of ordinal; ok is false outside 0001–9999.
func dateOf(n int) (Date, bool) {
	if n < 0 || n > maxOrdinal {
		return Date{}, false
	}
	t := time.Unix(epoch0001+int64(n)*86400, 0).UTC()
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}, true
}

// maxOrdinal is the ordinal of 9999-12-31.
const maxOrdinal = 9999*365 + 9999/4 - 9999/100 + 9999/400 - 1

// addDays returns d + n days; ok is false outside 0001–9999.
func (d Date) addDays(n int) (Date, bool) {
	if n > maxOrdinal || n < -maxOrdinal {
		return Date{}, false
	}
	return dateOf(d.ordinal() + n)
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// validDate reports a set date that is not a real day as ErrInvalid.
func validDate(field string, d Date) error {
	if d.IsZero() || d.Valid() {
		return nil
	}
	return union.Invalid(field, "invalid.format", strconv.Itoa(d.Year)+"-"+strconv.Itoa(int(d.Month))+"-"+strconv.Itoa(d.Day), "YYYY-MM-DD")
}
