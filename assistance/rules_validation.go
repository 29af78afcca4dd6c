package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// codeRoundingUnset is the error of a rounding never stated.
const codeRoundingUnset = "assistance.policy.rounding_unset"

// Validate reports every problem of the rules at once (errors.Join of
// *union.FieldError, each wrapping union.ErrPolicy): a 低保 that is not
// positive, a band multiple below 1, an operator pointing the wrong way, a
// share outside [0, 1], undefined categories, duplicates, tiers out of
// order. Assess, AssessAll and Review call it first; rules read from JSON
// are checked the same way there, or call it yourself after unmarshalling.
func (r Rules) Validate() error { return r.validate() }

// validate is Validate without copying the rules.
func (r *Rules) validate() error {
	c := checker{kind: union.ErrPolicy}
	p := root
	if err := r.Effective.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("effective", err))
	}
	c.positiveMoney(&p, "minimum_living", r.MinimumLiving)
	if err := r.PerCapitaRounding.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix("per_capita_rounding", err))
	}
	if !r.WholeYuan {
		if r.PerCapitaRounding == (union.Rounding{}) {
			c.add(&p, "per_capita_rounding", codeRoundingUnset, "")
		}
		if r.Aid.Rounding == (union.Rounding{}) && r.Aid.pays() {
			aid := p.child("aid")
			c.add(&aid, "rounding", codeRoundingUnset, "")
		}
	}
	if r.ImputeIdle {
		c.positiveMoney(&p, "minimum_wage", r.MinimumWage)
		if r.WorkingAge.From < 0 || r.WorkingAge.Until > MaxAge || r.WorkingAge.From > r.WorkingAge.Until {
			c.add(&p, "working_age", "policy.range", strconv.Itoa(r.WorkingAge.From)+".."+strconv.Itoa(r.WorkingAge.Until), "0", strconv.Itoa(MaxAge))
		}
	} else if c.dec(&p, "minimum_wage", r.MinimumWage) && r.MinimumWage.IsNegative() {
		c.add(&p, "minimum_wage", "invalid.negative", r.MinimumWage.String())
	}
	if c.list(&p, "counted_expenses", len(r.CountedExpenses), MaxPolicyItems) {
		var seen map[ExpenseKind]struct{}
		for i, k := range r.CountedExpenses {
			f := p.item("counted_expenses", i)
			if k == "" {
				c.add(&f, "", "invalid.required", "")
			} else if dupKind(&seen, r.CountedExpenses, i) {
				c.add(&f, "", "invalid.duplicate", string(k))
			}
		}
	}
	if c.list(&p, "excluded_income", len(r.ExcludedIncome), MaxPolicyItems) {
		var seen map[IncomeKind]struct{}
		for i, k := range r.ExcludedIncome {
			f := p.item("excluded_income", i)
			if k == "" {
				c.add(&f, "", "invalid.required", "")
			} else if dupKind(&seen, r.ExcludedIncome, i) {
				c.add(&f, "", "invalid.duplicate", string(k))
			}
		}
	}
	if c.list(&p, "bands", len(r.Bands), MaxPolicyItems) {
		var seen byteSet
		for i := range r.Bands {
			f := p.item("bands", i)
			r.Bands[i].check(&c, &f)
			if seen.insert(uint8(r.Bands[i].Category)) {
				c.add(&f, "category", "invalid.duplicate", r.Bands[i].Category.String())
			}
		}
	}
	acc := p.child("accident")
	r.Accident.check(&c, &acc)
	if m := r.Conditions.MigrantContractMonths; m < 0 || m > MaxMonths {
		f := p.child("conditions")
		c.add(&f, "migrant_contract_months", "policy.range", strconv.Itoa(m), "0", strconv.Itoa(MaxMonths))
	}
	ex := p.child("exclusions")
	r.Exclusions.check(&c, &ex)
	aid := p.child("aid")
	r.Aid.check(&c, &aid)
	exit := p.child("exit")
	if m := r.Exit.Months; m < 1 || m > 60 {
		c.add(&exit, "months", "policy.range", strconv.Itoa(m), "1", "60")
	}
	if m := r.Exit.ReviewMonths; m < 1 || m > 60 {
		c.add(&exit, "review_months", "policy.range", strconv.Itoa(m), "1", "60")
	}
	if c.list(&p, "documents", len(r.Documents), MaxPolicyItems) {
		for i, d := range r.Documents {
			if !d.Valid() {
				f := p.item("documents", i)
				c.add(&f, "", "invalid.unknown", d.String())
			}
		}
	}
	return c.err()
}

