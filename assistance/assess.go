package assistance

import (
	"strconv"

	"github.com/shopspring/decimal"
)

var (
	twelve  = decimal.NewFromInt(12)
	hundred = decimal.NewFromInt(100)
)

// Assess decides an application: the conditions and exclusions, the counted
// income and rigid spending, the category, the aid amounts and the documents
// still missing. It validates the rules first (ErrPolicy) and then the
// applicant (ErrInvalid), reporting every problem at once.
//
// The category tests compare exact totals, never a rounded per-capita
// figure: a band "per-capita < m × 低保" is tested as
//
//	(income − deductions)  <  m × 低保 × 12 × members
//
// and the rounded per-capita figure is only reported. Bands are tried in
// order and the first met gives the category; the 意外致困 test comes after
// them (a household meeting an income band is filed under it). All failed
// conditions and all exclusion hits are reported together; any of them
// leaves the household unfiled (Category None, Tested keeps the income
// result).
func (r Rules) Assess(a Applicant) (Assessment, error) {
	if err := r.validate(); err != nil {
		return Assessment{}, err
	}
	if err := a.validate(); err != nil {
		return Assessment{}, err
	}
	return r.assess(&a), nil
}

// assess is Assess on validated rules and input.
func (r *Rules) assess(a *Applicant) Assessment {
	h := &a.Household
	var res builder // on the stack: finish copies out what the result keeps
	failed := r.checkConditions(a, &res)
	res.Excluded = r.checkExclusions(a, &res)
	res.Eligible = !failed && !res.Excluded

	n := int64(h.Members) * 12
	income := r.countIncome(a, &res)
	rigid := r.countRigid(h)
	net := fxSub(fxOf(income), fxOf(rigid)) // compared and divided only: no decimal built
	res.Income, res.Rigid = income, rigid
	res.PerCapita = divRoundFx(net, n, r.PerCapitaRounding)
	res.addArgs("assistance.per_capita", r.cite(srcJiangmen),
		moneyArg(income), moneyArg(rigid), txt(strconv.Itoa(h.Members)), moneyArg(res.PerCapita))

	cat := r.testBands(a, net, income, n, &res)
	if cat == None && r.Accident.enabled() && (h.HardshipCosts.IsPositive() || a.Incident != NoIncident) {
		cat = r.testAccident(a, income, n, &res)
	}
	res.Tested = cat
	if res.Eligible {
		res.Category = cat
	}
	if res.Category.Filed() {
		res.add(filedCodes[res.Category], r.rulesSource())
	} else if cat.Filed() {
		res.add("assistance.filed.ineligible", r.rulesSource())
	} else {
		res.add("assistance.filed.none", r.rulesSource())
	}
	r.grant(a, &res)
	if res.Category.Filed() || res.ngrants > 0 {
		r.missingDocuments(a, &res)
	}
	if r.Source == "" {
		res.add(codeOwnRule, OwnRule)
	}
	return res.finish()
}

// perCapita is x ÷ months rounded by the rules: exactly in 64-bit integers
// when the figures fit, otherwise the quotient is taken to 12 places beyond
// the rounding first; with amounts in fen and at most MaxMembers members no
// quotient lies within 10⁻¹² of a rounding boundary without being on it, so
// both equal rounding the exact quotient.
func (r *Rules) perCapita(x, months decimal.Decimal) decimal.Decimal {
	return divRound(x, months.IntPart(), r.PerCapitaRounding)
}

// countIncome sums counted income, reporting excluded kinds, imputed income
// and aid paid this year.
func (r *Rules) countIncome(a *Applicant, res *builder) decimal.Decimal {
	h := &a.Household
	var income sum
	income.add(h.Income)
	for _, it := range h.IncomeItems {
		if r.excludesIncome(it.Kind) {
			if it.Amount.IsPositive() {
				r.excludedIncomeReason(res, it)
			}
			continue
		}
		income.add(it.Amount)
	}
	if r.ImputeIdle {
		yearly := mulDec(r.MinimumWage, twelve)
		for i := range h.Persons {
			p := &h.Persons[i]
			if p.Employed || p.School != NotInSchool || p.Capacity != FullCapacity || p.Caregiver ||
				p.ImputeExempt || p.Disability > 0 || p.SeriousIllness || !r.WorkingAge.Contains(p.Age) {
				continue
			}
			income.add(yearly)
			res.Imputed = addDec(res.Imputed, yearly)
			res.add("assistance.income.imputed", r.cite(srcJiangmen),
				personLabel(i, p), res.money(yearly))
		}
	}
	if r.Aid.PaidAsIncome && len(a.Paid) > 0 {
		var ps sum
		for _, p := range a.Paid {
			ps.add(p.Amount)
		}
		if paid := ps.value(decimal.Zero); paid.IsPositive() {
			income.add(paid)
			res.add("assistance.income.paid_aid", r.cite(srcAidIncome), res.money(paid))
		}
	}
	return income.value(h.Income)
}

// personLabel names a household member in reasons: the name, or "#n".
func personLabel(i int, p *Person) string {
	if p.Name != "" {
		return p.Name
	}
	return "#" + strconv.Itoa(i+1)
}

func (r *Rules) excludesIncome(k IncomeKind) bool {
	for _, x := range r.ExcludedIncome {
		if x == k {
			return true
		}
	}
	return false
}

func (r *Rules) countsExpense(k ExpenseKind) bool {
	for _, x := range r.CountedExpenses {
		if x == k {
			return true
		}
	}
	return false
}

