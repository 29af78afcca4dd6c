package democracy

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
// proposal_, and TestWorkedCases's *.input.json and *.golden.json) is one
// case,
//
//	{"name": …, "source": document and article, or publisher and date,
//	 "derivation": how the expected figures follow (optional),
//	 "kind": …, "policy": …, "input": …, "want": …,
//	 "known_defect": what the library gets wrong (optional)}
//
// read strictly (an unknown key fails the file). The policy is decoded as a
// policy file is (Rules or ElectionRules: {"preset": "shanghai2017"} with
// overrides, or full rules), the inputs by the types' strict UnmarshalJSON,
// so each case also crosses the JSON boundary.
//
// A case with known_defect logs its mismatches instead of failing, and
// fails once the library gets it right (remove the field then).
//
// The kinds (an unknown kind fails the file); a wanted field left out is
// not checked:
//
//   - "plan": policy Rules; input {"headcounts": [...]}; want {"plans":
//     [{"headcount", "form", "optional", "min_delegates", "gap",
//     "presidium_min", "presidium_max", "presidium_overlap",
//     "single_chair"}]} — Rules.Plan of each headcount.
//   - "decide": policy Rules; input {"votes": [{"matter", "delegates",
//     "present", "tally"}]}; want {"decisions": [{"quorate",
//     "quorum_required", "passed", "required", "binding"}]} —
//     Rules.DecideMatter of each vote.
//   - "margin": policy ElectionRules; input {"seats": [...]}; want
//     {"needed": [...]} — ElectionRules.MarginNeeded of each.
//   - "recall": policy ElectionRules; input {"members", "present",
//     "tally"}; want {"passed", "required"} — ElectionRules.RecallChair.
//   - "election": policy ElectionRules; input {"election": an Election
//     without rules, "rounds": [{"issued", "ballots": [{"times", "ballot"}]}]};
//     want {"rounds": [{"candidates", "seats", "void", "returned",
//     "quorum_required", "valid", "invalid", "required", "votes",
//     "elected", "tied", "unfilled"}]} — Election.Count of each round, the
//     next round being Election.Next of the last result (its ballots
//     issued set from the round). "candidates" and "seats" check the round's
//     election before the count.
//   - "check": policy Rules; input {"workforce", "delegates": [{"times",
//     "delegate"}]} — each delegate repeated, named by its name and a
//     number; want {"ok", "voting", "checks": {code: {"count", "of",
//     "limit", "ok", "soft"}}} — Rules.Check of the roster. "checks", when
//     given, names every check.
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
	// TestWorkedCases's input and golden files.
	return strings.HasSuffix(name, ".input.json") || strings.HasSuffix(name, ".golden.json")
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
	"plan":     runPlan,
	"decide":   runDecide,
	"margin":   runMargin,
	"recall":   runRecall,
	"election": runElection,
	"check":    runCheck,
}

// decodeInto reads part of a case strictly.
func decodeInto(t *testing.T, what string, raw json.RawMessage, v any) {
	t.Helper()
	require.NotEmpty(t, raw, what)
	require.NoError(t, union.DecodeJSON(raw, v), what)
}

// eqInt is eq for counts.
func (d *diffs) eqInt(what string, want *int, got int) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %d, got %d", what, *want, got))
	}
}

// eqList is eq for lists of names; a nil want is not checked.
func (d *diffs) eqList(what string, want *[]string, got []string) {
	if want != nil && !slices.Equal(*want, got) && (len(*want) > 0 || len(got) > 0) {
		*d = append(*d, fmt.Sprintf("%s: want %v, got %v", what, *want, got))
	}
}

