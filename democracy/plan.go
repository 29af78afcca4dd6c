package democracy

import (
	"github.com/gonghui/gonghui/union"
)

// Plan is what a unit of a given headcount needs: the form of its staff
// body, the least number of delegates, the presidium, the term and the
// sessions. Numbers are fields; Reasons cite the rule behind each (they carry
// no arguments: the numbers are fields).
type Plan struct {
	// Headcount is the number of staff planned for.
	Headcount int `json:"headcount"`
	// Form is the body the rules call for at this headcount.
	Form Form `json:"form"`
	// Optional reports that the other form is allowed too (a small unit
	// may hold a congress in Shanghai, or a general meeting in Zhejiang).
	Optional bool `json:"optional"`
	// MinDelegates is the least number of voting delegates of a congress
	// (also when a small unit chooses one); never more than the headcount.
	MinDelegates int `json:"min_delegates"`
	// Gap reports a headcount between two delegate bands (Zhejiang: exactly
	// 100 or 1,000); MinDelegates then follows DelegateRule.Gap.
	Gap bool `json:"gap"`
	// PresidiumMin and PresidiumMax bound the presidium for MinDelegates
	// delegates (for all staff at a general meeting); PresidiumMax 0 means no upper limit; both 0 means the
	// rules set no size.
	PresidiumMin int `json:"presidium_min"`
	// PresidiumMax is the largest presidium; 0 for no upper limit.
	PresidiumMax int `json:"presidium_max"`
	// PresidiumOverlap reports a delegate count in two presidium bands
	// (Shanghai: exactly 100); the governing band is taken: a mandatory one
	// over a permissive one, then the larger minimum.
	PresidiumOverlap bool `json:"presidium_overlap"`
	// PresidiumSoft reports that the presidium's size is permissive (可以设):
	// CheckPresidium reports a size outside it as a warning only.
	PresidiumSoft bool `json:"presidium_soft"`
	// SingleChair reports that a general meeting may elect one chair
	// instead of a presidium.
	SingleChair bool `json:"single_chair"`
	// TermMin and TermMax bound the term in years.
	TermMin int `json:"term_min"`
	// TermMax is the longest term in years.
	TermMax int `json:"term_max"`
	// PostponeYears is the longest postponement of re-election; 0 when not set.
	PostponeYears int `json:"postpone_years"`
	// SessionsPerYear is the least number of sessions a year.
	SessionsPerYear int `json:"sessions_per_year"`
	// ExtraSession is the number of MinDelegates delegates whose request
	// calls an extraordinary session.
	ExtraSession int `json:"extra_session"`
	// Unverified reports that part of the plan rests on rules read only in
	// secondary sources (see the reasons).
	Unverified bool `json:"unverified"`
	// Reasons cite the rules: form, delegates (and any gap or unverified
	// rule), presidium, term. The slice is the plan's own.
	Reasons []union.Reason `json:"reasons"`
}

// Plan returns the congress plan for a unit of headcount staff. A headcount
// that is not positive is ErrInvalid; an inconsistent rule set is ErrPolicy.
// Plan allocates once, for the reasons.
func (r Rules) Plan(headcount int) (Plan, error) {
	if err := r.Validate(); err != nil {
		return Plan{}, err
	}
	if fe := countError("headcount", headcount, true); fe != nil {
		return Plan{}, fe
	}
	p := r.plan(headcount)
	k := r.planKey(headcount)
	p.Reasons = k.reasons()
	return p, nil
}

// plan computes the numbers of a plan (no reasons, no validation).
func (r Rules) plan(h int) Plan {
	p := Plan{Headcount: h}
	p.Form, p.Optional = r.form(h)
	p.MinDelegates, p.Gap = r.minDelegates(h)
	p.PresidiumMin, p.PresidiumMax, p.PresidiumSoft, p.PresidiumOverlap = r.presidium(attending(p.Form, h, p.MinDelegates))
	p.SingleChair = p.Form == GeneralMeeting && h <= r.Form.SingleChairUpTo
	p.TermMin, p.TermMax = r.Term.MinYears, r.Term.MaxYears
	p.PostponeYears = r.Term.PostponeYears
	p.SessionsPerYear = r.Term.SessionsPerYear
	p.ExtraSession = r.ExtraSession.Required(p.MinDelegates)
	p.Unverified = r.Form.Unverified || r.Delegates.Unverified || r.Term.Unverified
	return p
}

// The cases of a plan's form and presidium reasons.
const (
	formCongress = iota
	formMeetingOnly
	formMeetingMay
	formMeeting
	formCases

	presidiumSingleChair = iota - formCases - 1
	presidiumNone
	presidiumOverlap
	presidiumBands
	presidiumPermissive
	presidiumCases
)

// planKey describes the reasons of a plan for headcount h.
func (r Rules) planKey(h int) reasonKey {
	form, _ := r.form(h)
	fc := formMeeting
	switch {
	case form == Congress:
		fc = formCongress
	case r.Form.Small == SmallGeneralMeetingOnly:
		fc = formMeetingOnly
	case r.Form.Small == SmallEither:
		fc = formMeetingMay
	}
	n, gap := r.minDelegates(h)
	pmin, pmax, soft, overlap := r.presidium(attending(form, h, n))
	pc := presidiumBands
	switch {
	case form == GeneralMeeting && h <= r.Form.SingleChairUpTo:
		pc = presidiumSingleChair
	case pmin == 0 && pmax == 0:
		pc = presidiumNone
	case overlap:
		pc = presidiumOverlap
	case soft:
		pc = presidiumPermissive
	}
	return r.planKeyOf(fc, gap, pc)
}

