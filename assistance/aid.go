package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Aid is the aid programmes and amounts of a rule set (regional tables: 湖北省总工会 2024,
// 沪工总权〔2019〕19号, 天门市总工会 2024; docs/rules/hardship.md). Amounts
// are the most a household may receive in the year; aid already paid this
// year (Applicant.Paid) is deducted from them, so a second payment never
// exceeds a cap.
type Aid struct {
	// Source cites the aid table; optional, empty: the rules' Source (or
	// OwnRule when the rules cite none either).
	Source string `json:"source"`
	// Rounding rounds each grant. When the table pays anything it must be
	// stated: the zero union.Rounding (whole yuan, half-up) is refused by
	// Validate unless Rules.WholeYuan says it is meant.
	Rounding union.Rounding `json:"rounding"`
	// Living is living aid by category.
	Living []LivingRate `json:"living,omitempty"`
	// Study is study aid (金秋助学) by school level.
	Study []StudyRate `json:"study,omitempty"`
	// Medical is medical aid; the first entry whose categories include the
	// household's applies.
	Medical []MedicalRate `json:"medical,omitempty"`
	// Accident is aid for 意外致困 households as a share of hardship costs.
	Accident AccidentRate `json:"accident,omitzero"`
	// TemporaryCap is the most temporary aid a non-filed worker in hardship
	// from serious illness, disaster or accident receives (Hubei: 3,000); 0: none.
	TemporaryCap decimal.Decimal `json:"temporary_cap,omitzero"`
	// NoStacking lists categories that receive only one programme: the
	// largest grant is kept (hfno1: 相对困难 one aid type only).
	NoStacking []Category `json:"no_stacking,omitempty"`
	// PaidAsIncome counts aid paid this year as household income before the
	// tests (hfno1: "each counted as income").
	PaidAsIncome bool `json:"paid_as_income"`
}

// LivingRate is living aid for one category: Months of 低保, or a fixed Amount
// when it is set.
type LivingRate struct {
	Category Category        `json:"category"` // the category it applies to
	Months   decimal.Decimal `json:"months"`   // months of 低保 per household a year
	Amount   decimal.Decimal `json:"amount"`   // a fixed amount per household a year; overrides Months when set
}

// StudyRate is study aid per student per year at one school level: Months of
// 低保 or a fixed Amount for filed households, and NonFiled for households
// in temporary hardship without a file (0: none).
type StudyRate struct {
	Level    SchoolLevel     `json:"level"`     // the school level
	Months   decimal.Decimal `json:"months"`    // months of 低保 per student a year, filed households
	Amount   decimal.Decimal `json:"amount"`    // a fixed amount per student a year; overrides Months when set
	NonFiled decimal.Decimal `json:"non_filed"` // per student a year for non-filed households in temporary hardship
}

// MedicalRate is medical aid: tiered shares of self-paid costs, capped per
// person or per household. Tiers apply in order to the slices of cost up to
// each UpTo; the last tier's UpTo may be zero (no upper end).
type MedicalRate struct {
	// Categories this rate applies to; empty for every filed category.
	Categories []Category `json:"categories,omitempty"`
	// Tiers are the shares of the slices of cost, lowest slice first.
	Tiers []Tier `json:"tiers"`
	// Cap is the most aid a year (0: no cap), per person when PerPerson is
	// set, otherwise per household.
	Cap       decimal.Decimal `json:"cap"`
	PerPerson bool            `json:"per_person"` // the cap applies to each person
	// SeriousIllnessOnly pays only the self-paid costs of members with a
	// serious illness (重大疾病) on the rule's list, Person.SeriousIllness
	// (Shanghai: 患有重大疾病, 沪工总权〔2019〕19号 as restated); without
	// detailed persons no medical aid is paid.
	SeriousIllnessOnly bool `json:"serious_illness_only,omitempty"`
}

// Tier is a slice of cost up to UpTo (cumulative; zero: no upper end) paid at Rate.
type Tier struct {
	UpTo decimal.Decimal `json:"up_to"` // upper end of the slice of cost; zero for none (last tier only)
	Rate decimal.Decimal `json:"rate"`  // share of the slice paid, 0 to 1
}

// AccidentRate is 意外致困 aid: Rate of hardship costs, at most Cap (0: none).
type AccidentRate struct {
	Rate decimal.Decimal `json:"rate"` // share of hardship costs, 0 to 1 (0: no accident aid)
	Cap  decimal.Decimal `json:"cap"`  // the most paid a year (0: no cap)
}

// pays reports whether the table sets any programme.
func (a *Aid) pays() bool {
	return len(a.Living) > 0 || len(a.Study) > 0 || len(a.Medical) > 0 || !a.Accident.Rate.IsZero() ||
		!a.TemporaryCap.IsZero()
}

// paidFor sums the aid of one programme paid this year.
func paidFor(a *Applicant, p Programme) decimal.Decimal {
	var s sum
	for _, x := range a.Paid {
		if x.Programme == p {
			s.add(x.Amount)
		}
	}
	return s.value(decimal.Zero)
}

// addGrant rounds an entitlement, deducts aid already paid and records it.
func (r *Rules) addGrant(a *Applicant, res *builder, p Programme, amount decimal.Decimal, capped bool) {
	amount = roundTo(r.Aid.Rounding, amount)
	if paid := paidFor(a, p); paid.IsPositive() {
		res.add(paidCodes[p], r.aidSource(), res.money(paid))
		amount = subDec(amount, paid)
		capped = true
		if amount.IsNegative() {
			amount = decimal.Zero
		}
	}
	if !amount.IsPositive() {
		return
	}
	res.grants[res.ngrants] = Grant{Programme: p, Amount: amount, Capped: capped}
	res.ngrants++
}

// grant computes the aid of the year for the assessed household.
func (r *Rules) grant(a *Applicant, res *builder) {
	h := &a.Household
	c := res.Category
	src := r.aidSource()
	if c.Filed() {
		for _, l := range r.Aid.Living {
			if l.Category != c {
				continue
			}
			if l.Amount.IsPositive() {
				res.addArgs("assistance.aid.living.fixed", src, moneyArg(l.Amount))
				r.addGrant(a, res, LivingAid, l.Amount, false)
			} else {
				amt := mulDec(l.Months, r.MinimumLiving)
				res.addArgs("assistance.aid.living", src, txt(plain(l.Months)), moneyArg(amt))
				r.addGrant(a, res, LivingAid, amt, false)
			}
			break
		}
	}
	// Study aid: filed households at the filed rate; eligible households in
	// temporary hardship (a cause recorded) at the non-filed rate.
	temporary := !c.Filed() && res.Eligible && a.anyCause()
	if (c.Filed() || temporary) && len(r.Aid.Study) > 0 {
		var studies sum
		for i := range h.Persons {
			p := &h.Persons[i]
			if p.School == NotInSchool {
				continue
			}
			if p.FundedElsewhere {
				res.add("assistance.aid.study.funded", r.cite(srcTianmen), personLabel(i, p))
				continue
			}
			for _, s := range r.Aid.Study {
				if s.Level != p.School {
					continue
				}
				amt := s.NonFiled
				if c.Filed() {
					amt = s.Amount
					if !amt.IsPositive() {
						amt = mulDec(s.Months, r.MinimumLiving)
					}
				}
				if amt.IsPositive() {
					res.addArgs(studyCodes[p.School], src,
						txt(personLabel(i, p)), moneyArg(amt))
					studies.add(amt)
				}
				break
			}
		}
		if study := studies.value(decimal.Zero); study.IsPositive() {
			r.addGrant(a, res, StudyAid, study, false)
		}
	}
	if c.Filed() {
		if m := r.medicalRate(c); m != nil {
			r.grantMedical(a, res, m)
		}
	}
	if c == Accident && r.Aid.Accident.Rate.IsPositive() {
		amt := mulDec(r.Aid.Accident.Rate, h.HardshipCosts)
		capped := false
		if cp := r.Aid.Accident.Cap; cp.IsPositive() && amt.GreaterThan(cp) {
			amt, capped = cp, true
		}
		res.add("assistance.aid.accident", src,
			mulDec(r.Aid.Accident.Rate, hundred).String(), res.money(h.HardshipCosts), res.money(amt))
		r.addGrant(a, res, AccidentAid, amt, capped)
	}
	if temporary && r.Aid.TemporaryCap.IsPositive() && h.HardshipCosts.IsPositive() &&
		(a.hasCause(SeriousIllness) || a.hasCause(NaturalDisaster) || a.hasCause(CauseAccident)) {
		amt, capped := h.HardshipCosts, false
		if amt.GreaterThan(r.Aid.TemporaryCap) {
			amt, capped = r.Aid.TemporaryCap, true
		}
		res.add("assistance.aid.temporary", src, res.money(amt), res.money(r.Aid.TemporaryCap))
		r.addGrant(a, res, TemporaryAid, amt, capped)
	}
	r.stack(c, res)
	var total sum
	for _, g := range res.grants[:res.ngrants] {
		total.add(g.Amount)
	}
	res.AidTotal = total.value(decimal.Zero)
}

// medicalRate finds the medical rate for category c.
func (r *Rules) medicalRate(c Category) *MedicalRate {
	for i := range r.Aid.Medical {
		m := &r.Aid.Medical[i]
		if len(m.Categories) == 0 {
			return m
		}
		for _, x := range m.Categories {
			if x == c {
				return m
			}
		}
	}
	return nil
}

// tiered applies the tiers to a cost.
func tiered(cost decimal.Decimal, tiers []Tier) decimal.Decimal {
	sum := decimal.Zero
	lower := decimal.Zero
	for _, t := range tiers {
		if !cost.GreaterThan(lower) {
			break
		}
		slice := subDec(cost, lower)
		if t.UpTo.IsPositive() && cost.GreaterThan(t.UpTo) {
			slice = subDec(t.UpTo, lower)
		}
		sum = addDec(sum, mulDec(slice, t.Rate))
		if !t.UpTo.IsPositive() {
			break
		}
		lower = t.UpTo
	}
	return sum
}

// grantMedical computes medical aid from the persons' self-paid costs (or,
// without persons, the household's medical expense items as one person).
func (r *Rules) grantMedical(a *Applicant, res *builder, m *MedicalRate) {
	h := &a.Household
	total, capped := decimal.Zero, false
	one := func(label string, cost decimal.Decimal) {
		if !cost.IsPositive() {
			return
		}
		amt := tiered(cost, m.Tiers)
		if m.PerPerson && m.Cap.IsPositive() && amt.GreaterThan(m.Cap) {
			amt, capped = m.Cap, true
		}
		res.addArgs("assistance.aid.medical", r.aidSource(), txt(label), moneyArg(cost), moneyArg(amt))
		total = addDec(total, amt)
	}
	switch {
	case len(h.Persons) > 0:
		for i := range h.Persons {
			p := &h.Persons[i]
			if m.SeriousIllnessOnly && !p.SeriousIllness {
				if p.MedicalSelfPaid.IsPositive() {
					res.add("assistance.aid.medical.not_serious", r.aidSource(), personLabel(i, p))
				}
				continue
			}
			one(personLabel(i, p), p.MedicalSelfPaid)
		}
	case m.SeriousIllnessOnly:
		if extraDeduction(h, []ExpenseKind{MedicalExpense}).IsPositive() {
			res.add("assistance.aid.medical.no_persons", r.aidSource())
		}
	default:
		one("#1", extraDeduction(h, []ExpenseKind{MedicalExpense}))
	}
	if !m.PerPerson && m.Cap.IsPositive() && total.GreaterThan(m.Cap) {
		total, capped = m.Cap, true
		res.add("assistance.aid.medical.cap", r.aidSource(), res.money(m.Cap))
	}
	if total.IsPositive() {
		r.addGrant(a, res, MedicalAid, total, capped)
	}
}

// stack keeps only the largest grant for a category without stacking.
func (r *Rules) stack(c Category, res *builder) {
	grants := res.grants[:res.ngrants]
	if len(grants) < 2 {
		return
	}
	single := false
	for _, x := range r.Aid.NoStacking {
		if x == c {
			single = true
		}
	}
	if !single {
		return
	}
	best := 0
	for i, g := range grants {
		if g.Amount.GreaterThan(grants[best].Amount) {
			best = i
		}
	}
	for i, g := range grants {
		if i != best {
			res.add(notStackedCodes[g.Programme], r.cite(srcAidIncome),
				res.money(g.Amount))
		}
	}
	res.grants[0], res.ngrants = grants[best], 1
}