func runPlan(t *testing.T, c *workedCase, d *diffs) {
	var r Rules
	decodeInto(t, "policy", c.Policy, &r)
	var in struct {
		Headcounts []int `json:"headcounts"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Plans []struct {
			Headcount        *int    `json:"headcount"`
			Form             *string `json:"form"`
			Optional         *bool   `json:"optional"`
			MinDelegates     *int    `json:"min_delegates"`
			Gap              *bool   `json:"gap"`
			PresidiumMin     *int    `json:"presidium_min"`
			PresidiumMax     *int    `json:"presidium_max"`
			PresidiumOverlap *bool   `json:"presidium_overlap"`
			SingleChair      *bool   `json:"single_chair"`
		} `json:"plans"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Plans, len(in.Headcounts))
	for i, h := range in.Headcounts {
		w, at := want.Plans[i], fmt.Sprintf("plans[%d]", i)
		p, err := r.Plan(h)
		require.NoError(t, err, h)
		d.eqInt(at+".headcount", w.Headcount, p.Headcount)
		d.eq(at+".form", w.Form, p.Form.String())
		d.eqBool(at+".optional", w.Optional, p.Optional)
		d.eqInt(at+".min_delegates", w.MinDelegates, p.MinDelegates)
		d.eqBool(at+".gap", w.Gap, p.Gap)
		d.eqInt(at+".presidium_min", w.PresidiumMin, p.PresidiumMin)
		d.eqInt(at+".presidium_max", w.PresidiumMax, p.PresidiumMax)
		d.eqBool(at+".presidium_overlap", w.PresidiumOverlap, p.PresidiumOverlap)
		d.eqBool(at+".single_chair", w.SingleChair, p.SingleChair)
	}
}

type wantDecision struct {
	Quorate        *bool `json:"quorate"`
	QuorumRequired *int  `json:"quorum_required"`
	Passed         *bool `json:"passed"`
	Required       *int  `json:"required"`
	Binding        *bool `json:"binding"`
}

func (w wantDecision) check(d *diffs, at string, got Decision) {
	d.eqBool(at+".quorate", w.Quorate, got.Quorate)
	d.eqInt(at+".quorum_required", w.QuorumRequired, got.QuorumRequired)
	d.eqBool(at+".passed", w.Passed, got.Passed)
	d.eqInt(at+".required", w.Required, got.Required)
	d.eqBool(at+".binding", w.Binding, got.Binding)
}

func runDecide(t *testing.T, c *workedCase, d *diffs) {
	var r Rules
	decodeInto(t, "policy", c.Policy, &r)
	var in struct {
		Votes []struct {
			Matter    Matter `json:"matter"`
			Delegates int    `json:"delegates"`
			Present   int    `json:"present"`
			Tally     Tally  `json:"tally"`
		} `json:"votes"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Decisions []wantDecision `json:"decisions"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Decisions, len(in.Votes))
	for i, v := range in.Votes {
		got, err := r.DecideMatter(v.Matter, v.Delegates, v.Present, v.Tally)
		require.NoError(t, err, i)
		want.Decisions[i].check(d, fmt.Sprintf("decisions[%d]", i), got)
	}
}

func runMargin(t *testing.T, c *workedCase, d *diffs) {
	var er ElectionRules
	decodeInto(t, "policy", c.Policy, &er)
	require.NoError(t, er.Validate())
	var in struct {
		Seats []int `json:"seats"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Needed []int `json:"needed"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Needed, len(in.Seats))
	for i, s := range in.Seats {
		d.eqInt(fmt.Sprintf("needed[%d] (%d seats)", i, s), &want.Needed[i], er.MarginNeeded(s))
	}
}

