package democracy

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// side builds n negotiators of a side named prefix1…prefixN; the first is the chief.
func side(s Side, prefix string, n int) []Negotiator {
	out := make([]Negotiator, n)
	for i := range out {
		out[i] = Negotiator{Name: prefix + itoa(i+1), Side: s, Chief: i == 0, Gender: union.Male}
	}
	return out
}

// checkOf returns the check with the code.
func checkOf(t *testing.T, cs []Check, code string) Check {
	t.Helper()
	for _, c := range cs {
		if c.Code == code {
			return c
		}
	}
	t.Fatalf("no check %s in %v", code, cs)
	return Check{}
}

// 山东省企业工资集体协商条例 第七条: a worker side of 6 with 1 frontline worker
// needs 2; 第十条: an investor's relative may not sit for the workers, nor
// anyone for both sides.
func TestNegotiatorsShandongArt7Art10(t *testing.T) {
	ns := append(side(WorkerSide, "w", 6), side(EmployerSide, "e", 6)...)
	ns[1].Frontline = true
	ns[2].Relation = RelationRelative
	ns[11].Name = "w4" // w4 also sits for the enterprise
	res, err := ConsultationShandong2016().CheckNegotiators(ConsultationEnterprise{Headcount: 300}, ns)
	require.NoError(t, err)
	assert.False(t, res.OK)
	fl := checkOf(t, res.Checks, "democracy.consultation.frontline")
	assert.Equal(t, 1, fl.Count)
	assert.Equal(t, 2, fl.Limit)
	assert.False(t, fl.OK)
	assert.Equal(t, "山东省企业工资集体协商条例 第七条第二款", fl.Reason.Source)
	assert.Equal(t, "职工方 6 人中一线岗位职工 1 人，应不少于 2 人", fl.Reason.Text(zhHans))
	ex := checkOf(t, res.Checks, "democracy.consultation.excluded.worker")
	assert.Equal(t, 1, ex.Count)
	assert.Equal(t, []string{"1", "w3"}, ex.Reason.Args)
	both := checkOf(t, res.Checks, "democracy.consultation.both_sides")
	assert.Equal(t, []string{"1", "w4"}, both.Reason.Args)
	assert.True(t, checkOf(t, res.Checks, "democracy.consultation.balance.equal").OK)
	for _, c := range res.Checks {
		mustCite(t, []union.Reason{c.Reason})
	}

	ns[1].Frontline, ns[3].Frontline = true, true
	ns[2].Relation = RelationNone
	ns[11].Name = "e6"
	res, err = ConsultationShandong2016().CheckNegotiators(ConsultationEnterprise{Headcount: 300}, ns)
	require.NoError(t, err)
	assert.True(t, res.OK, "%v", res.Checks)
}

// 杭州市企业工资集体协商条例 第十六条: above the designated size each side needs
// at least 5, at most 9, the enterprise side no larger; 第十七条: a third of 7
// allows 2 outsiders.
func TestNegotiatorsHangzhouArt16Art17(t *testing.T) {
	r := ConsultationHangzhou2014()
	ns := append(side(WorkerSide, "w", 4), side(EmployerSide, "e", 4)...)
	res, err := r.CheckNegotiators(ConsultationEnterprise{Headcount: 800, AboveSize: true}, ns)
	require.NoError(t, err)
	sz := checkOf(t, res.Checks, "democracy.consultation.size.worker")
	assert.False(t, sz.OK)
	assert.Equal(t, 5, sz.Limit)
	assert.Equal(t, "职工方协商代表 4 人；每方应不少于 5 人，最多 9 人", sz.Reason.Text(zhHans))

	ns = append(side(WorkerSide, "w", 7), side(EmployerSide, "e", 8)...)
	ns[1].Outside, ns[2].Outside, ns[3].Outside = true, true, true
	res, err = r.CheckNegotiators(ConsultationEnterprise{Headcount: 800, AboveSize: true}, ns)
	require.NoError(t, err)
	bal := checkOf(t, res.Checks, "democracy.consultation.balance.employer_not_more")
	assert.False(t, bal.OK)
	out := checkOf(t, res.Checks, "democracy.consultation.outside.worker")
	assert.Equal(t, 3, out.Count)
	assert.Equal(t, 2, out.Limit)
	assert.False(t, out.OK)
}

