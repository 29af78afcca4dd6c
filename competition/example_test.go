package competition_test

import (
	"errors"
	"fmt"

	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ds(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = d(s)
	}
	return out
}

// Five judges score a welding test; the highest and lowest score are dropped.
func ExampleScheme_Rank() {
	s := competition.Trimmed5()
	r, err := s.Rank([]competition.Entry{
		{ID: "W01", Scores: map[string][]decimal.Decimal{"result": ds("88", "90", "91", "95", "70")}},
		{ID: "W02", Scores: map[string][]decimal.Decimal{"result": ds("90", "90", "90", "90", "90")}},
		{ID: "W03", Scores: map[string][]decimal.Decimal{"result": ds("92", "93", "94", "99", "91")}, Veto: "lost-time injury"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range r.Standings {
		fmt.Println(st.Rank, st.ID, st.Total, st.Scores[0].Dropped[0].Score, st.Scores[0].Dropped[1].Score)
	}
	fmt.Println(r.Standings[2].Reasons[0].Text(language.English))
	// Output:
	// 1 W02 90 90 90
	// 2 W01 89.67 70 95
	// 0 W03 93 91 99
	// one-vote veto: lost-time injury; not ranked
}

// Theory and practical at 3:7; equal totals are separated by the shorter
// time, then shared.
func ExampleScheme_Rank_tieBreak() {
	s := competition.TheoryPractical()
	r, _ := s.Rank([]competition.Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"theory": ds("80"), "practical": ds("90")}, Time: d("55")},
		{ID: "B", Scores: map[string][]decimal.Decimal{"theory": ds("80"), "practical": ds("90")}, Time: d("50")},
		{ID: "C", Scores: map[string][]decimal.Decimal{"theory": ds("90"), "practical": ds("80")}},
		{ID: "D", Scores: map[string][]decimal.Decimal{"theory": ds("90"), "practical": ds("80")}},
	})
	for _, st := range r.Standings {
		fmt.Printf("%d %s %s %q %v\n", st.Rank, st.ID, st.Total, st.DecidedBy, st.Shared)
	}
	// Output:
	// 1 B 87 "time" false
	// 2 A 87 "time" false
	// 3 C 83 "" true
	// 3 D 83 "" true
}

// A tie at the 10% cut-off shares the better tier; the next tier starts after it.
func ExampleAward() {
	var r competition.Ranking
	for i, total := range []string{"99", "99", "98", "97", "96", "95", "94", "93", "92", "91"} {
		rank := i + 1
		if i == 1 {
			rank = 1
		}
		r.Standings = append(r.Standings, competition.Standing{ID: fmt.Sprintf("E%02d", i+1), Total: d(total), Rank: rank})
	}
	r.Ranked = len(r.Standings)
	tiers := competition.Quota2012().Tiers // 10%, 20%, 30%
	if err := competition.ValidateTiers(tiers); err != nil {
		fmt.Println(err)
		return
	}
	got := competition.Award(r, tiers)
	for _, st := range r.Standings {
		if t, ok := got[st.ID]; ok {
			fmt.Println(st.ID, t)
		}
	}
	// Output:
	// E01 first
	// E02 first
	// E03 second
	// E04 third
	// E05 third
	// E06 third
}

