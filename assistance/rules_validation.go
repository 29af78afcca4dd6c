package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

var (
	one       = decimal.NewFromInt(1)
	maxFactor = decimal.NewFromInt(100)
)

// Validate reports every problem of the rules at once (errors.Join of
// *union.FieldError, each wrapping union.ErrPolicy): a 低保 that is not
// positive, a band multiple below 1, an operator pointing the wrong way, a
// share outside [0, 1], undefined categories, duplicates, tiers out of
// order. Assess and Review call it first; call it yourself on rules read
// from JSON.
func (r Rules) Validate() error {
	c := checker{kind: union.ErrPolicy}
	if err := r.Effective.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("effective", err))
	}
	c.positiveMoney("minimum_living", r.MinimumLiving)
	if err := r.PerCapitaRounding.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("per_capita_rounding", err))
	}
	if r.ImputeIdle {
		c.positiveMoney("minimum_wage", r.MinimumWage)
		if r.WorkingAge.From < 0 || r.WorkingAge.Until > MaxAge || r.WorkingAge.From > r.WorkingAge.Until {
			c.add("working_age", "policy.range", strconv.Itoa(r.WorkingAge.From)+".."+strconv.Itoa(r.WorkingAge.Until), "0", strconv.Itoa(MaxAge))
		}
	} else if r.MinimumWage.IsNegative() {
		c.add("minimum_wage", "invalid.negative", r.MinimumWage.String())
	}
	for i, k := range r.CountedExpenses {
		f := union.Indexed("counted_expenses", i)
		if k == "" {
			c.add(f, "invalid.required", "")
		}
		for _, x := range r.CountedExpenses[:i] {
			if x == k {
				c.add(f, "invalid.duplicate", string(k))
				break
			}
		}
	}
	for i, k := range r.ExcludedIncome {
		f := union.Indexed("excluded_income", i)
		if k == "" {
			c.add(f, "invalid.required", "")
		}
		for _, x := range r.ExcludedIncome[:i] {
			if x == k {
				c.add(f, "invalid.duplicate", string(k))
				break
			}
		}
	}
	for i := range r.Bands {
		r.Bands[i].check(&c, union.Indexed("bands", i))
		for _, x := range r.Bands[:i] {
			if x.Category == r.Bands[i].Category {
				c.add(union.Indexed("bands", i)+".category", "invalid.duplicate", x.Category.String())
				break
			}
		}
	}
	r.Accident.check(&c, "accident")
	if m := r.Conditions.MigrantContractMonths; m < 0 || m > MaxMonths {
		c.add("conditions.migrant_contract_months", "policy.range", strconv.Itoa(m), "0", strconv.Itoa(MaxMonths))
	}
	r.Exclusions.check(&c, "exclusions")
	r.Aid.check(&c, "aid")
	if m := r.Exit.Months; m < 1 || m > 60 {
		c.add("exit.months", "policy.range", strconv.Itoa(m), "1", "60")
	}
	if m := r.Exit.ReviewMonths; m < 1 || m > 60 {
		c.add("exit.review_months", "policy.range", strconv.Itoa(m), "1", "60")
	}
	for i, d := range r.Documents {
		if !d.Valid() {
			c.add(union.Indexed("documents", i), "invalid.unknown", d.String())
		}
	}
	return c.err()
}

// positiveMoney checks a policy amount: positive, to the fen, not absurd.
func (c *checker) positiveMoney(field string, d decimal.Decimal) {
	if !d.IsPositive() {
		c.add(field, "invalid.not_positive", d.String())
		return
	}
	c.amount(field, d)
}

// factor checks a multiple or rate within [lo, hi].
func (c *checker) factor(field string, d, lo, hi decimal.Decimal) {
	if d.LessThan(lo) || d.GreaterThan(hi) {
		c.add(field, "policy.range", d.String(), lo.String(), hi.String())
	}
}

func (l Limit) check(c *checker, field string, lo decimal.Decimal) {
	c.factor(field+".multiple", l.Multiple, lo, maxFactor)
	if !l.Op.Valid() || !l.Op.upper() {
		c.add(field+".op", "invalid.unknown", l.Op.String())
	}
}

func (b *Band) check(c *checker, field string) {
	if !b.Category.Filed() {
		c.add(field+".category", "invalid.unknown", b.Category.String())
	}
	Limit{Multiple: b.Multiple, Op: b.Op}.check(c, field, one)
	if b.MonthsBelow < 0 || b.MonthsBelow > 60 {
		c.add(field+".months_below", "policy.range", strconv.Itoa(b.MonthsBelow), "0", "60")
	}
	if b.Residual.set() {
		b.Residual.check(c, field+".residual", decimal.Zero)
	}
	for i, k := range b.AlsoDeduct {
		if k == "" {
			c.add(union.Indexed(field+".also_deduct", i), "invalid.required", "")
		}
	}
}