// 重庆市集体合同条例 第十条: women a fifth of the staff need a woman on the worker
// side; dispatched workers more than 5% need a dispatched worker (exactly 5%
// does not trigger it).
func TestNegotiatorsChongqingArt10(t *testing.T) {
	r := ConsultationChongqing2016()
	ns := append(side(WorkerSide, "w", 5), side(EmployerSide, "e", 5)...)
	e := ConsultationEnterprise{Headcount: 200, Women: 40, Dispatched: 10}
	res, err := r.CheckNegotiators(e, ns)
	require.NoError(t, err)
	wm := checkOf(t, res.Checks, "democracy.consultation.representation.women")
	assert.False(t, wm.OK)
	assert.Equal(t, 1, wm.Limit)
	dp := checkOf(t, res.Checks, "democracy.consultation.representation.dispatched")
	assert.True(t, dp.OK)
	assert.Equal(t, "democracy.consultation.representation.not_applicable", dp.Reason.Code)
	e.Dispatched, e.Women = 11, 39
	ns[1].Dispatched = true
	res, err = r.CheckNegotiators(e, ns)
	require.NoError(t, err)
	assert.Equal(t, "democracy.consultation.representation.dispatched", checkOf(t, res.Checks, "democracy.consultation.representation.dispatched").Reason.Code)
	assert.True(t, res.OK, "%v", res.Checks)
}

// 河南省企业工资集体协商条例 第八条: women at 10% of the staff need a matching
// share of the worker side, read as ⌊share × side⌋ and at least one.
func TestNegotiatorsHenanArt8(t *testing.T) {
	r := ConsultationHenan2013()
	ns := append(side(WorkerSide, "w", 5), side(EmployerSide, "e", 5)...)
	ns[1].Frontline, ns[2].Frontline = true, true
	ns[1].Gender = union.Female
	for _, c := range []struct {
		women, need int
		ok          bool
	}{{99, 0, true}, {100, 1, true}, {300, 1, true}, {400, 2, false}} {
		res, err := r.CheckNegotiators(ConsultationEnterprise{Headcount: 1000, Women: c.women}, ns)
		require.NoError(t, err)
		ch := checkOf(t, res.Checks, "democracy.consultation.representation.women")
		assert.Equal(t, c.need, ch.Limit, c.women)
		assert.Equal(t, c.ok, ch.OK, c.women)
	}
	// 第十四条: the HR head may not sit for the workers.
	ns[3].Relation = RelationHRHead
	res, err := r.CheckNegotiators(ConsultationEnterprise{Headcount: 1000}, ns)
	require.NoError(t, err)
	assert.False(t, checkOf(t, res.Checks, "democracy.consultation.excluded.worker").OK)
}

// 北京市集体合同条例 第十条: the chief may not come from outside; 第七条: "一般"
// three to ten is guidance.
func TestNegotiatorsBeijingArt7Art10(t *testing.T) {
	ns := append(side(WorkerSide, "w", 11), side(EmployerSide, "e", 11)...)
	ns[0].Outside = true
	res, err := ConsultationBeijing2005().CheckNegotiators(ConsultationEnterprise{Headcount: 900}, ns)
	require.NoError(t, err)
	assert.False(t, checkOf(t, res.Checks, "democracy.consultation.chief_inside").OK)
	sz := checkOf(t, res.Checks, "democracy.consultation.size.worker")
	assert.False(t, sz.OK)
	assert.True(t, sz.Soft)
}

// 上海市集体合同条例 第七条: a women workers' committee calls for a woman negotiator.
func TestNegotiatorsShanghaiArt7(t *testing.T) {
	ns := append(side(WorkerSide, "w", 3), side(EmployerSide, "e", 3)...)
	res, err := ConsultationShanghai().CheckNegotiators(ConsultationEnterprise{Headcount: 90, WomenCommittee: true}, ns)
	require.NoError(t, err)
	assert.False(t, res.OK)
	res, err = ConsultationShanghai().CheckNegotiators(ConsultationEnterprise{Headcount: 90, Women: 60}, ns)
	require.NoError(t, err)
	assert.True(t, res.OK)
}

