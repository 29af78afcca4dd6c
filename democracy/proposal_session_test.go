package democracy

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// delegates returns n formal delegates d1…dn and the non-voting l1…lm.
func delegates(n, m int) []Delegate {
	out := make([]Delegate, 0, n+m)
	for i := 1; i <= n; i++ {
		out = append(out, Delegate{Name: "d" + itoa(i)})
	}
	for i := 1; i <= m; i++ {
		out = append(out, Delegate{Name: "l" + itoa(i), NonVoting: true})
	}
	return out
}

// 西北师范大学 提案工作办法: a proposer and two formal seconders, 15 days before
// the opening; 列席 delegates count for nothing; late items are opinions.
func TestQualifyNWNU(t *testing.T) {
	r := ProposalsNWNU()
	opening := MustDate("2025-04-20")
	ds := delegates(10, 2)
	q, err := r.Qualify(ds, opening, ProposalItem{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-05")})
	require.NoError(t, err)
	assert.True(t, q.Proposal)
	assert.Equal(t, "2025-04-05", q.Cutoff.String())
	mustCite(t, q.Reasons)

	// One seconder attends without a vote: 1 valid, 2 needed.
	q, err = r.Qualify(ds, opening, ProposalItem{ID: "2", Proposer: "d1", Seconders: []string{"d2", "l1"}, Submitted: MustDate("2025-04-01")})
	require.NoError(t, err)
	assert.False(t, q.Proposal)
	assert.Equal(t, StatusOpinion, q.Status)
	assert.Equal(t, 1, q.Seconders)
	assert.Equal(t, "有效附议人 1 人，少于规定的 2 人", q.Reasons[1].Text(zhHans))
	assert.Equal(t, "1 valid seconders, fewer than the 2 required", q.Reasons[1].Text(en))
	mustCite(t, q.Reasons)

	// Three days after the cut-off.
	q, err = r.Qualify(ds, opening, ProposalItem{ID: "3", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-08")})
	require.NoError(t, err)
	assert.Equal(t, StatusOpinion, q.Status)
	assert.Equal(t, 3, q.DaysLate)
	assert.Equal(t, "2025-04-08 提交，晚于截止日 2025-04-05 共 3 日", q.Reasons[0].Text(zhHans))

	// A 列席 delegate may not propose.
	q, err = r.Qualify(ds, opening, ProposalItem{ID: "4", Proposer: "l2", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01")})
	require.NoError(t, err)
	assert.Equal(t, StatusOpinion, q.Status)
	assert.Equal(t, "democracy.proposal.proposer_not_formal", q.Reasons[0].Code)

	// 上海出版印刷高专: late items are forwarded to the departments.
	q, err = ProposalsSPPC2018().Qualify(ds, opening, ProposalItem{ID: "5", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-20")})
	require.NoError(t, err)
	assert.Equal(t, StatusForwarded, q.Status)
	// 西安工程大学: five seconders.
	q, err = ProposalsXPU2016().Qualify(ds, opening, ProposalItem{ID: "6", Proposer: "d1", Seconders: []string{"d2", "d3", "d4", "d5"}, Submitted: MustDate("2025-04-01")})
	require.NoError(t, err)
	assert.Equal(t, StatusOpinion, q.Status)
}

// Bad input: seconders not on the roster, twice, or the proposer; a missing date.
func TestQualifyBadInput(t *testing.T) {
	r := ProposalsNWNU()
	ds := delegates(5, 1)
	_, err := r.Qualify(ds, MustDate("2025-04-20"), ProposalItem{ID: "1", Proposer: "x", Seconders: []string{"d2", "zz", "d2", "x", ""}})
	mustField(t, err, union.ErrInvalid, "proposer", "democracy.proposal.not_on_roster")
	mustField(t, err, union.ErrInvalid, "seconders[1]", "democracy.proposal.not_on_roster")
	mustField(t, err, union.ErrInvalid, "seconders[2]", "invalid.duplicate")
	mustField(t, err, union.ErrInvalid, "seconders[4]", "invalid.required")
	mustField(t, err, union.ErrInvalid, "submitted", "invalid.required")
	_, err = r.Qualify(ds, Date{}, ProposalItem{ID: "1", Proposer: "d1", Submitted: MustDate("2025-04-01")})
	mustField(t, err, union.ErrInvalid, "opening", "invalid.required")
	_, err = r.Qualify(append(ds, Delegate{Name: "d1"}, Delegate{}), MustDate("2025-04-20"), ProposalItem{})
	mustField(t, err, union.ErrInvalid, "delegates[6].name", "invalid.duplicate")
	mustField(t, err, union.ErrInvalid, "delegates[7].name", "invalid.required")
	_, err = r.Qualify(ds, MustDate("2025-04-20"), ProposalItem{ID: "1", Proposer: "d1", Seconders: make([]string, MaxSeconders+1), Submitted: MustDate("2025-04-01")})
	mustField(t, err, union.ErrInvalid, "seconders", "invalid.too_many")
	bad := r
	bad.MinSeconders = 0
	bad.Exclusions = []Exclusion{ExclusionNone}
	_, err = bad.Qualify(ds, MustDate("2025-04-20"), ProposalItem{})
	mustField(t, err, union.ErrPolicy, "min_seconders", "policy.range")
	mustField(t, err, union.ErrPolicy, "exclusions[0]", "invalid.unknown")
}

// shenzhenSession rebuilds the 深圳职业技术学院 2013 figures: 126 forms; 80
// merged into 64 proposals; 41 opinions; 5 not accepted.
func shenzhenSession() ProposalSession {
	s := ProposalSession{Opening: MustDate("2025-04-20"), Delegates: delegates(200, 0)}
	item := func(id string, seconders int) ProposalItem {
		it := ProposalItem{ID: id, Proposer: "d1", Submitted: MustDate("2025-04-01")}
		for k := 2; k < 2+seconders; k++ {
			it.Seconders = append(it.Seconders, "d"+itoa(k))
		}
		return it
	}
	for i := 1; i <= 64; i++ {
		it := item("A"+itoa(100+i), 2)
		it.Proposer = "d" + itoa(100+i)
		it.Decision = ReviewAccept
		s.Items = append(s.Items, it)
	}
	for i := 1; i <= 16; i++ {
		it := item("M"+itoa(100+i), 3)
		it.Proposer = "d" + itoa(180+i%4)
		it.Decision, it.MergeInto = ReviewMerge, "A"+itoa(100+i%4+1)
		s.Items = append(s.Items, it)
	}
	for i := 1; i <= 41; i++ {
		s.Items = append(s.Items, item("O"+itoa(100+i), 1))
	}
	for i := 1; i <= 5; i++ {
		it := item("R"+itoa(100+i), 2)
		it.Decision, it.Exclusion = ReviewReject, ExclusionPersonal
		s.Items = append(s.Items, it)
	}
	return s
}

func TestProcessShenzhenFigures(t *testing.T) {
	r := ProposalsNWNU()
	rep, err := r.Process(shenzhenSession())
	require.NoError(t, err)
	st := rep.Stats
	assert.Equal(t, 126, st.Submitted)
	assert.Equal(t, 80, st.Accepted)
	assert.Equal(t, 64, st.Cases)
	assert.Equal(t, 16, st.Merged)
	assert.Equal(t, 41, st.Opinions)
	assert.Equal(t, 5, st.Rejected)
	assert.Equal(t, "80/126 = 63.5%", st.Filing.String())
	mustCite(t, st.Reasons)
	assert.Len(t, rep.Cases, 64)
	assert.Equal(t, []string{"A101", "M104", "M108", "M112", "M116"}, rep.Cases[0].Items)
	assert.Equal(t, []string{"d101", "d180"}, rep.Cases[0].Proposers)
	for _, o := range rep.Outcomes {
		mustCite(t, o.Reasons)
	}
	// Counted per case: 64 of 110.
	r.MergedCount = PerCase
	rep, err = r.Process(shenzhenSession())
	require.NoError(t, err)
	assert.Equal(t, "64/110 = 58.2%", rep.Stats.Filing.String())
	r.FilingBase = FilingOfProposals
	rep, err = r.Process(shenzhenSession())
	require.NoError(t, err)
	assert.Equal(t, "64/69 = 92.8%", rep.Stats.Filing.String())
}

// The 立案率, 落实率 and 满意率 of the report templates: 72 received, 64 accepted
// (88.9%); 57 of 64 solved or planned (89.1%); 144 satisfied and 2 basically
// satisfied of 146 ratings (100% with 基本满意, 98.6% without).
func TestProcessRates(t *testing.T) {
	r := ProposalsEnterpriseGroup()
	s := ProposalSession{Opening: MustDate("2025-04-20"), Delegates: delegates(300, 0)}
	for i := 0; i < 72; i++ {
		it := ProposalItem{ID: "P" + itoa(1000+i), Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01")}
		if i < 64 {
			it.Decision = ReviewAccept
			it.HandedOver, it.Replied = MustDate("2025-05-06"), MustDate("2025-06-30")
			it.Result = ResultReference
			if i < 57 {
				it.Result = ResultSolved
				it.Implemented = MustDate("2025-10-30")
			}
			it.Feedback = FeedbackSatisfied
			if i == 0 {
				it.Feedback = FeedbackBasic
			}
		} else {
			it.Decision, it.Exclusion = ReviewReject, ExclusionLitigation
		}
		s.Items = append(s.Items, it)
	}
	s.Calendar = cal2025()
	s.Calendar.Until = MustDate("2026-12-31")
	rep, err := r.Process(s)
	require.NoError(t, err)
	st := rep.Stats
	assert.Equal(t, "64/72 = 88.9%", st.Filing.String())
	assert.Equal(t, "64/64 = 100.0%", st.Replied.String())
	assert.Equal(t, "57/64 = 89.1%", st.Implemented.String())
	assert.Equal(t, "64/64 = 100.0%", st.Satisfied.String())
	assert.Equal(t, "63/64 = 98.4%", st.SatisfiedStrict.String())
	assert.Equal(t, st.Satisfied, st.Satisfaction)
	assert.Equal(t, "满意率（含基本满意）64/64 = 100.0%，不含基本满意 63/64 = 98.4%：以收到的反馈为基数", st.Reasons[3].Text(zhHans))
	o := rep.Outcomes[0]
	assert.Equal(t, "2025-08-06", o.ReplyDue.String()) // three months after 6 May (第二百零二条)
	assert.Equal(t, StatusOnTime, o.Reply)
	assert.Equal(t, "2026-06-30", o.ImplementDue.String())
	assert.Equal(t, StatusOnTime, o.Implement)
	assert.Equal(t, "not accepted: under litigation or arbitration", rep.Outcomes[70].Reasons[len(rep.Outcomes[70].Reasons)-1].Text(en))

	r.SatisfactionCountsBasic = false
	rep, err = r.Process(s)
	require.NoError(t, err)
	assert.Equal(t, rep.Stats.SatisfiedStrict, rep.Stats.Satisfaction)
}

// 福建工程学院: a reply within 15 days of hand-over; handed over 20 September
// 2025, the last day (5 October) is in the National Day holiday, so the reply
// is due on 9 October (民法典 第二百零三条); unanswered on 21 October it is 12
// days overdue. An unsatisfied rating asks for re-handling.
func TestProcessReplyOverdue(t *testing.T) {
	s := ProposalSession{
		Opening: MustDate("2025-09-10"), Delegates: delegates(10, 1), Calendar: cal2025(), AsOf: MustDate("2025-10-21"),
		Items: []ProposalItem{
			{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-09-01"), Decision: ReviewAccept, HandedOver: MustDate("2025-09-20")},
			{ID: "2", Proposer: "d4", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-09-01"), Decision: ReviewAccept,
				HandedOver: MustDate("2025-09-20"), Replied: MustDate("2025-10-10"), Result: ResultCannot, Feedback: FeedbackUnsatisfied},
			{ID: "3", Proposer: "d5", Seconders: []string{"l1"}, Submitted: MustDate("2025-09-01"), Decision: ReviewAccept, HandedOver: MustDate("2025-09-20")},
		},
	}
	rep, err := ProposalsFJUT2017().Process(s)
	require.NoError(t, err)
	o := rep.Outcomes[0]
	assert.Equal(t, "2025-10-09", o.ReplyDue.String())
	assert.Equal(t, StatusOverdue, o.Reply)
	assert.Equal(t, 12, o.ReplyDays)
	o = rep.Outcomes[1]
	assert.Equal(t, StatusLate, o.Reply)
	assert.Equal(t, 1, o.ReplyDays)
	assert.True(t, o.Rehandle)
	o = rep.Outcomes[2]
	assert.Equal(t, StatusOpinion, o.Status)
	codes := union.Codes(o.Reasons)
	assert.Contains(t, codes, "democracy.proposal.decision_not_applied")
	assert.Contains(t, codes, "democracy.proposal.handling_ignored")
	assert.Equal(t, "0/1 = 0.0%", rep.Stats.SatisfiedStrict.String())
	assert.Equal(t, "1/2 = 50.0%", rep.Stats.Replied.String())
}

func TestProcessBadInput(t *testing.T) {
	r := ProposalsNWNU()
	s := ProposalSession{
		Opening: MustDate("2025-04-20"), Delegates: delegates(10, 0),
		Items: []ProposalItem{
			{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewAccept},
			{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d99"}, Submitted: MustDate("2025-04-01")},
			{ID: "3", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewReject, Exclusion: ExclusionPromotion},
			{ID: "4", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewAccept,
				HandedOver: MustDate("2025-03-01"), Feedback: FeedbackBasic},
			{ID: "5", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), MergeInto: "1"},
		},
	}
	_, err := r.Process(s)
	mustField(t, err, union.ErrInvalid, "items[1].id", "invalid.duplicate")
	mustField(t, err, union.ErrInvalid, "items[1].seconders[1]", "democracy.proposal.not_on_roster")
	mustField(t, err, union.ErrInvalid, "items[2].exclusion", "democracy.proposal.exclusion_not_listed")
	mustField(t, err, union.ErrInvalid, "items[3].handed_over", "democracy.consultation.order")
	mustField(t, err, union.ErrInvalid, "items[3].replied", "invalid.required")
	mustField(t, err, union.ErrInvalid, "items[4].merge_into", "invalid.inconsistent")

	s.Items = []ProposalItem{
		{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewMerge, MergeInto: "2"},
		{ID: "2", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewMerge, MergeInto: "1"},
		{ID: "3", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewMerge, MergeInto: "3"},
	}
	_, err = r.Process(s)
	mustField(t, err, union.ErrInvalid, "items[0].merge_into", "democracy.proposal.merge_target")
	mustField(t, err, union.ErrInvalid, "items[2].merge_into", "democracy.proposal.merge_target")

	// A reply period needs a calendar covering the days counted.
	s.Items = []ProposalItem{{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-04-01"), Decision: ReviewAccept, HandedOver: MustDate("2025-05-01")}}
	_, err = ProposalsFJUT2017().Process(s)
	mustField(t, err, union.ErrInvalid, "items[0].calendar.from", "invalid.required")
	s.Items = make([]ProposalItem, MaxProposalItems+1)
	_, err = r.Process(s)
	mustField(t, err, union.ErrInvalid, "items", "invalid.too_many")
}

// The order of the items never changes an outcome, a case or a rate.
func TestProcessShuffle(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	s := shenzhenSession()
	s.Items[100].Withdrawn = true
	s.Items[122].Submitted = MustDate("2025-04-10")
	s.Items[123].Submitted = MustDate("2025-04-20")
	for _, r := range ProposalPresets() {
		r.Exclusions = append(r.Exclusions, ExclusionPersonal)
		want, err := r.Process(s)
		require.NoError(t, err, r.Name)
		byID := func(rep ProposalReport) []ProposalOutcome {
			out := append([]ProposalOutcome(nil), rep.Outcomes...)
			sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
			return out
		}
		for k := 0; k < 5; k++ {
			items := append([]ProposalItem(nil), s.Items...)
			rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
			for i := range items {
				sec := append([]string(nil), items[i].Seconders...)
				rng.Shuffle(len(sec), func(a, b int) { sec[a], sec[b] = sec[b], sec[a] })
				items[i].Seconders = sec
			}
			sh := s
			sh.Items = items
			got, err := r.Process(sh)
			require.NoError(t, err)
			require.Equal(t, byID(want), byID(got), r.Name)
			require.Equal(t, want.Cases, got.Cases, r.Name)
			require.Equal(t, want.Stats, got.Stats, r.Name)
		}
	}
}

// Results never share memory: appending to one result's slices leaves the next untouched.
func TestProcessResultsDoNotAlias(t *testing.T) {
	r := ProposalsNWNU()
	a, err := r.Process(shenzhenSession())
	require.NoError(t, err)
	b, err := r.Process(shenzhenSession())
	require.NoError(t, err)
	a.Outcomes[0].Reasons[0].Code = "x"
	a.Cases[0].Items[0] = "x"
	a.Stats.Reasons[0].Source = "x"
	assert.NotEqual(t, "x", b.Outcomes[0].Reasons[0].Code)
	assert.NotEqual(t, "x", b.Cases[0].Items[0])
	assert.NotEqual(t, "x", b.Stats.Reasons[0].Source)
	p := ProposalsEnterpriseGroup()
	p.Exclusions[0] = ExclusionSolved
	assert.Equal(t, ExclusionStateSecret, ProposalsEnterpriseGroup().Exclusions[0])
}
