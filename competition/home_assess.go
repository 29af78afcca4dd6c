package competition

import (
	"errors"
	"sort"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// homeSrcInclusive cites how 以上 counts.
const homeSrcInclusive = "中华人民共和国民法典 第一千二百五十九条（以上包括本数）"

// Assess scores one unit against the sheet: every item by its rule (an item
// not reported scores 0), fixed deductions, then the essential items and the
// vetoes, the grade, and the title's preconditions when the sheet has them.
// Each step is explained with a reason citing its source. The order of the
// unit's items and events does not change the result: a veto's reason names
// its latest event.
//
// An invalid sheet is its Validate error (ErrPolicy). A bad unit is a
// *union.FieldError (ErrInvalid) for each problem, all at once: no or an
// invalid AsOf month, a negative value or count, an unknown or repeated item,
// deduction or veto, a count item's value that is not whole, members above
// staff (or satisfied above surveyed, titled above units), a veto event after
// the assessment month, a list above MaxHomeItems.
func (s HomeSheet) Assess(u HomeUnit) (HomeResult, error) {
	if err := s.Validate(); err != nil {
		return HomeResult{}, err
	}
	if err := s.check(u, s.homeIndex()); err != nil {
		return HomeResult{}, err
	}
	return s.assess(u, s.sortedGrades()), nil
}

// AssessAll scores many units, returned in the order given, and the number
// of units per grade (the sheet's grades from the highest Min down, then ""
// for none). The result for each unit is the same as Assess's, whatever the
// order of the units. Every bad unit is reported as a *union.RecordError
// under "units[i]", joined; more than MaxHomeUnits units, or an empty or
// repeated unit ID, is an error too.
func (s HomeSheet) AssessAll(units []HomeUnit) ([]HomeResult, []HomeDistribution, error) {
	if err := s.Validate(); err != nil {
		return nil, nil, err
	}
	if fe := union.CheckCount("units", len(units), MaxHomeUnits); fe != nil {
		return nil, nil, fe
	}
	var errs []error
	seen := make(map[string]bool, len(units))
	idx := s.homeIndex()
	for i, u := range units {
		err := s.check(u, idx)
		switch {
		case u.ID == "":
			err = errors.Join(err, union.Invalid("id", "invalid.required", ""))
		case seen[u.ID]:
			err = errors.Join(err, union.Invalid("id", "invalid.duplicate", u.ID))
		}
		seen[u.ID] = true
		if err != nil {
			errs = append(errs, union.NewRecordError("units", i, u.ID, err))
		}
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	grades := s.sortedGrades()
	counts := make(map[string]int, len(grades)+1)
	out := make([]HomeResult, len(units))
	for i, u := range units {
		out[i] = s.assess(u, grades)
		counts[out[i].Grade]++
	}
	dist := make([]HomeDistribution, 0, len(grades)+1)
	for _, g := range grades {
		dist = append(dist, HomeDistribution{Grade: g.Grade, Units: counts[g.Grade]})
	}
	dist = append(dist, HomeDistribution{Grade: "", Units: counts[""]})
	return out, dist, nil
}

// sortedGrades returns the grades from the highest Min down (ties by name).
func (s HomeSheet) sortedGrades() []HomeGrade {
	gs := append([]HomeGrade(nil), s.Grades...)
	sort.SliceStable(gs, func(i, j int) bool {
		if c := gs[i].Min.Cmp(gs[j].Min); c != 0 {
			return c > 0
		}
		if len(gs[i].Requires) != len(gs[j].Requires) {
			return len(gs[i].Requires) > len(gs[j].Requires)
		}
		return gs[i].Grade < gs[j].Grade
	})
	return gs
}

// assess scores a valid unit; grades are the sheet's, sorted.
func (s HomeSheet) assess(u HomeUnit, grades []HomeGrade) HomeResult {
	values := make(map[string]HomeValue, len(u.Items))
	for _, v := range u.Items {
		values[v.Item] = v
	}
	res := HomeResult{Unit: u.ID, Total: decimal.Zero, Max: decimal.Zero,
		Categories:     make([]HomeCategoryScore, 0, len(s.Categories)),
		EssentialUnmet: []string{}, Vetoed: []string{}, Reasons: []union.Reason{}}
	full := map[string]bool{}
	for _, cat := range s.Categories {
		cs := HomeCategoryScore{Category: cat.ID, Score: decimal.Zero, Max: decimal.Zero, Items: make([]HomeItemScore, 0, len(cat.Items))}
		for i := range cat.Items {
			it := &cat.Items[i]
			v, ok := values[it.ID]
			sc := s.scoreItem(it, v, ok)
			full[it.ID] = sc.Full
			if it.Essential && !sc.Full {
				res.EssentialUnmet = append(res.EssentialUnmet, it.ID)
				res.Reasons = append(res.Reasons, union.NewReason("competition.home.essential_unmet", it.Source, it.ID))
			}
			cs.Score = cs.Score.Add(sc.Score)
			cs.Max = cs.Max.Add(it.Points)
			cs.Items = append(cs.Items, sc)
		}
		res.Total = res.Total.Add(cs.Score)
		res.Max = res.Max.Add(cs.Max)
		res.Categories = append(res.Categories, cs)
	}
	res.Reasons = append(res.Reasons, union.NewReason("competition.home.total", s.Source, res.Total.String(), res.Max.String()))
	// The events are a collection: taken latest first (then by veto), the
	// vetoes and their reasons do not depend on the order they came in.
	events := append([]HomeEvent(nil), u.Events...)
	sort.Slice(events, func(i, j int) bool {
		if events[i].Month != events[j].Month {
			return events[i].Month.After(events[j].Month)
		}
		return events[i].Veto < events[j].Veto
	})
	for _, v := range s.Vetoes {
		for _, e := range events {
			if e.Veto != v.ID {
				continue
			}
			ago := e.Month.MonthsUntil(u.AsOf)
			if v.LookbackMonths > 0 && ago >= v.LookbackMonths {
				res.Reasons = append(res.Reasons, union.NewReason("competition.home.veto_expired", v.Source,
					v.ID, e.Month.String(), strconv.Itoa(v.LookbackMonths)))
				continue
			}
			res.Vetoed = append(res.Vetoed, v.ID)
			if v.LookbackMonths > 0 {
				res.Reasons = append(res.Reasons, union.NewReason("competition.home.veto_window", v.Source,
					v.ID, e.Month.String(), strconv.Itoa(v.LookbackMonths)))
			} else {
				res.Reasons = append(res.Reasons, union.NewReason("competition.home.veto", v.Source, v.ID))
			}
			break
		}
	}
	if len(grades) > 0 {
		s.grade(&res, full, grades)
	}
	if s.Title != nil {
		t := s.Title.check(u)
		res.Title = &t
	}
	return res
}

// grade picks the grade of a scored unit.
func (s HomeSheet) grade(res *HomeResult, full map[string]bool, grades []HomeGrade) {
	if len(res.Vetoed) > 0 || len(res.EssentialUnmet) > 0 {
		res.Reasons = append(res.Reasons, union.NewReason("competition.home.no_grade", s.Source))
		return
	}
	for _, g := range grades {
		if res.Total.LessThan(g.Min) {
			continue
		}
		missing := ""
		for _, r := range g.Requires {
			if !full[r] {
				missing = r
				break
			}
		}
		if missing != "" {
			res.Reasons = append(res.Reasons, union.NewReason("competition.home.grade_requires", g.Source, g.Grade, missing))
			continue
		}
		res.Grade = g.Grade
		res.Reasons = append(res.Reasons, union.NewReason("competition.home.grade", g.Source, g.Grade, res.Total.String(), g.Min.String()))
		return
	}
	res.Reasons = append(res.Reasons, union.NewReason("competition.home.below", s.Source, res.Total.String()))
}

// scoreItem scores one item from its reported value.
func (s HomeSheet) scoreItem(it *HomeItem, v HomeValue, reported bool) HomeItemScore {
	sc := HomeItemScore{Item: it.ID, Score: decimal.Zero, Max: it.Points, Reasons: []union.Reason{}}
	if !reported {
		sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.not_reported", it.Source, it.ID))
		return sc
	}
	x := v.Value
	score := decimal.Zero
	switch it.Rule {
	case HomeAwarded:
		score = x
		if score.GreaterThan(it.Points) {
			score = it.Points
		}
		sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.awarded", it.Source, it.ID, x.String(), it.Points.String()))
	case HomeThreshold:
		code := "competition.home.threshold_met"
		if x.GreaterThanOrEqual(it.Target) {
			score = it.Points
		} else {
			code = "competition.home.threshold_missed"
		}
		sc.Reasons = append(sc.Reasons, union.NewReason(code, it.Source+"；"+homeSrcInclusive, it.ID, x.String(), it.Target.String()))
	case HomeSteps:
		at := ""
		for _, st := range it.Steps {
			if x.GreaterThanOrEqual(st.AtLeast) {
				score, at = st.Points, st.AtLeast.String()
			}
		}
		if at == "" {
			sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.step_none", it.Source, it.ID, x.String(), it.Steps[0].AtLeast.String()))
		} else {
			sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.step", it.Source+"；"+homeSrcInclusive, it.ID, x.String(), at, score.String()))
		}
	case HomeShortfall:
		score = it.Points
		if short := it.Target.Sub(x); short.IsPositive() {
			// whole steps short and the exact remainder, with no division
			// precision involved.
			n, rem := short.QuoRem(it.Step, 0)
			if s.PartialStep == HomeAnyPart && !rem.IsZero() {
				n = n.Add(decimal.New(1, 0))
			}
			score = it.Points.Sub(n.Mul(it.Deduct))
			if score.IsNegative() {
				score = decimal.Zero
			}
			sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.shortfall", it.Source, it.ID, x.String(), it.Target.String(),
				n.String(), n.Mul(it.Deduct).String()))
		} else {
			sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.threshold_met", it.Source+"；"+homeSrcInclusive, it.ID, x.String(), it.Target.String()))
		}
	case HomeCount:
		score = it.Per.Mul(x)
		if score.GreaterThan(it.Points) {
			score = it.Points
		}
		sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.count", it.Source, it.ID, x.String(), it.Per.String(), it.Points.String()))
	}
	for _, id := range v.Deductions {
		d := homeDeduction(it, id)
		score = score.Sub(d.Points)
		sc.Reasons = append(sc.Reasons, union.NewReason("competition.home.deduction", it.Source, it.ID, id, d.Points.String()))
	}
	if score.IsNegative() {
		score = decimal.Zero
	}
	sc.Score = score
	sc.Full = score.Equal(it.Points)
	return sc
}