func TestNegotiatorsBadInput(t *testing.T) {
	r := ConsultationShandong2016()
	ns := side(WorkerSide, "w", 3)
	ns = append(ns, Negotiator{Name: "w2"}, Negotiator{Name: "", Side: EmployerSide}, Negotiator{Name: "x", Side: 7})
	_, err := r.CheckNegotiators(ConsultationEnterprise{Headcount: -1, Women: -2}, ns)
	mustField(t, err, union.ErrInvalid, "enterprise.headcount", "invalid.not_positive")
	mustField(t, err, union.ErrInvalid, "enterprise.women", "invalid.negative")
	mustField(t, err, union.ErrInvalid, "negotiators[3].name", "invalid.duplicate")
	mustField(t, err, union.ErrInvalid, "negotiators[4].name", "invalid.required")
	mustField(t, err, union.ErrInvalid, "negotiators[5].side", "invalid.unknown")
	_, err = r.CheckNegotiators(ConsultationEnterprise{Headcount: 1}, make([]Negotiator, MaxNegotiators+1))
	mustField(t, err, union.ErrInvalid, "negotiators", "invalid.too_many")
	bad := r
	bad.Negotiators.Min = 0
	bad.Negotiators.Frontline = Threshold{Num: 4, Den: 3}
	bad.Steps.Review = Step{}
	bad.Steps.SuspensionCap = step(spanMonths(1), "x")
	bad.Vote.Quorum = Threshold{Num: 1, Den: 2, Base: BaseCast}
	_, err = bad.CheckNegotiators(ConsultationEnterprise{Headcount: 1}, nil)
	mustField(t, err, union.ErrPolicy, "steps.review.n", "invalid.required")
	mustField(t, err, union.ErrPolicy, "steps.suspension_cap.unit", "invalid.unknown")
	mustField(t, err, union.ErrPolicy, "vote.quorum.base", "democracy.policy.quorum_base")
	mustField(t, err, union.ErrPolicy, "negotiators.min", "invalid.not_positive")
	mustField(t, err, union.ErrPolicy, "negotiators.frontline.num", "democracy.threshold.above_one")
}

// The order of the negotiators never changes the result.
func TestNegotiatorsShuffle(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, r := range ConsultationPresets() {
		ns := append(side(WorkerSide, "w", 9), side(EmployerSide, "e", 8)...)
		for i := range ns {
			ns[i].Frontline = rng.IntN(2) == 0
			ns[i].Outside = rng.IntN(4) == 0
			ns[i].Gender = union.Gender(1 + rng.IntN(2))
			ns[i].Relation = Relation(rng.IntN(relationEnum.Len()))
		}
		ns[3].Name = "e2"
		e := ConsultationEnterprise{Headcount: 500, Women: 120, Disabled: 60, Dispatched: 40, AboveSize: true}
		want, err := r.CheckNegotiators(e, ns)
		require.NoError(t, err)
		for k := 0; k < 20; k++ {
			rng.Shuffle(len(ns), func(i, j int) { ns[i], ns[j] = ns[j], ns[i] })
			got, err := r.CheckNegotiators(e, ns)
			require.NoError(t, err)
			require.Equal(t, want, got, r.Name)
		}
	}
}

// shandongEvents is a consultation under 山东省企业工资集体协商条例 in 2025.
func shandongEvents() ConsultationEvents {
	return ConsultationEvents{
		Requested:    MustDate("2025-03-03"),
		Replied:      MustDate("2025-03-10"),
		Appointed:    MustDate("2025-03-11"),
		Announced:    MustDate("2025-03-18"),
		Informed:     MustDate("2025-03-14"),
		FirstMeeting: MustDate("2025-03-24"),
		Suspensions:  []Suspension{{From: MustDate("2025-04-01"), Until: MustDate("2025-04-05")}},
		Agreed:       MustDate("2025-04-20"),
		Submitted:    MustDate("2025-04-25"),
		Voted:        MustDate("2025-04-28"),
		Signed:       MustDate("2025-04-29"),
		Filed:        MustDate("2025-05-08"),
		Received:     MustDate("2025-05-09"),
		AsOf:         MustDate("2025-06-10"),
	}
}

