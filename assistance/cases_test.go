package assistance

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file that belongs to
// no other test is one case in the format of package casefile (which also
// handles known_defect). The policy is a rules file
// as Rules.UnmarshalJSON reads one ({"preset": "shanghai2019",
// "minimum_living": "1420"} or full rules), the applicants are read by
// DecodeApplicants, so each case also crosses the JSON boundary. Money is
// compared as fixed strings with two decimals.
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
	casefile.Run(t, casefile.Load(t, os.DirFS(filepath.Join("testdata", "cases")),
		"mutual_*", "home_*", "consultation_*", "proposal_*"), caseKinds)
}

// caseKinds maps each kind to its runner.
var caseKinds = casefile.Kinds{
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

func runAssess(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.Eq(at+".id", w.ID, a.Worker.ID)
		d.Eq(at+".category", w.Category, res.Category.String())
		d.Eq(at+".tested", w.Tested, res.Tested.String())
		d.EqBool(at+".eligible", w.Eligible, res.Eligible)
		d.Eq(at+".per_capita", w.PerCapita, res.PerCapita.StringFixed(2))
		d.Eq(at+".threshold", w.Threshold, res.Threshold.StringFixed(2))
		d.Eq(at+".aid_total", w.AidTotal, res.AidTotal.StringFixed(2))
		if w.Grants != nil {
			got := map[string]string{}
			for _, g := range res.Grants {
				got[g.Programme.String()] = g.Amount.StringFixed(2)
			}
			for p, amount := range w.Grants {
				d.Eq(at+".grants."+p, &amount, got[p])
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