// planKeyOf builds the reasons of a plan from its cases.
func (r Rules) planKeyOf(formCase int, gap bool, presidiumCase int) reasonKey {
	var k reasonKey
	switch formCase {
	case formCongress:
		k.add("democracy.plan.congress", r.Form.Source)
	case formMeetingOnly:
		k.add("democracy.plan.general_meeting_only", r.Form.Source)
	case formMeetingMay:
		k.add("democracy.plan.general_meeting_may", r.Form.Source)
	default:
		k.add("democracy.plan.general_meeting", r.Form.Source)
	}
	if r.Form.Unverified {
		k.add("democracy.plan.unverified", r.Form.Source)
	}
	k.add("democracy.plan.delegates", r.Delegates.Source)
	if gap {
		k.add(gapCodes[r.Delegates.Gap], r.Delegates.Source)
	}
	if r.Delegates.Unverified {
		k.add("democracy.plan.unverified", r.Delegates.Source)
	}
	switch presidiumCase {
	case presidiumSingleChair:
		k.add("democracy.plan.single_chair", r.Form.Source)
	case presidiumNone:
		k.add("democracy.plan.presidium_none", r.Presidium.Source)
	case presidiumOverlap:
		k.add("democracy.plan.presidium_overlap", r.Presidium.Source)
	case presidiumPermissive:
		k.add("democracy.plan.presidium_permissive", r.Presidium.Source)
	default:
		k.add("democracy.plan.presidium", r.Presidium.Source)
	}
	k.add("democracy.plan.term", r.Term.Source)
	if r.Term.Unverified {
		k.add("democracy.plan.unverified", r.Term.Source)
	}
	return k
}

// gapCodes are the reason codes of the gap policies (constant strings, so
// that building a plan's reasons does not allocate).
var gapCodes = [...]string{
	GapLarger: "democracy.plan.band_gap.larger",
	GapBelow:  "democracy.plan.band_gap.below",
	GapAbove:  "democracy.plan.band_gap.above",
}

// attending is the size of the body the presidium is sized for: the
// delegates of a congress, or all staff at a general meeting.
func attending(f Form, headcount, delegates int) int {
	if f == GeneralMeeting {
		return headcount
	}
	return delegates
}

// form returns the form for headcount h and whether the other is allowed.
func (r Rules) form(h int) (Form, bool) {
	if h >= r.Form.CongressFrom {
		return Congress, false
	}
	switch r.Form.Small {
	case SmallGeneralMeetingOnly:
		return GeneralMeeting, false
	default:
		return GeneralMeeting, true
	}
}

// minDelegates returns the least number of delegates for headcount h and
// whether h falls in a gap between bands.
func (r Rules) minDelegates(h int) (int, bool) {
	bands := r.Delegates.Bands
	for i, b := range bands {
		if h < b.From {
			if i == 0 {
				return min(b.minimum(b.From), h), false
			}
			below := bands[i-1].minimum(h)
			above := b.minimum(b.From)
			var n int
			switch r.Delegates.Gap {
			case GapBelow:
				n = below
			case GapAbove:
				n = above
			default:
				n = max(below, above)
			}
			return min(n, h), true
		}
		if b.To == 0 || h <= b.To {
			return min(b.minimum(h), h), false
		}
	}
	return h, true // unreachable for validated rules: the last band is open
}

// minimum is the band's formula at headcount h.
func (b Band) minimum(h int) int {
	n := b.Base
	if b.PerStep > 0 && b.Step > 0 && h > b.StepFrom {
		steps := (h - b.StepFrom) / b.Step
		if b.Partial && (h-b.StepFrom)%b.Step != 0 {
			steps++
		}
		n = satAdd(n, satMul(b.PerStep, steps))
	}
	if b.ShareDen > 0 {
		n = max(n, AtLeast(b.ShareNum, b.ShareDen).Required(h))
	}
	return n
}

// presidium returns the presidium bounds for n delegates from the governing
// band that holds n (PresidiumBand.governs), whether that band is soft, and
// whether two bands hold n.
func (r Rules) presidium(n int) (lo, hi int, soft, overlap bool) {
	i, holding := governingBand(r.Presidium.Bands, n)
	if i < 0 {
		return 0, 0, false, false
	}
	b := r.Presidium.Bands[i]
	return b.Min, b.Max, b.Soft, holding > 1
}

// governingBand returns the index of the band that governs n delegates (-1
// when none holds n) and how many bands hold n.
func governingBand(bands []PresidiumBand, n int) (index, holding int) {
	index = -1
	for i, b := range bands {
		if n < b.From || (b.To != 0 && n > b.To) {
			continue
		}
		holding++
		if index < 0 || b.governs(bands[index]) {
			index = i
		}
	}
	return index, holding
}

// satAdd and satMul saturate at the int limits instead of overflowing.
func satAdd(a, b int) int {
	if c := a + b; (c > a) == (b > 0) {
		return c
	}
	if b > 0 {
		return int(^uint(0) >> 1)
	}
	return -int(^uint(0)>>1) - 1
}

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	c := a * b
	if c/b != a || (a > 0 && b > 0 && c < 0) {
		return int(^uint(0) >> 1)
	}
	return c
}
