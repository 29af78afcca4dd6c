package competition

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file that belongs to
// no other test is one case in the format of package casefile (which also
// handles known_defect). The policy is decoded as a
// policy file is (a preset name with overrides, or a full policy, through
// the types' strict UnmarshalJSON), so each case also crosses the JSON
// boundary. Money is compared as fixed strings with two decimals.
//
// The kinds (an unknown kind fails the file); a wanted field left out is
// not checked:
//
//   - "nomination": policy NominationRules; input {"total", "groups":
//     {group: count}} — a list of total nominees, the first count of them in
//     each group (a published result gives counts, not names); want
//     {"compliant", "percent": {group: the published share, one decimal},
//     "shares": {group: {"count", "met"}}} — NominationRules.Check. Every
//     share line must be wanted.
//   - "award": policy {"scheme": Scheme, "plan": AwardPlan}; input
//     {"field": n} — n entrants E01… ranked in that order — or {"entries":
//     [...]} read by DecodeEntries; want {"tiers": {id: tier}, "titles":
//     {id: [titles]}}, each the whole map — Scheme.Rank, then Scheme.Award.
//   - "grade": policy ProposalTable; input {"benefits": [yuan a year]};
//     want {"awards": [{"tier", "pay_min", "pay_max", "certificate",
//     "commendation"}]} — ProposalTable.Grade of each benefit.
func TestAllCases(t *testing.T) {
	casefile.Run(t, casefile.Load(t, os.DirFS(filepath.Join("testdata", "cases")),
		"mutual_*", "home_*", "consultation_*", "proposal_*"), caseKinds)
}

// caseKinds maps each kind to its runner.
var caseKinds = casefile.Kinds{
	"nomination": runNomination,
	"award":      runAward,
	"grade":      runGrade,
}

// decodeInto reads part of a case strictly.
func decodeInto(t *testing.T, what string, raw json.RawMessage, v any) {
	t.Helper()
	require.NotEmpty(t, raw, what)
	require.NoError(t, union.DecodeJSON(raw, v), what)
}

