package democracy

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file that belongs to
// no other test is one case in the format of package casefile (which also
// handles known_defect). The policy is decoded as a
// policy file is (Rules or ElectionRules: {"preset": "shanghai2017"} with
// overrides, or full rules), the inputs by the types' strict UnmarshalJSON,
// so each case also crosses the JSON boundary.
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
	casefile.Run(t, casefile.Load(t, os.DirFS(filepath.Join("testdata", "cases")),
		"mutual_*", "home_*", "consultation_*", "proposal_*", "*.input.json", "*.golden.json"), caseKinds)
}

// caseKinds maps each kind to its runner.
var caseKinds = casefile.Kinds{
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

func runPlan(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.EqInt(at+".headcount", w.Headcount, p.Headcount)
		d.Eq(at+".form", w.Form, p.Form.String())
		d.EqBool(at+".optional", w.Optional, p.Optional)
		d.EqInt(at+".min_delegates", w.MinDelegates, p.MinDelegates)
		d.EqBool(at+".gap", w.Gap, p.Gap)
		d.EqInt(at+".presidium_min", w.PresidiumMin, p.PresidiumMin)
		d.EqInt(at+".presidium_max", w.PresidiumMax, p.PresidiumMax)
		d.EqBool(at+".presidium_overlap", w.PresidiumOverlap, p.PresidiumOverlap)
		d.EqBool(at+".single_chair", w.SingleChair, p.SingleChair)
	}
}

type wantDecision struct {
	Quorate        *bool `json:"quorate"`
	QuorumRequired *int  `json:"quorum_required"`
	Passed         *bool `json:"passed"`
	Required       *int  `json:"required"`
	Binding        *bool `json:"binding"`
}

func (w wantDecision) check(d *casefile.Diffs, at string, got Decision) {
	d.EqBool(at+".quorate", w.Quorate, got.Quorate)
	d.EqInt(at+".quorum_required", w.QuorumRequired, got.QuorumRequired)
	d.EqBool(at+".passed", w.Passed, got.Passed)
	d.EqInt(at+".required", w.Required, got.Required)
	d.EqBool(at+".binding", w.Binding, got.Binding)
}

func runDecide(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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

func runMargin(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.EqInt(fmt.Sprintf("needed[%d] (%d seats)", i, s), &want.Needed[i], er.MarginNeeded(s))
	}
}

func runRecall(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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

func runElection(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.EqList(at+".candidates", w.Candidates, e.Candidates)
		d.EqInt(at+".seats", w.Seats, e.Seats)
		var ballots []Ballot
		for _, b := range round.Ballots {
			require.Positive(t, b.Times)
			for range b.Times {
				ballots = append(ballots, b.Ballot)
			}
		}
		res, err := e.Count(ballots)
		require.NoError(t, err, at)
		d.EqBool(at+".void", w.Void, res.Void)
		d.EqInt(at+".returned", w.Returned, res.Returned)
		d.EqInt(at+".quorum_required", w.QuorumRequired, res.QuorumRequired)
		d.EqInt(at+".valid", w.Valid, res.Valid)
		d.EqInt(at+".invalid", w.Invalid, res.Invalid)
		d.EqInt(at+".required", w.Required, res.Required)
		if w.Votes != nil {
			for name, n := range *w.Votes {
				d.EqInt(at+".votes."+name, &n, res.Votes[name])
			}
		}
		d.EqList(at+".elected", w.Elected, res.Elected)
		d.EqList(at+".tied", w.Tied, res.Tied)
		d.EqInt(at+".unfilled", w.Unfilled, res.Unfilled)
		if i+1 < len(in.Rounds) {
			e, err = e.Next(res)
			require.NoError(t, err, at)
		}
	}
}

func runCheck(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
	d.EqBool("ok", want.OK, got.OK)
	d.EqInt("voting", want.Voting, got.Voting)
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
			d.EqInt(at+".count", w.Count, ch.Count)
			d.EqInt(at+".of", w.Of, ch.Of)
			d.EqInt(at+".limit", w.Limit, ch.Limit)
			d.EqBool(at+".ok", w.OK, ch.OK)
			d.EqBool(at+".soft", w.Soft, ch.Soft)
		}
		for code := range want.Checks {
			if !seen[code] {
				*d = append(*d, fmt.Sprintf("checks.%s: wanted, not made", code))
			}
		}
	}
}
