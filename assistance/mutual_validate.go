package assistance

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// mutualOne is the decimal 1, for shares between 0 and 1.
var mutualOne = decimal.New(1, 0)

// mutualMaxAmount is the largest amount a plan or a claim may carry.
var mutualMaxAmount = decimal.New(maxAmount, 0)

// mutualChecker collects the errors of one validation, each under its path.
type mutualChecker struct {
	errs []error
	kind error // union.ErrPolicy for a plan, union.ErrInvalid for a claim
}

// add records an error of code on field.
func (c *mutualChecker) add(field, code, value string, args ...string) {
	c.errs = append(c.errs, &union.FieldError{Field: field, Code: code, Value: value, Args: args, Kind: c.kind})
}

// err returns the errors joined, or nil.
func (c *mutualChecker) err() error { return errors.Join(c.errs...) }

// amount checks a non-negative amount within the module's limits, in fen
// (at most MoneyPlaces decimals); positive also refuses zero.
func (c *mutualChecker) amount(field string, d decimal.Decimal, positive bool) {
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
	case d.Exponent() < -MoneyPlaces && !d.Equal(d.Round(MoneyPlaces)):
		c.add(field, "invalid.precision", d.String(), strconv.Itoa(MoneyPlaces))
	case d.GreaterThan(mutualMaxAmount):
		c.add(field, "invalid.range", d.String(), "0", mutualMaxAmount.String())
	}
}

// share checks a share in (0, 1], or [0, 1] when zero is allowed.
func (c *mutualChecker) share(field string, d decimal.Decimal, zeroOK bool) {
	if fe := union.CheckDecimal(field, d); fe != nil {
		fe.Kind = c.kind
		c.errs = append(c.errs, fe)
		return
	}
	if d.IsNegative() || d.GreaterThan(mutualOne) || (!zeroOK && d.IsZero()) {
		c.add(field, "policy.range", d.String(), "0", "1")
	}
}

// count checks 0 ≤ n ≤ max (or min ≤ n ≤ max).
func (c *mutualChecker) count(field string, n, min, max int) {
	if n < min || n > max {
		c.add(field, "policy.range", strconv.Itoa(n), strconv.Itoa(min), strconv.Itoa(max))
	}
}

// source requires a citation.
func (c *mutualChecker) source(field, s string) {
	if s == "" {
		c.add(field, "invalid.required", "")
	}
}

// Validate reports every inconsistency of the plan at once, each a
// *union.FieldError wrapping union.ErrPolicy and naming its field: no
// source, no contribution, a period of cover outside 1–120 months, MaxShares
// outside 1–MaxMutualShares, a rounding never stated, no benefit at all, a
// share outside 0–1, a cap that is not positive, lists above
// MaxMutualGrants, duplicate disease codes or unit classes, grant steps that
// do not rise.
func (p MutualPlan) Validate() error {
	c := &mutualChecker{kind: union.ErrPolicy}
	c.source("source", p.Source)
	if err := p.Effective.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("effective", err))
	}
	c.amount("contribution", p.Contribution, true)
	c.count("period_months", p.PeriodMonths, 1, 120)
	c.count("max_shares", p.MaxShares, 1, MaxMutualShares)
	if err := p.Rounding.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("rounding", err))
	} else if p.Rounding == (union.Rounding{}) && !p.WholeYuan {
		c.add("rounding", codeRoundingUnset, "")
	}
	if p.Inpatient == nil && p.Allowance == nil && len(p.Grants) == 0 {
		c.add("inpatient", "assistance.mutual.no_benefit", "")
	}
	e := p.Eligibility
	if !e.Sex.Valid() {
		c.add("eligibility.sex", "invalid.unknown", strconv.Itoa(int(e.Sex)))
	}
	c.count("eligibility.under_age_men", e.UnderAgeMen, 0, MaxAge)
	c.count("eligibility.under_age_women", e.UnderAgeWomen, 0, MaxAge)
	if e.UnionMember || e.InService || e.MedicalInsurance || e.Sex != union.GenderUnknown || e.UnderAgeMen > 0 || e.UnderAgeWomen > 0 {
		c.source("eligibility.source", e.Source)
	}
	p.validateEnrolment(c)
	if in := p.Inpatient; in != nil {
		if !in.Base.Valid() {
			c.add("inpatient.base", "invalid.required", in.Base.String())
		}
		c.share("inpatient.share", in.Share, false)
		c.amount("inpatient.threshold", in.Threshold, false)
		c.amount("inpatient.cap", in.Cap, true)
		c.count("inpatient.waiting_days", in.WaitingDays, 0, MaxMutualDays)
		c.source("inpatient.source", in.Source)
	}
	if a := p.Allowance; a != nil {
		c.amount("allowance.per_day", a.PerDay, true)
		c.count("allowance.from_day", a.FromDay, 1, MaxMutualDays)
		c.amount("allowance.cap", a.Cap, true)
		c.count("allowance.min_hospital_grade", a.MinHospitalGrade, 0, 3)
		c.count("allowance.waiting_days", a.WaitingDays, 0, MaxMutualDays)
		c.source("allowance.source", a.Source)
	}
	p.validateGrants(c)
	return c.err()
}

