package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
)

// Rules is the policy of a staff and workers' congress (职工代表大会) in one
// jurisdiction: when a unit must hold a congress rather than a general
// meeting, how many delegates it needs, the presidium, the term and the
// sessions, the delegate composition, and the quorum and pass rules of its
// votes. Build it from a preset (Enterprise, Shanghai2017, Zhejiang2010,
// School2012) and adjust it; every field is plain data and round-trips
// through JSON.
//
// A Rules value is immutable in use: entry points never change it, and
// presets build fresh slices on every call, so copies never alias.
type Rules struct {
	// Name identifies the rule set, e.g. "shanghai2017".
	Name string `json:"name"`
	// Source names the documents the rule set encodes.
	Source string `json:"source"`
	// Effective is the period the rule set is in force.
	Effective union.Effective `json:"effective"`

	// Quorum is the share of all delegates that must be present for a
	// session to vote (三分之二以上出席). Its Base must be BaseAll.
	Quorum Threshold `json:"quorum"`
	// Pass is the share of yes votes a motion needs, measured against
	// Pass.Base (all delegates in every instrument found).
	Pass Threshold `json:"pass"`
	// VoteSource cites the articles of the quorum and pass rules.
	VoteSource string `json:"vote_source"`

	// Form decides between a congress and a general meeting.
	Form FormRule `json:"form"`
	// Delegates gives the minimum number of delegates by headcount.
	Delegates DelegateRule `json:"delegates"`
	// Presidium gives the size of the presidium (主席团) by number of delegates.
	Presidium PresidiumRule `json:"presidium"`
	// Term gives the congress term and how often it meets.
	Term TermRule `json:"term"`

	// ExtraSession is the share of delegates whose request calls an
	// extraordinary session (三分之一以上职工代表提议).
	ExtraSession Threshold `json:"extra_session"`
	// ExtraSessionSource cites the article of ExtraSession.
	ExtraSessionSource string `json:"extra_session_source"`

	// Matters cites what follows from the kind of matter voted on.
	Matters MatterRule `json:"matters"`

	// Limits are the composition rules Check applies to a delegate roster.
	Limits []Limit `json:"limits"`
	// Dispatched says whether dispatched workers attend without a vote.
	Dispatched DispatchedRule `json:"dispatched"`
}

// DispatchedRule is the rule for dispatched (劳务派遣) workers on the
// congress: under 浙江省企业民主管理条例 第十一条 an enterprise using many of them
// has an appropriate number attend as non-voting delegates (列席).
type DispatchedRule struct {
	// NonVoting makes Check fail a roster in which a dispatched worker votes.
	NonVoting bool `json:"non_voting"`
	// Source cites the article.
	Source string `json:"source"`
}

// FormRule decides between a congress and a general meeting by headcount.
type FormRule struct {
	// CongressFrom is the headcount from which a congress is required
	// (100 in Shanghai); 0 means a congress is always the form.
	CongressFrom int `json:"congress_from"`
	// Small says what a unit below CongressFrom does.
	Small Small `json:"small"`
	// SingleChairUpTo is the headcount up to which a general meeting may
	// elect a single chair (大会执行主席) instead of a presidium (30 in
	// Shanghai); 0 when the rule does not exist.
	SingleChairUpTo int `json:"single_chair_up_to"`
	// Unverified marks a rule taken from secondary sources only.
	Unverified bool `json:"unverified"`
	// Source cites the articles.
	Source string `json:"source"`
}

// DelegateRule is the minimum number of delegates by headcount, as a list of
// bands in ascending, non-overlapping order; the last band is open-ended.
// Headcounts between two bands (a gap) follow Gap and are reported.
type DelegateRule struct {
	// Bands are the headcount bands, ascending.
	Bands []Band `json:"bands"`
	// Gap says what a headcount between two bands gets.
	Gap GapPolicy `json:"gap"`
	// Unverified marks a rule taken from secondary sources only; Plan
	// reports it with a reason rather than presenting the number as law.
	Unverified bool `json:"unverified"`
	// Source cites the articles.
	Source string `json:"source"`
}

// Band is one headcount band of a DelegateRule. Its minimum is
//
//	Base + PerStep × ⌊(headcount − StepFrom) / Step⌋   (⌈…⌉ when Partial)
//
// and, when ShareDen is set, at least ⌈ShareNum/ShareDen × headcount⌉, and
// never more than the headcount itself.
type Band struct {
	// From is the first headcount of the band (inclusive, ≥ 1).
	From int `json:"from"`
	// To is the last headcount of the band (inclusive); 0 means open-ended.
	To int `json:"to"`
	// Base is the minimum at the start of the band.
	Base int `json:"base"`
	// PerStep delegates are added for every Step staff above StepFrom.
	PerStep int `json:"per_step"`
	// Step is the size of one increment of staff (100 in Shanghai).
	Step int `json:"step"`
	// StepFrom is the headcount from which increments are counted.
	StepFrom int `json:"step_from"`
	// Partial counts a partial step as a whole one. Shanghai's 每增加一百人 is
	// read as whole hundreds (Partial false): a partial hundred is not an increase of 100.
	Partial bool `json:"partial"`
	// ShareNum/ShareDen is a minimum share of the headcount (0 when unused).
	ShareNum int `json:"share_num"`
	// ShareDen is the denominator of the share; 0 when unused.
	ShareDen int `json:"share_den"`
}

