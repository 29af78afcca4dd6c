package union

import (
	"strconv"
	"time"

	"github.com/gonghui/gonghui/internal/enum"
)

// ResidentID is an 18-character citizen identity number (公民身份号码) as
// printed on the resident identity card (居民身份证) and the residence permits
// of Hong Kong, Macao and Taiwan residents, under GB 11643-1999:
//
//	positions 1–6    address code: administrative division of the place of
//	                 registration (GB/T 2260), see Region
//	positions 7–14   birth date, YYYYMMDD
//	positions 15–17  sequence code; the 17th digit is odd for men, even for women
//	position 18      check character, ISO 7064 MOD 11-2: a digit or X (for 10)
//
// The zero ResidentID holds no number and formats as "". A ResidentID is a
// small comparable value, safe to copy and to use as a map key. Its text and
// JSON form is the 18 characters with an upper-case X.
type ResidentID struct {
	b [18]byte
}

// residentWeights are the ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 of
// positions 1 to 17 (GB 11643-1999 §8.2).
var residentWeights = [17]uint8{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentCheck computes the check character of the first 17 digits.
func residentCheck(b []byte) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(b[i]-'0') * int(residentWeights[i])
	}
	c := (12 - sum%11) % 11
	if c == 10 {
		return 'X'
	}
	return byte('0' + c)
}

// ParseResidentID reads an 18-character resident ID number (GB 11643-1999).
// A lower-case x as the check character is accepted and normalised to X;
// nothing else is (no spaces, no 15-digit numbers of the first-generation card).
//
// Each problem is a *FieldError (field "resident_id") wrapping ErrInvalid,
// with its own code: "id.length" (not 18 characters), "id.charset" (not 17
// digits and a digit or X), "region.province" (no such province), "id.date"
// (not a real calendar date, years 0001–9999) and "id.check" (wrong check
// character). The Value of the error is the input with its middle masked
// (110105********002X), so logs do not keep personal data.
//
// GB 11643-1999 sets no earliest birth year (the birth date follows GB/T
// 7408, and the standard's own Annex A example, 440524188001010014, is a man
// born in 1880), so any real calendar date is accepted; ParseResidentIDWith
// sets a floor where a caller wants one. The birth date is not compared with
// today either: the library reads no clock. A caller who must reject dates in
// the future compares Birth with its own reference date.
func ParseResidentID(s string) (ResidentID, error) {
	return ParseResidentIDWith(s, ResidentIDOptions{})
}

// ResidentIDOptions are the checks ParseResidentIDWith adds to those of
// GB 11643-1999. The zero value adds none, as ParseResidentID.
type ResidentIDOptions struct {
	// MinBirthYear, when not 0, refuses a birth year before it with code
	// "id.birth_year" (Args: the year), e.g. 1900 for a roster that holds
	// living members only. 0 sets no floor.
	MinBirthYear int `json:"min_birth_year,omitempty"`
}

// ParseResidentIDWith is ParseResidentID with the extra checks of o.
func ParseResidentIDWith(s string, o ResidentIDOptions) (ResidentID, error) {
	id, err := parseResidentID(s)
	if err != nil {
		return ResidentID{}, err
	}
	if o.MinBirthYear != 0 && id.num(6, 10) < o.MinBirthYear {
		return ResidentID{}, Invalid("resident_id", "id.birth_year", maskID(s), strconv.Itoa(o.MinBirthYear))
	}
	return id, nil
}

// parseResidentID is ParseResidentID returning the concrete error type.
func parseResidentID(s string) (ResidentID, *FieldError) {
	const field = "resident_id"
	if len(s) != 18 {
		return ResidentID{}, Invalid(field, "id.length", maskID(s), "18")
	}
	var id ResidentID
	for i := 0; i < 18; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
		case i == 17 && (c == 'X' || c == 'x'):
			c = 'X'
		default:
			return ResidentID{}, Invalid(field, "id.charset", maskID(s))
		}
		id.b[i] = c
	}
	if p := id.num(0, 2); !knownProvince(uint32(p)) || p == 10 {
		return ResidentID{}, Invalid(field, "region.province", maskID(s), strconv.Itoa(p))
	}
	y, m, d := id.num(6, 10), id.num(10, 12), id.num(12, 14)
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return ResidentID{}, Invalid(field, "id.date", maskID(s))
	}
	if residentCheck(id.b[:]) != id.b[17] {
		return ResidentID{}, Invalid(field, "id.check", maskID(s))
	}
	return id, nil
}

