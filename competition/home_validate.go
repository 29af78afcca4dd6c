package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// homeOne is the decimal 1, the largest share.
var homeOne = decimal.New(1, 0)

// homeMaxValue is the largest points or value a sheet or unit may carry.
var homeMaxValue = decimal.New(1_000_000_000, 0)

// homeChecker collects the errors of one validation.
type homeChecker struct {
	errs []error
	kind error
}

func (c *homeChecker) add(field, code, value string, args ...string) {
	c.errs = append(c.errs, &union.FieldError{Field: field, Code: code, Value: value, Args: args, Kind: c.kind})
}

func (c *homeChecker) err() error { return errors.Join(c.errs...) }

// num checks a decimal in [0, homeMaxValue]; positive refuses zero too.
func (c *homeChecker) num(field string, d decimal.Decimal, positive bool) {
	if fe := union.CheckDecimal(field, d); fe != nil {
		fe.Kind = c.kind
		c.errs = append(c.errs, fe)
		return
	}
	switch {
	case d.IsNegative():
		c.add(field, "invalid.negative", d.String())
	case positive && d.IsZero():
		c.add(field, "invalid.required", "")
	case d.GreaterThan(homeMaxValue):
		c.add(field, "invalid.range", d.String(), "0", homeMaxValue.String())
	}
}

// share checks a share in [0, 1].
func (c *homeChecker) share(field string, d decimal.Decimal) {
	if fe := union.CheckDecimal(field, d); fe != nil {
		fe.Kind = c.kind
		c.errs = append(c.errs, fe)
		return
	}
	if d.IsNegative() || d.GreaterThan(homeOne) {
		c.add(field, "policy.range", d.String(), "0", "1")
	}
}

// list checks a list's length against MaxHomeItems; false when too long.
func (c *homeChecker) list(field string, n int) bool {
	if fe := union.CheckCount(field, n, MaxHomeItems); fe != nil {
		fe.Kind = c.kind
		c.errs = append(c.errs, fe)
		return false
	}
	return true
}

// id checks a required, unique identifier.
func (c *homeChecker) id(field, id string, seen map[string]bool) {
	switch {
	case id == "":
		c.add(field, "invalid.required", "")
	case seen[id]:
		c.add(field, "invalid.duplicate", id)
	}
	seen[id] = true
}

// Validate reports every inconsistency of the sheet at once, each a
// *union.FieldError wrapping union.ErrPolicy: no source, neither items nor
// vetoes, a list above MaxHomeItems, an empty or repeated ID, an item with no
// rule or no points, steps that do not rise or exceed the item's points, a
// shortfall item without a step or with no PartialStep stated, a grade
// requiring an unknown item, a negative Min, and the Title's own errors.
func (s HomeSheet) Validate() error {
	c := &homeChecker{kind: union.ErrPolicy}
	if s.Source == "" {
		c.add("source", "invalid.required", "")
	}
	if err := s.Effective.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("effective", err))
	}
	items := map[string]bool{}
	shortfall := false
	if c.list("categories", len(s.Categories)) {
		cats := map[string]bool{}
		for i, cat := range s.Categories {
			cp := union.Indexed("categories", i)
			c.id(cp+".id", cat.ID, cats)
			if !c.list(cp+".items", len(cat.Items)) {
				continue
			}
			for j, it := range cat.Items {
				ip := union.Indexed(cp+".items", j)
				c.id(ip+".id", it.ID, items)
				shortfall = c.item(ip, it) || shortfall
			}
		}
	}
	if len(items) == 0 && len(s.Vetoes) == 0 {
		c.add("categories", "competition.home.empty", "")
	}
	if shortfall && s.PartialStep == HomePartialUnset {
		c.add("partial_step", "invalid.required", "")
	}
	if int(s.PartialStep) >= homePartialEnum.Len() {
		c.add("partial_step", "invalid.unknown", strconv.Itoa(int(s.PartialStep)))
	}
	if c.list("vetoes", len(s.Vetoes)) {
		seen := map[string]bool{}
		for i, v := range s.Vetoes {
			vp := union.Indexed("vetoes", i)
			c.id(vp+".id", v.ID, seen)
			if v.LookbackMonths < 0 || v.LookbackMonths > 1200 {
				c.add(vp+".lookback_months", "policy.range", strconv.Itoa(v.LookbackMonths), "0", "1200")
			}
			if v.Source == "" {
				c.add(vp+".source", "invalid.required", "")
			}
		}
	}
	if c.list("grades", len(s.Grades)) {
		seen := map[string]bool{}
		for i, g := range s.Grades {
			gp := union.Indexed("grades", i)
			c.id(gp+".grade", g.Grade, seen)
			c.num(gp+".min", g.Min, false)
			if g.Source == "" {
				c.add(gp+".source", "invalid.required", "")
			}
			if c.list(gp+".requires", len(g.Requires)) {
				for j, r := range g.Requires {
					if !items[r] {
						c.add(union.Indexed(gp+".requires", j), "invalid.unknown", r)
					}
				}
			}
		}
	}
	if s.Title != nil {
		if err := s.Title.Validate(); err != nil {
			c.errs = append(c.errs, union.Prefix("title", err))
		}
	}
	return c.err()
}

