package assistance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file (except those of
// other tests: names starting with mutual_, home_, consultation_ or
// proposal_) is one case,
//
//	{"name": …, "source": document and article, or publisher and date,
//	 "derivation": how the expected figures follow (optional),
//	 "kind": …, "policy": …, "input": …, "want": …,
//	 "known_defect": what the library gets wrong (optional)}
//
// read strictly (an unknown key fails the file). The policy is a rules file
// as Rules.UnmarshalJSON reads one ({"preset": "shanghai2019",
// "minimum_living": "1420"} or full rules), the applicants are read by
// DecodeApplicants, so each case also crosses the JSON boundary. Money is
// compared as fixed strings with two decimals.
//
// A case with known_defect logs its mismatches instead of failing, and
// fails once the library gets it right (remove the field then).
//
// The kinds (an unknown kind fails the file):
//
//   - "assess": policy rules; input {"applicants": [...]}; want
//     {"applicants": [{"id", "category", "tested", "eligible", "per_capita",
//     "threshold", "grants": {programme: amount}, "aid_total",
//     "reasons": [codes that must appear]}]} — Rules.Assess of each
//     applicant, in order. A field left out is not checked; "grants", when
//     given, is the whole set of grants.
func TestAllCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if otherCases(filepath.Base(f)) {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			var c workedCase
			require.NoError(t, union.DecodeJSON(data, &c))
			require.NotEmpty(t, c.Name, "name")
			require.NotEmpty(t, c.Source, "source")
			run, ok := caseKinds[c.Kind]
			require.True(t, ok, "unknown kind %q", c.Kind)
			var d diffs
			run(t, &c, &d)
			d.report(t, c.KnownDefect)
		})
	}
	require.NotZero(t, n, "no cases")
}

// otherCases reports the files of other tests in the same folder.
func otherCases(name string) bool {
	for _, p := range []string{"mutual_", "home_", "consultation_", "proposal_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// workedCase is one case file; Policy, Input and Want are read by the kind.
type workedCase struct {
	Name        string          `json:"name"`
	Source      string          `json:"source"`
	Derivation  string          `json:"derivation,omitempty"`
	Kind        string          `json:"kind"`
	KnownDefect string          `json:"known_defect,omitempty"`
	Policy      json.RawMessage `json:"policy"`
	Input       json.RawMessage `json:"input"`
	Want        json.RawMessage `json:"want"`
}

// diffs collects the mismatches of one case.
type diffs []string

// eq records a mismatch when got differs from a wanted value; a nil want is
// not checked.
func (d *diffs) eq(what string, want *string, got string) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %s, got %s", what, *want, got))
	}
}

// eqBool is eq for flags.
func (d *diffs) eqBool(what string, want *bool, got bool) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %v, got %v", what, *want, got))
	}
}

// report fails on the mismatches, or logs them for a known defect (and
// fails when a known defect is gone).
func (d diffs) report(t *testing.T, defect string) {
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

// caseKinds maps each kind to its runner.
var caseKinds = map[string]func(*testing.T, *workedCase, *diffs){
	"assess": runAssess,
}

// decodeInto reads part of a case strictly.
func decodeInto(t *testing.T, what string, raw json.RawMessage, v any) {
	t.Helper()
	require.NotEmpty(t, raw, what)
	require.NoError(t, union.DecodeJSON(raw, v), what)
}

type wantAssessment struct {
	ID        *string           `json:"id"`
	Category  *string           `json:"category"`
	Tested    *string           `json:"tested"`
	Eligible  *bool             `json:"eligible"`
	PerCapita *string           `json:"per_capita"`
	Threshold *string           `json:"threshold"`
	Grants    map[string]string `json:"grants"`
	AidTotal  *string           `json:"aid_total"`
	Reasons   []string          `json:"reasons"`
}

func runAssess(t *testing.T, c *workedCase, d *diffs) {
	var r Rules
	decodeInto(t, "policy", c.Policy, &r)
	var in struct {
		Applicants json.RawMessage `json:"applicants"`
	}
	decodeInto(t, "input", c.Input, &in)
	as, err := DecodeApplicants(in.Applicants)
	require.NoError(t, err)
	var want struct {
		Applicants []wantAssessment `json:"applicants"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Applicants, len(as))
	for i, a := range as {
		w := want.Applicants[i]
		at := fmt.Sprintf("applicants[%d]", i)
		res, err := r.Assess(a)
		require.NoError(t, err, a.Worker.ID)
		d.eq(at+".id", w.ID, a.Worker.ID)
		d.eq(at+".category", w.Category, res.Category.String())
		d.eq(at+".tested", w.Tested, res.Tested.String())
		d.eqBool(at+".eligible", w.Eligible, res.Eligible)
		d.eq(at+".per_capita", w.PerCapita, res.PerCapita.StringFixed(2))
		d.eq(at+".threshold", w.Threshold, res.Threshold.StringFixed(2))
		d.eq(at+".aid_total", w.AidTotal, res.AidTotal.StringFixed(2))
		if w.Grants != nil {
			got := map[string]string{}
			for _, g := range res.Grants {
				got[g.Programme.String()] = g.Amount.StringFixed(2)
			}
			for p, amount := range w.Grants {
				d.eq(at+".grants."+p, &amount, got[p])
			}
			for p, amount := range got {
				if _, ok := w.Grants[p]; !ok {
					*d = append(*d, fmt.Sprintf("%s.grants.%s: not wanted, got %s", at, p, amount))
				}
			}
		}
		codes := union.Codes(res.Reasons)
		for _, code := range w.Reasons {
			if !slices.Contains(codes, code) {
				*d = append(*d, fmt.Sprintf("%s.reasons: no %s in %v", at, code, codes))
			}
		}
	}
}