func (t *AccidentTest) check(c *checker, field string) {
	if !t.Share.IsZero() {
		c.factor(field+".share", t.Share, decimal.Zero, one)
		if t.ShareOp != Greater && t.ShareOp != GreaterOrEqual {
			c.add(field+".share_op", "invalid.unknown", t.ShareOp.String())
		}
	}
	if t.IncomeCap.set() {
		t.IncomeCap.check(c, field+".income_cap", one)
		if !t.Residual.set() {
			c.add(field+".residual.multiple", "invalid.required", "")
		}
	}
	if t.Residual.set() {
		t.Residual.check(c, field+".residual", decimal.Zero)
	}
	if t.AssetsAboveCap && !t.IncomeCap.set() {
		c.add(field+".income_cap.multiple", "invalid.required", "")
	}
}

func (x *Exclusions) check(c *checker, field string) {
	if x.MaxHomes < 0 {
		c.add(field+".max_homes", "invalid.negative", strconv.Itoa(x.MaxHomes))
	}
	if !x.PrivateSchoolMultiple.IsZero() {
		c.factor(field+".private_school_multiple", x.PrivateSchoolMultiple, one, maxFactor)
	}
	if !x.AssetMonths.IsZero() {
		c.factor(field+".asset_months", x.AssetMonths, decimal.Zero, decimal.NewFromInt(MaxMonths))
	}
	if x.Age != (AgeRange{}) && (x.Age.From < 0 || x.Age.Until > MaxAge || x.Age.From > x.Age.Until) {
		c.add(field+".age", "policy.range", strconv.Itoa(x.Age.From)+".."+strconv.Itoa(x.Age.Until), "0", strconv.Itoa(MaxAge))
	}
}

func (a *Aid) check(c *checker, field string) {
	if err := a.Rounding.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix(field+".rounding", err))
	}
	months := decimal.NewFromInt(24)
	for i, l := range a.Living {
		f := union.Indexed(field+".living", i)
		if !l.Category.Filed() {
			c.add(f+".category", "invalid.unknown", l.Category.String())
		}
		c.factor(f+".months", l.Months, decimal.Zero, months)
		c.amount(f+".amount", l.Amount)
		if l.Months.IsZero() && l.Amount.IsZero() {
			c.add(f+".months", "invalid.required", "")
		}
		for _, x := range a.Living[:i] {
			if x.Category == l.Category {
				c.add(f+".category", "invalid.duplicate", l.Category.String())
				break
			}
		}
	}
	for i, s := range a.Study {
		f := union.Indexed(field+".study", i)
		if !s.Level.Valid() || s.Level == NotInSchool {
			c.add(f+".level", "invalid.unknown", s.Level.String())
		}
		c.factor(f+".months", s.Months, decimal.Zero, months)
		c.amount(f+".amount", s.Amount)
		c.amount(f+".non_filed", s.NonFiled)
		for _, x := range a.Study[:i] {
			if x.Level == s.Level {
				c.add(f+".level", "invalid.duplicate", s.Level.String())
				break
			}
		}
	}
	for i, m := range a.Medical {
		f := union.Indexed(field+".medical", i)
		for j, x := range m.Categories {
			if !x.Filed() {
				c.add(union.Indexed(f+".categories", j), "invalid.unknown", x.String())
			}
		}
		if len(m.Tiers) == 0 {
			c.add(f+".tiers", "policy.empty", "")
		}
		prev := decimal.Zero
		for j, t := range m.Tiers {
			g := union.Indexed(f+".tiers", j)
			c.factor(g+".rate", t.Rate, decimal.Zero, one)
			c.amount(g+".up_to", t.UpTo)
			if t.UpTo.IsZero() {
				if j != len(m.Tiers)-1 {
					c.add(g+".up_to", "invalid.required", "")
				}
				continue
			}
			if !t.UpTo.GreaterThan(prev) {
				c.add(g+".up_to", "invalid.order", t.UpTo.String())
			}
			prev = t.UpTo
		}
		c.amount(f+".cap", m.Cap)
	}
	c.factor(field+".accident.rate", a.Accident.Rate, decimal.Zero, one)
	c.amount(field+".accident.cap", a.Accident.Cap)
	c.amount(field+".temporary_cap", a.TemporaryCap)
	for i, x := range a.NoStacking {
		if !x.Filed() {
			c.add(union.Indexed(field+".no_stacking", i), "invalid.unknown", x.String())
		}
	}
}