// item checks one item; it reports whether the item is a shortfall item.
func (c *homeChecker) item(ip string, it HomeItem) bool {
	c.num(ip+".points", it.Points, true)
	if it.Source == "" {
		c.add(ip+".source", "invalid.required", "")
	}
	switch it.Rule {
	case HomeAwarded:
	case HomeThreshold:
		c.num(ip+".target", it.Target, false)
	case HomeSteps:
		if len(it.Steps) == 0 {
			c.add(ip+".steps", "invalid.required", "")
		}
		if c.list(ip+".steps", len(it.Steps)) {
			for k, st := range it.Steps {
				sp := union.Indexed(ip+".steps", k)
				c.num(sp+".at_least", st.AtLeast, false)
				c.num(sp+".points", st.Points, false)
				if k > 0 && !st.AtLeast.GreaterThan(it.Steps[k-1].AtLeast) {
					c.add(sp+".at_least", "competition.home.steps_order", st.AtLeast.String(), it.Steps[k-1].AtLeast.String())
				}
				if st.Points.GreaterThan(it.Points) {
					c.add(sp+".points", "competition.home.above_points", st.Points.String(), it.Points.String())
				}
			}
		}
	case HomeShortfall:
		c.num(ip+".target", it.Target, false)
		c.num(ip+".step", it.Step, true)
		c.num(ip+".deduct", it.Deduct, true)
	case HomeCount:
		c.num(ip+".per", it.Per, true)
	default:
		c.add(ip+".rule", "invalid.required", it.Rule.String())
	}
	if c.list(ip+".deductions", len(it.Deductions)) {
		seen := map[string]bool{}
		for k, d := range it.Deductions {
			dp := union.Indexed(ip+".deductions", k)
			c.id(dp+".id", d.ID, seen)
			c.num(dp+".points", d.Points, true)
		}
	}
	return it.Rule == HomeShortfall
}

// Validate reports a missing source or a share outside 0–1 as a
// *union.FieldError wrapping union.ErrPolicy.
func (r HomeTitleRule) Validate() error {
	c := &homeChecker{kind: union.ErrPolicy}
	if r.Source == "" {
		c.add("source", "invalid.required", "")
	}
	if err := r.Effective.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("effective", err))
	}
	c.share("min_membership", r.MinMembership)
	c.share("min_satisfaction", r.MinSatisfaction)
	c.share("min_group_share", r.MinGroupShare)
	return c.err()
}

