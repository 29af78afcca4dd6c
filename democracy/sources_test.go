package democracy

import (
	"fmt"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 企业民主管理规定: no article quoted so far (3, 19, 20, 24) sets a frontline
// floor for delegates, so Enterprise's 50% is unverified and only a warning:
// 10 frontline delegates of 30 do not fail the roster.
func TestEnterpriseUnverifiedFrontlineFloorIsAWarning(t *testing.T) {
	r := roster(600, 0, 30, 0, 0)
	for i := 10; i < 30; i++ {
		r.Delegates[i].Category = Technical
	}
	c, err := Enterprise().Check(r)
	require.NoError(t, err)
	ch := checkByCode(c, "democracy.check.floor.frontline")
	assert.False(t, ch.OK)
	assert.True(t, ch.Soft)
	assert.True(t, c.OK, "an unverified limit never fails a roster")
}

// An unverified limit is at most a warning whatever Soft says, for any rules.
func TestUnverifiedLimitIsSoft(t *testing.T) {
	rules := Shanghai2017()
	rules.Limits = []Limit{{Group: FrontlineStaff, Bound: Floor, Num: 9, Den: 10, Unverified: true, Source: "x"}}
	c, err := rules.Check(roster(1200, 0, 85, 20, 0))
	require.NoError(t, err)
	assert.True(t, c.Checks[1].Soft)
	assert.True(t, c.OK)
}

// A caller's own policy needs no citation: empty sources validate, and the
// reasons cite OwnRule (the rule is the caller's own).
func TestOwnRuleNeedsNoSource(t *testing.T) {
	r := Rules{
		Quorum: AtLeast(2, 3), Pass: MoreThan(1, 2), ExtraSession: AtLeast(1, 3),
		Delegates: DelegateRule{Bands: []Band{{From: 1, Base: 30}}},
		Limits:    []Limit{{Group: Management, Bound: Ceiling, Num: 1, Den: 5}},
		Presidium: PresidiumRule{Bands: []PresidiumBand{{From: 1, Min: 3}}},
	}
	require.NoError(t, r.Validate())
	var all []union.Reason
	d, err := r.DecideMatter(MatterAdopt, 100, 80, Tally{For: 60})
	require.NoError(t, err)
	all = append(all, d.Reasons...)
	p, err := r.Plan(200)
	require.NoError(t, err)
	all = append(all, p.Reasons...)
	s, err := r.CallSession(100, 40)
	require.NoError(t, err)
	all = append(all, s.Reasons...)
	c, err := r.Check(roster(200, 0, 40, 2, 0))
	require.NoError(t, err)
	all = append(all, c.Reasons...)
	pc, err := r.CheckPresidium(40, presidium(3, 3))
	require.NoError(t, err)
	all = append(all, pc.Reasons...)

	er := ElectionRules{Quorum: AtLeast(2, 3), Win: MoreThan(1, 2), Recall: MoreThan(1, 2)}
	require.NoError(t, er.Validate())
	e := Election{Seats: 1, Candidates: []string{"甲", "乙"}, Entitled: 10, Issued: 10, Rules: er}
	res, err := e.Count(ballots(8, "甲"))
	require.NoError(t, err)
	all = append(all, res.Reasons...)
	rc, err := er.RecallChair(10, 8, Tally{For: 6})
	require.NoError(t, err)
	all = append(all, rc.Reasons...)
	for _, rs := range all {
		assert.Equal(t, OwnRule, rs.Source, rs.Code)
	}
	requireRegistered(t, all)
}

// 工会基层组织选举工作条例 (2016): the 5% 差额 is for committee members; the
// chair, the vice-chairs and the 经审会 may be elected 等额. A one-candidate
// chair election is valid; a committee election without margin is not.
func TestElectionKindMargin(t *testing.T) {
	chair := Election{Seats: 1, Candidates: []string{"王芳"}, Entitled: 50, Issued: 50, Rules: UnionElection(), Kind: Chair}
	r, err := chair.Count(ballots(40, "王芳"))
	require.NoError(t, err)
	assert.Equal(t, []string{"王芳"}, r.Elected)
	assert.Equal(t, "democracy.election.margin_exempt", r.Reasons[0].Code)
	for _, k := range []ElectionKind{ViceChair, AuditCommittee, StandingCommittee, Representatives} {
		e := chair
		e.Kind = k
		assert.NoError(t, e.Validate(), k.String())
	}
	committee := chair
	committee.Kind = Committee
	requireField(t, committee.Validate(), union.ErrInvalid, "candidates", "democracy.election.margin")
	assert.Equal(t, 1, UnionElection().MarginFor(Committee, 13))
	assert.Equal(t, 0, UnionElection().MarginFor(Chair, 13))

	// Rules that do not name the kinds apply the margin to every kind.
	own := UnionElection()
	own.MarginKinds = nil
	chair.Rules = own
	requireField(t, chair.Validate(), union.ErrInvalid, "candidates", "democracy.election.margin")
	chair.Kind = ElectionKind(42)
	requireField(t, chair.Validate(), union.ErrInvalid, "kind", "invalid.unknown")
	own.MarginKinds = []ElectionKind{9}
	requireField(t, own.Validate(), union.ErrPolicy, "margin_kinds[0]", "invalid.unknown")
}

// 上海市职工代表大会条例 第十五条: a constituency's election is valid only
// when at least 2/3 of ALL its staff take part; a candidate needs 半数以上
// (at least half) of ALL its staff. 30 staff: 20 must take part, 15 elect.
func TestShanghaiConstituencyElectionArt15(t *testing.T) {
	rules := ShanghaiDelegates2017()
	require.NoError(t, rules.Validate())
	e := Election{Seats: 2, Candidates: []string{"甲", "乙", "丙"}, Entitled: 30, Issued: 30, Rules: rules, Kind: Representatives}
	r, err := e.Count(ballots(19, "甲"))
	require.NoError(t, err)
	assert.True(t, r.Void, "19 of 30 is below 2/3")
	assert.Equal(t, 20, r.QuorumRequired)

	r, err = e.Count(concat(ballots(15, "甲", "乙"), ballots(5, "丙")))
	require.NoError(t, err)
	assert.False(t, r.Void)
	assert.Equal(t, 15, r.Required, "半数以上 of 30 includes 15")
	assert.Equal(t, []string{"甲", "乙"}, r.Elected)

	r, err = e.Count(concat(ballots(14, "甲"), ballots(6, "乙")))
	require.NoError(t, err)
	assert.Empty(t, r.Elected, "14 of 30 is below half of all staff")
	assert.Equal(t, 2, r.Unfilled)

	// Only candidates can win: a written-in name makes the ballot invalid.
	r, err = e.Count(concat(ballots(19, "甲"), ballots(1, "丁")))
	require.NoError(t, err)
	assert.Equal(t, WriteInRefused, r.Fates[19])

	// 等额 is allowed: the article sets no 差额 rule.
	e.Candidates = []string{"甲", "乙"}
	assert.NoError(t, e.Validate())
}

// 上海市职工代表大会条例 第十九条: a delegate is recalled with the consent of
// at least half (半数以上) of ALL the constituency's staff: 15 of 30 suffice.
func TestShanghaiRecallDelegateArt19(t *testing.T) {
	rules := ShanghaiDelegates2017()
	d, err := rules.RecallDelegate(30, 22, Tally{For: 15, Against: 7})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, 15, d.Required)
	assert.Equal(t, "democracy.recall.delegate.passed", d.Reasons[0].Code)
	assert.Contains(t, d.Reasons[0].Source, "第十九条")
	d, err = rules.RecallDelegate(30, 29, Tally{For: 14, Against: 15})
	require.NoError(t, err)
	assert.False(t, d.Passed)
	assert.Equal(t, "democracy.recall.delegate.failed", d.Reasons[0].Code)
	requireRegistered(t, d.Reasons)
}