// validateEnrolment checks the unit floors.
func (p MutualPlan) validateEnrolment(c *mutualChecker) {
	r := p.Enrolment
	if fe := union.CheckCount("enrolment.floors", len(r.Floors), MaxMutualGrants); fe != nil {
		fe.Kind = union.ErrPolicy
		c.errs = append(c.errs, fe)
		return
	}
	seen := make(map[string]bool, len(r.Floors))
	for i, f := range r.Floors {
		path := union.Indexed("enrolment.floors", i)
		switch {
		case f.Class == "":
			c.add(path+".class", "invalid.required", "")
		case seen[f.Class]:
			c.add(path+".class", "invalid.duplicate", f.Class)
		}
		seen[f.Class] = true
		c.share(path+".min", f.Min, true)
	}
	c.count("enrolment.all_below", r.AllBelow, 0, MaxMutualMembers)
	if len(r.Floors) > 0 || r.AllBelow > 0 {
		c.source("enrolment.source", r.Source)
	}
}

// validateGrants checks the listed-disease grants.
func (p MutualPlan) validateGrants(c *mutualChecker) {
	if fe := union.CheckCount("grants", len(p.Grants), MaxMutualGrants); fe != nil {
		fe.Kind = union.ErrPolicy
		c.errs = append(c.errs, fe)
		return
	}
	seen := make(map[string]bool, len(p.Grants))
	for i, g := range p.Grants {
		path := union.Indexed("grants", i)
		switch {
		case g.Disease == "":
			c.add(path+".disease", "invalid.required", "")
		case seen[g.Disease]:
			c.add(path+".disease", "invalid.duplicate", g.Disease)
		}
		seen[g.Disease] = true
		c.source(path+".source", g.Source)
		if len(g.Steps) == 0 {
			c.add(path+".steps", "invalid.required", "")
		}
		if fe := union.CheckCount(path+".steps", len(g.Steps), MaxMutualGrants); fe != nil {
			fe.Kind = union.ErrPolicy
			c.errs = append(c.errs, fe)
			continue
		}
		for j, s := range g.Steps {
			sp := union.Indexed(path+".steps", j)
			c.count(sp+".from_day", s.FromDay, 0, MaxMutualDays)
			if j > 0 && s.FromDay <= g.Steps[j-1].FromDay {
				c.add(sp+".from_day", "assistance.mutual.steps_order", strconv.Itoa(s.FromDay), strconv.Itoa(g.Steps[j-1].FromDay))
			}
			c.amount(sp+".amount", s.Amount, true)
		}
	}
}

// grant returns the plan's grant for disease, or nil.
func (p MutualPlan) grant(disease string) *MutualGrant {
	for i := range p.Grants {
		if p.Grants[i].Disease == disease {
			return &p.Grants[i]
		}
	}
	return nil
}