// check validates a unit against the sheet, whose items idx indexes.
func (s HomeSheet) check(u HomeUnit, idx map[string]*HomeItem) error {
	c := &homeChecker{kind: union.ErrInvalid}
	c.period("as_of", u.AsOf)
	counts := []struct {
		f string
		n int
	}{{"staff", u.Staff}, {"members", u.Members}, {"surveyed", u.Surveyed}, {"satisfied", u.Satisfied},
		{"second_level_units", u.SecondLevelUnits}, {"second_level_titled", u.SecondLevelTitled}}
	for _, x := range counts {
		if x.n < 0 || x.n > MaxHomeCount {
			c.add(x.f, "invalid.range", strconv.Itoa(x.n), "0", strconv.Itoa(MaxHomeCount))
		}
	}
	if u.Members > u.Staff && u.Staff >= 0 {
		c.add("members", "competition.home.above", strconv.Itoa(u.Members), strconv.Itoa(u.Staff))
	}
	if u.Satisfied > u.Surveyed && u.Surveyed >= 0 {
		c.add("satisfied", "competition.home.above", strconv.Itoa(u.Satisfied), strconv.Itoa(u.Surveyed))
	}
	if u.SecondLevelTitled > u.SecondLevelUnits && u.SecondLevelUnits >= 0 {
		c.add("second_level_titled", "competition.home.above", strconv.Itoa(u.SecondLevelTitled), strconv.Itoa(u.SecondLevelUnits))
	}
	if c.list("items", len(u.Items)) {
		seen := map[string]bool{}
		for i, v := range u.Items {
			vp := union.Indexed("items", i)
			c.id(vp+".item", v.Item, seen)
			it := idx[v.Item]
			if it == nil && v.Item != "" {
				c.add(vp+".item", "invalid.unknown", v.Item)
			}
			c.num(vp+".value", v.Value, false)
			if it != nil && it.Rule == HomeCount && !v.Value.Equal(v.Value.Truncate(0)) {
				c.add(vp+".value", "competition.home.whole", v.Value.String())
			}
			if c.list(vp+".deductions", len(v.Deductions)) && it != nil {
				dseen := map[string]bool{}
				for k, d := range v.Deductions {
					dp := union.Indexed(vp+".deductions", k)
					c.id(dp, d, dseen)
					if homeDeduction(it, d) == nil && d != "" {
						c.add(dp, "invalid.unknown", d)
					}
				}
			}
		}
	}
	if c.list("events", len(u.Events)) {
		for i, e := range u.Events {
			ep := union.Indexed("events", i)
			if !s.hasVeto(e.Veto) {
				c.add(ep+".veto", "invalid.unknown", e.Veto)
			}
			if c.period(ep+".month", e.Month) && u.AsOf.Valid() && e.Month.After(u.AsOf) {
				c.add(ep+".month", "competition.home.after_as_of", e.Month.String(), u.AsOf.String())
			}
		}
	}
	return c.err()
}

// period checks a month, naming the field itself; false when invalid.
func (c *homeChecker) period(field string, p union.Period) bool {
	err := p.Validate()
	if err != nil {
		c.errs = append(c.errs, union.AtField(field, err))
	}
	return err == nil
}

// homeIndex maps the sheet's item IDs to their items.
func (s HomeSheet) homeIndex() map[string]*HomeItem {
	idx := map[string]*HomeItem{}
	for i := range s.Categories {
		for j := range s.Categories[i].Items {
			idx[s.Categories[i].Items[j].ID] = &s.Categories[i].Items[j]
		}
	}
	return idx
}

// hasVeto reports whether the sheet has a veto of that ID.
func (s HomeSheet) hasVeto(id string) bool {
	for _, v := range s.Vetoes {
		if v.ID == id {
			return true
		}
	}
	return false
}

// homeDeduction finds an item's deduction by ID.
func homeDeduction(it *HomeItem, id string) *HomeDeduction {
	for i := range it.Deductions {
		if it.Deductions[i].ID == id {
			return &it.Deductions[i]
		}
	}
	return nil
}
