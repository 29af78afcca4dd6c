package casefile

import (
	"fmt"
	"slices"
	"testing"
)

// Diffs collects the mismatches of one case, each a line "what: want …,
// got …".
type Diffs []string

// Add records a mismatch in the words of format and args (fmt.Sprintf).
func (d *Diffs) Add(format string, args ...any) {
	*d = append(*d, fmt.Sprintf(format, args...))
}

// Eq records a mismatch when got differs from a wanted value; a nil want is
// not checked.
func (d *Diffs) Eq(what string, want *string, got string) {
	if want != nil && *want != got {
		d.Add("%s: want %s, got %s", what, *want, got)
	}
}

// EqBool is Eq for flags.
func (d *Diffs) EqBool(what string, want *bool, got bool) {
	if want != nil && *want != got {
		d.Add("%s: want %v, got %v", what, *want, got)
	}
}

// EqInt is Eq for counts.
func (d *Diffs) EqInt(what string, want *int, got int) {
	if want != nil && *want != got {
		d.Add("%s: want %d, got %d", what, *want, got)
	}
}

// EqList is Eq for lists of names; an empty want and an empty got agree.
func (d *Diffs) EqList(what string, want *[]string, got []string) {
	if want != nil && !slices.Equal(*want, got) && (len(*want) > 0 || len(got) > 0) {
		d.Add("%s: want %v, got %v", what, *want, got)
	}
}

// Report fails t on the mismatches; for a case with a known defect it logs
// them instead, and fails when there are none (the defect is gone: remove
// known_defect).
func (d Diffs) Report(t testing.TB, defect string) {
	t.Helper()
	if defect == "" {
		for _, m := range d {
			t.Error(m)
		}
		return
	}
	if len(d) == 0 {
		t.Errorf("known defect no longer shows (%s): remove known_defect", defect)
		return
	}
	t.Logf("known defect: %s", defect)
	for _, m := range d {
		t.Logf("  %s", m)
	}
}
