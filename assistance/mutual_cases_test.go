package assistance

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
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
	inputs, err := filepath.Glob(filepath.Join("testdata", "cases", "mutual_*.input.json"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			require.NoError(t, err)
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
			got, err := json.MarshalIndent(res, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := strings.TrimSuffix(in, ".input.json") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./assistance -run TestMutualWorkedCases -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}
