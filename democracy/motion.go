package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Matter is the kind of matter a congress votes on, which decides what
// follows from the vote (上海市职工代表大会条例 第九条至第十四条).
// Its text form is "vote", "adopt", "advise" or "elect".
type Matter uint8

// The kinds of matter.
const (
	// MatterVote is a plain motion: the vote is the outcome. The zero value.
	MatterVote Matter = iota
	// MatterAdopt is a matter the congress must adopt (审议通过: collective
	// contracts, pay and welfare rules …). Adopted, it binds the unit and all
	// staff (上海 第三十四条); not adopted, the unit's decision on it does not
	// bind staff (上海 第三十三条).
	MatterAdopt
	// MatterAdvise is a matter the congress deliberates and advises on
	// (审议建议): the vote records the congress's opinion; the unit decides.
	MatterAdvise
	// MatterElect is an election held by the congress (employee directors,
	// committee members): the pass rule is the winning rule.
	MatterElect
)

var matterEnum = enum.New[Matter]("Matter", "matter", "democracy.matter", union.Invalid, "vote", "adopt", "advise", "elect")

// String returns the English word.
func (m Matter) String() string { return matterEnum.String(m) }

// Text returns the localized name, e.g. 审议通过事项 in zh-Hans.
func (m Matter) Text(tag language.Tag) string {
	return matterEnum.Text(m, tag)
}

