package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Shortfall says what happens to seats no candidate won.
// Its text form is "further_round" or "vacant".
type Shortfall uint8

// The shortfall policies.
const (
	// FurtherRound holds a further election (另行选举) among the candidates
	// not elected, for the unfilled seats. The zero value.
	FurtherRound Shortfall = iota
	// Vacant leaves the seats vacant (暂作空缺, 不再补选), as some local rules
	// allow with the assembly's consent.
	Vacant
)

var shortfallEnum = enum.New[Shortfall]("Shortfall", "shortfall", "democracy.shortfall", union.Invalid, "further_round", "vacant")

// String returns the English word.
func (s Shortfall) String() string { return shortfallEnum.String(s) }

// Text returns the localized name.
func (s Shortfall) Text(tag language.Tag) string {
	return shortfallEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined policies.
func (s Shortfall) Valid() bool { return shortfallEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Shortfall) MarshalText() ([]byte, error) {
	return shortfallEnum.Marshal(s)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *Shortfall) UnmarshalText(t []byte) error {
	return shortfallEnum.Unmarshal(s, t)
}

// ElectionRules is the policy of a union election (会员大会 or
// 会员代表大会 electing a committee, a chair, delegates).
type ElectionRules struct {
	// Name identifies the rule set, e.g. "union_election".
	Name string `json:"name"`
	// Source names the documents the rule set encodes.
	Source string `json:"source"`
	// Effective is the period the rule set is in force.
	Effective union.Effective `json:"effective"`

	// Quorum is the share of the entitled (应到会) who must take part
	// (return a ballot); its Base must be BaseAll. 2/3, at least.
	Quorum Threshold `json:"quorum"`
	// Win is the share of votes a candidate needs: of the entitled
	// (BaseAll), of the ballots returned (BasePresent) or of the valid
	// ballots (BaseCast). 1/2, more than, of the entitled.
	Win Threshold `json:"win"`
	// VoteSource cites the articles of Quorum and Win.
	VoteSource string `json:"vote_source"`

	// MinMargin is the least 差额率 (candidates − seats) / seats of a first
	// round; the extra candidates needed are rounded up to whole people
	// (5% of 13 seats is 0.65: one more candidate). 0 allows 等额.
	MinMargin decimal.Decimal `json:"min_margin"`
	// MarginKinds lists the kinds of election MinMargin applies to; the
	// others may be 等额. Empty applies it to every kind (the strict
	// reading, and what a policy that does not say gets). UnionElection
	// applies it to committee members only.
	MarginKinds ElectionKinds `json:"margin_kinds,omitempty"`
	// MarginSource cites the article of MinMargin.
	MarginSource string `json:"margin_source"`

	// WriteIns lets a voter write in another person (另选他人) in a first
	// round; write-ins count toward the seats limit of a ballot. Further
	// rounds and tie-breaks are confined to their candidates.
	WriteIns bool `json:"write_ins"`
	// BallotSource cites the rules on ballot validity and on an election
	// voided by more ballots returned than issued.
	BallotSource string `json:"ballot_source"`

	// Shortfall says what happens to unfilled seats.
	Shortfall Shortfall `json:"shortfall"`
	// RoundSource cites the rules on ties at the last seat and on further rounds.
	RoundSource string `json:"round_source"`

	// Recall is the share of ALL members or representatives a recall of
	// the chair or a vice-chair needs (工会法 第十八条: 过半数), or, in the
	// rules of a constituency, of all its staff for the recall of a delegate
	// (上海市职工代表大会条例 第十九条: 半数以上).
	Recall Threshold `json:"recall"`
	// RecallSource cites the article of Recall.
	RecallSource string `json:"recall_source"`
}

// UnionElection returns the rules of 工会基层组织选举工作条例 (总工发〔2016〕27号)
// as quoted by secondary sources (its full text was not found): at least 2/3 of
// the entitled (应到会人数的三分之二以上) take part; a candidate needs more than
// half of the entitled (应到会人数的过半数); committee elections are
// competitive with a 差额率 of at least 5% (for committee members only: the
// chair, the vice-chairs and the 经审会 may be elected 等额); ballots returned above ballots
// issued void the election; a ballot marking more names than seats is
// invalid; write-ins (另选他人) count; more qualifiers than seats go by votes;
// a tie at the last seat goes to a further vote among the tied; unfilled
// seats go to a further round among the candidates not elected. Recall of
// the chair or a vice-chair needs more than half of all members or
// representatives (中华人民共和国工会法 第十八条).
func UnionElection() ElectionRules {
	return ElectionRules{
		Name:         "union_election",
		Source:       srcELEC + "；" + srcTUL,
		Effective:    union.Since(union.Period{Year: 2016, Month: 10}),
		Quorum:       AtLeast(2, 3),
		Win:          MoreThan(1, 2),
		VoteSource:   "工会基层组织选举工作条例（2016）：参加选举人数与当选票数",
		MinMargin:    decimal.New(5, -2),
		MarginKinds:  []ElectionKind{Committee},
		MarginSource: "工会基层组织选举工作条例（2016）：委员会委员差额率不低于百分之五；中国工会章程 第十条",
		WriteIns:     true,
		BallotSource: "工会基层组织选举工作条例（2016）：选票效力与另选他人",
		Shortfall:    FurtherRound,
		RoundSource:  "工会基层组织选举工作条例（2016）：得票相等再次投票；另行选举",
		Recall:       MoreThan(1, 2),
		RecallSource: srcTUL + " 第十八条",
	}
}

// UnionElection1992 returns the rules of 工会基层组织选举工作暂行条例 (1992),
// which the 2016 regulation replaced: in force from 1992 (the sources give
// the year, not the month: from 1992-01) to 2016-09, so that an election
// held then can be recounted under its own rules. Its text was not found;
// only its article 7 (committee sizes) is quoted. The counting rules are
// those the 2016 regulation restates and local 选举办法 of the 1990s and
// 2000s apply, marked unverified in every source: at least 2/3 of the
// entitled take part; a candidate needs more than half of the entitled;
// committee members by 差额 of at least 5%; ballots returned above ballots
// issued void the election; a ballot marking more names than seats is
// invalid; write-ins count; ties go to a further vote; unfilled seats to a
// further round. Recall of the chair: more than half of all members
// (中华人民共和国工会法 as amended in 2001, 第十七条; unverified for the
// months before that amendment).
func UnionElection1992() ElectionRules {
	const src = "工会基层组织选举工作暂行条例（1992）"
	return ElectionRules{
		Name:         "union_election1992",
		Source:       src + unverNote,
		Effective:    union.Between(union.Period{Year: 1992, Month: 1}, union.Period{Year: 2016, Month: 9}),
		Quorum:       AtLeast(2, 3),
		Win:          MoreThan(1, 2),
		VoteSource:   src + "：参加选举人数与当选票数" + unverNote,
		MinMargin:    decimal.New(5, -2),
		MarginKinds:  []ElectionKind{Committee},
		MarginSource: src + "：委员会委员差额选举" + unverNote,
		WriteIns:     true,
		BallotSource: src + "：选票效力与另选他人" + unverNote,
		Shortfall:    FurtherRound,
		RoundSource:  src + "：得票相等再次投票；另行选举" + unverNote,
		Recall:       MoreThan(1, 2),
		RecallSource: "中华人民共和国工会法（2001年修正）第十七条" + unverNote,
	}
}

// ShanghaiDelegates2017 returns the rules of a constituency's election and
// recall of congress delegates under 上海市职工代表大会条例 (2010, amended
// 2017): the election is valid only when at least 2/3 of ALL staff of the
// constituency take part, and a candidate wins with 半数以上 (at least
// half) of ALL its staff (第十五条); a delegate is recalled (撤免) with the
// consent of at least half of ALL its staff (第十九条). Entitled is then the
// constituency's staff. The regulation sets no 差额 rule and speaks of
// candidates only, so write-ins are not counted (a ballot with one is
// invalid); unfilled seats go to a further round among the candidates not
// elected. Use RecallDelegate for a recall.
func ShanghaiDelegates2017() ElectionRules {
	return ElectionRules{
		Name:         "shanghai_delegates2017",
		Source:       srcSH,
		Effective:    union.Since(union.Period{Year: 2017, Month: 11}),
		Quorum:       AtLeast(2, 3),
		Win:          AtLeast(1, 2),
		VoteSource:   "上海市职工代表大会条例 第十五条（选区全体职工三分之二以上参加，获得选区全体职工半数以上赞成票方可当选）",
		MinMargin:    decimal.Zero,
		MarginSource: "上海市职工代表大会条例 第十五条（未规定差额）",
		BallotSource: "上海市职工代表大会条例 第十五条（候选人获得赞成票方可当选）",
		Shortfall:    FurtherRound,
		RoundSource:  "上海市职工代表大会条例 第十五条、第十九条",
		Recall:       AtLeast(1, 2),
		RecallSource: "上海市职工代表大会条例 第十九条（经原选区全体职工半数以上同意）",
	}
}

// ElectionTimeline returns the union election rules over time:
// UnionElection1992 to 2016-09, then UnionElection.
func ElectionTimeline() union.Timeline[ElectionRules] {
	old, cur := UnionElection1992(), UnionElection()
	// The periods are contiguous (TestElectionTimeline holds it), so
	// NewTimeline cannot fail here.
	t, _ := union.NewTimeline(
		union.Dated[ElectionRules]{Effective: old.Effective, Policy: old},
		union.Dated[ElectionRules]{Effective: cur.Effective, Policy: cur},
	)
	return t
}

// Validate reports every inconsistency at once (errors.Join of
// *union.FieldError wrapping ErrPolicy): thresholds (a zero denominator, a
// share above 1), a quorum not of the entitled, a margin outside 0 to 1, an
// unknown shortfall policy, an invalid effective period.
func (er ElectionRules) Validate() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	add(within("quorum", er.Quorum.Validate()))
	if er.Quorum.Base != BaseAll {
		add(union.Inconsistent("quorum.base", "democracy.policy.quorum_base", er.Quorum.Base.String()))
	}
	add(within("win", er.Win.Validate()))
	add(within("recall", er.Recall.Validate()))
	if fe := marginError("min_margin", er.MinMargin); fe != nil {
		add(fe)
	}
	if !er.Shortfall.Valid() {
		add(union.Inconsistent("shortfall", "invalid.unknown", er.Shortfall.String()))
	}
	if len(er.MarginKinds) > electionKindEnum.Len() {
		add(tooMany(union.ErrPolicy, "margin_kinds", len(er.MarginKinds), electionKindEnum.Len()))
	} else {
		for i, k := range er.MarginKinds {
			if !k.Valid() {
				add(union.Inconsistent(union.Indexed("margin_kinds", i), "invalid.unknown", k.String()))
			}
		}
	}
	add(within("effective", er.Effective.Validate()))
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// marginText formats the margin as a percentage, e.g. "5%".
func (er ElectionRules) marginText() string {
	return er.MinMargin.Shift(2).String() + "%"
}

// MarginNeeded returns the least number of candidates beyond seats the
// 差额 rule asks for: ⌈seats × MinMargin⌉, whatever the kind of election
// (MarginFor takes the kind into account).
func (er ElectionRules) MarginNeeded(seats int) int {
	if seats <= 0 || seats > MaxElectionSeats || marginError("", er.MinMargin) != nil || er.MinMargin.Sign() <= 0 {
		return 0
	}
	return int(decimal.NewFromInt(int64(seats)).Mul(er.MinMargin).Ceil().IntPart())
}

// MarginApplies reports whether the 差额 rule applies to an election of
// the kind: MarginKinds is empty or lists it.
func (er ElectionRules) MarginApplies(kind ElectionKind) bool {
	if len(er.MarginKinds) == 0 {
		return true
	}
	for _, k := range er.MarginKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// MarginFor returns the least number of candidates beyond seats for an
// election of the kind: MarginNeeded where the rule applies, 0 (等额
// allowed) where it does not.
func (er ElectionRules) MarginFor(kind ElectionKind, seats int) int {
	if !er.MarginApplies(kind) {
		return 0
	}
	return er.MarginNeeded(seats)
}

// cited returns the rules with every empty source replaced by OwnRule, for
// the reasons of a caller's own rules.
func (er ElectionRules) cited() ElectionRules {
	er.Source = cite(er.Source)
	er.VoteSource = cite(er.VoteSource)
	er.MarginSource = cite(er.MarginSource)
	er.BallotSource = cite(er.BallotSource)
	er.RoundSource = cite(er.RoundSource)
	er.RecallSource = cite(er.RecallSource)
	return er
}

// RecallChair decides a motion to recall the union chair or a vice-chair:
// it needs Recall (more than half) of ALL members of a general assembly or
// ALL representatives of a representative assembly, whoever attends
// (中华人民共和国工会法 第十八条). members is that whole body; present those
// attending.
//
// Errors: inconsistent rules (ErrPolicy); members not positive, negative
// counts, more present than members, more votes than present (ErrInvalid).
func (er ElectionRules) RecallChair(members, present int, t Tally) (Decision, error) {
	return er.recall("democracy.recall", members, present, t)
}

// RecallDelegate decides the recall (撤免) of a congress delegate by the
// staff of the delegate's constituency: it needs Recall of ALL its staff
// (上海市职工代表大会条例 第十九条: 原选区全体职工半数以上同意, under
// ShanghaiDelegates2017). staff is the constituency's whole staff; present
// those taking part. Errors as for RecallChair.
func (er ElectionRules) RecallDelegate(staff, present int, t Tally) (Decision, error) {
	return er.recall("democracy.recall.delegate", staff, present, t)
}

// recall decides a recall with reason codes prefix + ".passed" or ".failed".
func (er ElectionRules) recall(prefix string, members, present int, t Tally) (Decision, error) {
	if err := er.Validate(); err != nil {
		return Decision{}, err
	}
	if err := checkVote(MatterVote, "members", members, present, t); err != nil {
		return Decision{}, err
	}
	d := Decision{Delegates: members, Present: present, Tally: t, Quorate: true, Base: members}
	d.Required = er.Recall.Required(members)
	d.Passed = t.For >= d.Required
	d.Binding = d.Passed
	code := prefix + ".failed"
	if d.Passed {
		code = prefix + ".passed"
	}
	d.Reasons = []union.Reason{union.NewReason(code, cite(er.RecallSource), itoa(t.For), itoa(d.Required), itoa(members))}
	return d, nil
}