// positiveMoney checks a policy amount: positive, to the fen, not absurd.
func (c *checker) positiveMoney(p *path, name string, d decimal.Decimal) {
	if !c.dec(p, name, d) {
		return
	}
	if !d.IsPositive() {
		c.add(p, name, "invalid.not_positive", d.String())
		return
	}
	c.amount(p, name, d)
}

// factor checks a multiple or rate within the whole numbers [lo, hi].
// It reports whether d is within the decimal limits.
func (c *checker) factor(p *path, name string, d decimal.Decimal, lo, hi int64) bool {
	if a, ok := exact.FromDecimal(d); ok && a.Exp() == 0 && a.Coef() >= lo && a.Coef() <= hi {
		return true // a whole number in range, decided without cmpInt
	}
	if !c.dec(p, name, d) {
		return false
	}
	if cmpInt(d, lo) < 0 || cmpInt(d, hi) > 0 {
		c.add(p, name, "policy.range", d.String(), strconv.FormatInt(lo, 10), strconv.FormatInt(hi, 10))
	}
	return true
}

// The largest multiple of 低保 a test may use.
const maxMultiple = 100

func (l Limit) check(c *checker, p *path, lo int64) {
	c.factor(p, "multiple", l.Multiple, lo, maxMultiple)
	if !l.Op.Valid() || !l.Op.upper() {
		c.add(p, "op", "invalid.unknown", l.Op.String())
	}
}

func (b *Band) check(c *checker, p *path) {
	if !b.Category.Filed() {
		c.add(p, "category", "invalid.unknown", b.Category.String())
	}
	Limit{Multiple: b.Multiple, Op: b.Op}.check(c, p, 1)
	if b.MonthsBelow < 0 || b.MonthsBelow > 60 {
		c.add(p, "months_below", "policy.range", strconv.Itoa(b.MonthsBelow), "0", "60")
	}
	if f := p.child("residual"); !c.dec(&f, "multiple", b.Residual.Multiple) {
	} else if b.Residual.set() {
		b.Residual.check(c, &f, 0)
	}
	if c.list(p, "also_deduct", len(b.AlsoDeduct), MaxPolicyItems) {
		for i, k := range b.AlsoDeduct {
			if k == "" {
				f := p.item("also_deduct", i)
				c.add(&f, "", "invalid.required", "")
			}
		}
	}
}

func (t *AccidentTest) check(c *checker, p *path) {
	ic, rs := p.child("income_cap"), p.child("residual")
	if !c.dec(p, "share", t.Share) || !c.dec(&ic, "multiple", t.IncomeCap.Multiple) ||
		!c.dec(&rs, "multiple", t.Residual.Multiple) {
		return
	}
	if !t.Share.IsZero() {
		c.factor(p, "share", t.Share, 0, 1)
		if t.ShareOp != Greater && t.ShareOp != GreaterOrEqual {
			c.add(p, "share_op", "invalid.unknown", t.ShareOp.String())
		}
	}
	if t.IncomeCap.set() {
		f := p.child("income_cap")
		t.IncomeCap.check(c, &f, 1)
		if !t.Residual.set() {
			g := p.child("residual")
			c.add(&g, "multiple", "invalid.required", "")
		}
	}
	if t.Residual.set() {
		f := p.child("residual")
		t.Residual.check(c, &f, 0)
	}
	if t.AssetsAboveCap && !t.IncomeCap.set() {
		f := p.child("income_cap")
		c.add(&f, "multiple", "invalid.required", "")
	}
}

