package assistance

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// checker collects every problem of an input or a policy.
type checker struct {
	errs []error
	kind error
}

// add reports a problem of the field name below p.
func (c *checker) add(p *path, name, code, value string, args ...string) {
	q := p.child(name)
	field := q.String()
	if name == "" {
		field = p.String()
	}
	c.errs = append(c.errs, &union.FieldError{Field: field, Code: code, Value: value, Args: args, Kind: c.kind})
}

func (c *checker) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return errors.Join(c.errs...)
}

// amount checks a money amount: within the decimal limits, not negative, at
// most two decimals, not absurd. It reports whether d is within the decimal
// limits, so the caller may go on computing with it.
func (c *checker) amount(p *path, name string, d decimal.Decimal) bool {
	if a, ok := exact.FromDecimal(d); ok && a.Coef() >= 0 && a.Exp() >= -MoneyPlaces && a.Exp() <= 0 && a.Coef() <= maxAmount {
		return true // the common case: a non-negative whole number of fen, at most MaxAmount
	}
	if !c.dec(p, name, d) {
		return false
	}
	switch {
	case d.IsNegative():
		c.add(p, name, "invalid.negative", d.String())
	case d.Exponent() < -MoneyPlaces && !d.Equal(d.Round(MoneyPlaces)):
		c.add(p, name, "invalid.precision", d.String(), strconv.Itoa(MoneyPlaces))
	case cmpInt(d, maxAmount) > 0:
		c.add(p, name, "invalid.too_large", d.String(), strconv.FormatInt(maxAmount, 10))
	}
	return true
}

// count checks a whole number between 0 and max.
func (c *checker) count(p *path, name string, n, max int) {
	switch {
	case n < 0:
		c.add(p, name, "invalid.negative", strconv.Itoa(n))
	case n > max:
		c.add(p, name, "invalid.too_large", strconv.Itoa(n), strconv.Itoa(max))
	}
}

// Validate reports every problem of the applicant at once (errors.Join of
// *union.FieldError, each wrapping union.ErrInvalid): no members, negative
// amounts, ages or months, undefined enum values, and contradictory facts
// (more persons, e.g. students, than members; both months below and months
// above 低保; secondary causes without a main cause).
func (a Applicant) Validate() error { return a.validate() }

// validate is Validate without copying the applicant.
func (a *Applicant) validate() error {
	c := checker{kind: union.ErrInvalid}
	r := root
	if !a.Worker.Status.Valid() {
		w := r.child("worker")
		c.add(&w, "status", "invalid.unknown", a.Worker.Status.String())
	}
	c.count(&r, "age", a.Age, MaxAge)
	c.count(&r, "contract_months", a.ContractMonths, MaxMonths)
	if !a.MainCause.Valid() {
		c.add(&r, "main_cause", "invalid.unknown", a.MainCause.String())
	}
	if len(a.Causes) > 0 && a.MainCause == NoCause {
		c.add(&r, "main_cause", "invalid.required", "")
	}
	if c.list(&r, "causes", len(a.Causes), MaxSecondaryCauses) {
		var seen byteSet
		for i, x := range a.Causes {
			f := r.item("causes", i)
			switch {
			case !x.Valid():
				c.add(&f, "", "invalid.unknown", x.String())
			case x == NoCause:
				c.add(&f, "", "invalid.empty", x.String())
			case x == a.MainCause || seen.insert(uint8(x)):
				c.add(&f, "", "invalid.duplicate", x.String())
			}
		}
	}
	if !a.Incident.Valid() {
		c.add(&r, "incident", "invalid.unknown", a.Incident.String())
	}
	if !a.Harm.Valid() {
		c.add(&r, "harm", "invalid.unknown", a.Harm.String())
	}
	if a.Incident != NoIncident && a.Harm == NoHarm {
		c.add(&r, "harm", "invalid.required", "")
	}
	if a.Harm != NoHarm && a.Incident == NoIncident {
		c.add(&r, "incident", "invalid.required", "")
	}
	if c.list(&r, "evidence", len(a.Evidence), MaxEvidence) {
		for i, d := range a.Evidence {
			if !d.Valid() {
				f := r.item("evidence", i)
				c.add(&f, "", "invalid.unknown", d.String())
			}
		}
	}
	if c.list(&r, "paid", len(a.Paid), MaxPayments) {
		for i := range a.Paid {
			p := &a.Paid[i]
			f := r.item("paid", i)
			if !p.Programme.Valid() {
				c.add(&f, "programme", "invalid.unknown", p.Programme.String())
			}
			c.amount(&f, "amount", p.Amount)
		}
	}
	h := r.child("household")
	a.Household.check(&c, &h)
	return c.err()
}

