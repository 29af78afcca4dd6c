package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Consultation is one round of collective wage consultation in one
// enterprise, as a union officer records it: the enterprise, both sides'
// negotiators, the dated events, the congress's vote on the draft, the
// contract's terms and the planned raise with the year's guideline.
type Consultation struct {
	// Enterprise is the enterprise.
	Enterprise ConsultationEnterprise `json:"enterprise"`
	// Negotiators are both sides' negotiators, in any order.
	Negotiators []Negotiator `json:"negotiators"`
	// Events are the dated events.
	Events ConsultationEvents `json:"events"`
	// Vote is the congress's vote on the draft; nil: not yet held.
	Vote *AdoptionVote `json:"vote,omitempty"`
	// Terms are the contract's terms.
	Terms ContractTerms `json:"terms"`
	// Raise is the planned raise of the average wage, a fraction (0.08);
	// nil: none planned or not classified.
	Raise *decimal.Decimal `json:"raise,omitempty"`
	// Guideline is the year's wage guideline; required with Raise.
	Guideline *WageGuideline `json:"guideline,omitempty"`
}

// AdoptionVote is the congress's vote on the draft.
type AdoptionVote struct {
	// Delegates is the number of all delegates (or all staff at a general meeting).
	Delegates int `json:"delegates"`
	// Present is the number present.
	Present int `json:"present"`
	// Tally is the vote.
	Tally Tally `json:"tally"`
}

// ConsultationReport is the result of ConsultationRules.Check.
type ConsultationReport struct {
	// Rules names the rule set applied.
	Rules string `json:"rules"`
	// OK reports whether every hard check holds and no step is late or
	// overdue: the negotiators, the schedule, the vote (when held) and the terms.
	OK bool `json:"ok"`
	// Negotiators is the check of both sides.
	Negotiators Negotiators `json:"negotiators"`
	// Schedule is the procedure's deadlines and standing.
	Schedule Schedule `json:"schedule"`
	// Vote is the decision on the draft; nil when no vote was given.
	Vote *Decision `json:"vote,omitempty"`
	// Terms is the check of the contract's terms.
	Terms Terms `json:"terms"`
	// Guideline is the planned raise against the guideline; nil when none.
	Guideline *GuidelineResult `json:"guideline,omitempty"`
	// Reasons are reasons about the whole: unverified sources.
	Reasons []union.Reason `json:"reasons"`
}

// Check checks a whole consultation against the rules: the negotiators
// (CheckNegotiators), every step's deadline on the caller's calendar
// (Schedule), the congress's vote (DecideAdoption), the contract's terms
// (CheckTerms) and the planned raise (WageGuideline.Classify). A vote that
// did not adopt the draft while the events record a signature is reported
// as not OK. The order of the negotiators and of the suspensions does not
// matter.
//
// Errors: every input problem at once, under "enterprise", "negotiators[i]",
// "events", "calendar", "vote", "terms", "raise" or "guideline" (ErrInvalid),
// or an inconsistent policy (ErrPolicy).
func (r ConsultationRules) Check(c Consultation, cal Calendar) (ConsultationReport, error) {
	if err := r.Validate(); err != nil {
		return ConsultationReport{}, err
	}
	var errs []error
	if err := c.Enterprise.validate(); err != nil {
		errs = append(errs, union.Prefix("enterprise", err))
	}
	if err := validateNegotiators(c.Negotiators); err != nil {
		errs = append(errs, err)
	}
	if err := c.Events.validate(); err != nil {
		errs = append(errs, union.Prefix("events", err))
	}
	ix, err := cal.index()
	if err != nil {
		errs = append(errs, union.Prefix("calendar", err))
	}
	if err := c.Terms.validate(); err != nil {
		errs = append(errs, union.Prefix("terms", err))
	}
	if c.Raise != nil && c.Guideline == nil {
		errs = append(errs, union.Invalid("guideline", "invalid.required", ""))
	}
	if len(errs) > 0 {
		return ConsultationReport{}, errors.Join(errs...)
	}
	rep := ConsultationReport{Rules: r.Name}
	rep.Negotiators = r.checkNegotiators(c.Enterprise, c.Negotiators)
	rep.Schedule, err = r.schedule(c.Events, ix)
	if err != nil {
		errs = append(errs, err)
	}
	if c.Vote != nil {
		d, err := r.DecideAdoption(c.Vote.Delegates, c.Vote.Present, c.Vote.Tally)
		if err != nil {
			errs = append(errs, union.Prefix("vote", err))
		} else {
			rep.Vote = &d
		}
	}
	rep.Terms, err = r.CheckTerms(c.Terms)
	if err != nil {
		errs = append(errs, union.Prefix("terms", err))
	}
	if c.Raise != nil {
		g, err := c.Guideline.Classify(*c.Raise)
		if err != nil {
			errs = append(errs, err)
		} else {
			rep.Guideline = &g
		}
	}
	if len(errs) > 0 {
		return ConsultationReport{}, errors.Join(errs...)
	}
	rep.OK = rep.Negotiators.OK && rep.Terms.OK
	for _, st := range rep.Schedule.Steps {
		if st.Status == StatusLate || st.Status == StatusOverdue {
			rep.OK = false
		}
	}
	if rep.Vote != nil && !rep.Vote.Passed {
		rep.OK = false
		if !c.Events.Signed.IsZero() {
			rep.Reasons = append(rep.Reasons, union.NewReason("democracy.consultation.signed_unadopted", r.Vote.Source, c.Events.Signed.String()))
		}
	}
	if r.Unverified {
		rep.Reasons = append(rep.Reasons, union.NewReason("democracy.plan.unverified", r.Source))
	}
	return rep, nil
}

// UnmarshalJSON reads a consultation strictly: an unknown key anywhere is
// an ErrInvalid error.
func (c *Consultation) UnmarshalJSON(b []byte) error {
	type plain Consultation
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*c = Consultation(v)
	return nil
}

// UnmarshalJSON reads a calendar strictly: an unknown key is an ErrInvalid error.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	type plain Calendar
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*c = Calendar(v)
	return nil
}

// UnmarshalJSON reads a guideline strictly: an unknown key is an ErrInvalid error.
func (g *WageGuideline) UnmarshalJSON(b []byte) error {
	type plain WageGuideline
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*g = WageGuideline(v)
	return nil
}
