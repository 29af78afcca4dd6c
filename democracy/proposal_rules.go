package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// ProposalRules is a unit's policy on congress proposals (职代会提案, 教代会提案):
// who may propose and second, the submission cut-off, what becomes of late
// or under-seconded items, the grounds on which a proposal is not accepted
// (不立案), the reply and implementation periods, and how the session's rates
// are counted. No statute sets these numbers; every preset comes from one
// unit's own rules (secondary sources mostly), and every field is a
// parameter. Unknown JSON keys are errors.
type ProposalRules struct {
	// Name identifies the rule set, e.g. "proposal_nwnu".
	Name string `json:"name"`
	// Source names the document the rule set encodes.
	Source string `json:"source"`
	// Effective is the months the rule set is in force.
	Effective union.Effective `json:"effective"`
	// Unverified marks a rule set known only from secondary sources.
	Unverified bool `json:"unverified"`

	// MinSeconders is the least number of seconders (附议人) who are formal
	// delegates other than the proposer (两人以上, 含两人: 2), at least 1.
	MinSeconders int `json:"min_seconders"`
	// SignatureSource cites who may propose and second and how many.
	SignatureSource string `json:"signature_source"`

	// CutoffDays is how many days before the congress opens a proposal must
	// be in (开幕前十五天: 15; the last day is the opening day minus
	// CutoffDays); 0: any day before the opening day.
	CutoffDays int `json:"cutoff_days"`
	// Late is what becomes of an item submitted after the cut-off.
	Late LateOutcome `json:"late"`
	// CutoffSource cites the cut-off and the fate of late items.
	CutoffSource string `json:"cutoff_source"`

	// Exclusions are the grounds on which the committee may decline a
	// proposal (不予立案); a rejection must name one of them. At most one
	// entry per ground (14).
	Exclusions []Exclusion `json:"exclusions"`
	// ExclusionSource cites the list.
	ExclusionSource string `json:"exclusion_source"`
	// MergeSource cites merging (并案): merged proposers become co-proposers.
	MergeSource string `json:"merge_source"`

	// Reply is the handling department's period to reply, from the day the
	// case is handed over; zero: the unit sets none (no due date).
	Reply Step `json:"reply"`
	// Implement is the period to carry out what the reply promised (solved
	// or planned), from the reply; zero: none set.
	Implement Step `json:"implement"`

	// SatisfactionCountsBasic makes the headline 满意率 count 基本满意 as
	// satisfied (the usual report); both rates are always given.
	SatisfactionCountsBasic bool `json:"satisfaction_counts_basic"`
	// FilingBase is the denominator of the 立案率.
	FilingBase FilingBase `json:"filing_base"`
	// MergedCount is how merged items count in the 立案率.
	MergedCount MergedCount `json:"merged_count"`
	// StatsSource cites the rates' definitions.
	StatsSource string `json:"stats_source"`
}

// LateOutcome is what becomes of a late item. Its text form is the English word.
type LateOutcome uint8

// The outcomes of a late item.
const (
	// LateOpinion: handled as an opinion or suggestion (意见建议). The zero value.
	LateOpinion LateOutcome = iota
	// LateForward: forwarded to the department concerned directly.
	LateForward
	// LateReject: not accepted (不再立案).
	LateReject
)

var lateOutcomeEnum = enum.New[LateOutcome]("LateOutcome", "late", "democracy.late", union.Invalid, "opinion", "forward", "reject")

// String returns the English word.
func (l LateOutcome) String() string { return lateOutcomeEnum.String(l) }

// Text returns the localized name.
func (l LateOutcome) Text(tag language.Tag) string {
	return lateOutcomeEnum.Text(l, tag)
}

