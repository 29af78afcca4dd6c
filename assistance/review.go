package assistance

import (
	"errors"
	"slices"
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// File is a hardship file under review: its category and the months it was
// opened and is reviewed.
type File struct {
	// Category is the category on file.
	Category Category `json:"category"`
	// Filed is the month the file was opened.
	Filed union.Period `json:"filed"`
	// Reviewed is the month of this review.
	Reviewed union.Period `json:"reviewed"`
}

// Validate reports every problem of the file at once (ErrInvalid).
func (f File) Validate() error {
	c := checker{kind: union.ErrInvalid}
	p := path{name: "file", index: -1}
	if !f.Category.Filed() {
		c.add(&p, "category", "invalid.unknown", f.Category.String())
	}
	c.period(&p, "filed", f.Filed)
	c.period(&p, "reviewed", f.Reviewed)
	if f.Filed.Valid() && f.Reviewed.Valid() && f.Reviewed.Before(f.Filed) {
		c.add(&p, "reviewed", "invalid.order", f.Reviewed.String())
	}
	return c.err()
}

// ReviewResult is the decision of a yearly review.
type ReviewResult struct {
	// Outcome is continue, move, exit (脱困), resolved (解困) or cancel.
	Outcome Outcome `json:"outcome"`
	// From is the category on file; To the category after the review (None
	// when the file is closed).
	From Category `json:"from"`
	// To is the category after the review.
	To Category `json:"to"`
	// Next is the month of the next review; zero when the file is closed.
	Next union.Period `json:"next,omitzero"`
	// Assessment is the reassessment on this year's facts.
	Assessment Assessment `json:"assessment"`
	// Reasons explain the outcome; the reassessment's own reasons are in Assessment.
	Reasons []union.Reason `json:"reasons"`
}

// Review decides a file at its yearly review on this year's facts (动态管理:
// 新华日报 2019-09-11, 邹城市总工会 2023-03-31), in this order:
//
//  1. cancel (注销) when the worker has retired, transferred, died or left
//     the union (邹城市总工会 2023), or an exclusion now hits (退档, 邹城:
//     checks against property, vehicle and business registers) or another
//     condition fails;
//  2. exit (脱困) when the household no longer falls in any category and
//     its per-capita income has been above 低保 for Exit.Months consecutive
//     months (新华日报 2019-09-11, Jiangsu); with fewer months the file
//     continues in its category until the months are reached;
//  3. resolved (解困) when the household still falls in a category, a member
//     is seriously ill or disabled (or those are its causes) and it now
//     receives government 低保 support: brought up to 低保 with that
//     support, the file is kept and union help goes on (Jiangsu 2019);
//  4. move when the household now falls in another category;
//  5. continue otherwise.
//
// A kept file is next reviewed Exit.ReviewMonths after this review (at
// least one review a year, 《湖南工会困难职工档案管理办法》). Periods are
// years 1–9999, so a review month that leaves no room for the next review
// in year 9999 (9999-06 with a 12-month cycle) is an error naming
// file.reviewed, whatever the outcome.
func (r Rules) Review(f File, a Applicant) (ReviewResult, error) {
	if err := r.Validate(); err != nil {
		return ReviewResult{}, err
	}
	errF, errA := f.Validate(), a.Validate()
	if errF == nil {
		errF = r.checkNextReview(f)
	}
	if errF != nil || errA != nil {
		return ReviewResult{}, joinErrs(errF, errA)
	}
	as := r.assess(&a)
	out := ReviewResult{From: f.Category, Assessment: as, Reasons: make([]union.Reason, 0, 3)}
	add := func(code, source string, args ...string) {
		out.Reasons = append(out.Reasons, union.NewReason(code, source, args...))
	}
	h := &a.Household
	switch s := a.Worker.Status; {
	case s == union.Retired || s == union.Transferred || s == union.Deceased || s == union.Withdrawn:
		out.Outcome = Cancel
		add("assistance.review.cancel."+s.String(), r.cite(srcZoucheng))
	case as.Excluded:
		out.Outcome = Cancel
		add("assistance.review.cancel.excluded", r.cite(srcZoucheng))
	case !as.Eligible:
		out.Outcome = Cancel
		add("assistance.review.cancel.conditions", r.cite(srcZoucheng))
	case !as.Tested.Filed():
		if h.MonthsAbove >= r.Exit.Months {
			out.Outcome = Exit
			add("assistance.review.exit", r.cite(srcJiangsu), strconv.Itoa(h.MonthsAbove), strconv.Itoa(r.Exit.Months))
		} else {
			out.Outcome, out.To = Continue, f.Category
			add("assistance.review.pending", r.cite(srcJiangsu), strconv.Itoa(h.MonthsAbove), strconv.Itoa(r.Exit.Months))
		}
	case h.OnMinimumLiving && chronic(&a):
		out.Outcome, out.To = Resolved, as.Tested
		add("assistance.review.resolved", r.cite(srcJiangsu))
	case as.Tested != f.Category:
		out.Outcome, out.To = Move, as.Tested
		add("assistance.review.move."+as.Tested.String(), r.cite(srcZoucheng))
	default:
		out.Outcome, out.To = Continue, f.Category
		add("assistance.review.continue", r.cite(srcZoucheng))
	}
	if out.Outcome.KeepsFile() {
		out.Next = f.Reviewed.AddMonths(r.Exit.ReviewMonths)
		add("assistance.review.next", r.cite(srcHunan), out.Next.String())
	}
	if r.Source == "" {
		add(codeOwnRule, OwnRule)
	}
	out.Reasons = slices.Clip(out.Reasons) // an append by the caller copies
	return out, nil
}

// chronic reports serious illness or disability in the household.
func chronic(a *Applicant) bool {
	if a.hasCause(SeriousIllness) || a.hasCause(NoWorkCapacity) {
		return true
	}
	for i := range a.Household.Persons {
		p := &a.Household.Persons[i]
		if p.SeriousIllness || p.Disability > 0 || p.Capacity == NoCapacity {
			return true
		}
	}
	return false
}

// joinErrs joins the non-nil errors, keeping each FieldError reachable.
func joinErrs(errs ...error) error {
	c := checker{}
	for _, e := range errs {
		if e != nil {
			c.errs = append(c.errs, e)
		}
	}
	return c.err()
}

// lastPeriod is the last month a Period may hold.
var lastPeriod = union.Period{Year: 9999, Month: 12}

// checkNextReview reports a review month whose next review would fall after
// year 9999, on a valid file and validated rules.
func (r *Rules) checkNextReview(f File) error {
	if f.Reviewed.MonthsUntil(lastPeriod) >= r.Exit.ReviewMonths {
		return nil
	}
	last := lastPeriod.AddMonths(-r.Exit.ReviewMonths)
	return &union.FieldError{Field: "file.reviewed", Code: "invalid.range", Value: f.Reviewed.String(),
		Args: []string{"0001-01", last.String()}, Kind: union.ErrInvalid}
}

// period reports a month that is not real (union.Period.Validate: years
// 1–9999, months 1–12; the zero Period is missing) under the field name.
func (c *checker) period(p *path, name string, m union.Period) {
	var fe *union.FieldError
	if errors.As(m.Validate(), &fe) {
		c.add(p, name, fe.Code, fe.Value, fe.Args...)
	}
}
