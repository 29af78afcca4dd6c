package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
)

// DecideAdoption decides the congress's vote on the draft wage contract
// (工资专项集体合同草案): the quorum is Vote.Quorum of all delegates (where the
// jurisdiction sets one), and the draft passes with Vote.Pass yes votes of
// Pass.Base — all delegates in every instrument found, so abstentions and
// absentees count against. 半数以上 of 180 is 90; 过半数 of 180 is 91. An
// adopted draft binds the enterprise and the staff once in effect (Binding);
// a rejected one goes back to the negotiators.
//
// Errors: inconsistent rules (ErrPolicy); delegates not positive, negative
// counts or counts above MaxPeople, more present than delegates, more votes
// than present (ErrInvalid).
func (r ConsultationRules) DecideAdoption(delegates, present int, t Tally) (Decision, error) {
	if err := r.Validate(); err != nil {
		return Decision{}, err
	}
	var errs []error
	bad := false
	note := func(fe *union.FieldError) {
		if fe != nil {
			bad = true
			errs = append(errs, fe)
		}
	}
	note(countError("delegates", delegates, true))
	note(countError("present", present, false))
	if !bad && present > delegates {
		errs = append(errs, union.Invalid("present", "invalid.too_large", itoa(present), itoa(delegates)))
	}
	people := bad
	note(countError("tally.for", t.For, false))
	note(countError("tally.against", t.Against, false))
	note(countError("tally.abstain", t.Abstain, false))
	// Each count is compared with present alone, and summed only once every
	// count is at most MaxPeople, so nothing overflows; more votes than
	// people present is an error, never a passed draft.
	if !people && (t.For > present || t.Against > present || t.Abstain > present ||
		!bad && t.For+t.Against+t.Abstain > present) {
		errs = append(errs, union.Invalid("tally", "democracy.vote.exceeds_present",
			itoa(t.For)+"+"+itoa(t.Against)+"+"+itoa(t.Abstain), itoa(present)))
	}
	if len(errs) > 0 {
		return Decision{}, errors.Join(errs...)
	}
	src := r.Vote.Source
	if r.Unverified || r.Vote.Fallback {
		src += unverNote
	}
	d := Decision{Kind: MatterAdopt, Delegates: delegates, Present: present, Tally: t}
	if r.Vote.Quorum.Den == 0 {
		d.QuorumRequired = 0
		d.Quorate = true
		d.Reasons = append(d.Reasons, union.NewReason("democracy.consultation.vote.no_quorum", src))
	} else {
		d.QuorumRequired = r.Vote.Quorum.Required(delegates)
		d.Quorate = present >= d.QuorumRequired
		code := "democracy.quorum.met"
		if !d.Quorate {
			code = "democracy.quorum.not_met"
		}
		d.Reasons = append(d.Reasons, union.NewReason(code, src),
			union.NewReason("democracy.consultation.vote.quorum", src, itoa(present), itoa(delegates), itoa(d.QuorumRequired)))
	}
	switch r.Vote.Pass.Base {
	case BasePresent:
		d.Base = present
	case BaseCast:
		d.Base = t.Cast()
	default:
		d.Base = delegates
	}
	d.Required = r.Vote.Pass.Required(d.Base)
	d.Passed = d.Quorate && t.For >= d.Required
	d.Binding = d.Passed
	code := "democracy.consultation.vote.at_least"
	if r.Vote.Pass.Strict {
		code = "democracy.consultation.vote.more_than"
	}
	d.Reasons = append(d.Reasons, union.NewReason(code, src, itoa(t.For), itoa(d.Required), itoa(d.Base), itoa(r.Vote.Pass.Num), itoa(r.Vote.Pass.Den)))
	if d.Passed {
		d.Reasons = append(d.Reasons, union.NewReason("democracy.consultation.vote.adopted", src))
	} else {
		d.Reasons = append(d.Reasons, union.NewReason("democracy.consultation.vote.rejected", src))
	}
	if r.Vote.Fallback {
		d.Reasons = append(d.Reasons, union.NewReason("democracy.consultation.vote.fallback", src))
	}
	return d, nil
}
