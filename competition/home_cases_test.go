package competition

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/require"
)

// homeCase is one worked example in testdata/cases: a sheet by name, grades
// to add (no published sheet states its pass marks), and the units.
type homeCase struct {
	Sheet  string      `json:"sheet"`
	Grades []HomeGrade `json:"grades"`
	Units  []HomeUnit  `json:"units"`
}

// homeCaseResult is a worked example's golden result with the texts of every
// reason in the three languages.
type homeCaseResult struct {
	Results      []HomeResult        `json:"results"`
	Distribution []HomeDistribution  `json:"distribution"`
	Texts        map[string][]string `json:"texts"`
}

// TestHomeWorkedCases runs every testdata/cases/home_*.input.json against
// the sheet with the national title's preconditions and holds the result to
// the matching .golden.json (go test ./competition -run TestHomeWorkedCases
// -update).
func TestHomeWorkedCases(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	casefile.Golden(t, os.DirFS(dir), "home_*.input.json", *update,
		func(name string, b []byte) error { return os.WriteFile(filepath.Join(dir, name), b, 0o644) },
		func(t *testing.T, b []byte) any {
			var c homeCase
			require.NoError(t, union.DecodeJSON(b, &c))
			s, err := HomeSheetPreset(c.Sheet)
			require.NoError(t, err)
			s.Grades = append(s.Grades, c.Grades...)
			title := HomeNationalTitle()
			s.Title = &title
			res, dist, err := s.AssessAll(c.Units)
			require.NoError(t, err)
			out := homeCaseResult{Results: res, Distribution: dist, Texts: map[string][]string{}}
			for _, tag := range union.Languages() {
				for _, r := range res {
					for _, x := range r.Reasons {
						out.Texts[tag.String()] = append(out.Texts[tag.String()], r.Unit+": "+x.Text(tag))
					}
					for _, ch := range r.Title.Checks {
						out.Texts[tag.String()] = append(out.Texts[tag.String()], r.Unit+": "+ch.Reason.Text(tag))
					}
				}
			}
			return out
		})
}