// Valid reports whether l is one of the defined outcomes.
func (l LateOutcome) Valid() bool { return lateOutcomeEnum.Valid(l) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (l LateOutcome) MarshalText() ([]byte, error) {
	return lateOutcomeEnum.Marshal(l)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (l *LateOutcome) UnmarshalText(t []byte) error {
	return lateOutcomeEnum.Unmarshal(l, t)
}

// Exclusion is a ground for not accepting a proposal (不予立案).
// Its text form is the English word.
type Exclusion uint8

// The grounds.
const (
	// ExclusionNone: no ground given. The zero value; never valid in a list
	// or a rejection.
	ExclusionNone Exclusion = iota
	// ExclusionOutsidePowers: outside the unit's or the congress's powers.
	ExclusionOutsidePowers
	// ExclusionUnlawful: contrary to law or policy.
	ExclusionUnlawful
	// ExclusionStateSecret: involves state secrets.
	ExclusionStateSecret
	// ExclusionPartyInternal: internal matters of the Party, the Youth
	// League, a democratic party or a people's organisation.
	ExclusionPartyInternal
	// ExclusionLitigation: under litigation or arbitration.
	ExclusionLitigation
	// ExclusionAcademic: an academic or technical debate.
	ExclusionAcademic
	// ExclusionPersonal: a purely personal matter of the proposer or relatives.
	ExclusionPersonal
	// ExclusionAccusation: an accusation against named people (举报).
	ExclusionAccusation
	// ExclusionDepartment: a matter a department settles within its own duties.
	ExclusionDepartment
	// ExclusionSolved: already solved.
	ExclusionSolved
	// ExclusionNotNow: cannot be solved now (an explanation is given).
	ExclusionNotNow
	// ExclusionNoSuggestion: names a problem without a concrete suggestion.
	ExclusionNoSuggestion
	// ExclusionPromotion: promotes a specific work or product.
	ExclusionPromotion
)

var exclusionEnum = enum.New[Exclusion]("Exclusion", "exclusion", "democracy.exclusion", union.Invalid, "none", "outside_powers", "unlawful", "state_secret", "party_internal", "litigation",
	"academic", "personal", "accusation", "department", "solved", "not_now", "no_suggestion", "promotion")

// String returns the English word.
func (e Exclusion) String() string { return exclusionEnum.String(e) }

// Text returns the localized name, e.g. 正在诉讼或仲裁中的事项.
func (e Exclusion) Text(tag language.Tag) string {
	return exclusionEnum.Text(e, tag)
}

// Valid reports whether e is one of the defined grounds.
func (e Exclusion) Valid() bool { return exclusionEnum.Valid(e) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (e Exclusion) MarshalText() ([]byte, error) {
	return exclusionEnum.Marshal(e)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (e *Exclusion) UnmarshalText(t []byte) error {
	return exclusionEnum.Unmarshal(e, t)
}

// FilingBase is the denominator of the 立案率. Its text form is the English word.
type FilingBase uint8

// The bases.
const (
	// FilingOfSubmitted: every item submitted (收到的提案数), withdrawn ones
	// too. The zero value, the usual report.
	FilingOfSubmitted FilingBase = iota
	// FilingOfProposals: only the items that qualified as proposals.
	FilingOfProposals
)

var filingBaseEnum = enum.New[FilingBase]("FilingBase", "filing_base", "democracy.filing_base", union.Invalid, "submitted", "proposals")

// String returns the English word.
func (b FilingBase) String() string { return filingBaseEnum.String(b) }

// Text returns the localized name.
func (b FilingBase) Text(tag language.Tag) string {
	return filingBaseEnum.Text(b, tag)
}

// Valid reports whether b is one of the defined bases.
func (b FilingBase) Valid() bool { return filingBaseEnum.Valid(b) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b FilingBase) MarshalText() ([]byte, error) {
	return filingBaseEnum.Marshal(b)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *FilingBase) UnmarshalText(t []byte) error {
	return filingBaseEnum.Unmarshal(b, t)
}

// MergedCount is how merged items count in the 立案率. Its text form is the English word.
type MergedCount uint8

// The ways of counting.
const (
	// PerInput: every input item in a case counts as accepted (80 items
	// merged into 64 proposals count 80). The zero value.
	PerInput MergedCount = iota
	// PerCase: a case counts once, in the numerator and the denominator.
	PerCase
)

var mergedCountEnum = enum.New[MergedCount]("MergedCount", "merged_count", "democracy.merged_count", union.Invalid, "per_input", "per_case")

// String returns the English word.
func (m MergedCount) String() string { return mergedCountEnum.String(m) }

// Text returns the localized name.
func (m MergedCount) Text(tag language.Tag) string {
	return mergedCountEnum.Text(m, tag)
}

// Valid reports whether m is one of the defined ways.
func (m MergedCount) Valid() bool { return mergedCountEnum.Valid(m) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (m MergedCount) MarshalText() ([]byte, error) {
	return mergedCountEnum.Marshal(m)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (m *MergedCount) UnmarshalText(t []byte) error {
	return mergedCountEnum.Unmarshal(m, t)
}

// Limits of a proposal policy and session.
const (
	// MaxProposalItems is the most items a session may hold.
	MaxProposalItems = 20_000
	// MaxSessionDelegates is the most delegates a session's roster may hold.
	MaxSessionDelegates = 20_000
	// MaxSeconders is the most seconders one item may list.
	MaxSeconders = 500
	// MaxSecondersRule is the largest MinSeconders a policy may set.
	MaxSecondersRule = 100
	// MaxCutoffDays is the longest cut-off a policy may set (one year).
	MaxCutoffDays = 366
)

// Validate reports an inconsistent policy as ErrPolicy, every problem at once.
func (r ProposalRules) Validate() error {
	var errs []error
	req := func(field, v string) {
		if v == "" {
			errs = append(errs, union.Inconsistent(field, "invalid.required", ""))
		}
	}
	req("name", r.Name)
	req("source", r.Source)
	if err := r.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	if r.MinSeconders < 1 || r.MinSeconders > MaxSecondersRule {
		errs = append(errs, union.Inconsistent("min_seconders", "policy.range", itoa(r.MinSeconders), "1", itoa(MaxSecondersRule)))
	}
	req("signature_source", r.SignatureSource)
	if r.CutoffDays < 0 || r.CutoffDays > MaxCutoffDays {
		errs = append(errs, union.Inconsistent("cutoff_days", "policy.range", itoa(r.CutoffDays), "0", itoa(MaxCutoffDays)))
	}
	if !r.Late.Valid() {
		errs = append(errs, union.Inconsistent("late", "invalid.unknown", r.Late.String()))
	}
	req("cutoff_source", r.CutoffSource)
	if len(r.Exclusions) > exclusionEnum.Len() {
		errs = append(errs, tooMany(union.ErrInvalid, "exclusions", len(r.Exclusions), exclusionEnum.Len()))
	} else {
		for i, e := range r.Exclusions {
			if !e.Valid() || e == ExclusionNone {
				errs = append(errs, union.Inconsistent(union.Indexed("exclusions", i), "invalid.unknown", e.String()))
			}
		}
	}
	req("exclusion_source", r.ExclusionSource)
	req("merge_source", r.MergeSource)
	for _, st := range []struct {
		name string
		s    Step
	}{{"reply", r.Reply}, {"implement", r.Implement}} {
		if err := st.s.Span.Validate(); err != nil {
			errs = append(errs, union.Prefix(st.name, err))
		}
		if !st.s.IsZero() && st.s.Source == "" {
			errs = append(errs, union.Inconsistent(st.name+".source", "invalid.required", ""))
		}
	}
	if !r.FilingBase.Valid() {
		errs = append(errs, union.Inconsistent("filing_base", "invalid.unknown", r.FilingBase.String()))
	}
	if !r.MergedCount.Valid() {
		errs = append(errs, union.Inconsistent("merged_count", "invalid.unknown", r.MergedCount.String()))
	}
	req("stats_source", r.StatsSource)
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// UnmarshalJSON reads the rules strictly: an unknown key is an ErrInvalid error.
func (r *ProposalRules) UnmarshalJSON(b []byte) error {
	type plain ProposalRules
	var v plain
	if err := strictJSON(b, &v); err != nil {
		return err
	}
	*r = ProposalRules(v)
	return nil
}