// MustResidentID is ParseResidentID for literals known to be valid (tests,
// examples); it panics on a malformed literal, which is a programming error.
func MustResidentID(s string) ResidentID {
	id, err := ParseResidentID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// num reads the decimal digits b[from:to].
func (id ResidentID) num(from, to int) int {
	n := 0
	for _, c := range id.b[from:to] {
		n = n*10 + int(c-'0')
	}
	return n
}

// daysIn returns the number of days of month m (1–12) in year y of the
// Gregorian calendar.
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

// IsZero reports whether id is the zero ResidentID.
func (id ResidentID) IsZero() bool { return id.b[0] == 0 }

// String returns the 18 characters with an upper-case X, or "" for the zero ResidentID.
func (id ResidentID) String() string {
	if id.IsZero() {
		return ""
	}
	return string(id.b[:])
}

// Masked returns the number with the birth date and sequence hidden, as
// printed on lists shown to others: 110105********002X. The zero ResidentID
// gives "".
func (id ResidentID) Masked() string { return maskID(id.String()) }

// Region returns the address code (positions 1–6): the administrative
// division where the holder was first registered. It is not updated when the
// holder moves, and may be a code GB/T 2260 has since retired.
func (id ResidentID) Region() Region {
	if id.IsZero() {
		return Region{}
	}
	return Region{code: uint32(id.num(0, 6))}
}

// Birth returns the birth date (positions 7–14) at midnight UTC; the zero
// time for the zero ResidentID.
func (id ResidentID) Birth() time.Time {
	if id.IsZero() {
		return time.Time{}
	}
	return time.Date(id.num(6, 10), time.Month(id.num(10, 12)), id.num(12, 14), 0, 0, 0, 0, time.UTC)
}

// Gender returns Male when the 17th digit is odd and Female when it is even
// (GB 11643-1999 §5.3); GenderUnknown for the zero ResidentID.
func (id ResidentID) Gender() Gender {
	switch {
	case id.IsZero():
		return GenderUnknown
	case (id.b[16]-'0')%2 == 1:
		return Male
	default:
		return Female
	}
}

// AgeAt returns the holder's age in completed years (周岁) on the calendar
// date of t, read in t's own location: the age goes up on the birthday itself.
// Someone born on 29 February gains a year on 1 March in common years (the
// birthday has not come on 28 February). A t before the birth date gives a
// negative number, so a birth date in the future shows; the zero ResidentID
// gives 0.
//
// That is the everyday and civil reckoning of 周岁 (a member born on
// 1 July 1966 is 60 on 1 July 2026), which retirement and age limits in union
// rules follow. It is not the criminal-law one: 最高人民法院关于审理未成年人刑事案件
// 具体应用法律若干问题的解释 (2006) 第二条 counts a 周岁 from the day after the
// birthday, so on the birthday itself that reckoning gives one year less. A
// caller applying that rule passes t minus one day.
func (id ResidentID) AgeAt(t time.Time) int {
	if id.IsZero() {
		return 0
	}
	by, bm, bd := id.num(6, 10), id.num(10, 12), id.num(12, 14)
	y, m, d := t.Date()
	age := y - by
	if int(m) < bm || (int(m) == bm && d < bd) {
		age--
	}
	return age
}

// MarshalText returns the 18 characters; the zero ResidentID gives empty text.
func (id ResidentID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText reads a number as ParseResidentID does; empty text is the zero ResidentID.
func (id *ResidentID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ResidentID{}
		return nil
	}
	v, err := parseResidentID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// maskID hides the middle of an identity number for error values and lists:
// the first six and the last four characters stay, the others become '*'.
// Texts of ten characters or fewer are shown clipped but unmasked.
func maskID(s string) string {
	rs := []rune(enum.Clip(s))
	if len(rs) <= 10 {
		return string(rs)
	}
	for i := 6; i < len(rs)-4; i++ {
		rs[i] = '*'
	}
	return string(rs)
}