func runNomination(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
	var r NominationRules
	decodeInto(t, "policy", c.Policy, &r)
	var in struct {
		Total  int            `json:"total"`
		Groups map[string]int `json:"groups"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Compliant *bool             `json:"compliant"`
		Percent   map[string]string `json:"percent"`
		Shares    map[string]struct {
			Count *int  `json:"count"`
			Met   *bool `json:"met"`
		} `json:"shares"`
	}
	decodeInto(t, "want", c.Want, &want)
	// The published shares must follow from the counts.
	for g, pct := range want.Percent {
		got := decimal.NewFromInt(int64(in.Groups[g])*100).DivRound(decimal.NewFromInt(int64(in.Total)), 1).StringFixed(1)
		d.Eq("percent."+g, &pct, got)
	}
	list := make([]Nominee, in.Total)
	for i := range list {
		list[i].ID = fmt.Sprintf("N%04d", i)
	}
	groups := make([]string, 0, len(in.Groups))
	for g := range in.Groups {
		groups = append(groups, g)
	}
	slices.Sort(groups)
	for _, g := range groups {
		require.LessOrEqual(t, in.Groups[g], in.Total, g)
		for i := range in.Groups[g] {
			list[i].Groups = append(list[i].Groups, g)
		}
	}
	got, err := r.Check(list)
	require.NoError(t, err)
	d.EqBool("compliant", want.Compliant, got.Compliant)
	require.Len(t, want.Shares, len(got.Shares), "every share line is wanted")
	for _, line := range got.Shares {
		w, ok := want.Shares[line.Group]
		require.True(t, ok, "share %s not wanted", line.Group)
		d.EqInt("shares."+line.Group+".count", w.Count, line.Count)
		d.EqBool("shares."+line.Group+".met", w.Met, line.Met)
	}
}

func runAward(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
	var p struct {
		Scheme Scheme    `json:"scheme"`
		Plan   AwardPlan `json:"plan"`
	}
	decodeInto(t, "policy", c.Policy, &p)
	var in struct {
		Field   int             `json:"field"`
		Entries json.RawMessage `json:"entries"`
	}
	decodeInto(t, "input", c.Input, &in)
	var entries []Entry
	if len(in.Entries) > 0 {
		var err error
		entries, err = DecodeEntries(in.Entries)
		require.NoError(t, err)
	} else {
		require.Positive(t, in.Field, "input.field or input.entries")
		require.NotEmpty(t, p.Scheme.Indicators)
		for i := range in.Field {
			// Every indicator scored 100 − i by one judge: E01 first, no ties.
			e := Entry{ID: fmt.Sprintf("E%02d", i+1), Scores: map[string][]decimal.Decimal{}}
			for _, ind := range p.Scheme.Indicators {
				e.Scores[ind.ID] = []decimal.Decimal{decimal.NewFromInt(int64(100 - i))}
			}
			entries = append(entries, e)
		}
	}
	var want struct {
		Tiers  map[string]string   `json:"tiers"`
		Titles map[string][]string `json:"titles"`
	}
	decodeInto(t, "want", c.Want, &want)
	r, err := p.Scheme.Rank(entries)
	require.NoError(t, err)
	got, err := p.Scheme.Award(r, p.Plan)
	require.NoError(t, err)
	if want.Tiers != nil {
		var ids []string
		for _, m := range []map[string]string{want.Tiers, got.Tiers} {
			for id := range m {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			w := want.Tiers[id]
			d.Eq("tiers."+id, &w, got.Tiers[id])
		}
	}
	if want.Titles != nil {
		for _, s := range r.Standings {
			w, g := strings.Join(want.Titles[s.ID], ","), strings.Join(got.Titles[s.ID], ",")
			d.Eq("titles."+s.ID, &w, g)
		}
	}
}

func runGrade(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
	var tbl ProposalTable
	decodeInto(t, "policy", c.Policy, &tbl)
	var in struct {
		Benefits []decimal.Decimal `json:"benefits"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Awards []struct {
			Tier         *int    `json:"tier"`
			PayMin       *string `json:"pay_min"`
			PayMax       *string `json:"pay_max"`
			Certificate  *bool   `json:"certificate"`
			Commendation *bool   `json:"commendation"`
		} `json:"awards"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Awards, len(in.Benefits))
	for i, b := range in.Benefits {
		w, at := want.Awards[i], fmt.Sprintf("awards[%d] (%s)", i, b)
		a, err := tbl.Grade(b)
		require.NoError(t, err, at)
		d.EqInt(at+".tier", w.Tier, a.Band.Tier)
		d.Eq(at+".pay_min", w.PayMin, a.PayMin.StringFixed(2))
		d.Eq(at+".pay_max", w.PayMax, a.PayMax.StringFixed(2))
		d.EqBool(at+".certificate", w.Certificate, a.Band.Certificate)
		d.EqBool(at+".commendation", w.Commendation, a.Band.Commendation)
	}
}

// 全国五一劳动奖 notices (SourceMayDayLists): the non-public share applies to
// 奖状, 奖章 and 先锋号 separately, and 先锋号 needs 班组 at least 70%.
func TestMayDayLists_SourceMayDayLists(t *testing.T) {
	mk := func(n int, groups map[string]int) []Nominee {
		out := make([]Nominee, n)
		for i := range out {
			out[i].ID = fmt.Sprint(i)
		}
		for g, c := range groups {
			for i := range c {
				out[i].Groups = append(out[i].Groups, g)
			}
		}
		return out
	}
	c, err := MayDayCertificates2022().Check(mk(100, map[string]int{GroupNonPublic: 34}))
	require.NoError(t, err)
	assert.False(t, c.Compliant)
	assert.Equal(t, 1, c.Shares[0].Needed)
	v, err := Vanguard2022().Check(mk(100, map[string]int{GroupNonPublic: 40, GroupTeam: 69}))
	require.NoError(t, err)
	assert.False(t, v.Compliant)
	assert.Equal(t, GroupTeam, v.Shares[1].Group)
	assert.False(t, v.Shares[1].Met)
	for _, tl := range []union.Timeline[NominationRules]{MayDayCertificatesTimeline(), VanguardTimeline()} {
		require.Equal(t, 2, tl.Len())
		p, err := tl.At(union.MustPeriod("2023-06"))
		require.NoError(t, err)
		assert.Equal(t, tl.Entries()[0].Policy.Quotas, p.Quotas)
	}
	v, err = Vanguard2024().Check(mk(100, map[string]int{GroupNonPublic: 35, GroupTeam: 70, GroupKeyIndustry: 35}))
	require.NoError(t, err)
	assert.True(t, v.Compliant, "at least: the bound itself passes")
}

// SourceQuota2012: the 2012 final promotes by group — 高级组: top 5 to 技师,
// places 6–15 to 高级工; 中级组: top 5 to 高级工, places 6–15 to 中级工.
func TestQuota2012_PromotesByGroup_SourceQuota2012(t *testing.T) {
	rs := make([]int, 20)
	for i := range rs {
		rs[i] = i + 1
	}
	r := ranking(rs...)
	s := Rubric2018()
	senior, err := s.Award(r, Quota2012())
	require.NoError(t, err)
	inter, err := s.Award(r, Quota2012Intermediate())
	require.NoError(t, err)
	assert.Equal(t, []string{TitlePromoteTechnician, TitleYoungEagle}, senior.Titles["E05"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker, TitleYoungEagle}, senior.Titles["E06"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker}, senior.Titles["E15"])
	assert.Empty(t, senior.Titles["E16"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker, TitleYoungEagle}, inter.Titles["E01"])
	assert.Equal(t, []string{TitlePromoteIntermediate}, inter.Titles["E11"])
}
