package assistance

import (
	"strconv"
	"time"

	"github.com/gonghui/gonghui/union"
)

// MutualDate is a calendar day of a mutual-aid claim: the day cover starts,
// a hospital admission or discharge, a diagnosis. Its text and JSON form is
// "2026-11-30"; the zero MutualDate is "no date" and formats as "".
//
// Dates are plain values with no time zone and no clock: the library never
// reads today's date.
type MutualDate struct {
	Year  int        // calendar year, 1–9999
	Month time.Month // January to December
	Day   int        // day of the month, as the month allows
}

// ParseMutualDate reads "YYYY-MM-DD" (year 0001–9999). Any other form, or a
// day the month does not have, is a *union.FieldError (field "date", code
// "invalid.format") wrapping union.ErrInvalid.
func ParseMutualDate(s string) (MutualDate, error) {
	bad := union.Invalid("date", "invalid.format", s, "YYYY-MM-DD")
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return MutualDate{}, bad
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return MutualDate{}, bad
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	v := MutualDate{Year: y, Month: time.Month(m), Day: d}
	if !v.Valid() {
		return MutualDate{}, bad
	}
	return v, nil
}

// MustMutualDate is ParseMutualDate for literals known to be valid (presets,
// tests, examples); it panics on a malformed literal, a programming error.
func MustMutualDate(s string) MutualDate {
	d, err := ParseMutualDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Valid reports whether d is a real day between 0001-01-01 and 9999-12-31.
func (d MutualDate) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= mutualMonthDays(d.Year, d.Month)
}

// IsZero reports whether d is the zero MutualDate ("no date").
func (d MutualDate) IsZero() bool { return d == MutualDate{} }

// String returns "YYYY-MM-DD", or "" for the zero MutualDate.
func (d MutualDate) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 10)
	b = mutualPad(b, d.Year, 4)
	b = append(b, '-')
	b = mutualPad(b, int(d.Month), 2)
	b = append(b, '-')
	b = mutualPad(b, d.Day, 2)
	return string(b)
}

// Before reports whether d is earlier than o.
func (d MutualDate) Before(o MutualDate) bool { return d.ordinal() < o.ordinal() }

// After reports whether d is later than o.
func (d MutualDate) After(o MutualDate) bool { return d.ordinal() > o.ordinal() }

// DaysUntil returns the number of days from d to o (negative when o is
// earlier): the length of a period that starts the day after d and ends on o
// (民法典 第二百零一条).
func (d MutualDate) DaysUntil(o MutualDate) int { return o.ordinal() - d.ordinal() }

// AddMonths returns the day n months after d, or the month's last day when
// it has no matching day (民法典 第二百零二条). Both d and the result must lie
// within years 1–9999; outside them the zero MutualDate is returned.
func (d MutualDate) AddMonths(n int) MutualDate {
	if !d.Valid() || n < -120000 || n > 120000 {
		return MutualDate{}
	}
	i := d.Year*12 + int(d.Month) - 1 + n
	y, m := i/12, time.Month(i%12+1)
	if y < 1 || y > 9999 {
		return MutualDate{}
	}
	day := d.Day
	if last := mutualMonthDays(y, m); day > last {
		day = last
	}
	return MutualDate{Year: y, Month: m, Day: day}
}

// MarshalText writes "YYYY-MM-DD"; an invalid non-zero date is ErrInvalid.
func (d MutualDate) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.Valid() {
		return nil, union.Invalid("date", "invalid.format", strconv.Itoa(d.Year)+"-"+strconv.Itoa(int(d.Month))+"-"+strconv.Itoa(d.Day), "YYYY-MM-DD")
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads "YYYY-MM-DD", or "" for the zero MutualDate.
func (d *MutualDate) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = MutualDate{}
		return nil
	}
	v, err := ParseMutualDate(string(b))
	if err != nil {
		return union.Invalid("", "invalid.format", string(b), "YYYY-MM-DD")
	}
	*d = v
	return nil
}

// ordinal numbers days consecutively (days since 0001-01-01) with no clock.
func (d MutualDate) ordinal() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.Day
}

// mutualMonthDays is the number of days of month m of year y.
func mutualMonthDays(y int, m time.Month) int {
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

// mutualPad appends n with leading zeros to width digits.
func mutualPad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
