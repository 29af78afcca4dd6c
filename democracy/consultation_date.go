package democracy

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// Date is a calendar day, the unit in which the steps of a wage consultation
// and of a congress's proposals fall due: union.Date, under the name this
// package's API has always used. Its text and JSON form is "2026-11-30"; the
// zero Date is "no date".
//
// The library never reads today's date; a caller that wants overdue flags
// passes the day it reads the schedule on (ConsultationEvents.AsOf,
// ProposalSession.AsOf).
type Date = union.Date

// ParseDate reads "YYYY-MM-DD" as union.ParseDate does: any other form, or a
// day the month does not have, is a *union.FieldError (field "date", code
// "invalid.format") wrapping union.ErrInvalid.
func ParseDate(s string) (Date, error) { return union.ParseDate(s) }

// MustDate is ParseDate for literals known to be valid (presets, tests,
// examples); it panics on a malformed literal, which is a programming error.
func MustDate(s string) Date { return union.MustDate(s) }

// maxOrdinal is the ordinal of 9999-12-31.
const maxOrdinal = 9999*365 + 9999/4 - 9999/100 + 9999/400 - 1

// ordinal numbers real days from 0001-01-01 (= 0), the keys of a calendar
// index; an invalid Date (the zero Date included) gets -1 << 40, so that it
// sorts first.
func ordinal(d Date) int {
	if !d.Valid() {
		return -1 << 40
	}
	return Date{Year: 1, Month: 1, Day: 1}.DaysUntil(d)
}

// dateOf is the inverse of ordinal; ok is false outside 0001–9999.
func dateOf(n int) (Date, bool) { return Date{Year: 1, Month: 1, Day: 1}.AddDays(n) }

// validDate reports a set date that is not a real day as ErrInvalid.
func validDate(field string, d Date) error {
	if d.IsZero() || d.Valid() {
		return nil
	}
	return union.Invalid(field, "invalid.format", strconv.Itoa(d.Year)+"-"+strconv.Itoa(int(d.Month))+"-"+strconv.Itoa(d.Day), "YYYY-MM-DD")
}