func (x *Exclusions) check(c *checker, p *path) {
	if x.MaxHomes < 0 {
		c.add(p, "max_homes", "invalid.negative", strconv.Itoa(x.MaxHomes))
	}
	if !c.dec(p, "private_school_multiple", x.PrivateSchoolMultiple) || !c.dec(p, "asset_months", x.AssetMonths) {
		return
	}
	if !x.PrivateSchoolMultiple.IsZero() {
		c.factor(p, "private_school_multiple", x.PrivateSchoolMultiple, 1, maxMultiple)
	}
	if !x.AssetMonths.IsZero() {
		c.factor(p, "asset_months", x.AssetMonths, 0, MaxMonths)
	}
	if x.Age != (AgeRange{}) && (x.Age.From < 0 || x.Age.Until > MaxAge || x.Age.From > x.Age.Until) {
		c.add(p, "age", "policy.range", strconv.Itoa(x.Age.From)+".."+strconv.Itoa(x.Age.Until), "0", strconv.Itoa(MaxAge))
	}
}

// The most months of 低保 one aid rate may give.
const maxAidMonths = 24

func (a *Aid) check(c *checker, p *path) {
	if err := a.Rounding.Validate(); err != nil {
		c.errs = append(c.errs, union.Prefix(p.String()+".rounding", err))
	}
	var living, study byteSet
	n := len(a.Living)
	if !c.list(p, "living", n, MaxPolicyItems) {
		n = 0
	}
	for i := range a.Living[:n] {
		l := &a.Living[i]
		f := p.item("living", i)
		if !l.Category.Filed() {
			c.add(&f, "category", "invalid.unknown", l.Category.String())
		}
		c.factor(&f, "months", l.Months, 0, maxAidMonths)
		c.amount(&f, "amount", l.Amount)
		if l.Months.IsZero() && l.Amount.IsZero() {
			c.add(&f, "months", "invalid.required", "")
		}
		if living.insert(uint8(l.Category)) {
			c.add(&f, "category", "invalid.duplicate", l.Category.String())
		}
	}
	n = len(a.Study)
	if !c.list(p, "study", n, MaxPolicyItems) {
		n = 0
	}
	for i := range a.Study[:n] {
		s := &a.Study[i]
		f := p.item("study", i)
		if !s.Level.Valid() || s.Level == NotInSchool {
			c.add(&f, "level", "invalid.unknown", s.Level.String())
		}
		c.factor(&f, "months", s.Months, 0, maxAidMonths)
		c.amount(&f, "amount", s.Amount)
		c.amount(&f, "non_filed", s.NonFiled)
		if study.insert(uint8(s.Level)) {
			c.add(&f, "level", "invalid.duplicate", s.Level.String())
		}
	}
	n = len(a.Medical)
	if !c.list(p, "medical", n, MaxPolicyItems) {
		n = 0
	}
	for i := range a.Medical[:n] {
		m := &a.Medical[i]
		f := p.item("medical", i)
		if c.list(&f, "categories", len(m.Categories), MaxPolicyItems) {
			for j, x := range m.Categories {
				if !x.Filed() {
					g := f.item("categories", j)
					c.add(&g, "", "invalid.unknown", x.String())
				}
			}
		}
		if len(m.Tiers) == 0 {
			c.add(&f, "tiers", "policy.empty", "")
		}
		if !c.list(&f, "tiers", len(m.Tiers), MaxPolicyItems) {
			continue
		}
		prev := decimal.Zero
		for j, t := range m.Tiers {
			g := f.item("tiers", j)
			c.factor(&g, "rate", t.Rate, 0, 1)
			if !c.amount(&g, "up_to", t.UpTo) {
				continue
			}
			if t.UpTo.IsZero() {
				if j != len(m.Tiers)-1 {
					c.add(&g, "up_to", "invalid.required", "")
				}
				continue
			}
			if !t.UpTo.GreaterThan(prev) {
				c.add(&g, "up_to", "invalid.order", t.UpTo.String())
			}
			prev = t.UpTo
		}
		c.amount(&f, "cap", m.Cap)
	}
	acc := p.child("accident")
	c.factor(&acc, "rate", a.Accident.Rate, 0, 1)
	c.amount(&acc, "cap", a.Accident.Cap)
	c.amount(p, "temporary_cap", a.TemporaryCap)
	if c.list(p, "no_stacking", len(a.NoStacking), MaxPolicyItems) {
		for i, x := range a.NoStacking {
			if !x.Filed() {
				f := p.item("no_stacking", i)
				c.add(&f, "", "invalid.unknown", x.String())
			}
		}
	}
}
