package democracy

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// ConsultationRules is the policy of collective wage consultation
// (工资集体协商) in one jurisdiction: who may negotiate for each side, the
// periods of each step, the congress's vote on the draft, the contract's
// term, and the checks on its content. Build it from a preset
// (ConsultationShandong2016, ConsultationHangzhou2014 …) and adjust it; every
// field is plain data and round-trips through JSON (unknown keys are errors).
//
// A ConsultationRules value is immutable in use: entry points never change
// it, and presets build fresh slices on every call.
type ConsultationRules struct {
	// Name identifies the rule set, e.g. "consultation_shandong2016".
	Name string `json:"name"`
	// Source names the document the rule set encodes.
	Source string `json:"source"`
	// Effective is the months the rule set is in force.
	Effective union.Effective `json:"effective"`
	// Unverified marks a rule set known only from secondary sources; every
	// result then says so.
	Unverified bool `json:"unverified"`

	// Negotiators is the rule on each side's negotiators (协商代表).
	Negotiators NegotiatorRule `json:"negotiators"`
	// Steps are the periods of the procedure.
	Steps StepRules `json:"steps"`
	// Vote is the congress's vote on the draft.
	Vote AdoptionRule `json:"vote"`
	// Term is the contract's term.
	Term ContractTermRule `json:"term"`
	// Content are the checks on the contract's content.
	Content ContentRule `json:"content"`
}

// Balance is how the two sides' numbers of negotiators compare.
// Its text form is "equal" or "employer_not_more".
type Balance uint8

// The balances.
const (
	// BalanceEqual: the sides are equal in number (对等). The zero value,
	// and the stricter rule.
	BalanceEqual Balance = iota
	// BalanceEmployerNotMore: the employer side may not outnumber the
	// workers' (企业方不得多于职工方; 职工方不得少于用人单位).
	BalanceEmployerNotMore
)

var balanceEnum = enum.New[Balance]("Balance", "balance", "democracy.balance", union.Invalid, "equal", "employer_not_more")

// String returns the English word.
func (b Balance) String() string { return balanceEnum.String(b) }

// Text returns the localized name.
func (b Balance) Text(tag language.Tag) string {
	return balanceEnum.Text(b, tag)
}

// Valid reports whether b is one of the defined balances.
func (b Balance) Valid() bool { return balanceEnum.Valid(b) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b Balance) MarshalText() ([]byte, error) {
	return balanceEnum.Marshal(b)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *Balance) UnmarshalText(t []byte) error {
	return balanceEnum.Unmarshal(b, t)
}

// NegotiatorRule is the rule on the negotiators of each side. A share whose
// Den is 0 is a rule the jurisdiction does not have.
type NegotiatorRule struct {
	// Min is the least number per side (每方三人以上), at least 1.
	Min int `json:"min"`
	// Max is the most per side; 0: no maximum.
	Max int `json:"max"`
	// MinAboveSize is the least per side in an enterprise above the
	// designated size (规模以上企业不少于五人); 0: as Min.
	MinAboveSize int `json:"min_above_size"`
	// SizeSoft marks the size band as guidance (一般为三至十人).
	SizeSoft bool `json:"size_soft"`
	// Balance is how the sides' numbers compare.
	Balance Balance `json:"balance"`
	// Source cites the size and balance rules.
	Source string `json:"source"`

	// Frontline is the least share of the worker side that holds frontline
	// posts (一线岗位职工不低于三分之一); Den 0: no rule.
	Frontline Threshold `json:"frontline"`
	// FrontlineSource cites it.
	FrontlineSource string `json:"frontline_source"`
	// Outside is the largest share of a side that may come from outside the
	// enterprise (外聘, 不得超过本方三分之一); only Num and Den are read; Den 0:
	// no rule.
	Outside Threshold `json:"outside"`
	// ChiefInside forbids an outsider as chief (首席代表不得由非本单位人员担任).
	ChiefInside bool `json:"chief_inside"`
	// OutsideSource cites the outsider rules.
	OutsideSource string `json:"outside_source"`

	// WorkerExcluded are the ties that bar a person from the worker side
	// (企业负责人、出资人及其近亲属不得担任职工方协商代表); at most one entry per
	// Relation (len of the relation words, 6).
	WorkerExcluded []Relation `json:"worker_excluded"`
	// EmployerExcluded are the ties that bar a person from the employer side
	// (工会工作人员不得担任企业方协商代表); the same limit.
	EmployerExcluded []Relation `json:"employer_excluded"`
	// ExcludedSource cites the exclusions and the ban on sitting for both sides.
	ExcludedSource string `json:"excluded_source"`

	// Representation are the rules that ask for women, disabled or
	// dispatched workers on the worker side when the workforce has them; at
	// most MaxRepresentationRules.
	Representation []RepresentationRule `json:"representation"`
}