// Valid reports whether m is one of the defined kinds.
func (m Matter) Valid() bool { return matterEnum.Valid(m) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (m Matter) MarshalText() ([]byte, error) { return matterEnum.Marshal(m) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (m *Matter) UnmarshalText(t []byte) error {
	return matterEnum.Unmarshal(m, t)
}

// Tally is the vote on one motion: yes, no and abstain. Delegates present who
// did not vote, and absent delegates, appear in none of them.
type Tally struct {
	For     int `json:"for"`     // 赞成
	Against int `json:"against"` // 反对
	Abstain int `json:"abstain"` // 弃权
}

// Cast returns the votes cast: For + Against + Abstain, saturating at
// math.MaxInt instead of wrapping (entry points refuse counts above
// MaxPeople before they add).
func (t Tally) Cast() int { return satAdd(satAdd(t.For, t.Against), t.Abstain) }

// Decision is the outcome of a vote. Numbers are fields; Reasons cite the
// rules applied (they carry no arguments: the numbers are fields).
type Decision struct {
	// Kind is the kind of matter voted on.
	Kind Matter `json:"kind"`
	// Delegates is the number of all (voting) delegates, 应到.
	Delegates int `json:"delegates"`
	// Present is the number of delegates present, 实到.
	Present int `json:"present"`
	// Tally is the vote.
	Tally Tally `json:"tally"`
	// Quorate reports whether enough delegates were present to vote.
	Quorate bool `json:"quorate"`
	// QuorumRequired is the least number present for a quorum.
	QuorumRequired int `json:"quorum_required"`
	// Passed reports whether the motion passed (never without a quorum).
	Passed bool `json:"passed"`
	// Required is the least number of yes votes to pass, measured against
	// Base (all delegates: abstentions and absentees count against).
	Required int `json:"required"`
	// Base is the count the pass rule was measured against.
	Base int `json:"base"`
	// Binding reports that the outcome binds the unit and staff: an adopted
	// must-adopt matter, or a passed plain motion or election. False for
	// advice and for anything not passed.
	Binding bool `json:"binding"`
	// Reasons cite the rules: quorum, pass rule, and what follows from the kind.
	// The slice is the result's own: change or append to it freely.
	Reasons []union.Reason `json:"reasons"`
}

// Decide decides a plain motion (MatterVote): the quorum is Rules.Quorum of
// all delegates; the motion passes with Rules.Pass yes votes of Pass.Base.
// Under every instrument found the base is all delegates, so abstentions and
// absentees count against (上海 第三十一条, 浙江 第十五条, 企业民主管理规定 第二十条).
//
// Errors: inconsistent rules (ErrPolicy); delegates not positive, negative
// counts, more present than delegates, more votes than present (ErrInvalid).
// Decide allocates once, for the reasons.
func (r Rules) Decide(delegates, present int, t Tally) (Decision, error) {
	return r.DecideMatter(MatterVote, delegates, present, t)
}

// DecideMatter decides a motion of the given kind, adding what follows from
// it: an adopted must-adopt matter binds the unit and all staff; one that is
// not adopted leaves the unit's decision not binding on staff (上海 第三十三条;
// nationally 工会法 第二十条); a matter for advice records an opinion only.
func (r Rules) DecideMatter(kind Matter, delegates, present int, t Tally) (Decision, error) {
	if err := r.Validate(); err != nil {
		return Decision{}, err
	}
	if err := checkVote(kind, "delegates", delegates, present, t); err != nil {
		return Decision{}, err
	}
	d := Decision{Kind: kind, Delegates: delegates, Present: present, Tally: t}
	d.QuorumRequired = r.Quorum.Required(delegates)
	d.Quorate = present >= d.QuorumRequired
	switch r.Pass.Base {
	case BasePresent:
		d.Base = present
	case BaseCast:
		d.Base = t.Cast()
	default:
		d.Base = delegates
	}
	d.Required = r.Pass.Required(d.Base)
	d.Passed = d.Quorate && t.For >= d.Required
	d.Binding = d.Passed && kind != MatterAdvise
	against := r.Pass.Base == BaseAll && (present < delegates || t.Abstain > 0 || t.Cast() < present)
	k := r.decisionKey(kind, d.Quorate, d.Passed, against)
	d.Reasons = k.reasons()
	return d, nil
}

// decisionKey describes the reasons of a decision.
func (r Rules) decisionKey(kind Matter, quorate, passed, against bool) reasonKey {
	var k reasonKey
	if !quorate {
		k.add("democracy.quorum.not_met", r.VoteSource)
	} else {
		k.add("democracy.quorum.met", r.VoteSource)
		if passed {
			k.add("democracy.motion.passed", r.VoteSource)
		} else {
			k.add("democracy.motion.failed", r.VoteSource)
		}
		if against {
			k.add("democracy.motion.base_all", r.VoteSource)
		}
	}
	switch kind {
	case MatterAdopt:
		if passed {
			k.add("democracy.matter.binding", r.Matters.AdoptSource)
		} else {
			k.add("democracy.matter.not_binding", r.Matters.AdoptSource)
		}
	case MatterAdvise:
		k.add("democracy.matter.advisory", r.Matters.AdviseSource)
	}
	return k
}

// checkVote validates the numbers of a vote (ErrInvalid), reporting all problems.
func checkVote(kind Matter, body string, delegates, present int, t Tally) error {
	var errs []error
	if !kind.Valid() {
		errs = append(errs, union.Invalid("kind", "invalid.unknown", kind.String()))
	}
	bad := false
	note := func(fe *union.FieldError) {
		if fe != nil {
			bad = true
			errs = append(errs, fe)
		}
	}
	note(countError(body, delegates, true))
	note(countError("present", present, false))
	if !bad && present > delegates {
		note(union.Invalid("present", "invalid.too_large", itoa(present), itoa(delegates)))
	}
	note(countError("tally.for", t.For, false))
	note(countError("tally.against", t.Against, false))
	note(countError("tally.abstain", t.Abstain, false))
	// Every count is at most MaxPeople here, so the sum cannot overflow;
	// more votes than people present is an error, never a passed motion.
	if !bad && t.For+t.Against+t.Abstain > present {
		errs = append(errs, union.Invalid("tally", "democracy.vote.exceeds_present",
			itoa(t.For)+"+"+itoa(t.Against)+"+"+itoa(t.Abstain), itoa(present)))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// CallSession decides whether a request signed by requesting of delegates
// delegates calls an extraordinary session (上海 第二十二条, 浙江 第十五条:
// 三分之一以上职工代表提议). Passed is true when it does; Required is the
// number of signatures needed. Errors as for Decide.
func (r Rules) CallSession(delegates, requesting int) (Decision, error) {
	if err := r.Validate(); err != nil {
		return Decision{}, err
	}
	var errs []error
	fd, fr := countError("delegates", delegates, true), countError("requesting", requesting, false)
	if fd != nil {
		errs = append(errs, fd)
	}
	switch {
	case fr != nil:
		errs = append(errs, fr)
	case fd == nil && requesting > delegates:
		errs = append(errs, union.Invalid("requesting", "invalid.too_large", itoa(requesting), itoa(delegates)))
	}
	if len(errs) > 0 {
		return Decision{}, errors.Join(errs...)
	}
	d := Decision{Delegates: delegates, Present: requesting, Tally: Tally{For: requesting}, Quorate: true, Base: delegates}
	d.Required = r.ExtraSession.Required(delegates)
	d.Passed = requesting >= d.Required
	d.Binding = d.Passed
	k := r.extraSessionKey(d.Passed)
	d.Reasons = k.reasons()
	return d, nil
}

func (r Rules) extraSessionKey(ok bool) reasonKey {
	var k reasonKey
	if ok {
		k.add("democracy.extra_session.called", r.ExtraSessionSource)
	} else {
		k.add("democracy.extra_session.not_called", r.ExtraSessionSource)
	}
	return k
}
