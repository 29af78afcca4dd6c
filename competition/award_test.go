package competition

import (
	"fmt"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ranking builds a ranking from ranks (0: vetoed).
func ranking(rs ...int) Ranking {
	var r Ranking
	for i, k := range rs {
		r.Standings = append(r.Standings, Standing{ID: fmt.Sprintf("E%02d", i+1), Rank: k, Vetoed: k == 0})
		if k > 0 {
			r.Ranked++
		}
	}
	return r
}

func tiersOf(m map[string]string, r Ranking) []string {
	var out []string
	for _, s := range r.Standings {
		out = append(out, m[s.ID])
	}
	return out
}

// SourceQuota2012 and Award's contract: cumulative cut-offs, ties at a cut-off share the better tier.
func TestAward_CumulativeCutoffs_SourceQuota2012(t *testing.T) {
	q := Quota2012().Tiers
	cases := []struct {
		name  string
		ranks []int
		want  []string
	}{
		{"10 entrants", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, []string{"first", "second", "second", "third", "third", "third", "", "", "", ""}},
		{"tie at the first cut-off", []int{1, 1, 3, 4, 5, 6, 7, 8, 9, 10}, []string{"first", "first", "second", "third", "third", "third", "", "", "", ""}},
		{"tie swallows a tier", []int{1, 1, 1, 1, 5, 6, 7, 8, 9, 10}, []string{"first", "first", "first", "first", "third", "third", "", "", "", ""}},
		{"vetoed do not count", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0}, []string{"first", "second", "second", "third", "third", "third", "", "", "", "", ""}},
		{"small field rounds down: no first prize of 5", []int{1, 2, 3, 4, 5}, []string{"second", "third", "third", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ranking(c.ranks...)
			assert.Equal(t, c.want, tiersOf(Award(r, q), r))
		})
	}
}

// Fixed counts 1 / 2 / 5 (SourceGuizhou2023) and "top 3 + top half" (SourceNationalSkills).
func TestAward_CountsAndReach(t *testing.T) {
	r := ranking(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	got := tiersOf(Award(r, Guizhou2023().Tiers), r)
	assert.Equal(t, []string{"first", "second", "second", "third", "third", "third", "third", "third", "", "", "", ""}, got)
	got = tiersOf(Award(r, NationalSkills2020(1).Tiers), r)
	assert.Equal(t, []string{"gold", "silver", "bronze", "excellence", "excellence", "excellence", "", "", "", "", "", ""}, got)
}

// Award never panics on bad tiers and ValidateTiers names every problem.
func TestAward_BadTiers(t *testing.T) {
	bad := []Tier{
		{Name: "a", Share: dec("0.8")},
		{Name: "", Share: dec("0.5")},
		{Name: "a", Share: dec("-0.1")},
		{Name: "c", Count: 2, Share: dec("0.1")},
		{Name: "d", Reach: dec("2")},
		{Name: "e"},
	}
	err := ValidateTiers(bad)
	require.Error(t, err)
	assert.ErrorIs(t, err, union.ErrPolicy)
	var codes []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		codes = append(codes, e.(*union.FieldError).Code)
	}
	assert.Contains(t, codes, "policy.range") // 0.8 + 0.5 + 0.1 > 1
	assert.Contains(t, codes, "invalid.required")
	assert.Contains(t, codes, "invalid.duplicate")
	assert.Contains(t, codes, "competition.tiers.quota")
	r := ranking(1, 2, 3, 4, 5)
	got := Award(r, bad)
	assert.Len(t, got, 4, "cumulative shares over 1 stop at the field; the unnamed tier is skipped")
	assert.Empty(t, Award(Ranking{}, bad))
	assert.ErrorIs(t, ValidateTiers(nil), union.ErrPolicy)
}