// PresidiumRule is the size of the presidium by number of delegates.
type PresidiumRule struct {
	// Bands are the delegate-count bands; they may overlap (Shanghai's
	// 三十人至一百人 and 一百人以上 both hold 100), and Plan reports an
	// overlap. Where bands overlap, a mandatory band governs a Soft one (at
	// exactly 100 delegates in Shanghai the 不得少于七人 of 一百人以上
	// governs the permissive 可以设三至五人); between bands of the same kind
	// the larger minimum governs.
	Bands []PresidiumBand `json:"bands"`
	// Limits are the composition rules CheckPresidium applies to the
	// presidium's members, as shares of the presidium (上海 第二十三条:
	// 一线职工代表 at least half). A share of the workforce cannot apply to
	// a presidium.
	Limits []Limit `json:"limits,omitempty"`
	// Source cites the articles.
	Source string `json:"source"`
}

// PresidiumBand is the presidium size for From to To delegates.
type PresidiumBand struct {
	// From is the first delegate count of the band (inclusive).
	From int `json:"from"`
	// To is the last delegate count (inclusive); 0 means open-ended.
	To int `json:"to"`
	// Min is the smallest presidium.
	Min int `json:"min"`
	// Max is the largest presidium; 0 means no upper limit.
	Max int `json:"max"`
	// Soft marks a permissive band (可以设): a size outside it is a warning,
	// not a failure, and a mandatory band that also holds the number governs.
	Soft bool `json:"soft,omitempty"`
}

// governs reports whether band b takes precedence over band c where both
// hold a number of delegates: a mandatory band over a soft one, then the
// larger minimum.
func (b PresidiumBand) governs(c PresidiumBand) bool {
	if b.Soft != c.Soft {
		return !b.Soft
	}
	return b.Min > c.Min
}

// TermRule is the congress term and its sessions.
type TermRule struct {
	// MinYears and MaxYears bound the term (3 to 5 years).
	MinYears int `json:"min_years"`
	// MaxYears is the longest term.
	MaxYears int `json:"max_years"`
	// PostponeYears is the longest postponement of re-election (1 in Shanghai); 0 when not set.
	PostponeYears int `json:"postpone_years"`
	// SessionsPerYear is the least number of sessions a year.
	SessionsPerYear int `json:"sessions_per_year"`
	// Unverified marks a rule taken from secondary sources only.
	Unverified bool `json:"unverified"`
	// Source cites the articles.
	Source string `json:"source"`
}

// MatterRule cites what follows from the kind of matter voted on.
type MatterRule struct {
	// AdoptSource cites the rule for matters the congress must adopt
	// (审议通过): adopted, they bind the unit and all staff; not adopted, the
	// unit's decision does not bind staff (上海市职工代表大会条例 第三十三条、第三十四条).
	AdoptSource string `json:"adopt_source"`
	// AdviseSource cites the rule for matters the congress deliberates and
	// gives opinions on (审议建议): its vote is advice to the unit.
	AdviseSource string `json:"advise_source"`
}