func stepOf(t *testing.T, s Schedule, k StepKind) ScheduleStep {
	t.Helper()
	for _, st := range s.Steps {
		if st.Step == k {
			return st
		}
	}
	t.Fatalf("no step %s", k)
	return ScheduleStep{}
}

// 山东省企业工资集体协商条例 第二十一条 (reply 10 days), 第二十三条 (information
// 10 days before), 第二十八条 (60 days from the reply to the signature,
// suspensions not counted), 第二十九条 (filing 10 days), 第三十条 (review 15
// days), 第三十一条 (publication 7 days), counted by 民法典 第二百零一条至第二百零三条.
func TestScheduleShandong(t *testing.T) {
	s, err := ConsultationShandong2016().Schedule(shandongEvents(), cal2025())
	require.NoError(t, err)
	for _, c := range []struct {
		k      StepKind
		due    string
		status StepStatus
		days   int
	}{
		{StepReply, "2025-03-13", StatusOnTime, 0},
		{StepAnnouncement, "2025-03-17", StatusLate, 1}, // 山东 第十一条: 5 days from 11 March end on Sunday 16 March, moved to Monday
		{StepInformation, "2025-03-24", StatusOnTime, 0},
		{StepNegotiation, "2025-05-14", StatusOnTime, 0}, // 9 May + 5 suspended days
		{StepSuspension, "", StatusNotSet, 5},
		{StepDraft, "", StatusNotSet, 0},
		{StepFiling, "2025-05-09", StatusOnTime, 0},
		{StepReview, "2025-05-26", StatusOnTime, 0}, // 24 May is a Saturday (第二百零三条)
		{StepPublication, "2025-06-03", StatusOverdue, 7},
	} {
		st := stepOf(t, s, c.k)
		assert.Equal(t, c.due, st.Due.String(), c.k.String())
		assert.Equal(t, c.status, st.Status, c.k.String())
		assert.Equal(t, c.days, st.Days, c.k.String())
		mustCite(t, []union.Reason{st.Reason})
	}
	assert.Equal(t, EffectInForce, s.Effect)
	assert.Equal(t, "2025-05-27", s.EffectiveOn.String())
	assert.Equal(t, 5, s.SuspendedDays)
	mustCite(t, s.Reasons)
	assert.Equal(t, "审查期至 2025-05-26 届满未提出异议，合同自 2025-05-27 起生效", s.Reasons[0].Text(zhHans))
	assert.Equal(t, "the authority received the contract on 2025-05-09; its review window ends on 2025-05-26",
		stepOf(t, s, StepReview).Reason.Text(en))

	// Without AsOf, open steps are pending, and the effect is conditional.
	ev := shandongEvents()
	ev.AsOf = Date{}
	s, err = ConsultationShandong2016().Schedule(ev, cal2025())
	require.NoError(t, err)
	assert.Equal(t, StatusPending, stepOf(t, s, StepPublication).Status)
	assert.Equal(t, EffectPending, s.Effect)

	// An objection in the window stops the effect.
	ev.Objection = MustDate("2025-05-20")
	s, err = ConsultationShandong2016().Schedule(ev, cal2025())
	require.NoError(t, err)
	assert.Equal(t, EffectObjected, s.Effect)
	assert.True(t, s.EffectiveOn.IsZero())
	assert.Equal(t, StatusWaiting, stepOf(t, s, StepPublication).Status)
}