// 工会基层组织选举工作暂行条例 (1992) governed until the 2016 regulation
// (2016-10): ElectionTimeline gives an election held in 2010 its own rules.
func TestElectionTimeline1992(t *testing.T) {
	tl := ElectionTimeline()
	_, err := union.NewTimeline(tl.Entries()...)
	require.NoError(t, err)
	r, err := tl.At(union.Period{Year: 2010, Month: 5})
	require.NoError(t, err)
	assert.Equal(t, "union_election1992", r.Name)
	r, err = tl.At(union.Period{Year: 2016, Month: 9})
	require.NoError(t, err)
	assert.Equal(t, "union_election1992", r.Name)
	r, err = tl.At(union.Period{Year: 2016, Month: 10})
	require.NoError(t, err)
	assert.Equal(t, "union_election", r.Name)
	_, err = tl.At(union.Period{Year: 1991, Month: 12})
	require.ErrorIs(t, err, union.ErrPolicy)

	old := UnionElection1992()
	require.NoError(t, old.Validate())
	assert.True(t, old.MinMargin.Equal(decimal.New(5, -2)))
	e := Election{Seats: 3, Candidates: []string{"a", "b", "c", "d"}, Entitled: 30, Issued: 30, Rules: old}
	res, err := e.Count(concat(ballots(16, "a", "b", "c"), ballots(4, "d")))
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, res.Elected)
	for _, rs := range res.Reasons {
		assert.Contains(t, rs.Source, "1992", fmt.Sprint(rs.Code))
	}
}