// The national skills competition: medals for the top 3, 优胜奖 for the rest
// of the top half, titles and promotions.
func ExampleScheme_Award() {
	s := competition.NationalSkills()
	var entries []competition.Entry
	for i, p := range []string{"95", "93", "91", "90", "88", "86", "85", "80"} {
		entries = append(entries, competition.Entry{ID: fmt.Sprintf("N%d", i+1),
			Scores: map[string][]decimal.Decimal{"theory": ds("90"), "practical": ds(p)}})
	}
	r, _ := s.Rank(entries)
	a, err := s.Award(r, competition.NationalSkills2020(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range r.Standings {
		var titles []string
		for _, t := range a.Titles[st.ID] {
			titles = append(titles, competition.TitleText(t, language.SimplifiedChinese))
		}
		tier := "-"
		if t, ok := a.Tiers[st.ID]; ok {
			tier = competition.TierText(t, language.SimplifiedChinese)
		}
		fmt.Println(st.Rank, st.ID, tier, titles)
	}
	// Output:
	// 1 N1 金牌 [奖牌 全国技术能手 晋升技师（已是技师者晋升高级技师）]
	// 2 N2 银牌 [奖牌 全国技术能手 晋升技师（已是技师者晋升高级技师）]
	// 3 N3 铜牌 [奖牌 全国技术能手 晋升技师（已是技师者晋升高级技师）]
	// 4 N4 优胜奖 [全国技术能手 晋升技师（已是技师者晋升高级技师）]
	// 5 N5 - [全国技术能手]
	// 6 N6 - []
	// 7 N7 - []
	// 8 N8 - []
}

// A technician promoted "to technician" by a competition becomes a senior technician.
func ExamplePromote() {
	l, r, _ := competition.Promote(competition.Technician, competition.Technician)
	fmt.Println(l.Text(language.SimplifiedChinese), r.Text(language.English))
	// Output: 高级技师 promoted to senior technician
}

// An accident two years ago bars an employer's nominees until three years have passed.
func ExampleHonourRules_Check() {
	e := competition.Employer{ID: "X", Incidents: []union.Period{union.MustPeriod("2024-05")}}
	res, _ := competition.Honours().Check(e, union.MustPeriod("2026-03"))
	fmt.Println(res.Eligible, res.Reasons[0].Text(language.English))
	// Output: false safety accident, serious occupational hazard or mass incident in 2024-05: may not apply before 2027-05
}

// A 五一劳动奖章 nomination list against the 2024 quotas.
func ExampleNominationRules_Check() {
	var list []competition.Nominee
	for i := range 10 {
		n := competition.Nominee{ID: fmt.Sprint(i)}
		if i < 4 {
			n.Groups = append(n.Groups, competition.GroupIndustrial, competition.GroupNonPublic, competition.GroupKeyIndustry)
		}
		if i >= 4 && i < 6 {
			n.Groups = append(n.Groups, competition.GroupFrontline)
		}
		if i >= 6 && i < 8 {
			n.Groups = append(n.Groups, competition.GroupScienceEducation)
		}
		if i == 0 {
			n.Groups = append(n.Groups, competition.GroupMigrant)
		}
		list = append(list, n)
	}
	c, _ := competition.MayDay2024().Check(list)
	fmt.Println(c.Compliant)
	for _, s := range c.Shares {
		fmt.Println(s.Group, s.Count, s.Share, s.Met)
	}
	// Output:
	// true
	// industrial 4 0.4 true
	// frontline 2 0.2 true
	// science_education 2 0.2 true
	// migrant 1 0.1 true
	// non_public 4 0.4 true
	// key_industry 4 0.4 true
}

// A proposal saving 600,000 yuan a year under the 1986 table.
func ExampleProposalTable_Grade() {
	a, _ := competition.Proposals1986().Grade(d("600000"))
	fmt.Println(a.Band.Tier, a.Band.Min, a.Band.Max)
	fmt.Println(a.Reasons[0].Text(language.SimplifiedChinese))
	// Output:
	// 2 1500 2500
	// 年经济效益 600000.00 元，属第2等，奖金 1500.00 至 2500.00 元
}

// The table in force for a proposal adopted in 1984.
func ExampleProposalsTimeline() {
	t, err := competition.ProposalsTimeline().At(union.MustPeriod("1984-07"))
	fmt.Println(len(t.Bands), err)
	// Output: 4 <nil>
}

// Three-person teams ranked by the sum of their members' totals.
func ExampleTeamRules_RankTeams() {
	var r competition.Ranking
	for id, total := range map[string]string{"a1": "90", "a2": "80", "a3": "70", "b1": "85", "b2": "85", "b3": "70"} {
		r.Standings = append(r.Standings, competition.Standing{ID: id, Total: d(total)})
	}
	teams, _ := competition.TeamSum3().RankTeams(r, []competition.Team{
		{ID: "A", Members: []string{"a1", "a2", "a3"}, Time: d("300")},
		{ID: "B", Members: []string{"b1", "b2", "b3"}, Time: d("280")},
	})
	for _, st := range teams.Standings {
		fmt.Println(st.Rank, st.ID, st.Total, st.DecidedBy)
	}
	// Output:
	// 1 B 240 time
	// 2 A 240 time
}

// Tiers whose shares add up to more than 1, and a tier without a name: every
// problem at once, each wrapping union.ErrPolicy.
func ExampleValidateTiers() {
	err := competition.ValidateTiers([]competition.Tier{
		{Name: "first", Share: d("0.5")},
		{Name: "", Share: d("0.6")},
	})
	var fe *union.FieldError
	fmt.Println(errors.Is(err, union.ErrPolicy), errors.As(err, &fe), fe.Field)
	fmt.Println(err)
	// Output:
	// true true tiers[1].name
	// inconsistent policy: tiers[1].name: is required
	// inconsistent policy: tiers: policy parameter outside the range 0 to 1 (value "1.1")
}

// A scheme an ERP stored with weights that do not add up to 1.
func ExampleScheme_Validate() {
	s := competition.TheoryPractical()
	s.Indicators[1].Weight = d("0.6")
	fmt.Println(s.Validate())
	// Output: inconsistent policy: indicators: must add up to 1, not 0.9 (value "0.9")
}

// Two stages: the practical test is its own judged scheme (three criteria,
// five judges, trimmed); its totals become the practical component of the
// 3:7 theory-practical scheme.
func ExampleRanking_Totals() {
	practical := competition.Scheme{
		Indicators: []competition.Indicator{
			{ID: "process", Weight: d("0.4"), Max: d("100")},
			{ID: "quality", Weight: d("0.4"), Max: d("100")},
			{ID: "safety", Weight: d("0.2"), Max: d("100")},
		},
		Trim: 1, MinJudges: 5, Places: 2, Source: competition.SourceTrim,
	}
	stage2, err := practical.Rank([]competition.Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"process": ds("80", "85", "90", "70", "88"), "quality": ds("90", "92", "91", "60", "93"), "safety": ds("100", "100", "95", "100", "90")}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"process": ds("92", "90", "91", "93", "95"), "quality": ds("85", "86", "84", "88", "80"), "safety": ds("90", "90", "90", "90", "90")}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	totals := stage2.Totals()
	final, _ := competition.TheoryPractical().Rank([]competition.Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"theory": ds("78"), "practical": {totals["A"]}}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"theory": ds("90"), "practical": {totals["B"]}}},
	})
	for _, st := range final.Standings {
		fmt.Println(st.Rank, st.ID, totals[st.ID], st.Total)
	}
	// Output:
	// 1 B 88.8 89.16
	// 2 A 89.8 86.26
}

// A proposal re-graded after its technical reserve award was applied: only
// the difference is paid (1986 第八条, 第十一条).
func ExampleProposalTable_GradeProposal() {
	a, _ := competition.Proposals1986().GradeProposal(competition.Proposal{
		Benefit: d("1000000"), PriorTier: 5, PriorPaid: d("300"),
	})
	fmt.Println(a.Band.Tier, a.Band.Certificate, a.PayMin, a.PayMax)
	fmt.Println(a.Reasons[1].Text(language.SimplifiedChinese))
	// Output:
	// 1 true 2200 3700
	// 已发放奖金 300.00 元予以剔除，只补发差额 2200.00 至 3700.00 元
}