// 杭州市企业工资集体协商条例 第二十四条 (10 working days), 第二十七条 (suspensions
// at most 30 days), 第二十八条 (draft within 15 working days), 第二十九条 (60 days
// from the request).
func TestScheduleHangzhou(t *testing.T) {
	ev := ConsultationEvents{
		Requested:    MustDate("2025-01-20"),
		Replied:      MustDate("2025-02-10"),
		Informed:     MustDate("2025-02-11"),
		FirstMeeting: MustDate("2025-02-18"),
		Suspensions: []Suspension{
			{From: MustDate("2025-03-10"), Until: MustDate("2025-03-31")},
			{From: MustDate("2025-02-20"), Until: MustDate("2025-02-28")},
		},
		Agreed: MustDate("2025-04-10"),
		AsOf:   MustDate("2025-05-15"),
	}
	s, err := ConsultationHangzhou2014().Schedule(ev, cal2025())
	require.NoError(t, err)
	reply := stepOf(t, s, StepReply)
	assert.Equal(t, "2025-02-08", reply.Due.String()) // the Saturday worked in lieu
	assert.Equal(t, StatusLate, reply.Status)
	assert.Equal(t, 2, reply.Days)
	info := stepOf(t, s, StepInformation)
	assert.Equal(t, "2025-02-20", info.Due.String()) // 7 working days after 11 February
	assert.Equal(t, StatusLate, info.Status)
	susp := stepOf(t, s, StepSuspension)
	assert.Equal(t, 31, susp.Days)
	assert.Equal(t, StatusLate, susp.Status)
	neg := stepOf(t, s, StepNegotiation)
	// 60 days from 20 January is 21 March; 30 suspended days count (the cap): 20 April, a Sunday: 21 April.
	assert.Equal(t, "2025-04-21", neg.Due.String())
	assert.Equal(t, StatusOnTime, neg.Status)
	draft := stepOf(t, s, StepDraft)
	assert.Equal(t, "2025-04-30", draft.Due.String()) // 15 working days, Sunday 27 April worked
	assert.Equal(t, StatusOverdue, draft.Status)
	assert.Equal(t, 15, draft.Days)
	assert.Equal(t, EffectNotFiled, s.Effect)
}

// Bad input: dates out of order, a signature before the vote, overlapping suspensions.
func TestScheduleBadInput(t *testing.T) {
	r := ConsultationShandong2016()
	ev := shandongEvents()
	ev.Signed = MustDate("2025-04-27")
	_, err := r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.signed", "democracy.consultation.signed_before_vote")
	ev = shandongEvents()
	ev.Voted = Date{}
	_, err = r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.voted", "democracy.consultation.signed_before_vote")
	ev = shandongEvents()
	ev.Replied = MustDate("2025-03-01")
	ev.Received = MustDate("2025-05-07")
	ev.Suspensions = append(ev.Suspensions, Suspension{From: MustDate("2025-04-05"), Until: MustDate("2025-04-06")},
		Suspension{From: MustDate("2025-04-09"), Until: MustDate("2025-04-08")})
	_, err = r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.replied", "democracy.consultation.order")
	mustField(t, err, union.ErrInvalid, "events.received", "democracy.consultation.order")
	mustField(t, err, union.ErrInvalid, "events.suspensions[2].until", "invalid.order")
	ev = shandongEvents()
	ev.Suspensions = append(ev.Suspensions, Suspension{From: MustDate("2025-04-05"), Until: MustDate("2025-04-06")})
	_, err = r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.suspensions", "democracy.consultation.suspension_overlap")
	ev = shandongEvents()
	ev.Requested = Date{Year: 10000, Month: 1, Day: 1}
	_, err = r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.requested", "invalid.format")
	ev = shandongEvents()
	ev.Suspensions = make([]Suspension, MaxSuspensions+1)
	_, err = r.Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.suspensions", "invalid.too_many")
	_, err = r.Schedule(shandongEvents(), Calendar{})
	mustField(t, err, union.ErrInvalid, "calendar.from", "invalid.required")
	// The calendar must cover every day the counting needs.
	short := cal2025()
	short.Until = MustDate("2025-05-20")
	short.Holidays = short.Holidays[:len(short.Holidays)-11]
	short.Workdays = short.Workdays[:3]
	_, err = r.Schedule(shandongEvents(), short)
	mustField(t, err, union.ErrInvalid, "calendar.events", "democracy.calendar.uncovered")
}