// Validate reports every inconsistency of the rules at once (errors.Join of
// *union.FieldError, each wrapping ErrPolicy, with a field path such as
// "delegates.bands[2].to"). Every entry point calls it first, so a rule set
// read from JSON is checked exactly like a preset.
func (r Rules) Validate() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	add(within("quorum", r.Quorum.Validate()))
	if r.Quorum.Base != BaseAll {
		add(union.Inconsistent("quorum.base", "democracy.policy.quorum_base", r.Quorum.Base.String()))
	}
	add(within("pass", r.Pass.Validate()))
	add(within("extra_session", r.ExtraSession.Validate()))
	add(within("form", r.Form.validate()))
	add(within("delegates", r.Delegates.validate()))
	add(within("presidium", r.Presidium.validate()))
	add(within("term", r.Term.validate()))
	if len(r.Limits) > MaxLimits {
		add(tooMany(union.ErrPolicy, "limits", len(r.Limits), MaxLimits))
	} else {
		for i, l := range r.Limits {
			if err := l.Validate(); err != nil {
				add(within(union.Indexed("limits", i), err))
			}
		}
	}
	if err := r.Effective.Validate(); err != nil {
		add(within("effective", err))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

func (f FormRule) validate() error {
	var errs []error
	if f.CongressFrom < 0 {
		errs = append(errs, union.Inconsistent("congress_from", "invalid.negative", itoa(f.CongressFrom)))
	}
	if !f.Small.Valid() {
		errs = append(errs, union.Inconsistent("small", "invalid.unknown", f.Small.String()))
	}
	if f.SingleChairUpTo < 0 {
		errs = append(errs, union.Inconsistent("single_chair_up_to", "invalid.negative", itoa(f.SingleChairUpTo)))
	}
	return joinOrNil(errs)
}

func (d DelegateRule) validate() error {
	var errs []error
	switch {
	case len(d.Bands) == 0:
		errs = append(errs, union.Inconsistent("bands", "policy.empty", ""))
	case len(d.Bands) > MaxBands:
		return tooMany(union.ErrPolicy, "bands", len(d.Bands), MaxBands)
	}
	if !d.Gap.Valid() {
		errs = append(errs, union.Inconsistent("gap", "invalid.unknown", d.Gap.String()))
	}
	for i, b := range d.Bands {
		f := lazyIndex{"bands", i}
		switch {
		case b.From < 1:
			errs = append(errs, union.Inconsistent(f.at(".from"), "invalid.not_positive", itoa(b.From)))
		case i > 0 && (d.Bands[i-1].To == 0 || b.From <= d.Bands[i-1].To):
			errs = append(errs, union.Inconsistent(f.at(".from"), "policy.overlap", itoa(b.From), union.Indexed("bands", i-1)))
		}
		if b.To != 0 && b.To < b.From {
			errs = append(errs, union.Inconsistent(f.at(".to"), "invalid.order", itoa(b.To)))
		}
		if b.To == 0 && i != len(d.Bands)-1 {
			errs = append(errs, union.Inconsistent(f.at(".to"), "policy.overlap", "0", union.Indexed("bands", i+1)))
		}
		if b.To != 0 && i == len(d.Bands)-1 {
			errs = append(errs, union.Inconsistent(f.at(".to"), "policy.uncovered", itoa(b.To), itoa(b.To+1)))
		}
		for _, n := range []struct {
			name string
			v    int
		}{{"base", b.Base}, {"per_step", b.PerStep}, {"step", b.Step}, {"step_from", b.StepFrom}, {"share_num", b.ShareNum}, {"share_den", b.ShareDen}} {
			if n.v < 0 {
				errs = append(errs, union.Inconsistent(f.at("."+n.name), "invalid.negative", itoa(n.v)))
			}
		}
		if b.PerStep > 0 && b.Step <= 0 {
			errs = append(errs, union.Inconsistent(f.at(".step"), "invalid.not_positive", itoa(b.Step)))
		}
		if b.ShareDen > 0 && b.ShareNum > b.ShareDen {
			errs = append(errs, union.Inconsistent(f.at(".share_num"), "democracy.threshold.above_one", itoa(b.ShareNum)+"/"+itoa(b.ShareDen)))
		}
		if b.ShareDen == 0 && b.ShareNum > 0 {
			errs = append(errs, union.Inconsistent(f.at(".share_den"), "invalid.not_positive", "0"))
		}
	}
	return joinOrNil(errs)
}

func (p PresidiumRule) validate() error {
	var errs []error
	if len(p.Bands) > MaxBands {
		return tooMany(union.ErrPolicy, "bands", len(p.Bands), MaxBands)
	}
	if len(p.Limits) > MaxLimits {
		return tooMany(union.ErrPolicy, "limits", len(p.Limits), MaxLimits)
	}
	for i, b := range p.Bands {
		f := lazyIndex{"bands", i}
		if b.From < 1 {
			errs = append(errs, union.Inconsistent(f.at(".from"), "invalid.not_positive", itoa(b.From)))
		}
		if b.To != 0 && b.To < b.From {
			errs = append(errs, union.Inconsistent(f.at(".to"), "invalid.order", itoa(b.To)))
		}
		if b.Min < 0 {
			errs = append(errs, union.Inconsistent(f.at(".min"), "invalid.negative", itoa(b.Min)))
		}
		if b.Max != 0 && b.Max < b.Min {
			errs = append(errs, union.Inconsistent(f.at(".max"), "invalid.order", itoa(b.Max)))
		}
	}
	for i, l := range p.Limits {
		f := lazyIndex{"limits", i}
		if err := l.Validate(); err != nil {
			errs = append(errs, within(f.at(""), err))
		}
		if l.Workforce {
			errs = append(errs, union.Inconsistent(f.at(".workforce"), "invalid.inconsistent", "true", "presidium"))
		}
	}
	return joinOrNil(errs)
}

func (t TermRule) validate() error {
	var errs []error
	for _, n := range []struct {
		name string
		v    int
	}{{"min_years", t.MinYears}, {"max_years", t.MaxYears}, {"postpone_years", t.PostponeYears}, {"sessions_per_year", t.SessionsPerYear}} {
		if n.v < 0 {
			errs = append(errs, union.Inconsistent(n.name, "invalid.negative", itoa(n.v)))
		}
	}
	if t.MaxYears != 0 && t.MaxYears < t.MinYears {
		errs = append(errs, union.Inconsistent("max_years", "invalid.order", itoa(t.MaxYears)))
	}
	return joinOrNil(errs)
}

// joinOrNil joins errs, or returns nil for none.
func joinOrNil(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// lazyIndex is a field path element such as "bands[2]", formatted only when
// an error needs it, so that validating a good policy does not allocate.
type lazyIndex struct {
	name string
	i    int
}

// at returns the path with suffix appended, e.g. "bands[2].to".
func (l lazyIndex) at(suffix string) string { return union.Indexed(l.name, l.i) + suffix }