// Validate reports every problem of the household at once (see Applicant.Validate).
func (h Household) Validate() error {
	c := checker{kind: union.ErrInvalid}
	r := root
	h.check(&c, &r)
	return c.err()
}

func (h *Household) check(c *checker, p *path) {
	switch {
	case h.Members <= 0:
		c.add(p, "members", "invalid.not_positive", strconv.Itoa(h.Members))
	case h.Members > MaxMembers:
		c.add(p, "members", "invalid.too_large", strconv.Itoa(h.Members), strconv.Itoa(MaxMembers))
	}
	c.amount(p, "income", h.Income)
	c.amount(p, "rigid_expenses", h.RigidExpenses)
	c.amount(p, "hardship_costs", h.HardshipCosts)
	c.amount(p, "assets", h.Assets)
	c.count(p, "homes", h.Homes, MaxMembers)
	c.count(p, "shops", h.Shops, MaxMembers)
	c.count(p, "vehicles", h.Vehicles, MaxMembers)
	c.count(p, "months_below", h.MonthsBelow, MaxMonths)
	c.count(p, "months_above", h.MonthsAbove, MaxMonths)
	if h.MonthsBelow > 0 && h.MonthsAbove > 0 {
		q := p.child("months_below")
		c.add(p, "months_above", "invalid.inconsistent", strconv.Itoa(h.MonthsAbove), q.String())
	}
	persons := c.list(p, "persons", len(h.Persons), MaxMembers)
	if persons && len(h.Persons) > 0 && len(h.Persons) != h.Members {
		q := p.child("members")
		c.add(p, "persons", "invalid.inconsistent", strconv.Itoa(len(h.Persons)), q.String())
	}
	if c.list(p, "income_items", len(h.IncomeItems), MaxItems) {
		for i := range h.IncomeItems {
			it := &h.IncomeItems[i]
			g := p.item("income_items", i)
			if it.Kind == "" {
				c.add(&g, "kind", "invalid.required", "")
			}
			c.amount(&g, "amount", it.Amount)
		}
	}
	if c.list(p, "expense_items", len(h.ExpenseItems), MaxItems) {
		for i := range h.ExpenseItems {
			it := &h.ExpenseItems[i]
			g := p.item("expense_items", i)
			if it.Kind == "" {
				c.add(&g, "kind", "invalid.required", "")
			}
			c.amount(&g, "amount", it.Amount)
		}
	}
	if persons {
		for i := range h.Persons {
			g := p.item("persons", i)
			h.Persons[i].check(c, &g)
		}
	}
}

func (x *Person) check(c *checker, p *path) {
	c.count(p, "age", x.Age, MaxAge)
	if !x.School.Valid() {
		c.add(p, "school", "invalid.unknown", x.School.String())
	}
	if !x.Capacity.Valid() {
		c.add(p, "capacity", "invalid.unknown", x.Capacity.String())
	}
	if x.Disability < 0 || x.Disability > 4 {
		c.add(p, "disability", "invalid.range", strconv.Itoa(x.Disability), "0", "4")
	}
	c.amount(p, "medical_self_paid", x.MedicalSelfPaid)
	fee := c.amount(p, "school_fee", x.SchoolFee)
	c.amount(p, "public_school_fee", x.PublicSchoolFee)
	if x.School == NotInSchool && fee {
		if x.AbroadSelfFunded {
			q := p.child("school")
			c.add(p, "abroad_self_funded", "invalid.inconsistent", "true", q.String())
		}
		if x.SchoolFee.IsPositive() {
			q := p.child("school")
			c.add(p, "school_fee", "invalid.inconsistent", x.SchoolFee.String(), q.String())
		}
	}
	if x.Employed && x.Capacity == NoCapacity {
		q := p.child("capacity")
		c.add(p, "employed", "invalid.inconsistent", "true", q.String())
	}
}