// The order of the suspensions never changes the schedule.
func TestScheduleShuffle(t *testing.T) {
	ev := shandongEvents()
	ev.Suspensions = []Suspension{
		{From: MustDate("2025-03-25"), Until: MustDate("2025-03-26")},
		{From: MustDate("2025-04-01"), Until: MustDate("2025-04-05")},
		{From: MustDate("2025-04-10"), Until: MustDate("2025-04-10")},
	}
	want, err := ConsultationShandong2016().Schedule(ev, cal2025())
	require.NoError(t, err)
	ev.Suspensions[0], ev.Suspensions[2] = ev.Suspensions[2], ev.Suspensions[0]
	got, err := ConsultationShandong2016().Schedule(ev, cal2025())
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// 浙江省集体合同条例 第二十四条 and 杭州 第二十八条: 过半数 of 180 is 91; 北京 第三十八条
// and 集体合同规定 第三十六条: 半数以上 of 180 is 90; two thirds of 180 is 120.
func TestDecideAdoption(t *testing.T) {
	for _, c := range []struct {
		r        ConsultationRules
		required int
		passed   bool
	}{
		{ConsultationZhejiang2010(), 91, false},
		{ConsultationHangzhou2014(), 91, false},
		{ConsultationBeijing2005(), 90, true},
		{ConsultationNational2004(), 90, true},
		{ConsultationChongqing2016(), 90, true},
	} {
		d, err := c.r.DecideAdoption(180, 120, Tally{For: 90, Against: 20, Abstain: 10})
		require.NoError(t, err)
		assert.Equal(t, 120, d.QuorumRequired, c.r.Name)
		assert.True(t, d.Quorate)
		assert.Equal(t, c.required, d.Required, c.r.Name)
		assert.Equal(t, c.passed, d.Passed, c.r.Name)
		assert.Equal(t, MatterAdopt, d.Kind)
		mustCite(t, d.Reasons)
	}
	// 119 present: no quorum where one is set; 山东 第二十七条 and 上海 第二十二条 set none.
	d, err := ConsultationZhejiang2010().DecideAdoption(180, 119, Tally{For: 100})
	require.NoError(t, err)
	assert.False(t, d.Quorate)
	assert.False(t, d.Passed)
	d, err = ConsultationShandong2016().DecideAdoption(180, 100, Tally{For: 91})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, "democracy.consultation.vote.no_quorum", d.Reasons[0].Code)
	assert.Equal(t, "赞成 91 票；须超过全体 180 人的 1/2（不含本数），即 91 票", d.Reasons[1].Text(zhHans))
	// Henan borrows the national rule and says so.
	d, err = ConsultationHenan2013().DecideAdoption(180, 120, Tally{For: 90})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, "democracy.consultation.vote.fallback", d.Reasons[len(d.Reasons)-1].Code)
	assert.Contains(t, d.Reasons[0].Source, unverNote)

	_, err = ConsultationZhejiang2010().DecideAdoption(0, -1, Tally{For: math.MaxInt, Against: math.MaxInt})
	mustField(t, err, union.ErrInvalid, "delegates", "invalid.not_positive")
	mustField(t, err, union.ErrInvalid, "present", "invalid.negative")
	_, err = ConsultationZhejiang2010().DecideAdoption(10, 10, Tally{For: math.MaxInt, Against: math.MaxInt})
	mustField(t, err, union.ErrInvalid, "tally", "democracy.vote.exceeds_present")
}