// SourceHebeiField: no title below the minimum field; AwardPlan.MinField withholds tiers.
func TestSchemeAward_MinFieldAndTitles_SourceHebeiField(t *testing.T) {
	s := Trimmed5()
	var es []Entry
	for i := range 9 {
		es = append(es, one1(fmt.Sprintf("H%d", i), fmt.Sprint(90-i)))
	}
	r := mustRank(t, s, es)
	a, err := s.Award(r, Hebei())
	require.NoError(t, err)
	assert.Empty(t, a.Titles)
	assert.Contains(t, union.Codes(a.Reasons), "competition.title.field_too_small")
	r = mustRank(t, s, append(es, one1("H9", "10")))
	a, err = s.Award(r, Hebei())
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{"H0": {TitleProvincialSkillExpert}, "H1": {TitleProvincialSkillExpert}}, a.Titles)

	plan := Quota2012()
	plan.MinField = 20
	a, err = s.Award(r, plan)
	require.NoError(t, err)
	assert.Empty(t, a.Tiers)
	assert.Contains(t, union.Codes(a.Reasons), "competition.award.field_too_small")
}

// SourceWorkerSkills2015 versus SourceWorkerSkills8: 1st place only versus the top 3.
func TestSchemeAward_MayDayRouteByEdition(t *testing.T) {
	s := TheoryPractical()
	var es []Entry
	for i := range 25 {
		es = append(es, Entry{ID: fmt.Sprintf("P%02d", i), Scores: map[string][]decimal.Decimal{"theory": decs("80"), "practical": decs(fmt.Sprint(99 - i))}})
	}
	r := mustRank(t, s, es)
	a15, err := s.Award(r, WorkerSkills2015())
	require.NoError(t, err)
	a8, err := s.Award(r, WorkerSkills8())
	require.NoError(t, err)
	count := func(a Awards, title string) int {
		n := 0
		for _, ts := range a.Titles {
			for _, t := range ts {
				if t == title {
					n++
				}
			}
		}
		return n
	}
	assert.Equal(t, 1, count(a15, TitleNationalMayDayMedal))
	assert.Equal(t, 3, count(a8, TitleNationalMayDayMedal))
	assert.Equal(t, 5, count(a15, TitleNationalSkillExpert))
	assert.Equal(t, 15, count(a15, TitlePromoteSeniorWorker))
}

// AwardPlan.Validate names unknown tiers and missing conditions; Scheme.Award calls it.
func TestAwardPlan_Validate(t *testing.T) {
	p := Quota2012()
	p.Titles = append(p.Titles, TitleRule{Title: "x"}, TitleRule{Title: "y", Tiers: []string{"nope"}}, TitleRule{From: 5, To: 2, Title: "z"})
	err := p.Validate()
	assert.ErrorIs(t, err, union.ErrPolicy)
	_, err = Trimmed5().Award(Ranking{}, p)
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Contains(t, fe.Field, "plan.titles[")
	for _, plan := range []AwardPlan{Quota2012(), NationalSkills2020(1), NationalSkills2020(2), NationalSkills2020(3), WorkerSkills2015(), WorkerSkills8(), Guizhou2023(), Hebei()} {
		assert.NoError(t, plan.Validate(), plan.Name)
	}
	assert.ErrorIs(t, AwardPlan{}.Validate(), union.ErrPolicy)
}

