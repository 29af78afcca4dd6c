package democracy

import (
	"errors"

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

var shortfallWords = []string{"further_round", "vacant"}

// String returns the English word.
func (s Shortfall) String() string { return union.EnumString(s, "Shortfall", shortfallWords) }

// Text returns the localized name.
func (s Shortfall) Text(tag language.Tag) string {
	return union.EnumText(s, "democracy.shortfall", shortfallWords, tag)
}

// Valid reports whether s is one of the defined policies.
func (s Shortfall) Valid() bool { return int(s) < len(shortfallWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Shortfall) MarshalText() ([]byte, error) {
	return union.EnumMarshal(s, "shortfall", shortfallWords)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *Shortfall) UnmarshalText(t []byte) error {
	v, err := union.EnumParse[Shortfall](t, "shortfall", shortfallWords)
	if err == nil {
		*s = v
	}
	return err
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
	// the chair or a vice-chair needs (工会法 第十八条: 过半数).
	Recall Threshold `json:"recall"`
	// RecallSource cites the article of Recall.
	RecallSource string `json:"recall_source"`
}

// UnionElection returns the rules of 工会基层组织选举工作条例 (总工发〔2016〕27号)
// as quoted by secondary sources (its full text was not found): at least 2/3 of
// the entitled (应到会人数的三分之二以上) take part; a candidate needs more than
// half of the entitled (应到会人数的过半数); committee elections are
// competitive with a 差额率 of at least 5%; ballots returned above ballots
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
		MarginSource: "工会基层组织选举工作条例（2016）：差额率；中国工会章程 第十条",
		WriteIns:     true,
		BallotSource: "工会基层组织选举工作条例（2016）：选票效力与另选他人",
		Shortfall:    FurtherRound,
		RoundSource:  "工会基层组织选举工作条例（2016）：得票相等再次投票；另行选举",
		Recall:       MoreThan(1, 2),
		RecallSource: srcTUL + " 第十八条",
	}
}

// ElectionPresets returns every election preset by name, freshly built.
func ElectionPresets() map[string]ElectionRules {
	return map[string]ElectionRules{"union_election": UnionElection()}
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
	if er.MinMargin.Sign() < 0 || er.MinMargin.GreaterThan(decimal.NewFromInt(1)) {
		add(union.Inconsistent("min_margin", "policy.range", er.MinMargin.String(), "0", "1"))
	}
	if !er.Shortfall.Valid() {
		add(union.Inconsistent("shortfall", "invalid.unknown", er.Shortfall.String()))
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
// 差额 rule asks for: ⌈seats × MinMargin⌉.
func (er ElectionRules) MarginNeeded(seats int) int {
	if seats <= 0 || er.MinMargin.Sign() <= 0 {
		return 0
	}
	return int(decimal.NewFromInt(int64(seats)).Mul(er.MinMargin).Ceil().IntPart())
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
	code := "democracy.recall.failed"
	if d.Passed {
		code = "democracy.recall.passed"
	}
	d.Reasons = []union.Reason{union.NewReason(code, er.RecallSource, itoa(t.For), itoa(d.Required), itoa(members))}
	return d, nil
}
