package competition

import (
	"encoding/json"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 合理化建议和技术改进奖励条例（1986）第六条: “以上”含本数 — exactly 1,000,000
// yuan is tier 1 (2,500–4,000), and tiers 1–3 carry a 奖状.
func TestProposals1986_Article6_AboveIncludesTheNumber(t *testing.T) {
	for _, c := range []struct {
		benefit string
		tier    int
		cert    bool
	}{
		{"1000000", 1, true}, {"500000", 2, true}, {"100000", 3, true}, {"10000", 4, false}, {"9999.99", 5, false},
	} {
		a, err := Proposals1986().Grade(dec(c.benefit))
		require.NoError(t, err)
		assert.Equal(t, c.tier, a.Band.Tier, c.benefit)
		assert.Equal(t, c.cert, a.Band.Certificate, c.benefit)
		assert.Equal(t, a.Band.Min.String(), a.PayMin.String())
		assert.Equal(t, a.Band.Max.String(), a.PayMax.String())
	}
}

// 第六条第二款: a result borrowed from an achievement already applied is
// graded one tier lower; the last tier stays the last.
func TestProposals1986_Article6Para2_BorrowedOneTierLower(t *testing.T) {
	a, err := Proposals1986().GradeProposal(Proposal{Benefit: dec("1000000"), Borrowed: true})
	require.NoError(t, err)
	assert.Equal(t, 2, a.Band.Tier)
	assert.True(t, a.Lowered)
	assert.Equal(t, "1500.00", a.PayMin.StringFixed(2))
	assert.Equal(t, "competition.proposal.borrowed", a.Reasons[1].Code)
	a, err = Proposals1986().GradeProposal(Proposal{Benefit: dec("10"), Borrowed: true})
	require.NoError(t, err)
	assert.Equal(t, 5, a.Band.Tier)
	assert.False(t, a.Lowered)
	// The 1982 table has no such rule: refused, not silently ignored.
	_, err = Proposals1982().GradeProposal(Proposal{Benefit: dec("10"), Borrowed: true})
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// 第八条: a technical reserve is awarded within the tier-5 limit; applied
// later, it is graded by its benefit and the amount paid is deducted.
// 第十一条: no double award; a re-grading to a higher tier pays only the
// difference.
func TestProposals1986_Articles8And11_NoDoubleAwardOnlyTheDifference(t *testing.T) {
	tb := Proposals1986()
	a, err := tb.GradeProposal(Proposal{Benefit: dec("800000"), Reserve: true})
	require.NoError(t, err)
	assert.Equal(t, 5, a.Band.Tier)
	assert.Equal(t, "300", a.PayMax.String())

	a, err = tb.GradeProposal(Proposal{Benefit: dec("800000"), PriorTier: 5, PriorPaid: dec("300")})
	require.NoError(t, err)
	assert.Equal(t, 2, a.Band.Tier)
	assert.Equal(t, "1200.00", a.PayMin.StringFixed(2))
	assert.Equal(t, "2200.00", a.PayMax.StringFixed(2))
	assert.Equal(t, "competition.proposal.difference", a.Reasons[len(a.Reasons)-1].Code)

	a, err = tb.GradeProposal(Proposal{Benefit: dec("800000"), PriorTier: 2, PriorPaid: dec("2000")})
	require.NoError(t, err)
	assert.True(t, a.Withheld)
	assert.True(t, a.PayMax.IsZero())
	assert.Equal(t, "competition.proposal.no_double", a.Reasons[len(a.Reasons)-1].Code)

	a, err = tb.GradeProposal(Proposal{Benefit: dec("800000"), PriorTier: 3, PriorPaid: dec("1600")})
	require.NoError(t, err)
	assert.Equal(t, "0", a.PayMin.String(), "never below zero")
	assert.Equal(t, "900.00", a.PayMax.StringFixed(2))

	for _, bad := range []Proposal{{Benefit: dec("1"), PriorTier: 6}, {Benefit: dec("1"), PriorPaid: dec("-1")}, {Benefit: dec("-1")}} {
		_, err := tb.GradeProposal(bad)
		assert.ErrorIs(t, err, union.ErrInvalid)
	}
}

// A caller's own table needs no Source; its reasons say the rule is the
// caller's own (合理化建议 tables of an employer, for instance).
func TestOwnRule_SourceOptional(t *testing.T) {
	tb := Proposals1986()
	tb.Source = ""
	require.NoError(t, tb.Validate())
	a, err := tb.Grade(dec("20000"))
	require.NoError(t, err)
	assert.Equal(t, OwnRule, a.Reasons[0].Source)

	s := Rubric2018()
	s.Source = ""
	r := mustRank(t, s, []Entry{{ID: "A", Scores: map[string][]decimal.Decimal{"c1": decs("90"), "c2": decs("80"), "c3": decs("70")}, Bonus: dec("1")}})
	for _, reason := range r.Standings[0].Reasons {
		if reason.Code == "competition.total" || reason.Code == "competition.bonus" {
			assert.Equal(t, OwnRule, reason.Source)
		}
	}
	plan := Hebei()
	plan.Source, plan.Titles[0].Source = "", ""
	aw, err := s.Award(r, plan)
	require.NoError(t, err)
	assert.Equal(t, OwnRule, aw.Reasons[0].Source)
	teams, err := TeamRules{Mode: TeamSum, Places: 2}.RankTeams(r, []Team{{ID: "T", Members: []string{"A"}}})
	require.NoError(t, err)
	assert.Equal(t, OwnRule, teams.Standings[0].Reasons[0].Source)
	c, err := NominationRules{Quotas: []Quota{{Group: "a", Min: dec("0.5")}}}.Check([]Nominee{{ID: "x", Groups: []string{"a"}}})
	require.NoError(t, err)
	assert.Equal(t, OwnRule, c.Reasons[0].Source)
	e, err := HonourRules{LookbackMonths: 12}.Check(Employer{}, union.MustPeriod("2024-01"))
	require.NoError(t, err)
	assert.Equal(t, OwnRule, e.Reasons[0].Source)
}

// Money in a proposal award's JSON is written at the fen.
func TestProposalAward_JSONAtTheFen(t *testing.T) {
	a, err := Proposals1986().GradeProposal(Proposal{Benefit: dec("1000000"), PriorTier: 5, PriorPaid: dec("300")})
	require.NoError(t, err)
	j := jsonOf(t, a)
	assert.Contains(t, j, `"pay_min":"2200.00","pay_max":"3700.00"`)
	var back ProposalAward
	require.NoError(t, json.Unmarshal([]byte(j), &back))
	assert.Equal(t, j, jsonOf(t, back))
}