// countRigid sums rigid spending: the undivided figure, the counted expense
// kinds and, when medical spending counts, the persons' self-paid medical costs.
func (r *Rules) countRigid(h *Household) decimal.Decimal {
	var rigid sum
	rigid.add(h.RigidExpenses)
	for _, it := range h.ExpenseItems {
		if r.countsExpense(it.Kind) {
			rigid.add(it.Amount)
		}
	}
	if len(h.Persons) > 0 && r.countsExpense(MedicalExpense) {
		for i := range h.Persons {
			rigid.add(h.Persons[i].MedicalSelfPaid)
		}
	}
	return rigid.value(h.RigidExpenses)
}

// extraDeduction sums the expense items of the given kinds.
func extraDeduction(h *Household, kinds []ExpenseKind) decimal.Decimal {
	var s sum
	for _, it := range h.ExpenseItems {
		for _, k := range kinds {
			if it.Kind == k {
				s.add(it.Amount)
				break
			}
		}
	}
	return s.value(decimal.Zero)
}

// testBands tries the income bands in order and returns the first met.
// n is the number of member-months in the year.
func (r *Rules) testBands(a *Applicant, net fx, income decimal.Decimal, n int64, res *builder) Category {
	h := &a.Household
	for i := range r.Bands {
		b := &r.Bands[i]
		base := net
		if b.Gross {
			base = fxOf(income)
		}
		if len(b.AlsoDeduct) > 0 {
			base = fxSub(base, fxOf(extraDeduction(h, b.AlsoDeduct)))
		}
		threshold := mulDec(b.Multiple, r.MinimumLiving)
		res.Threshold = threshold
		codes := &bandCodes[b.Category]
		src := b.Source
		if src == "" {
			src = r.rulesSource()
		}
		args := [...]arg{perCapitaArg(base, n, r.PerCapitaRounding), txt(b.Op.Symbol()), moneyArg(threshold), txt(plain(b.Multiple))}
		if !holdsTimesFx(b.Op, base, threshold, n) {
			res.addArgs(codes.notMet, src, args[:]...)
			continue
		}
		if b.MonthsBelow > 0 && !h.OnMinimumLiving && h.MonthsBelow < b.MonthsBelow {
			res.add(codes.months, r.cite(srcYunnan7),
				strconv.Itoa(h.MonthsBelow), strconv.Itoa(b.MonthsBelow))
			continue
		}
		if b.NeedCause && !a.anyCause() {
			res.add(codes.cause, r.cite(srcYunnan7))
			continue
		}
		if b.Residual.set() {
			rt := mulDec(b.Residual.Multiple, r.MinimumLiving)
			if !holdsTimesFx(b.Residual.Op, net, rt, n) {
				res.addArgs(codes.residual, r.cite(srcYunnan7),
					perCapitaArg(net, n, r.PerCapitaRounding), txt(b.Residual.Op.Symbol()), moneyArg(rt))
				continue
			}
		}
		res.addArgs(codes.met, src, args[:]...)
		return b.Category
	}
	return None
}

// testAccident applies the 意外致困 test to a household with hardship costs
// or a recorded incident: the incident branch first, then the cost tests.
// n is the number of member-months in the year.
func (r *Rules) testAccident(a *Applicant, income decimal.Decimal, n int64, res *builder) Category {
	months := decimal.NewFromInt(n)
	h := &a.Household
	t := &r.Accident
	if t.Incident && a.Incident != NoIncident {
		// The first branch: harmed in a major event, no test on costs.
		res.add(incidentCodes[a.Incident][a.Harm], r.cite(srcAccidentIncident))
		return Accident
	}
	if !h.HardshipCosts.IsPositive() || !t.costTests() {
		return None
	}
	if !t.Share.IsZero() {
		limit := mulDec(t.Share, income)
		args := []string{res.money(h.HardshipCosts), t.ShareOp.Symbol(), mulDec(t.Share, hundred).String(), res.money(income)}
		if t.ShareOp.Holds(h.HardshipCosts, limit) {
			res.add("assistance.accident.share.met", r.cite(srcQingdao), args...)
			return Accident
		}
		res.add("assistance.accident.share.not_met", r.cite(srcQingdao), args...)
	}
	if !t.Residual.set() {
		return None
	}
	residual := subDec(income, h.HardshipCosts)
	if t.IncomeCap.set() {
		capTotal := mulDec(t.IncomeCap.Multiple, r.MinimumLiving).Mul(months)
		if !t.IncomeCap.Op.Holds(income, capTotal) {
			if !t.AssetsAboveCap {
				res.add("assistance.accident.above_cap", r.cite(srcJuduo),
					res.money(r.perCapita(income, months)), t.IncomeCap.Multiple.String())
				return None
			}
			residual = addDec(residual, h.Assets)
			res.add("assistance.accident.assets", r.cite(srcJuduo),
				res.money(h.Assets), t.IncomeCap.Multiple.String())
		}
	}
	rt := mulDec(t.Residual.Multiple, r.MinimumLiving)
	args := []string{res.money(r.perCapita(residual, months)), t.Residual.Op.Symbol(), res.money(rt)}
	if t.Residual.Op.Holds(residual, mulDec(rt, months)) {
		res.add("assistance.accident.residual.met", r.cite(srcJuduo), args...)
		return Accident
	}
	res.add("assistance.accident.residual.not_met", r.cite(srcJuduo), args...)
	return None
}

// excludedIncomeReason explains an income item left out: a kind the
// sources name has its own code (so its text is localized), any other
// kind the generic code with the kind's word.
func (r *Rules) excludedIncomeReason(res *builder, it IncomeItem) {
	for i, k := range knownIncome {
		if k == it.Kind {
			res.addArgs(excludedIncomeCodes[i], r.cite(srcJiangmen), moneyArg(it.Amount))
			return
		}
	}
	res.addArgs("assistance.income.excluded", r.cite(srcJiangmen), txt(string(it.Kind)), moneyArg(it.Amount))
}