// Check reports whether a unit meets the title's preconditions, each with
// its numerator and denominator: membership (members of staff), member
// satisfaction (satisfied of surveyed), the lower title, and for a large
// group the share of titled second-level units. A zero denominator meets no
// share condition. A count out of range is a *union.FieldError (ErrInvalid);
// an invalid rule its Validate error.
func (r HomeTitleRule) Check(u HomeUnit) (HomeTitleResult, error) {
	if err := r.Validate(); err != nil {
		return HomeTitleResult{}, err
	}
	probe := HomeSheet{Source: r.Source}
	u.Items, u.Events = nil, nil
	if u.AsOf.IsZero() {
		u.AsOf = union.Period{Year: 2000, Month: 1} // the title's checks read no month
	}
	if err := probe.check(u, nil); err != nil {
		return HomeTitleResult{}, err
	}
	return r.check(u), nil
}

// check applies the preconditions to a valid unit.
func (r HomeTitleRule) check(u HomeUnit) HomeTitleResult {
	res := HomeTitleResult{Eligible: true, Checks: []HomeCheck{}}
	share := func(name string, num, den int, min decimal.Decimal) {
		if min.IsZero() {
			return
		}
		// num/den ≥ min  ⇔  num ≥ min × den, exactly.
		met := den > 0 && decimal.New(int64(num), 0).GreaterThanOrEqual(min.Mul(decimal.New(int64(den), 0)))
		code := "competition.home." + name + "_met"
		if !met {
			code = "competition.home." + name + "_short"
			res.Eligible = false
		}
		res.Checks = append(res.Checks, HomeCheck{Check: name, Met: met, Numerator: num, Denominator: den,
			Reason: union.NewReason(code, r.Source+"；"+homeSrcInclusive, strconv.Itoa(num), strconv.Itoa(den), min.String())})
	}
	share("membership", u.Members, u.Staff, r.MinMembership)
	share("satisfaction", u.Satisfied, u.Surveyed, r.MinSatisfaction)
	if r.LowerTitle {
		code := "competition.home.lower_title"
		if !u.LowerTitle {
			code = "competition.home.lower_title_missing"
			res.Eligible = false
		}
		res.Checks = append(res.Checks, HomeCheck{Check: "lower_title", Met: u.LowerTitle, Reason: union.NewReason(code, r.Source)})
	}
	if u.LargeGroup {
		share("group_units", u.SecondLevelTitled, u.SecondLevelUnits, r.MinGroupShare)
	}
	return res
}