// SourceNationalSkills: promotion to 技师, or 高级技师 when already a technician.
func TestPromote_SourceNationalSkills(t *testing.T) {
	cases := []struct{ from, to, want SkillLevel }{
		{Senior, Technician, Technician},
		{Unqualified, Senior, Senior},
		{Technician, Technician, SeniorTechnician},
		{SeniorTechnician, Technician, SeniorTechnician},
		{Intermediate, Senior, Senior},
		{Senior, Senior, Technician},
	}
	for _, c := range cases {
		got, r, err := Promote(c.from, c.to)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%s→%s", c.from, c.to)
		assert.NotEmpty(t, r.Source)
	}
	_, _, err := Promote(9, Technician)
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, _, err = Promote(Senior, Unqualified)
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// SourceTeam: the sum of the members' totals, ties by the team's time; mean as an option.
func TestRankTeams_SourceTeam(t *testing.T) {
	s := Trimmed5()
	r := mustRank(t, s, []Entry{one1("a", "90"), one1("b", "80"), one1("c", "85"), one1("d", "85"), {ID: "v", Veto: "x", Scores: map[string][]decimal.Decimal{"result": decs("99")}}})
	res, err := TeamSum3().RankTeams(r, []Team{
		{ID: "T1", Members: []string{"a", "b"}, Time: dec("100")},
		{ID: "T2", Members: []string{"c", "d"}, Time: dec("90")},
		{ID: "T3", Members: []string{"v"}},
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"T2", "T1", "T3"}, ids(res))
	assert.Equal(t, []int{1, 2, 3}, ranks(res))
	assert.Contains(t, union.Codes(res.Standings[2].Reasons), "competition.team.vetoed_member")
	mean := TeamRules{Mode: TeamMean, Places: 2, Source: SourceTeam}
	res, err = mean.RankTeams(r, []Team{{ID: "T1", Members: []string{"a", "b", "c"}}})
	require.NoError(t, err)
	assert.Equal(t, "85", res.Standings[0].Total.String())
	_, err = mean.RankTeams(r, []Team{{ID: "T1", Members: []string{"a", "zz", "a"}}, {ID: "T1"}})
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.ErrorIs(t, TeamRules{Mode: 7}.Validate(), union.ErrPolicy)
}

// SourceHonours: same-year bars and the 3-year bar after an incident.
func TestHonours_SourceHonours(t *testing.T) {
	h := Honours()
	at := union.MustPeriod("2026-04")
	cases := []struct {
		name string
		e    Employer
		ok   bool
		code string
	}{
		{"clear", Employer{ID: "A"}, true, "competition.honour.clear"},
		{"wage arrears", Employer{ID: "A", WageArrears: true}, false, "competition.honour.wage_arrears"},
		{"insurance", Employer{ID: "A", InsuranceArrears: true}, false, "competition.honour.insurance_arrears"},
		{"no union", Employer{ID: "A", NoUnion: true}, false, "competition.honour.no_union"},
		{"no congress", Employer{ID: "A", NoCongress: true}, false, "competition.honour.no_congress"},
		{"accident 35 months ago", Employer{ID: "A", Incidents: []union.Period{union.MustPeriod("2023-05")}}, false, "competition.honour.incident"},
		{"accident 36 months ago", Employer{ID: "A", Incidents: []union.Period{union.MustPeriod("2023-04")}}, true, "competition.honour.clear"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := h.Check(c.e, at)
			require.NoError(t, err)
			assert.Equal(t, c.ok, got.Eligible)
			assert.Equal(t, c.code, got.Reasons[0].Code)
		})
	}
	_, err := h.Check(Employer{Incidents: []union.Period{union.MustPeriod("2027-01")}}, at)
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, err = HonourRules{}.Check(Employer{}, at)
	assert.ErrorIs(t, err, union.ErrPolicy)
}

// SourceMayDay2022 / SourceXiamen2016: each share against its limit.
func TestNomination_Quotas_SourceMayDay2022(t *testing.T) {
	list := make([]Nominee, 20)
	for i := range list {
		list[i].ID = fmt.Sprint(i)
		if i < 6 { // 30% < 35%
			list[i].Groups = []string{GroupIndustrial, GroupNonPublic}
		}
	}
	c, err := MayDay2022().Check(list)
	require.NoError(t, err)
	assert.False(t, c.Compliant)
	assert.Equal(t, "industrial", c.Shares[0].Group)
	assert.Equal(t, "0.3", c.Shares[0].Share.String())
	assert.Equal(t, 1, c.Shares[0].Needed)
	assert.Equal(t, "competition.quota.below", c.Reasons[0].Code)

	x := make([]Nominee, 10)
	for i := range x {
		x[i] = Nominee{ID: fmt.Sprint(i), Groups: []string{GroupFrontlineAll, GroupEnterprise, GroupScienceEducation, GroupWomen, GroupMigrant}}
	}
	x[0].Groups, x[1].Groups = []string{GroupUnitHead}, []string{GroupUnitHead}
	c, err = Xiamen2016().Check(x)
	require.NoError(t, err)
	assert.False(t, c.Shares[0].Met) // unit heads 20% > 15%
	assert.Equal(t, 1, c.Shares[0].Needed)
	assert.Equal(t, "competition.quota.above", c.Reasons[0].Code)

	_, err = MayDay2022().Check([]Nominee{{ID: "a", Groups: []string{"typo"}}, {ID: "a"}})
	assert.ErrorIs(t, err, union.ErrInvalid)
	_, err = MayDay2022().Check(nil)
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.ErrorIs(t, NominationRules{Quotas: []Quota{{Group: "a", Min: dec("2")}}}.Validate(), union.ErrPolicy)
	tl := MayDayTimeline()
	assert.Equal(t, 2, tl.Len())
	p, err := tl.At(union.MustPeriod("2025-03"))
	require.NoError(t, err)
	assert.Len(t, p.Quotas, 6)
}

