package democracy

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/require"
)

// caseInput is one worked example in testdata/cases: a preset by name and a
// consultation with its calendar, or a proposal session.
type caseInput struct {
	Rules        string           `json:"rules"`
	Calendar     *Calendar        `json:"calendar,omitempty"`
	Consultation *Consultation    `json:"consultation,omitempty"`
	Session      *ProposalSession `json:"session,omitempty"`
}

// TestWorkedCases runs every testdata/cases/*.input.json, decoded strictly,
// and holds the result with its texts in the three languages to the
// matching .golden.json (go test ./democracy -run TestWorkedCases -update).
func TestWorkedCases(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	casefile.Golden(t, os.DirFS(dir), "*.input.json", *update,
		func(name string, b []byte) error { return os.WriteFile(filepath.Join(dir, name), b, 0o644) },
		func(t *testing.T, b []byte) any {
			var c caseInput
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(&c))
			var result any
			var reasons []union.Reason
			switch {
			case c.Consultation != nil:
				var rules *ConsultationRules
				for _, r := range ConsultationPresets() {
					if r.Name == c.Rules {
						rules = &r
					}
				}
				require.NotNil(t, rules, c.Rules)
				require.NotNil(t, c.Calendar)
				rep, err := rules.Check(*c.Consultation, *c.Calendar)
				require.NoError(t, err)
				result = rep
				for _, ch := range rep.Negotiators.Checks {
					reasons = append(reasons, ch.Reason)
				}
				for _, st := range rep.Schedule.Steps {
					reasons = append(reasons, st.Reason)
					if st.Standing.Code != "" {
						reasons = append(reasons, st.Standing)
					}
				}
				reasons = append(reasons, rep.Schedule.Reasons...)
				if rep.Vote != nil {
					reasons = append(reasons, rep.Vote.Reasons...)
				}
				for _, ch := range rep.Terms.Checks {
					reasons = append(reasons, ch.Reason)
				}
				reasons = append(reasons, rep.Reasons...)
			default:
				require.NotNil(t, c.Session)
				var rules *ProposalRules
				for _, r := range ProposalPresets() {
					if r.Name == c.Rules {
						rules = &r
					}
				}
				require.NotNil(t, rules, c.Rules)
				rep, err := rules.Process(*c.Session)
				require.NoError(t, err)
				result = rep
				for _, o := range rep.Outcomes {
					reasons = append(reasons, o.Reasons...)
				}
				reasons = append(reasons, rep.Stats.Reasons...)
			}
			mustCite(t, reasons)
			texts := map[string][]string{}
			for _, tag := range union.Languages() {
				for _, r := range reasons {
					texts[tag.String()] = append(texts[tag.String()], r.Text(tag)+" ["+r.Source+"]")
				}
			}
			return struct {
				Result any                 `json:"result"`
				Texts  map[string][]string `json:"texts"`
			}{result, texts}
		})
}