// 劳动合同法 第五十五条 (not below the minimum), 杭州 第十一条 (above it),
// 山东 第十七条 (one year, at most three), 山东 第二十条 (a quota 90% can meet).
func TestCheckTerms(t *testing.T) {
	dec := decimal.RequireFromString
	res, err := ConsultationShandong2016().CheckTerms(ContractTerms{
		MinimumWage: dec("2200"), LocalMinimum: dec("2200"), QuotaWorkers: 50, QuotaMeeting: 45,
	})
	require.NoError(t, err)
	assert.True(t, res.OK)
	assert.Equal(t, 12, res.TermMonths)
	assert.Equal(t, "democracy.consultation.term.default", res.Checks[0].Code)
	q := checkOf(t, res.Checks, "democracy.consultation.quota")
	assert.Equal(t, 45, q.Limit)
	for _, c := range res.Checks {
		mustCite(t, []union.Reason{c.Reason})
	}

	res, err = ConsultationHangzhou2014().CheckTerms(ContractTerms{
		TermMonths: 12, MinimumWage: dec("2490"), LocalMinimum: dec("2490"), QuotaWorkers: 50, QuotaMeeting: 44,
	})
	require.NoError(t, err)
	assert.False(t, res.OK)
	assert.False(t, checkOf(t, res.Checks, "democracy.consultation.minimum.above").OK)
	assert.False(t, checkOf(t, res.Checks, "democracy.consultation.quota").OK)
	res, err = ConsultationShandong2016().CheckTerms(ContractTerms{TermMonths: 48})
	require.NoError(t, err)
	assert.False(t, res.OK)
	assert.Equal(t, "democracy.consultation.term.too_long", res.Checks[0].Code)
	res, err = ConsultationHenan2013().CheckTerms(ContractTerms{})
	require.NoError(t, err)
	assert.Equal(t, "democracy.consultation.term.missing", res.Checks[0].Code)
	res, err = ConsultationHenan2013().CheckTerms(ContractTerms{TermMonths: 6})
	require.NoError(t, err)
	assert.Equal(t, "democracy.consultation.term.too_short", res.Checks[0].Code)

	_, err = ConsultationShandong2016().CheckTerms(ContractTerms{TermMonths: -1, MinimumWage: dec("-1"), QuotaWorkers: 5, QuotaMeeting: 6})
	mustField(t, err, union.ErrInvalid, "term_months", "invalid.range")
	mustField(t, err, union.ErrInvalid, "minimum_wage", "invalid.negative")
	mustField(t, err, union.ErrInvalid, "quota_meeting", "invalid.too_large")
	_, err = ConsultationShandong2016().CheckTerms(ContractTerms{MinimumWage: dec("2000.001"), LocalMinimum: dec("0")})
	mustField(t, err, union.ErrInvalid, "minimum_wage", "invalid.precision")
	mustField(t, err, union.ErrInvalid, "local_minimum", "invalid.required")
}

// Shandong's 2018 lines: 上线 11%, 基准线 7%, 下线 3%; Shanghai 2018 has no 上线.
func TestGuidelineClassify(t *testing.T) {
	dec := decimal.RequireFromString
	sd := WageGuideline{Year: 2018, Upper: dec("0.11"), Base: dec("0.07"), Lower: dec("0.03"), Source: "山东省2018年企业工资指导线（依二手资料）"}
	for _, c := range []struct {
		raise string
		band  GuidelineBand
		n     int
	}{
		{"0.12", AboveUpper, 2}, {"0.11", BaseToUpper, 2}, {"0.07", BaseToUpper, 2}, {"0.0699", LowerToBase, 2},
		{"0.03", LowerToBase, 2}, {"0.02", BelowLower, 2}, {"0", BelowLower, 2}, {"-0.05", BelowLower, 3},
	} {
		g, err := sd.Classify(dec(c.raise))
		require.NoError(t, err)
		assert.Equal(t, c.band, g.Band, c.raise)
		assert.Len(t, g.Reasons, c.n, c.raise)
		mustCite(t, g.Reasons)
	}
	sh := WageGuideline{Year: 2018, NoUpper: true, Base: dec("0.08"), Lower: dec("0.03"), Source: "上海市2018年企业工资指导线（依二手资料）"}
	g, err := sh.Classify(dec("0.15"))
	require.NoError(t, err)
	assert.Equal(t, BaseToUpper, g.Band)
	assert.Equal(t, "2018 年工资指导线：下线 0.03，基准线 0.08，上线 —；计划增幅 0.15", g.Reasons[0].Text(zhHans))

	_, err = WageGuideline{Year: 0, Upper: dec("0.05"), Base: dec("0.07"), Lower: dec("0.08")}.Classify(dec("0.1"))
	mustField(t, err, union.ErrPolicy, "guideline.year", "policy.range")
	mustField(t, err, union.ErrPolicy, "guideline.lower", "invalid.too_large")
	mustField(t, err, union.ErrPolicy, "guideline.upper", "invalid.too_small")
	mustField(t, err, union.ErrPolicy, "guideline.source", "invalid.required")
	_, err = sd.Classify(dec("11"))
	mustField(t, err, union.ErrInvalid, "raise", "invalid.range")
}