// SourceProposals1982 and SourceProposals1986, 第六条: the tiers by annual benefit.
func TestProposals_Article6(t *testing.T) {
	cases := []struct {
		table       ProposalTable
		benefit     string
		tier        int
		min, max    string
		commendable bool
	}{
		{Proposals1982(), "1000000", 1, "1000", "2000", false},
		{Proposals1982(), "999999.99", 2, "500", "1000", false},
		{Proposals1982(), "10000", 3, "200", "500", false},
		{Proposals1982(), "0", 4, "0", "200", true},
		{Proposals1986(), "1000000", 1, "2500", "4000", false}, // 以上 includes the number
		{Proposals1986(), "999999.99", 2, "1500", "2500", false},
		{Proposals1986(), "1000000.01", 1, "2500", "4000", false},
		{Proposals1986(), "500000", 2, "1500", "2500", false},
		{Proposals1986(), "100000", 3, "500", "1500", false},
		{Proposals1986(), "99999", 4, "300", "500", true},
		{Proposals1986(), "9999", 5, "0", "300", true},
	}
	for _, c := range cases {
		a, err := c.table.Grade(dec(c.benefit))
		require.NoError(t, err)
		assert.Equal(t, c.tier, a.Band.Tier, c.benefit)
		assert.Equal(t, c.min, a.Band.Min.String())
		assert.Equal(t, c.max, a.Band.Max.String())
		assert.Equal(t, c.commendable, a.Band.Commendation)
	}
	_, err := Proposals1986().Grade(dec("-1"))
	assert.ErrorIs(t, err, union.ErrInvalid)
	bad := Proposals1986()
	bad.Bands[2].From = dec("600000")
	assert.ErrorIs(t, bad.Validate(), union.ErrPolicy)
	tl := ProposalsTimeline()
	p, err := tl.At(union.MustPeriod("1990-01"))
	require.NoError(t, err)
	assert.Len(t, p.Bands, 5)
	_, err = tl.At(union.MustPeriod("1980-01"))
	assert.ErrorIs(t, err, union.ErrPolicy)
}

// Small fields: floor (Award's rule), ceil, or at least one place per tier.
func TestSchemeAward_QuotaRounding(t *testing.T) {
	r := ranking(1, 2, 3, 4, 5)
	for _, c := range []struct {
		mode QuotaRounding
		want []string
	}{
		{QuotaFloor, []string{"second", "third", "third", "", ""}},
		{QuotaCeil, []string{"first", "second", "third", "", ""}},
		{QuotaAtLeastOne, []string{"first", "second", "third", "", ""}},
	} {
		plan := AwardPlan{Tiers: Quota2012().Tiers, QuotaRounding: c.mode, Source: SourceQuota2012}
		a, err := Trimmed5().Award(r, plan)
		require.NoError(t, err)
		assert.Equal(t, c.want, tiersOf(a.Tiers, r), c.mode.String())
	}
	assert.ErrorIs(t, AwardPlan{Tiers: Quota2012().Tiers, QuotaRounding: 9}.Validate(), union.ErrPolicy)
}
