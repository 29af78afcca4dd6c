package union

import (
	"strconv"
	"time"

	"golang.org/x/text/language"
)

// Date is a calendar day: the day a step of a wage consultation or a
// congress proposal falls due, a mutual-aid claim's cover starts, a hospital
// admission. Its text and JSON form is "2025-10-09"; the zero Date is
// "no date" and formats as "".
//
// Dates are plain values with no time zone and no clock: the library never
// reads today's date; a caller that needs "today" passes it in. Only years
// 1–9999 are real days (see Valid); every method is safe, never panics and
// never overflows whatever a Date literal holds.
type Date struct {
	Year  int        // calendar year, 1–9999
	Month time.Month // January to December
	Day   int        // day of the month, as the month allows
}

// ParseDate reads "YYYY-MM-DD" (four-digit year 0001–9999, two-digit month
// and day). Any other form, or a day the month does not have (2025-02-29),
// is a *FieldError with field "date" and code "invalid.format" wrapping
// ErrInvalid. String is its inverse.
func ParseDate(s string) (Date, error) {
	bad := Invalid("date", "invalid.format", s, "YYYY-MM-DD")
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
// The zero Date is not.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysInMonth(d.Year, d.Month)
}

// Validate returns nil for a real day (see Valid). The zero Date is a
// *FieldError with code "invalid.required", any other invalid one
// (2025-02-30, 10000-01-01) one with code "invalid.format"; both have field
// "date" and wrap ErrInvalid.
func (d Date) Validate() error {
	switch {
	case d.Valid():
		return nil
	case d.IsZero():
		return Invalid("date", "invalid.required", "")
	}
	return Invalid("date", "invalid.format", d.raw(), "YYYY-MM-DD")
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date. An invalid Date
// prints its fields as they are (2025-02-30), which ParseDate rejects.
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

// raw is the fields of d joined by dashes, unpadded, for error values.
func (d Date) raw() string {
	return strconv.Itoa(d.Year) + "-" + strconv.Itoa(int(d.Month)) + "-" + strconv.Itoa(d.Day)
}

// appendPadded appends n with leading zeros to width digits.
func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Text returns the date in the language of tag: 2025年10月9日 in Chinese,
// 2025-10-09 in English; "" for the zero Date.
func (d Date) Text(tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	if MatchLanguage(tag) == language.English {
		return d.String()
	}
	return Label(tag, "union.date", strconv.Itoa(d.Year), strconv.Itoa(int(d.Month)), strconv.Itoa(d.Day))
}

// MarshalText returns "YYYY-MM-DD" ("" for the zero Date); a non-zero Date
// that is not a real day is a *FieldError (field "date", code
// "invalid.format") wrapping ErrInvalid.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, Invalid("date", "invalid.format", d.raw(), "YYYY-MM-DD")
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads "YYYY-MM-DD" as ParseDate does; "" gives the zero
// Date.
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

// Before reports whether d is earlier than o. Invalid Dates (the zero Date
// included) sort before every real day and equal to one another.
func (d Date) Before(o Date) bool { return d.ordinal() < o.ordinal() }

// After reports whether d is later than o, ordered as Before orders.
func (d Date) After(o Date) bool { return d.ordinal() > o.ordinal() }

// Compare returns -1 when d is before o, +1 when after and 0 when they are
// the same day, ordered as Before orders.
func (d Date) Compare(o Date) int {
	a, b := d.ordinal(), o.ordinal()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// DaysUntil returns the number of days from d to o: 1 from a day to the
// next, negative when o is earlier; the length of a period that starts the
// day after d and ends on o (民法典 第二百零一条). Both must be real days;
// otherwise the result is 0.
func (d Date) DaysUntil(o Date) int {
	if !d.Valid() || !o.Valid() {
		return 0
	}
	return o.ordinal() - d.ordinal()
}

// AddDays returns the day n days after d (before it for negative n); ok is
// false, and the Date zero, when d is not a real day or the result falls
// outside 0001-01-01 … 9999-12-31. It never overflows, whatever n is.
func (d Date) AddDays(n int) (Date, bool) {
	if !d.Valid() || n > maxOrdinal || n < -maxOrdinal {
		return Date{}, false
	}
	return dateOfOrdinal(d.ordinal() + n)
}

// AddMonths returns the day n months after d (before it for negative n), or
// the month's last day when it has no matching day (2024-01-31 plus one
// month is 2024-02-29; 民法典 第二百零二条). When d is not a real day or the
// result falls outside years 1–9999 it returns the zero Date.
func (d Date) AddMonths(n int) Date {
	if !d.Valid() {
		return Date{}
	}
	p, err := d.Period().AddMonthsChecked(n)
	if err != nil {
		return Date{}
	}
	return Date{Year: p.Year, Month: p.Month, Day: min(d.Day, daysInMonth(p.Year, p.Month))}
}

// Weekday returns the day of the week of a real day; for an invalid Date
// it returns time.Sunday, meaning nothing.
func (d Date) Weekday() time.Weekday {
	if !d.Valid() {
		return time.Sunday
	}
	// 0001-01-01 (ordinal 0) was a Monday in the proleptic Gregorian calendar.
	return time.Weekday((d.ordinal() + 1) % 7)
}

// Period returns the month d falls in (the zero Period for the zero Date).
func (d Date) Period() Period { return Period{Year: d.Year, Month: d.Month} }

// maxOrdinal is the ordinal of 9999-12-31.
const maxOrdinal = 9999*365 + 9999/4 - 9999/100 + 9999/400 - 1

// invalidOrdinal is the ordinal of every invalid Date: below every real day,
// far enough from overflow that differences stay exact.
const invalidOrdinal = -1 << 40

// ordinal numbers real days consecutively from 0001-01-01 (= 0); every
// invalid Date gets invalidOrdinal.
func (d Date) ordinal() int {
	if !d.Valid() {
		return invalidOrdinal
	}
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	// Days since 0000-03-01 of the proleptic Gregorian calendar; 0001-01-01 is 307.
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.Day - 307
}

// dateOfOrdinal is the inverse of ordinal; ok is false outside 0001–9999.
func dateOfOrdinal(n int) (Date, bool) {
	if n < 0 || n > maxOrdinal {
		return Date{}, false
	}
	// Civil-from-days over 400-year eras counted from 0000-03-01.
	z := n + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	y := yoe + era*400
	if m > 12 {
		m -= 12
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: day}, true
}

// daysInMonth is the number of days of month m of year y.
func daysInMonth(y int, m time.Month) int {
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
