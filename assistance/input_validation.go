package assistance

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Limits on input, so no figure is absurd enough to be a typing error or to
// make the arithmetic slow.
const (
	// MaxMembers is the largest household accepted.
	MaxMembers = 100
	// MaxAge is the largest age accepted.
	MaxAge = 150
	// MaxMonths bounds month counts (contract months, months below or above 低保).
	MaxMonths = 1200
	// MoneyPlaces is the number of decimals amounts may carry (fen).
	MoneyPlaces = 2
)

// MaxAmount is the largest amount accepted: a trillion yuan.
var MaxAmount = decimal.New(1, 12)

// checker collects every problem of an input or a policy.
type checker struct {
	errs []error
	kind error
}

func (c *checker) add(field, code, value string, args ...string) {
	fe := &union.FieldError{Field: field, Code: code, Value: value, Args: args, Kind: c.kind}
	c.errs = append(c.errs, fe)
}

func (c *checker) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return errors.Join(c.errs...)
}

// amount checks a money amount: not negative, at most two decimals, not absurd.
func (c *checker) amount(field string, d decimal.Decimal) {
	switch {
	case d.IsNegative():
		c.add(field, "invalid.negative", d.String())
	case d.Exponent() < -MoneyPlaces && !d.Equal(d.Round(MoneyPlaces)):
		c.add(field, "invalid.precision", d.String(), strconv.Itoa(MoneyPlaces))
	case d.GreaterThan(MaxAmount):
		c.add(field, "invalid.too_large", d.String(), MaxAmount.String())
	}
}

// count checks a whole number between 0 and max.
func (c *checker) count(field string, n, max int) {
	switch {
	case n < 0:
		c.add(field, "invalid.negative", strconv.Itoa(n))
	case n > max:
		c.add(field, "invalid.too_large", strconv.Itoa(n), strconv.Itoa(max))
	}
}

// Validate reports every problem of the applicant at once (errors.Join of
// *union.FieldError, each wrapping union.ErrInvalid): no members, negative
// amounts, ages or months, undefined enum values, and contradictory facts
// (more persons, e.g. students, than members; both months below and months
// above 低保; secondary causes without a main cause).
func (a Applicant) Validate() error {
	c := checker{kind: union.ErrInvalid}
	if !a.Worker.Status.Valid() {
		c.add("worker.status", "invalid.unknown", a.Worker.Status.String())
	}
	c.count("age", a.Age, MaxAge)
	c.count("contract_months", a.ContractMonths, MaxMonths)
	if !a.MainCause.Valid() {
		c.add("main_cause", "invalid.unknown", a.MainCause.String())
	}
	if len(a.Causes) > MaxSecondaryCauses {
		c.add("causes", "invalid.too_large", strconv.Itoa(len(a.Causes)), strconv.Itoa(MaxSecondaryCauses))
	}
	if len(a.Causes) > 0 && a.MainCause == NoCause {
		c.add("main_cause", "invalid.required", "")
	}
	for i, x := range a.Causes {
		f := union.Indexed("causes", i)
		switch {
		case !x.Valid():
			c.add(f, "invalid.unknown", x.String())
		case x == NoCause:
			c.add(f, "invalid.empty", x.String())
		case x == a.MainCause:
			c.add(f, "invalid.duplicate", x.String())
		default:
			for _, y := range a.Causes[:i] {
				if x == y {
					c.add(f, "invalid.duplicate", x.String())
					break
				}
			}
		}
	}
	for i, d := range a.Evidence {
		if !d.Valid() {
			c.add(union.Indexed("evidence", i), "invalid.unknown", d.String())
		}
	}
	for i, p := range a.Paid {
		f := union.Indexed("paid", i)
		if !p.Programme.Valid() {
			c.add(f+".programme", "invalid.unknown", p.Programme.String())
		}
		c.amount(f+".amount", p.Amount)
	}
	a.Household.check(&c, "household")
	return c.err()
}

// Validate reports every problem of the household at once (see Applicant.Validate).
func (h Household) Validate() error {
	c := checker{kind: union.ErrInvalid}
	h.check(&c, "")
	return c.err()
}

func join(prefix, field string) string {
	if prefix == "" {
		return field
	}
	return prefix + "." + field
}

func (h *Household) check(c *checker, prefix string) {
	f := func(s string) string { return join(prefix, s) }
	switch {
	case h.Members <= 0:
		c.add(f("members"), "invalid.not_positive", strconv.Itoa(h.Members))
	case h.Members > MaxMembers:
		c.add(f("members"), "invalid.too_large", strconv.Itoa(h.Members), strconv.Itoa(MaxMembers))
	}
	c.amount(f("income"), h.Income)
	c.amount(f("rigid_expenses"), h.RigidExpenses)
	c.amount(f("hardship_costs"), h.HardshipCosts)
	c.amount(f("assets"), h.Assets)
	c.count(f("homes"), h.Homes, MaxMembers)
	c.count(f("shops"), h.Shops, MaxMembers)
	c.count(f("vehicles"), h.Vehicles, MaxMembers)
	c.count(f("months_below"), h.MonthsBelow, MaxMonths)
	c.count(f("months_above"), h.MonthsAbove, MaxMonths)
	if h.MonthsBelow > 0 && h.MonthsAbove > 0 {
		c.add(f("months_above"), "invalid.inconsistent", strconv.Itoa(h.MonthsAbove), f("months_below"))
	}
	if len(h.Persons) > 0 && len(h.Persons) != h.Members {
		c.add(f("persons"), "invalid.inconsistent", strconv.Itoa(len(h.Persons)), f("members"))
	}
	for i, it := range h.IncomeItems {
		g := f(union.Indexed("income_items", i))
		if it.Kind == "" {
			c.add(g+".kind", "invalid.required", "")
		}
		c.amount(g+".amount", it.Amount)
	}
	for i, it := range h.ExpenseItems {
		g := f(union.Indexed("expense_items", i))
		if it.Kind == "" {
			c.add(g+".kind", "invalid.required", "")
		}
		c.amount(g+".amount", it.Amount)
	}
	for i := range h.Persons {
		h.Persons[i].check(c, f(union.Indexed("persons", i)))
	}
}

func (p *Person) check(c *checker, prefix string) {
	f := func(s string) string { return join(prefix, s) }
	c.count(f("age"), p.Age, MaxAge)
	if !p.School.Valid() {
		c.add(f("school"), "invalid.unknown", p.School.String())
	}
	if !p.Capacity.Valid() {
		c.add(f("capacity"), "invalid.unknown", p.Capacity.String())
	}
	if p.Disability < 0 || p.Disability > 4 {
		c.add(f("disability"), "invalid.range", strconv.Itoa(p.Disability), "0", "4")
	}
	c.amount(f("medical_self_paid"), p.MedicalSelfPaid)
	c.amount(f("school_fee"), p.SchoolFee)
	c.amount(f("public_school_fee"), p.PublicSchoolFee)
	if p.School == NotInSchool {
		if p.AbroadSelfFunded {
			c.add(f("abroad_self_funded"), "invalid.inconsistent", "true", f("school"))
		}
		if p.SchoolFee.IsPositive() {
			c.add(f("school_fee"), "invalid.inconsistent", p.SchoolFee.String(), f("school"))
		}
	}
	if p.Employed && p.Capacity == NoCapacity {
		c.add(f("employed"), "invalid.inconsistent", "true", f("capacity"))
	}
}
