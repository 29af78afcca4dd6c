package democracy

import (
	"errors"
	"sort"
	"strings"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// ReviewDecision is the proposal committee's decision on an item. Its text
// form is the English word.
type ReviewDecision uint8

// The committee's decisions.
const (
	// ReviewPending: not reviewed yet. The zero value.
	ReviewPending ReviewDecision = iota
	// ReviewAccept: accepted (立案) as a case of its own.
	ReviewAccept
	// ReviewReject: not accepted (不予立案), on a ground from the policy's list.
	ReviewReject
	// ReviewMerge: merged (并案) into the case of another accepted item.
	ReviewMerge
)

var reviewDecisionEnum = enum.New[ReviewDecision]("ReviewDecision", "decision", "democracy.review", union.Invalid, "pending", "accept", "reject", "merge")

// String returns the English word.
func (d ReviewDecision) String() string {
	return reviewDecisionEnum.String(d)
}

// Text returns the localized name.
func (d ReviewDecision) Text(tag language.Tag) string {
	return reviewDecisionEnum.Text(d, tag)
}

// Valid reports whether d is one of the defined decisions.
func (d ReviewDecision) Valid() bool { return reviewDecisionEnum.Valid(d) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (d ReviewDecision) MarshalText() ([]byte, error) {
	return reviewDecisionEnum.Marshal(d)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (d *ReviewDecision) UnmarshalText(t []byte) error {
	return reviewDecisionEnum.Unmarshal(d, t)
}

// ReplyResult is the handling department's answer, as report templates
// grade it (A/B/C/D). Its text form is the English word.
type ReplyResult uint8

// The results.
const (
	// ResultNone: no reply yet. The zero value.
	ResultNone ReplyResult = iota
	// ResultSolved (A): solved or mostly solved.
	ResultSolved
	// ResultPlanned (B): being solved, or put in a plan.
	ResultPlanned
	// ResultCannot (C): cannot be solved now; explained.
	ResultCannot
	// ResultReference (D): kept for reference.
	ResultReference
)

var replyResultEnum = enum.New[ReplyResult]("ReplyResult", "result", "democracy.result", union.Invalid, "none", "solved", "planned", "cannot", "reference")

// String returns the English word.
func (r ReplyResult) String() string { return replyResultEnum.String(r) }

// Text returns the localized name.
func (r ReplyResult) Text(tag language.Tag) string {
	return replyResultEnum.Text(r, tag)
}

// Valid reports whether r is one of the defined results.
func (r ReplyResult) Valid() bool { return replyResultEnum.Valid(r) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (r ReplyResult) MarshalText() ([]byte, error) {
	return replyResultEnum.Marshal(r)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (r *ReplyResult) UnmarshalText(t []byte) error {
	return replyResultEnum.Unmarshal(r, t)
}

// Feedback is the proposer's rating of the reply. Its text form is the English word.
type Feedback uint8

// The ratings.
const (
	// FeedbackNone: no rating received. The zero value.
	FeedbackNone Feedback = iota
	// FeedbackSatisfied is 满意.
	FeedbackSatisfied
	// FeedbackBasic is 基本满意.
	FeedbackBasic
	// FeedbackUnsatisfied is 不满意: the case is handled again (重新办理).
	FeedbackUnsatisfied
)

var feedbackEnum = enum.New[Feedback]("Feedback", "feedback", "democracy.feedback", union.Invalid, "none", "satisfied", "basic", "unsatisfied")

// String returns the English word.
func (f Feedback) String() string { return feedbackEnum.String(f) }

// Text returns the localized name.
func (f Feedback) Text(tag language.Tag) string {
	return feedbackEnum.Text(f, tag)
}

// Valid reports whether f is one of the defined ratings.
func (f Feedback) Valid() bool { return feedbackEnum.Valid(f) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (f Feedback) MarshalText() ([]byte, error) {
	return feedbackEnum.Marshal(f)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (f *Feedback) UnmarshalText(t []byte) error {
	return feedbackEnum.Unmarshal(f, t)
}

// ProposalStatus is what an item became. Its text form is the English word.
type ProposalStatus uint8

// The statuses.
const (
	// StatusProposal: a proposal awaiting the committee's review. The zero value.
	StatusProposal ProposalStatus = iota
	// StatusAccepted: accepted (立案), the lead item of a case.
	StatusAccepted
	// StatusMerged: merged (并案) into another item's case.
	StatusMerged
	// StatusRejected: not accepted (不予立案) on a listed ground.
	StatusRejected
	// StatusOpinion: not a proposal; handled as an opinion or suggestion (意见建议).
	StatusOpinion
	// StatusForwarded: late; forwarded to the department concerned.
	StatusForwarded
	// StatusReturned: late; not accepted (不再立案).
	StatusReturned
	// StatusWithdrawn: withdrawn by its proposer (撤回).
	StatusWithdrawn
)

var proposalStatusEnum = enum.New[ProposalStatus]("ProposalStatus", "status", "democracy.proposal_status", union.Invalid, "proposal", "accepted", "merged", "rejected", "opinion", "forwarded", "returned", "withdrawn")

// String returns the English word.
func (s ProposalStatus) String() string {
	return proposalStatusEnum.String(s)
}

// Text returns the localized name.
func (s ProposalStatus) Text(tag language.Tag) string {
	return proposalStatusEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined statuses.
func (s ProposalStatus) Valid() bool { return proposalStatusEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s ProposalStatus) MarshalText() ([]byte, error) {
	return proposalStatusEnum.Marshal(s)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *ProposalStatus) UnmarshalText(t []byte) error {
	return proposalStatusEnum.Unmarshal(s, t)
}

// ProposalItem is one item handed to the proposal committee, with what
// happened to it.
type ProposalItem struct {
	// ID identifies the item; required, unique in the session.
	ID string `json:"id"`
	// Title is the item's title (案由).
	Title string `json:"title,omitempty"`
	// Proposer is the delegate who proposes it; must be on the roster.
	Proposer string `json:"proposer"`
	// Seconders are the delegates who second it (附议), at most
	// MaxSeconders, each on the roster, none twice, not the proposer.
	Seconders []string `json:"seconders"`
	// Submitted is the day it was handed in.
	Submitted Date `json:"submitted"`
	// Withdrawn marks an item its proposer withdrew.
	Withdrawn bool `json:"withdrawn,omitempty"`

	// Decision is the committee's decision.
	Decision ReviewDecision `json:"decision"`
	// Exclusion is the ground of a rejection; it must be in the policy's list.
	Exclusion Exclusion `json:"exclusion,omitempty"`
	// MergeInto is the ID of the accepted item whose case this one joins.
	MergeInto string `json:"merge_into,omitempty"`

	// HandedOver is the day the case went to the handling department.
	HandedOver Date `json:"handed_over"`
	// Replied is the day of the department's written reply.
	Replied Date `json:"replied"`
	// Result is the reply's result.
	Result ReplyResult `json:"result,omitempty"`
	// Implemented is the day what was promised was done.
	Implemented Date `json:"implemented"`
	// Feedback is the proposer's rating of the reply.
	Feedback Feedback `json:"feedback,omitempty"`
}

// ProposalSession is one congress session's proposals.
type ProposalSession struct {
	// Opening is the day the congress opens.
	Opening Date `json:"opening"`
	// Delegates is the roster: formal delegates, and those attending
	// without a vote (列席, NonVoting), who may neither propose nor second.
	// At most MaxSessionDelegates; names unique and required.
	Delegates []Delegate `json:"delegates"`
	// Items are the items, at most MaxProposalItems, in any order.
	Items []ProposalItem `json:"items"`
	// Calendar is the holiday calendar for the reply and implementation
	// periods; needed only when the policy sets them and cases were handed over.
	Calendar Calendar `json:"calendar"`
	// AsOf is the day the report is read on, for overdue flags; zero: none.
	AsOf Date `json:"as_of"`
}

// Qualification is whether one item is a proposal (ProposalRules.Qualify).
type Qualification struct {
	// Proposal reports whether the item is a congress proposal.
	Proposal bool `json:"proposal"`
	// Status is StatusProposal, or what the item becomes instead
	// (opinion, forwarded, returned, withdrawn).
	Status ProposalStatus `json:"status"`
	// Seconders is the number of valid seconders: formal delegates other
	// than the proposer.
	Seconders int `json:"seconders"`
	// Cutoff is the last day to submit.
	Cutoff Date `json:"cutoff"`
	// DaysLate is how many days after the cut-off it came in.
	DaysLate int `json:"days_late"`
	// Reasons explain the decision with sources.
	Reasons []union.Reason `json:"reasons"`
}

// ProposalOutcome is what became of one item in a session.
type ProposalOutcome struct {
	// ID is the item's ID.
	ID string `json:"id"`
	// Status is what the item became.
	Status ProposalStatus `json:"status"`
	// Case is the ID of the case it belongs to (its own for an accepted
	// item, the lead's for a merged one); "" otherwise.
	Case string `json:"case,omitempty"`
	// Seconders is the number of valid seconders.
	Seconders int `json:"seconders"`
	// DaysLate is how many days after the cut-off it came in.
	DaysLate int `json:"days_late"`
	// ReplyDue is the last day of the reply period; zero when none applies.
	ReplyDue Date `json:"reply_due"`
	// Reply is where the reply stands.
	Reply StepStatus `json:"reply"`
	// ReplyDays is how many days late or overdue the reply is.
	ReplyDays int `json:"reply_days"`
	// ImplementDue is the last day to carry out the promise; zero when none applies.
	ImplementDue Date `json:"implement_due"`
	// Implement is where the implementation stands.
	Implement StepStatus `json:"implement"`
	// ImplementDays is how many days late or overdue it is.
	ImplementDays int `json:"implement_days"`
	// Rehandle reports that the proposer was not satisfied: the committee
	// asks the department to handle it again (重新办理).
	Rehandle bool `json:"rehandle"`
	// Reasons explain every step with sources.
	Reasons []union.Reason `json:"reasons"`
}

// ProposalCase is an accepted proposal with the items merged into it.
type ProposalCase struct {
	// ID is the lead item's ID.
	ID string `json:"id"`
	// Items are the lead item's ID, then the merged items' IDs in order.
	Items []string `json:"items"`
	// Proposers are the lead's proposer, then the merged items' proposers
	// (co-proposers), each once.
	Proposers []string `json:"proposers"`
}

// ProposalReport is the result of ProposalRules.Process.
type ProposalReport struct {
	// Outcomes answer the items in input order.
	Outcomes []ProposalOutcome `json:"outcomes"`
	// Cases are the accepted cases, ordered by ID.
	Cases []ProposalCase `json:"cases"`
	// Stats are the session's counts and rates.
	Stats ProposalStats `json:"stats"`
}

// sessionRoster indexes a session's delegates: name → formal (voting).
type sessionRoster map[string]bool

func newRoster(ds []Delegate) (sessionRoster, error) {
	if len(ds) > MaxSessionDelegates {
		return nil, tooMany(union.ErrInvalid, "delegates", len(ds), MaxSessionDelegates)
	}
	var errs []error
	r := make(sessionRoster, len(ds))
	for i, d := range ds {
		switch _, dup := r[d.Name]; {
		case d.Name == "":
			errs = append(errs, union.Invalid(union.Indexed("delegates", i)+".name", "invalid.required", ""))
		case dup:
			errs = append(errs, union.Invalid(union.Indexed("delegates", i)+".name", "invalid.duplicate", d.Name))
		default:
			r[d.Name] = !d.NonVoting
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return r, nil
}

// validateSigners checks the proposer and seconders against the roster (ErrInvalid).
func validateSigners(ros sessionRoster, it ProposalItem) error {
	var errs []error
	if it.Proposer == "" {
		errs = append(errs, union.Invalid("proposer", "invalid.required", ""))
	} else if _, ok := ros[it.Proposer]; !ok {
		errs = append(errs, union.Invalid("proposer", "democracy.proposal.not_on_roster", it.Proposer))
	}
	if len(it.Seconders) > MaxSeconders {
		return errors.Join(append(errs, tooMany(union.ErrInvalid, "seconders", len(it.Seconders), MaxSeconders))...)
	}
	seen := make(map[string]bool, len(it.Seconders))
	for j, s := range it.Seconders {
		_, on := ros[s]
		switch {
		case s == "":
			errs = append(errs, union.Invalid(union.Indexed("seconders", j), "invalid.required", ""))
		case !on:
			errs = append(errs, union.Invalid(union.Indexed("seconders", j), "democracy.proposal.not_on_roster", s))
		case s == it.Proposer || seen[s]:
			errs = append(errs, union.Invalid(union.Indexed("seconders", j), "invalid.duplicate", s))
		}
		seen[s] = true
	}
	if !it.Submitted.Valid() {
		errs = append(errs, union.Invalid("submitted", "invalid.required", it.Submitted.String()))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// Qualify says whether an item is a congress proposal: its proposer and at
// least MinSeconders seconders are formal delegates (列席 delegates count for
// neither), and it came in by the cut-off (CutoffDays before opening). An
// under-seconded item, or one a non-formal delegate proposes, is handled as
// an opinion; a late one as the policy's Late says; a withdrawn one is
// withdrawn.
//
// Errors: an inconsistent policy (ErrPolicy); a roster with missing or
// repeated names, an opening date or submission date that is missing or
// invalid, a proposer or seconder not on the roster, a seconder listed twice
// or who is the proposer (ErrInvalid, e.g. "seconders[1]").
func (r ProposalRules) Qualify(delegates []Delegate, opening Date, it ProposalItem) (Qualification, error) {
	if err := r.Validate(); err != nil {
		return Qualification{}, err
	}
	ros, err := newRoster(delegates)
	if err != nil {
		return Qualification{}, err
	}
	if !opening.Valid() {
		return Qualification{}, union.Invalid("opening", "invalid.required", opening.String())
	}
	if err := validateSigners(ros, it); err != nil {
		return Qualification{}, err
	}
	return r.qualify(ros, opening, it)
}

func (r ProposalRules) qualify(ros sessionRoster, opening Date, it ProposalItem) (Qualification, error) {
	var q Qualification
	sigSrc, cutSrc := r.src(r.SignatureSource), r.src(r.CutoffSource)
	back := r.CutoffDays
	if back == 0 {
		back = 1
	}
	cutoff, ok := opening.AddDays(-back)
	if !ok {
		return Qualification{}, union.Invalid("opening", "invalid.range", opening.String(), "0001-01-01", "9999-12-31")
	}
	q.Cutoff = cutoff
	var informal []string
	for _, s := range it.Seconders {
		if ros[s] {
			q.Seconders++
		} else {
			informal = append(informal, s)
		}
	}
	if len(informal) > 0 {
		sort.Strings(informal)
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.seconder_not_formal", sigSrc, itoa(len(informal)), joinNames(informal)))
	}
	signed := true
	if !ros[it.Proposer] {
		signed = false
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.proposer_not_formal", sigSrc, it.Proposer))
	}
	if q.Seconders < r.MinSeconders {
		signed = false
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.seconders_short", sigSrc, itoa(q.Seconders), itoa(r.MinSeconders)))
	}
	late := it.Submitted.After(cutoff)
	if late {
		q.DaysLate = cutoff.DaysUntil(it.Submitted)
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.late", cutSrc, it.Submitted.String(), cutoff.String(), itoa(q.DaysLate)))
	}
	switch {
	case it.Withdrawn:
		q.Status = StatusWithdrawn
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.withdrawn", r.src(r.Source)))
	case !signed:
		q.Status = StatusOpinion
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.opinion", sigSrc))
	case late:
		q.Status = [...]ProposalStatus{LateOpinion: StatusOpinion, LateForward: StatusForwarded, LateReject: StatusReturned}[r.Late]
		q.Reasons = append(q.Reasons, union.NewReason(lateCodes[r.Late], cutSrc))
	default:
		q.Proposal = true
		q.Status = StatusProposal
		q.Reasons = append(q.Reasons, union.NewReason("democracy.proposal.qualified", sigSrc, itoa(q.Seconders), itoa(r.MinSeconders), cutoff.String()))
	}
	return q, nil
}

// src adds the unverified note to a source when the rule set is unverified.
func (r ProposalRules) src(s string) string {
	if r.Unverified && !strings.Contains(s, "依二手资料") {
		return s + unverNote
	}
	return s
}

// Process handles a session's items: whether each is a proposal (Qualify),
// the committee's decision (立案; 不立案 with its ground from the policy's
// list; 并案 into another accepted item's case, whose co-proposers it joins),
// the reply and implementation due dates counted on the calendar by
// 民法典 第二百零一条 to 第二百零三条 with late and overdue flags, re-handling
// after an unsatisfied rating, and the session's rates with their numerators
// and denominators (ProposalStats). A decision on an item that is not a
// proposal is not applied, and the outcome says so. The order of the items
// does not change any outcome, case or rate.
//
// Errors: an inconsistent policy (ErrPolicy); every bad item at once, by
// index and field (ErrInvalid): a missing or repeated ID, signers not on
// the roster, a rejection without a listed ground, a merge into a missing,
// unaccepted or merged item, handling dates out of order, more than
// MaxProposalItems items.
func (r ProposalRules) Process(s ProposalSession) (ProposalReport, error) {
	if err := r.Validate(); err != nil {
		return ProposalReport{}, err
	}
	ros, err := newRoster(s.Delegates)
	if err != nil {
		return ProposalReport{}, err
	}
	var errs []error
	if !s.Opening.Valid() {
		errs = append(errs, union.Invalid("opening", "invalid.required", s.Opening.String()))
	}
	if err := validDate("as_of", s.AsOf); err != nil {
		errs = append(errs, err)
	}
	if len(s.Items) > MaxProposalItems {
		errs = append(errs, tooMany(union.ErrInvalid, "items", len(s.Items), MaxProposalItems))
	}
	if len(errs) > 0 {
		return ProposalReport{}, errors.Join(errs...)
	}
	allowed := make(map[Exclusion]bool, len(r.Exclusions))
	for _, e := range r.Exclusions {
		allowed[e] = true
	}
	byID := make(map[string]int, len(s.Items))
	for i, it := range s.Items {
		switch _, dup := byID[it.ID]; {
		case it.ID == "":
			errs = append(errs, union.Invalid(union.Indexed("items", i)+".id", "invalid.required", ""))
		case dup:
			errs = append(errs, union.Invalid(union.Indexed("items", i)+".id", "invalid.duplicate", it.ID))
		default:
			byID[it.ID] = i
		}
		if err := validateSigners(ros, it); err != nil {
			errs = append(errs, union.Prefix(union.Indexed("items", i), err))
		}
		if err := it.validateHandling(allowed); err != nil {
			errs = append(errs, union.Prefix(union.Indexed("items", i), err))
		}
	}
	if len(errs) > 0 {
		return ProposalReport{}, errors.Join(errs...)
	}
	quals := make([]Qualification, len(s.Items))
	for i, it := range s.Items {
		quals[i], err = r.qualify(ros, s.Opening, it)
		if err != nil {
			return ProposalReport{}, union.Prefix("opening", err)
		}
	}
	// Merges point at an accepted proposal.
	for i, it := range s.Items {
		if it.Decision != ReviewMerge || !quals[i].Proposal {
			continue
		}
		j, ok := byID[it.MergeInto]
		if !ok || j == i || s.Items[j].Decision != ReviewAccept || !quals[j].Proposal {
			errs = append(errs, union.Invalid(union.Indexed("items", i)+".merge_into", "democracy.proposal.merge_target", it.MergeInto))
		}
	}
	if len(errs) > 0 {
		return ProposalReport{}, errors.Join(errs...)
	}
	var ix calendarIndex
	calReady := false
	needCal := func() error {
		if calReady {
			return nil
		}
		var err error
		ix, err = s.Calendar.index()
		if err != nil {
			return union.Prefix("calendar", err)
		}
		calReady = true
		return nil
	}
	rep := ProposalReport{Outcomes: make([]ProposalOutcome, len(s.Items))}
	cases := map[string]*ProposalCase{}
	for i, it := range s.Items {
		q := quals[i]
		o := ProposalOutcome{ID: it.ID, Status: q.Status, Seconders: q.Seconders, DaysLate: q.DaysLate,
			Reply: StatusNotSet, Implement: StatusNotSet}
		o.Reasons = append(o.Reasons, q.Reasons...)
		if q.Proposal {
			switch it.Decision {
			case ReviewAccept:
				o.Status, o.Case = StatusAccepted, it.ID
				o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.accepted", r.src(r.Source)))
				c := cases[it.ID]
				if c == nil {
					c = &ProposalCase{ID: it.ID}
					cases[it.ID] = c
				}
			case ReviewReject:
				o.Status = StatusRejected
				o.Reasons = append(o.Reasons, union.NewReason(rejectedCodes[it.Exclusion], r.src(r.ExclusionSource)))
			case ReviewMerge:
				o.Status, o.Case = StatusMerged, it.MergeInto
				o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.merged", r.src(r.MergeSource), it.MergeInto))
			default:
				o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.pending", r.src(r.Source)))
			}
		} else if it.Decision != ReviewPending {
			o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.decision_not_applied", r.src(r.SignatureSource)))
		}
		if o.Status == StatusAccepted {
			if err := r.handle(&o, it, s.AsOf, needCal, &ix); err != nil {
				errs = append(errs, union.Prefix(union.Indexed("items", i), err))
			}
		} else if it.hasHandling() {
			o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.handling_ignored", r.src(r.Source)))
		}
		rep.Outcomes[i] = o
	}
	if len(errs) > 0 {
		return ProposalReport{}, errors.Join(errs...)
	}
	// Build the cases: the lead, then merged items by ID.
	merged := map[string][]int{}
	for i, o := range rep.Outcomes {
		if o.Status == StatusMerged {
			merged[o.Case] = append(merged[o.Case], i)
		}
	}
	ids := make([]string, 0, len(cases))
	for id := range cases {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rep.Cases = make([]ProposalCase, 0, len(ids))
	for _, id := range ids {
		lead := s.Items[byID[id]]
		c := ProposalCase{ID: id, Items: []string{id}, Proposers: []string{lead.Proposer}}
		seen := map[string]bool{lead.Proposer: true}
		m := merged[id]
		sort.Slice(m, func(a, b int) bool { return s.Items[m[a]].ID < s.Items[m[b]].ID })
		for _, k := range m {
			c.Items = append(c.Items, s.Items[k].ID)
			if p := s.Items[k].Proposer; !seen[p] {
				seen[p] = true
				c.Proposers = append(c.Proposers, p)
			}
		}
		rep.Cases = append(rep.Cases, c)
	}
	rep.Stats = r.stats(s.Items, rep.Outcomes)
	return rep, nil
}

// hasHandling reports whether an item carries handling data.
func (it ProposalItem) hasHandling() bool {
	return !it.HandedOver.IsZero() || !it.Replied.IsZero() || it.Result != ResultNone ||
		!it.Implemented.IsZero() || it.Feedback != FeedbackNone
}

// validateHandling checks an item's decision and handling fields (ErrInvalid).
func (it ProposalItem) validateHandling(allowed map[Exclusion]bool) error {
	var errs []error
	if !it.Decision.Valid() {
		errs = append(errs, union.Invalid("decision", "invalid.unknown", it.Decision.String()))
	}
	if !it.Exclusion.Valid() {
		errs = append(errs, union.Invalid("exclusion", "invalid.unknown", it.Exclusion.String()))
	}
	switch {
	case it.Decision == ReviewReject && !allowed[it.Exclusion]:
		errs = append(errs, union.Invalid("exclusion", "democracy.proposal.exclusion_not_listed", it.Exclusion.String()))
	case it.Decision != ReviewReject && it.Exclusion != ExclusionNone:
		errs = append(errs, union.Invalid("exclusion", "invalid.inconsistent", it.Exclusion.String(), it.Decision.String()))
	}
	if it.Decision == ReviewMerge && it.MergeInto == "" {
		errs = append(errs, union.Invalid("merge_into", "invalid.required", ""))
	}
	if it.Decision != ReviewMerge && it.MergeInto != "" {
		errs = append(errs, union.Invalid("merge_into", "invalid.inconsistent", it.MergeInto, it.Decision.String()))
	}
	if !it.Result.Valid() {
		errs = append(errs, union.Invalid("result", "invalid.unknown", it.Result.String()))
	}
	if !it.Feedback.Valid() {
		errs = append(errs, union.Invalid("feedback", "invalid.unknown", it.Feedback.String()))
	}
	for _, d := range []struct {
		name string
		d    Date
	}{{"handed_over", it.HandedOver}, {"replied", it.Replied}, {"implemented", it.Implemented}} {
		if err := validDate(d.name, d.d); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	order := func(name string, d Date, refName string, ref Date) {
		switch {
		case d.IsZero():
		case ref.IsZero():
			errs = append(errs, union.Invalid(refName, "invalid.required", "", name))
		case d.Before(ref):
			errs = append(errs, union.Invalid(name, "democracy.consultation.order", d.String(), refName, ref.String()))
		}
	}
	order("handed_over", it.HandedOver, "submitted", it.Submitted)
	order("replied", it.Replied, "handed_over", it.HandedOver)
	order("implemented", it.Implemented, "replied", it.Replied)
	if it.Result != ResultNone && it.Replied.IsZero() {
		errs = append(errs, union.Invalid("replied", "invalid.required", "", "result"))
	}
	if it.Feedback != FeedbackNone && it.Replied.IsZero() {
		errs = append(errs, union.Invalid("replied", "invalid.required", "", "feedback"))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// handle computes an accepted case's due dates, flags and re-handling.
func (r ProposalRules) handle(o *ProposalOutcome, it ProposalItem, asOf Date, needCal func() error, ix *calendarIndex) error {
	if !r.Reply.IsZero() {
		if it.HandedOver.IsZero() {
			o.Reply = StatusWaiting
		} else {
			if err := needCal(); err != nil {
				return err
			}
			due, err := ix.deadline("handed_over", it.HandedOver, r.Reply.Span)
			if err != nil {
				return union.Prefix("calendar", err)
			}
			o.ReplyDue = due
			o.Reply, o.ReplyDays = standing(due, it.Replied, asOf)
			o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.reply", r.src(r.Reply.Source), it.HandedOver.String(), due.String()),
				standingReason(o.Reply, o.ReplyDays, r.src(r.Reply.Source)))
		}
	} else {
		o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.reply.not_set", r.src(r.Source)))
	}
	promised := it.Result == ResultSolved || it.Result == ResultPlanned
	if !r.Implement.IsZero() && promised {
		if err := needCal(); err != nil {
			return err
		}
		due, err := ix.deadline("replied", it.Replied, r.Implement.Span)
		if err != nil {
			return union.Prefix("calendar", err)
		}
		o.ImplementDue = due
		o.Implement, o.ImplementDays = standing(due, it.Implemented, asOf)
		o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.implement", r.src(r.Implement.Source), it.Replied.String(), due.String()),
			standingReason(o.Implement, o.ImplementDays, r.src(r.Implement.Source)))
	} else if !r.Implement.IsZero() && it.Result == ResultNone {
		o.Implement = StatusWaiting
	}
	if it.Feedback == FeedbackUnsatisfied {
		o.Rehandle = true
		o.Reasons = append(o.Reasons, union.NewReason("democracy.proposal.rehandle", r.src(r.StatsSource)))
	}
	return nil
}

// UnmarshalJSON reads a session strictly: an unknown key is an ErrInvalid error.
func (s *ProposalSession) UnmarshalJSON(b []byte) error {
	type plain ProposalSession
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*s = ProposalSession(v)
	return nil
}