func runRecall(t *testing.T, c *workedCase, d *diffs) {
	var er ElectionRules
	decodeInto(t, "policy", c.Policy, &er)
	var in struct {
		Members int   `json:"members"`
		Present int   `json:"present"`
		Tally   Tally `json:"tally"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want wantDecision
	decodeInto(t, "want", c.Want, &want)
	got, err := er.RecallChair(in.Members, in.Present, in.Tally)
	require.NoError(t, err)
	want.check(d, "recall", got)
}

func runElection(t *testing.T, c *workedCase, d *diffs) {
	var er ElectionRules
	decodeInto(t, "policy", c.Policy, &er)
	var in struct {
		Election json.RawMessage `json:"election"`
		Rounds   []struct {
			Issued  int `json:"issued"`
			Ballots []struct {
				Times  int    `json:"times"`
				Ballot Ballot `json:"ballot"`
			} `json:"ballots"`
		} `json:"rounds"`
	}
	decodeInto(t, "input", c.Input, &in)
	var e Election
	decodeInto(t, "input.election", in.Election, &e)
	e.Rules = er
	var want struct {
		Rounds []struct {
			Candidates     *[]string       `json:"candidates"`
			Seats          *int            `json:"seats"`
			Void           *bool           `json:"void"`
			Returned       *int            `json:"returned"`
			QuorumRequired *int            `json:"quorum_required"`
			Valid          *int            `json:"valid"`
			Invalid        *int            `json:"invalid"`
			Required       *int            `json:"required"`
			Votes          *map[string]int `json:"votes"`
			Elected        *[]string       `json:"elected"`
			Tied           *[]string       `json:"tied"`
			Unfilled       *int            `json:"unfilled"`
		} `json:"rounds"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Rounds, len(in.Rounds))
	for i, round := range in.Rounds {
		w, at := want.Rounds[i], fmt.Sprintf("rounds[%d]", i)
		e.Issued = round.Issued
		d.eqList(at+".candidates", w.Candidates, e.Candidates)
		d.eqInt(at+".seats", w.Seats, e.Seats)
		var ballots []Ballot
		for _, b := range round.Ballots {
			require.Positive(t, b.Times)
			for range b.Times {
				ballots = append(ballots, b.Ballot)
			}
		}
		res, err := e.Count(ballots)
		require.NoError(t, err, at)
		d.eqBool(at+".void", w.Void, res.Void)
		d.eqInt(at+".returned", w.Returned, res.Returned)
		d.eqInt(at+".quorum_required", w.QuorumRequired, res.QuorumRequired)
		d.eqInt(at+".valid", w.Valid, res.Valid)
		d.eqInt(at+".invalid", w.Invalid, res.Invalid)
		d.eqInt(at+".required", w.Required, res.Required)
		if w.Votes != nil {
			for name, n := range *w.Votes {
				d.eqInt(at+".votes."+name, &n, res.Votes[name])
			}
		}
		d.eqList(at+".elected", w.Elected, res.Elected)
		d.eqList(at+".tied", w.Tied, res.Tied)
		d.eqInt(at+".unfilled", w.Unfilled, res.Unfilled)
		if i+1 < len(in.Rounds) {
			e, err = e.Next(res)
			require.NoError(t, err, at)
		}
	}
}

func runCheck(t *testing.T, c *workedCase, d *diffs) {
	var r Rules
	decodeInto(t, "policy", c.Policy, &r)
	var in struct {
		Workforce Workforce `json:"workforce"`
		Delegates []struct {
			Times    int      `json:"times"`
			Delegate Delegate `json:"delegate"`
		} `json:"delegates"`
	}
	decodeInto(t, "input", c.Input, &in)
	roster := Roster{Workforce: in.Workforce}
	for _, g := range in.Delegates {
		require.Positive(t, g.Times)
		for k := range g.Times {
			dl := g.Delegate
			dl.Name = fmt.Sprintf("%s%d", dl.Name, k+1)
			roster.Delegates = append(roster.Delegates, dl)
		}
	}
	var want struct {
		OK     *bool `json:"ok"`
		Voting *int  `json:"voting"`
		Checks map[string]struct {
			Count *int  `json:"count"`
			Of    *int  `json:"of"`
			Limit *int  `json:"limit"`
			OK    *bool `json:"ok"`
			Soft  *bool `json:"soft"`
		} `json:"checks"`
	}
	decodeInto(t, "want", c.Want, &want)
	got, err := r.Check(roster)
	require.NoError(t, err)
	d.eqBool("ok", want.OK, got.OK)
	d.eqInt("voting", want.Voting, got.Voting)
	if want.Checks != nil {
		seen := map[string]bool{}
		for _, ch := range got.Checks {
			seen[ch.Code] = true
			w, ok := want.Checks[ch.Code]
			if !ok {
				*d = append(*d, fmt.Sprintf("checks.%s: not wanted (%d of %d, limit %d, ok %v)", ch.Code, ch.Count, ch.Of, ch.Limit, ch.OK))
				continue
			}
			at := "checks." + ch.Code
			d.eqInt(at+".count", w.Count, ch.Count)
			d.eqInt(at+".of", w.Of, ch.Of)
			d.eqInt(at+".limit", w.Limit, ch.Limit)
			d.eqBool(at+".ok", w.OK, ch.OK)
			d.eqBool(at+".soft", w.Soft, ch.Soft)
		}
		for code := range want.Checks {
			if !seen[code] {
				*d = append(*d, fmt.Sprintf("checks.%s: wanted, not made", code))
			}
		}
	}
}
