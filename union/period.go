package union

import (
	"strconv"
	"time"
)

// Period is a calendar month, the unit in which dues are assessed, union funds
// fall due and policies take effect. Its text and JSON form is "2026-11".
//
// The zero Period is "no month"; it formats as "" and is what an open end of
// an Effective range holds.
type Period struct {
	Year  int        // calendar year, 1–9999
	Month time.Month // January to December
}

// MonthOf returns the Period containing t.
func MonthOf(t time.Time) Period { return Period{Year: t.Year(), Month: t.Month()} }

// ParsePeriod reads "YYYY-MM" (four-digit year 0001–9999, two-digit month). Any
// other form is a *FieldError wrapping ErrInvalid.
func ParsePeriod(s string) (Period, error) {
	bad := Invalid("period", "invalid.format", s, "YYYY-MM")
	if len(s) != 7 || s[4] != '-' {
		return Period{}, bad
	}
	for i, c := range []byte(s) {
		if i != 4 && (c < '0' || c > '9') {
			return Period{}, bad
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:])
	p := Period{Year: y, Month: time.Month(m)}
	if !p.Valid() {
		return Period{}, bad
	}
	return p, nil
}

// MustPeriod is ParsePeriod for literals known to be valid (presets, tests);
// it panics on a malformed literal, which is a programming error.
func MustPeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Valid reports whether p is a real month (year 1–9999, month 1–12). The
// zero Period is not.
func (p Period) Valid() bool {
	return p.Year >= 1 && p.Year <= 9999 && p.Month >= time.January && p.Month <= time.December
}

// Validate returns nil for a real month (see Valid). The zero Period is a
// *FieldError with code "invalid.required", any other invalid one (2024-13,
// 0000-01, 10000-06) one with code "invalid.period" whose Args are the first
// and last years (1 and 9999); both have field "period" and wrap ErrInvalid.
func (p Period) Validate() error {
	switch {
	case p.Valid():
		return nil
	case p.IsZero():
		return Invalid("period", "invalid.required", "")
	}
	return Invalid("period", "invalid.period", p.String(), "1", "9999")
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// String returns "YYYY-MM", or "" for the zero Period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	b := make([]byte, 0, 7)
	y := strconv.Itoa(p.Year)
	for i := len(y); i < 4; i++ {
		b = append(b, '0')
	}
	b = append(b, y...)
	b = append(b, '-')
	if p.Month < 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(p.Month), 10))
}

// maxIndexYear bounds the years index computes with, so month arithmetic on
// any Period a caller builds (Year near math.MaxInt included) never
// overflows; years beyond it count as that year, far outside 1–9999.
const maxIndexYear = 1 << 40

// index counts months from year 0, with the year clamped to ±maxIndexYear.
func (p Period) index() int {
	y := min(max(p.Year, -maxIndexYear), maxIndexYear)
	m := min(max(int(p.Month), -1<<20), 1<<20)
	return y*12 + m - 1
}

// fromIndex is the inverse of index. It divides with floor, so months before
// year 0 still come out as a year and a month 1–12 (and fail Valid).
func fromIndex(i int) Period {
	y, m := i/12, i%12
	if m < 0 {
		y, m = y-1, m+12
	}
	return Period{Year: y, Month: time.Month(m + 1)}
}

// AddMonths returns the month n months after p (before it for negative n).
// It never overflows or panics, whatever p and n hold; a result outside
// years 1–9999 comes out as it is (10000-06, or 0000-12 before year 1) and
// fails Valid, Validate and MarshalText, so it cannot pass for a real month.
// AddMonthsChecked returns an error instead.
func (p Period) AddMonths(n int) Period {
	i := p.index()
	// Saturate: no valid month lies anywhere near these bounds.
	const bound = maxIndexYear * 24
	n = min(max(n, -bound), bound)
	return fromIndex(i + n)
}

// AddMonthsChecked is AddMonths for a p that must be a real month and a
// result that must be one: an invalid p is the error of Validate, and a
// result outside 0001-01 … 9999-12 is a *FieldError (field "period", code
// "invalid.range"), both wrapping ErrInvalid.
func (p Period) AddMonthsChecked(n int) (Period, error) {
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	q := p.AddMonths(n)
	if !q.Valid() {
		return Period{}, Invalid("period", "invalid.range", p.String()+signed(n)+" months",
			"0001-01", "9999-12")
	}
	return q, nil
}

// Next returns the following month.
func (p Period) Next() Period { return p.AddMonths(1) }

// MonthsUntil returns the number of months from p to q: 0 for the same month,
// 1 for the next, negative when q is earlier.
func (p Period) MonthsUntil(q Period) int { return q.index() - p.index() }

// Compare returns -1, 0 or +1 as p is before, equal to or after q. Like
// MonthsUntil, Before and After, it never overflows, also on invalid periods.
func (p Period) Compare(q Period) int {
	switch a, b := p.index(), q.index(); {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether p is earlier than q.
func (p Period) Before(q Period) bool { return p.index() < q.index() }

// After reports whether p is later than q.
func (p Period) After(q Period) bool { return p.index() > q.index() }

// Start returns the first instant of the month in loc (UTC if nil).
func (p Period) Start(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(p.Year, p.Month, 1, 0, 0, 0, 0, loc)
}

// Days returns the number of days in the month.
func (p Period) Days() int {
	return time.Date(p.Year, p.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// MarshalText returns "YYYY-MM", or empty text for the zero Period.
func (p Period) MarshalText() ([]byte, error) {
	if !p.IsZero() && !p.Valid() {
		return nil, Invalid("period", "invalid.period", p.String(), "1", "9999")
	}
	return []byte(p.String()), nil
}

// UnmarshalText reads "YYYY-MM"; empty text is the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// signed writes n with its sign, as in "+12" or "-3".
func signed(n int) string {
	if n >= 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
