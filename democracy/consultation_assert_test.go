package democracy

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/require"
)

// mustField asserts that err holds a *union.FieldError of the kind with the
// field and code.
func mustField(t *testing.T, err error, kind error, field, code string) {
	t.Helper()
	require.ErrorIs(t, err, kind)
	for _, fe := range union.FieldErrors(err) {
		if fe.Field == field && fe.Code == code {
			return
		}
	}
	t.Fatalf("no %s/%s in %v", field, code, err)
}

// mustCite asserts that every reason has a registered code with texts in the
// three languages and names its source.
func mustCite(t *testing.T, rs []union.Reason) {
	t.Helper()
	known := map[string]union.Message{}
	for _, m := range union.Messages() {
		known[m.Code] = m
	}
	for _, r := range rs {
		m, ok := known[r.Code]
		require.True(t, ok, "code %q has no text", r.Code)
		require.NotEmpty(t, m.Hans+m.Hant+m.En)
		require.NotEmpty(t, r.Source, "code %q has no source", r.Code)
		for _, tag := range union.Languages() {
			require.NotContains(t, r.Text(tag), "%!", "code %q in %s", r.Code, tag)
		}
	}
}

// cal2025 is the 2025 public-holiday calendar (国务院办公厅关于2025年部分节假日安排的通知):
// the days off, and the weekend days worked in lieu.
func cal2025() Calendar {
	var hol []Date
	add := func(from, until string) {
		d, u := MustDate(from), MustDate(until)
		for !d.After(u) {
			hol = append(hol, d)
			d, _ = d.AddDays(1)
		}
	}
	add("2025-01-01", "2025-01-01")
	add("2025-01-28", "2025-02-04")
	add("2025-04-04", "2025-04-06")
	add("2025-05-01", "2025-05-05")
	add("2025-05-31", "2025-06-02")
	add("2025-10-01", "2025-10-08")
	return Calendar{
		From: MustDate("2025-01-01"), Until: MustDate("2025-12-31"),
		Holidays: hol,
		Workdays: []Date{MustDate("2025-01-26"), MustDate("2025-02-08"), MustDate("2025-04-27"), MustDate("2025-09-28"), MustDate("2025-10-11")},
	}
}