// 建制率 = enterprises with a mechanism ÷ unionised enterprises.
func TestConsultationCoverage(t *testing.T) {
	c, err := ConsultationCoverage(CoverageInput{Unionised: 72, Established: 64, Workers: 12105, Covered: 11137})
	require.NoError(t, err)
	assert.Equal(t, "64/72 = 88.9%", c.Establishment.String())
	assert.Equal(t, "92.0", c.Workers.Percent.StringFixed(1))
	mustCite(t, c.Reasons)
	c, err = ConsultationCoverage(CoverageInput{})
	require.NoError(t, err)
	assert.False(t, c.Establishment.Defined)
	_, err = ConsultationCoverage(CoverageInput{Unionised: 5, Established: 6, Workers: -1, Covered: -1})
	mustField(t, err, union.ErrInvalid, "established", "invalid.too_large")
	mustField(t, err, union.ErrInvalid, "covered", "invalid.negative")
	c, err = ConsultationCoverage(CoverageInput{Unionised: math.MaxInt, Established: math.MaxInt - 1})
	require.NoError(t, err)
	assert.Equal(t, "100.0", c.Establishment.Percent.StringFixed(1))
}

// A whole consultation under 杭州市企业工资集体协商条例.
func TestCheckHangzhou(t *testing.T) {
	r := ConsultationHangzhou2014()
	c := hangzhouConsultation()
	rep, err := r.Check(c, cal2025())
	require.NoError(t, err)
	assert.True(t, rep.OK, "%+v", rep)
	require.NotNil(t, rep.Vote)
	assert.True(t, rep.Vote.Passed)
	require.NotNil(t, rep.Guideline)
	assert.Equal(t, BaseToUpper, rep.Guideline.Band)
	assert.Equal(t, EffectInForce, rep.Schedule.Effect)

	c.Vote.Tally.For = 40
	rep, err = r.Check(c, cal2025())
	require.NoError(t, err)
	assert.False(t, rep.OK)
	assert.Equal(t, "democracy.consultation.signed_unadopted", rep.Reasons[0].Code)

	c = hangzhouConsultation()
	c.Guideline = nil
	c.Enterprise.Headcount = 0
	c.Events.Signed = MustDate("2025-04-01")
	c.Terms.QuotaMeeting = -1
	_, err = r.Check(c, cal2025())
	mustField(t, err, union.ErrInvalid, "guideline", "invalid.required")
	mustField(t, err, union.ErrInvalid, "enterprise.headcount", "invalid.not_positive")
	mustField(t, err, union.ErrInvalid, "events.signed", "democracy.consultation.signed_before_vote")
	mustField(t, err, union.ErrInvalid, "terms.quota_meeting", "invalid.negative")
}

func hangzhouConsultation() Consultation {
	raise := decimal.RequireFromString("0.08")
	ns := append(side(WorkerSide, "w", 5), side(EmployerSide, "e", 5)...)
	ns[1].Gender = union.Female
	return Consultation{
		Enterprise:  ConsultationEnterprise{Headcount: 600, Women: 150, AboveSize: true},
		Negotiators: ns,
		Events: ConsultationEvents{
			Requested: MustDate("2025-03-03"), Replied: MustDate("2025-03-10"), Informed: MustDate("2025-03-11"),
			FirstMeeting: MustDate("2025-03-20"), Agreed: MustDate("2025-04-15"), Submitted: MustDate("2025-04-22"),
			Voted: MustDate("2025-04-22"), Signed: MustDate("2025-04-23"), Filed: MustDate("2025-04-30"),
			Published: MustDate("2025-05-20"), AsOf: MustDate("2025-06-30"),
		},
		Vote:      &AdoptionVote{Delegates: 85, Present: 80, Tally: Tally{For: 70, Against: 6, Abstain: 4}},
		Terms:     ContractTerms{TermMonths: 12, MinimumWage: decimal.RequireFromString("2600"), LocalMinimum: decimal.RequireFromString("2490")},
		Raise:     &raise,
		Guideline: &WageGuideline{Year: 2025, Upper: decimal.RequireFromString("0.10"), Base: decimal.RequireFromString("0.06"), Lower: decimal.RequireFromString("0.02"), Source: "浙江省2025年企业工资指导线（示例）"},
	}
}
