package assistance

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/require"
)

// mutualCase is one worked example in testdata/cases: a preset by name and
// the claims of a period.
type mutualCase struct {
	Plan   string        `json:"plan"`
	Claims []MutualClaim `json:"claims"`
}

// mutualCaseResult is a worked example's golden result: the payouts and the
// texts of their reasons in the three languages.
type mutualCaseResult struct {
	Payouts []MutualPayout      `json:"payouts"`
	Texts   map[string][]string `json:"texts"`
}

// TestMutualWorkedCases runs every testdata/cases/mutual_*.input.json,
// decoded strictly, and holds the result to the matching .golden.json (go
// test ./assistance -run TestMutualWorkedCases -update).
func TestMutualWorkedCases(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	casefile.Golden(t, os.DirFS(dir), "mutual_*.input.json", *update,
		func(name string, b []byte) error { return os.WriteFile(filepath.Join(dir, name), b, 0o644) },
		func(t *testing.T, b []byte) any {
			var c mutualCase
			require.NoError(t, union.DecodeJSON(b, &c))
			plan, err := MutualPreset(c.Plan)
			require.NoError(t, err)
			outs, err := plan.ClaimAll(c.Claims)
			require.NoError(t, err)
			res := mutualCaseResult{Payouts: outs, Texts: map[string][]string{}}
			for _, tag := range union.Languages() {
				for _, o := range outs {
					for _, r := range o.Reasons {
						res.Texts[tag.String()] = append(res.Texts[tag.String()], o.ClaimID+": "+r.Text(tag))
					}
				}
			}
			return res
		})
}