// RepGroup is a group a RepresentationRule asks for.
// Its text form is "women", "disabled" or "dispatched".
type RepGroup uint8

// The groups.
const (
	// RepWomen are women workers. The zero value.
	RepWomen RepGroup = iota
	// RepDisabled are workers with a disability.
	RepDisabled
	// RepDispatched are dispatched workers (被派遣劳动者).
	RepDispatched
)

var repGroupEnum = enum.New[RepGroup]("RepGroup", "group", "democracy.rep_group", union.Invalid, "women", "disabled", "dispatched")

// String returns the English word.
func (g RepGroup) String() string { return repGroupEnum.String(g) }

// Text returns the localized name.
func (g RepGroup) Text(tag language.Tag) string {
	return repGroupEnum.Text(g, tag)
}

// Valid reports whether g is one of the defined groups.
func (g RepGroup) Valid() bool { return repGroupEnum.Valid(g) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (g RepGroup) MarshalText() ([]byte, error) {
	return repGroupEnum.Marshal(g)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (g *RepGroup) UnmarshalText(t []byte) error {
	return repGroupEnum.Unmarshal(g, t)
}

// RepresentationRule asks for a group on the worker side. It applies when
// the group's share of the workforce reaches From (女职工达到百分之十以上), or,
// with Committee, when the enterprise has a women workers' committee
// (上海市集体合同条例 第七条); a From with Den 0 and no Committee applies whenever
// the group is in the workforce (女性职工较多的企业: "many" has no number, so
// such a rule should be Soft).
//
// Proportional asks for the group's share of the workforce among the worker
// negotiators (相应比例), read as ⌊share × worker side⌋ and never fewer than
// one; otherwise one member of the group is enough (应当有女代表).
type RepresentationRule struct {
	// Group is who is asked for.
	Group RepGroup `json:"group"`
	// From is the share of the workforce from which the rule applies
	// (Num/Den of the headcount, at least or, Strict, more than); Den 0: see above.
	From Threshold `json:"from"`
	// Committee makes the rule apply when a women workers' committee exists.
	Committee bool `json:"committee"`
	// Proportional asks for a matching share rather than one member.
	Proportional bool `json:"proportional"`
	// Soft marks guidance: a shortfall is a warning.
	Soft bool `json:"soft"`
	// Source cites the article.
	Source string `json:"source"`
}

// Anchor is the event a period is counted from or to. Its text form is the
// English word.
type Anchor uint8

// The anchors.
const (
	// AnchorRequested is the day the other side received the request (要约). The zero value.
	AnchorRequested Anchor = iota
	// AnchorReplied is the day the other side replied agreeing to negotiate.
	AnchorReplied
	// AnchorFirstMeeting is the day of the first meeting.
	AnchorFirstMeeting
	// AnchorAgreed is the day the sides agreed a draft (协商一致).
	AnchorAgreed
	// AnchorSigned is the day the chiefs signed the contract.
	AnchorSigned
	// AnchorNotified is the day the enterprise received the union's written
	// notice that the congress adopted the draft (上海市集体合同条例 第二十三条).
	AnchorNotified
)

var anchorEnum = enum.New[Anchor]("Anchor", "anchor", "democracy.anchor", union.Invalid, "requested", "replied", "first_meeting", "agreed", "signed", "notified")

// String returns the English word.
func (a Anchor) String() string { return anchorEnum.String(a) }

// Text returns the localized name.
func (a Anchor) Text(tag language.Tag) string {
	return anchorEnum.Text(a, tag)
}

// Valid reports whether a is one of the defined anchors.
func (a Anchor) Valid() bool { return anchorEnum.Valid(a) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (a Anchor) MarshalText() ([]byte, error) { return anchorEnum.Marshal(a) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (a *Anchor) UnmarshalText(t []byte) error {
	return anchorEnum.Unmarshal(a, t)
}

// Step is one period of the procedure with its source. A zero Span is a
// step the jurisdiction sets no period for.
type Step struct {
	// Span is the period.
	Span
	// Source cites the article.
	Source string `json:"source"`
}

// StepRules are the periods of a consultation, each counted by
// 民法典 第二百零一条 to 第二百零三条 (Calendar.Deadline).
type StepRules struct {
	// Reply is the period to reply to a request, from its receipt.
	Reply Step `json:"reply"`
	// Announcement is the period to make the negotiators public in the
	// enterprise once they are chosen (协商代表产生后公布).
	Announcement Step `json:"announcement"`
	// Information is the lead time: the information (协商资料) is given at
	// least this long before the first meeting.
	Information Step `json:"information"`
	// Negotiation is the length of the talks, from NegotiationFrom to
	// NegotiationUntil; suspensions are not counted, up to SuspensionCap.
	Negotiation Step `json:"negotiation"`
	// NegotiationFrom is where the talks' length is counted from: requested,
	// replied or first_meeting. The zero value, requested, is the earliest
	// anchor and so gives the earliest (strictest) deadline.
	NegotiationFrom Anchor `json:"negotiation_from"`
	// NegotiationUntil is the event that ends the talks: agreed or signed.
	NegotiationUntil Anchor `json:"negotiation_until"`
	// SuspensionCap is the most the talks may be suspended in all; a zero
	// Span: no cap (as agreed, or not stated).
	SuspensionCap Step `json:"suspension_cap"`
	// Draft is the period to put the agreed draft to the congress.
	Draft Step `json:"draft"`
	// Filing is the period to send the contract to the labour authority,
	// from FilingFrom (signed or notified).
	Filing Step `json:"filing"`
	// FilingFrom is the event the filing period runs from: signed or notified.
	FilingFrom Anchor `json:"filing_from"`
	// Review is the authority's review window from receipt (十五日); with no
	// objection in it the contract takes effect. Required: 劳动合同法 第五十四条
	// sets it in every jurisdiction.
	Review Step `json:"review"`
	// Publication is the period to publish the contract to the staff, from
	// the day it takes effect.
	Publication Step `json:"publication"`
}

// AdoptionRule is the congress's vote on the draft contract: a quorum of
// all delegates present and a pass threshold of all delegates (半数以上
// is met by exactly half; 过半数 needs more than half).
type AdoptionRule struct {
	// Quorum is the share of all delegates that must attend; Den 0: the
	// jurisdiction states none.
	Quorum Threshold `json:"quorum"`
	// Pass is the share of yes votes needed, measured against Pass.Base.
	Pass Threshold `json:"pass"`
	// Fallback marks a vote rule borrowed from another instrument because the
	// jurisdiction's own text says only 讨论通过.
	Fallback bool `json:"fallback"`
	// Source cites the articles.
	Source string `json:"source"`
}

// ContractTermRule is the term of a wage contract in months.
type ContractTermRule struct {
	// DefaultMonths is the usual term (一般为一年); 0: none stated.
	DefaultMonths int `json:"default_months"`
	// MinMonths is the shortest term; 0: none.
	MinMonths int `json:"min_months"`
	// MaxMonths is the longest term (最长不超过三年); 0: none.
	MaxMonths int `json:"max_months"`
	// Source cites the article.
	Source string `json:"source"`
}

// ContentRule holds the checks on the contract's content.
type ContentRule struct {
	// MinimumAbove requires the contract's wage standard to be above the
	// local minimum wage (杭州 第十一条: 高于); otherwise not below it
	// (劳动合同法 第五十五条).
	MinimumAbove bool `json:"minimum_above"`
	// MinimumSource cites the minimum-wage rule.
	MinimumSource string `json:"minimum_source"`
	// Quota is the least share of workers who can meet a negotiated labour
	// quota in normal conditions and statutory hours (百分之九十以上); Den 0:
	// no rule.
	Quota Threshold `json:"quota"`
	// QuotaSource cites it.
	QuotaSource string `json:"quota_source"`
}

// Validate reports an inconsistent rule set as ErrPolicy, every problem at
// once, with field paths such as "negotiators.min" or "steps.reply.n".
func (r ConsultationRules) Validate() error {
	var errs []error
	add := func(field string, err error) {
		if err != nil {
			errs = append(errs, union.Prefix(field, err))
		}
	}
	if r.Name == "" {
		errs = append(errs, union.Inconsistent("name", "invalid.required", ""))
	}
	if r.Source == "" {
		errs = append(errs, union.Inconsistent("source", "invalid.required", ""))
	}
	add("effective", r.Effective.Validate())

	n := r.Negotiators
	switch {
	case n.Min < 1:
		errs = append(errs, union.Inconsistent("negotiators.min", "invalid.not_positive", strconv.Itoa(n.Min)))
	case n.Max != 0 && n.Max < n.Min:
		errs = append(errs, union.Inconsistent("negotiators.max", "invalid.too_small", strconv.Itoa(n.Max), strconv.Itoa(n.Min)))
	}
	if n.Max < 0 || n.Max > MaxNegotiators {
		errs = append(errs, union.Inconsistent("negotiators.max", "policy.range", strconv.Itoa(n.Max), "0", strconv.Itoa(MaxNegotiators)))
	}
	if n.Min > MaxNegotiators {
		errs = append(errs, union.Inconsistent("negotiators.min", "policy.range", strconv.Itoa(n.Min), "1", strconv.Itoa(MaxNegotiators)))
	}
	if n.MinAboveSize < 0 || (n.Max != 0 && n.MinAboveSize > n.Max) || n.MinAboveSize > MaxNegotiators {
		errs = append(errs, union.Inconsistent("negotiators.min_above_size", "policy.range", strconv.Itoa(n.MinAboveSize), "0", strconv.Itoa(max(n.Max, 0))))
	}
	if !n.Balance.Valid() {
		errs = append(errs, union.Inconsistent("negotiators.balance", "invalid.unknown", n.Balance.String()))
	}
	if n.Source == "" {
		errs = append(errs, union.Inconsistent("negotiators.source", "invalid.required", ""))
	}
	add("negotiators.frontline", optionalShare(n.Frontline, n.FrontlineSource))
	add("negotiators.outside", optionalShare(n.Outside, n.OutsideSource))
	if n.ChiefInside && n.OutsideSource == "" {
		errs = append(errs, union.Inconsistent("negotiators.outside_source", "invalid.required", ""))
	}
	for _, l := range []struct {
		name string
		list []Relation
	}{{"negotiators.worker_excluded", n.WorkerExcluded}, {"negotiators.employer_excluded", n.EmployerExcluded}} {
		if len(l.list) > relationEnum.Len() {
			errs = append(errs, tooMany(union.ErrInvalid, l.name, len(l.list), relationEnum.Len()))
			continue
		}
		for i, rel := range l.list {
			if !rel.Valid() || rel == RelationNone {
				errs = append(errs, union.Inconsistent(union.Indexed(l.name, i), "invalid.unknown", rel.String()))
			}
		}
		if len(l.list) > 0 && n.ExcludedSource == "" {
			errs = append(errs, union.Inconsistent("negotiators.excluded_source", "invalid.required", ""))
		}
	}
	if len(n.Representation) > MaxRepresentationRules {
		errs = append(errs, tooMany(union.ErrInvalid, "negotiators.representation", len(n.Representation), MaxRepresentationRules))
	} else {
		for i, rr := range n.Representation {
			field := union.Indexed("negotiators.representation", i)
			if !rr.Group.Valid() {
				errs = append(errs, union.Inconsistent(field+".group", "invalid.unknown", rr.Group.String()))
			}
			if rr.From.Den != 0 {
				add(field+".from", rr.From.Validate())
			}
			if rr.Source == "" {
				errs = append(errs, union.Inconsistent(field+".source", "invalid.required", ""))
			}
		}
	}

	s := r.Steps
	for _, st := range []struct {
		name string
		step Step
	}{{"steps.reply", s.Reply}, {"steps.announcement", s.Announcement}, {"steps.information", s.Information}, {"steps.negotiation", s.Negotiation},
		{"steps.suspension_cap", s.SuspensionCap}, {"steps.draft", s.Draft}, {"steps.filing", s.Filing},
		{"steps.review", s.Review}, {"steps.publication", s.Publication}} {
		add(st.name, st.step.Span.Validate())
		if !st.step.IsZero() && st.step.Source == "" {
			errs = append(errs, union.Inconsistent(st.name+".source", "invalid.required", ""))
		}
	}
	if s.Review.IsZero() {
		// 劳动合同法 第五十四条 sets the window everywhere; without it the effect cannot be dated.
		errs = append(errs, union.Inconsistent("steps.review.n", "invalid.required", "0"))
	}
	if !s.SuspensionCap.IsZero() && s.SuspensionCap.Unit != Days {
		errs = append(errs, union.Inconsistent("steps.suspension_cap.unit", "invalid.unknown", s.SuspensionCap.Unit.String()))
	}
	if s.NegotiationFrom > AnchorFirstMeeting {
		errs = append(errs, union.Inconsistent("steps.negotiation_from", "invalid.unknown", s.NegotiationFrom.String()))
	}
	if !s.Negotiation.IsZero() && s.NegotiationUntil != AnchorAgreed && s.NegotiationUntil != AnchorSigned {
		errs = append(errs, union.Inconsistent("steps.negotiation_until", "invalid.unknown", s.NegotiationUntil.String()))
	}
	if !s.Filing.IsZero() && s.FilingFrom != AnchorSigned && s.FilingFrom != AnchorNotified {
		errs = append(errs, union.Inconsistent("steps.filing_from", "invalid.unknown", s.FilingFrom.String()))
	}

	if r.Vote.Quorum.Den != 0 {
		add("vote.quorum", r.Vote.Quorum.Validate())
		if r.Vote.Quorum.Base != BaseAll {
			errs = append(errs, union.Inconsistent("vote.quorum.base", "democracy.policy.quorum_base", r.Vote.Quorum.Base.String()))
		}
	}
	add("vote.pass", r.Vote.Pass.Validate())
	if r.Vote.Source == "" {
		errs = append(errs, union.Inconsistent("vote.source", "invalid.required", ""))
	}

	t := r.Term
	for _, f := range []struct {
		name string
		v    int
	}{{"term.default_months", t.DefaultMonths}, {"term.min_months", t.MinMonths}, {"term.max_months", t.MaxMonths}} {
		if f.v < 0 || f.v > MaxTermMonths {
			errs = append(errs, union.Inconsistent(f.name, "policy.range", strconv.Itoa(f.v), "0", strconv.Itoa(MaxTermMonths)))
		}
	}
	if t.MaxMonths != 0 && (t.MinMonths > t.MaxMonths || t.DefaultMonths > t.MaxMonths) {
		errs = append(errs, union.Inconsistent("term.max_months", "invalid.too_small", strconv.Itoa(t.MaxMonths), strconv.Itoa(max(t.MinMonths, t.DefaultMonths))))
	}
	if t.Source == "" {
		errs = append(errs, union.Inconsistent("term.source", "invalid.required", ""))
	}
	if r.Content.MinimumSource == "" {
		errs = append(errs, union.Inconsistent("content.minimum_source", "invalid.required", ""))
	}
	add("content.quota", optionalShare(r.Content.Quota, r.Content.QuotaSource))
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// optionalShare validates a share that may be unset (Den 0) and needs a
// source when set.
func optionalShare(t Threshold, source string) error {
	if t.Den == 0 && t.Num == 0 {
		return nil
	}
	if err := t.Validate(); err != nil {
		return err
	}
	if source == "" {
		return union.Inconsistent("source", "invalid.required", "")
	}
	return nil
}

// Limits of a consultation.
const (
	// MaxNegotiators is the most negotiators a consultation may list, both
	// sides together, and the largest band a rule may set.
	MaxNegotiators = 100
	// MaxSuspensions is the most suspensions of the talks.
	MaxSuspensions = 100
	// MaxRepresentationRules is the most representation rules of a policy.
	MaxRepresentationRules = 16
	// MaxTermMonths is the longest contract term a rule or a contract may state (ten years).
	MaxTermMonths = 120
)

// UnmarshalJSON reads the rules strictly: an unknown key anywhere is an
// ErrInvalid error naming it.
func (r *ConsultationRules) UnmarshalJSON(b []byte) error {
	type plain ConsultationRules
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*r = ConsultationRules(v)
	return nil
}

// strictJSON decodes b into v with union.DecodeJSON: unknown keys, wrong
// types and trailing data are *union.FieldError values naming the JSON path.
func strictJSON(b []byte, v any) error { return union.DecodeJSON(b, v) }
