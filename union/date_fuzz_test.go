package union

import (
	"errors"
	"testing"
	"time"
)

// FuzzParseDate checks that ParseDate either fails with ErrInvalid or yields
// a real day whose String is the input, and that day arithmetic agrees with
// package time around it.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-10-09", "0001-01-01", "9999-12-31", "2024-02-29", "2025-02-29", "", "2025-1-1"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) || !d.IsZero() {
				t.Fatalf("%q: %v, %v", s, d, err)
			}
			return
		}
		if !d.Valid() || d.String() != s {
			t.Fatalf("%q parsed as %v", s, d)
		}
		var back Date
		if b, err := d.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != d {
			t.Fatalf("%q does not round-trip: %v", s, back)
		}
		tm := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%q: weekday %v, want %v", s, d.Weekday(), tm.Weekday())
		}
		n %= 1_000_000
		e, ok := d.AddDays(n)
		if !ok {
			return
		}
		want := tm.AddDate(0, 0, n)
		if e.Year != want.Year() || e.Month != want.Month() || e.Day != want.Day() || d.DaysUntil(e) != n {
			t.Fatalf("%q + %d = %v, want %v", s, n, e, want.Format(time.DateOnly))
		}
	})
}
