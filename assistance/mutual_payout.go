package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Citations of the order of payers.
const (
	mutualSrcOrder    = "上海市社会救助条例 第二十一条（基本医疗保险、大病保险、补充医疗保障计划和商业保险支付后的个人负担）；第五十五条（补充医疗保障计划含职工医疗互助保障计划）"
	mutualSrcPeriod   = "中华人民共和国民法典 第二百零一条、第二百零二条"
	mutualSrcHardship = "上海市社会救助条例 第二十一条（医疗救助按其他保障支付后的个人负担计算）"
)

// Claim computes the payout of one claim under the plan, with its reasons.
//
// The payers pay in order (上海市社会救助条例 第二十一条): basic medical
// insurance and serious-illness insurance first (the claim's stay says what
// they paid), then mutual aid on what they left, then commercial insurance,
// and what is left after all of them is MedicalRemaining, the figure hardship
// aid's medical grant takes as the person's MedicalSelfPaid. Mutual aid's
// whole payout is netted off the cost before commercial insurance and
// hardship aid.
//
// A claim the plan does not pay is a result, not an error: a member the plan
// does not admit (Covered false), a stay admitted or a diagnosis made before
// the waiting period ends, before cover starts or after it ends, a disease the
// plan does not list or whose grant was paid this period. Each such benefit is
// zero with a reason.
//
// An invalid plan is its Validate error (ErrPolicy). A bad claim is a
// *union.FieldError (ErrInvalid) for each problem, all reported at once: a
// negative amount or one with more than MoneyPlaces decimals, a discharge
// before the admission, a date that is no day,
// no stay and no diagnosis, shares outside 1–MaxShares, insurers paying more
// than the catalogue cost, a deductible and exclusions above the self-paid
// part, a fact the plan's eligibility needs left out (birth, sex, status).
func (p MutualPlan) Claim(c MutualClaim) (MutualPayout, error) {
	if err := p.Validate(); err != nil {
		return MutualPayout{}, err
	}
	if err := p.checkClaim(c); err != nil {
		return MutualPayout{}, err
	}
	return p.pay(c), nil
}

// checkClaim validates a claim against the plan.
func (p MutualPlan) checkClaim(c MutualClaim) error {
	k := &mutualChecker{kind: union.ErrInvalid}
	if c.Shares < 1 || c.Shares > p.MaxShares {
		k.add("shares_held", "invalid.range", strconv.Itoa(c.Shares), "1", strconv.Itoa(p.MaxShares))
	}
	mutualDate(k, "cover_start", c.CoverStart, true)
	m := c.Member
	if !m.Status.Valid() {
		k.add("member.status", "invalid.unknown", strconv.Itoa(int(m.Status)))
	} else if p.Eligibility.InService && m.Status == StatusUnset {
		k.add("member.status", "invalid.required", "")
	}
	if !m.Sex.Valid() {
		k.add("member.sex", "invalid.unknown", strconv.Itoa(int(m.Sex)))
	}
	e := p.Eligibility
	if (e.Sex != union.GenderUnknown || e.UnderAgeMen > 0 || e.UnderAgeWomen > 0) && m.Sex == union.GenderUnknown {
		k.add("member.sex", "invalid.required", "")
	}
	ageLimited := e.UnderAgeMen > 0 || e.UnderAgeWomen > 0
	mutualDate(k, "member.birth", m.Birth, ageLimited)
	if m.Birth.Valid() && c.CoverStart.Valid() && m.Birth.After(c.CoverStart) {
		k.add("member.birth", "invalid.order", m.Birth.String())
	}
	if c.Stay == nil && c.Diagnosis == nil {
		k.add("stay", "assistance.mutual.nothing_claimed", "")
	}
	if s := c.Stay; s != nil {
		mutualDate(k, "stay.admitted", s.Admitted, true)
		mutualDate(k, "stay.discharged", s.Discharged, true)
		if s.Admitted.Valid() && s.Discharged.Valid() && s.Discharged.Before(s.Admitted) {
			k.add("stay.discharged", "invalid.order", s.Discharged.String())
		}
		k.count("stay.hospital_grade", s.HospitalGrade, 0, 3)
		n := len(k.errs)
		k.amount("stay.total", s.Total, false)
		k.amount("stay.out_of_catalogue", s.OutOfCatalogue, false)
		k.amount("stay.deductible", s.Deductible, false)
		k.amount("stay.excluded", s.Excluded, false)
		k.amount("stay.basic_insurance", s.BasicInsurance, false)
		k.amount("stay.serious_illness", s.SeriousIllness, false)
		if len(k.errs) == n {
			catalogue := s.Total.Sub(s.OutOfCatalogue)
			switch {
			case catalogue.IsNegative():
				k.add("stay.out_of_catalogue", "assistance.mutual.exceeds", s.OutOfCatalogue.String(), s.Total.String())
			case s.BasicInsurance.Add(s.SeriousIllness).GreaterThan(catalogue):
				k.add("stay.basic_insurance", "assistance.mutual.exceeds", s.BasicInsurance.Add(s.SeriousIllness).String(), catalogue.String())
			case s.Deductible.Add(s.Excluded).GreaterThan(catalogue.Sub(s.BasicInsurance).Sub(s.SeriousIllness)):
				k.add("stay.deductible", "assistance.mutual.exceeds", s.Deductible.Add(s.Excluded).String(),
					catalogue.Sub(s.BasicInsurance).Sub(s.SeriousIllness).String())
			}
		}
	}
	if d := c.Diagnosis; d != nil {
		if d.Disease == "" {
			k.add("diagnosis.disease", "invalid.required", "")
		}
		mutualDate(k, "diagnosis.date", d.Date, true)
	}
	k.amount("commercial", c.Commercial, false)
	if c.Stay == nil && c.Commercial.IsPositive() {
		k.add("commercial", "assistance.mutual.exceeds", c.Commercial.String(), "0")
	}
	k.amount("paid_before.inpatient", c.PaidBefore.Inpatient, false)
	k.amount("paid_before.allowance", c.PaidBefore.Allowance, false)
	if fe := union.CheckCount("paid_before.diseases", len(c.PaidBefore.Diseases), MaxMutualGrants); fe != nil {
		k.errs = append(k.errs, fe)
	}
	return k.err()
}

// mutualDate checks a date: required, or valid when given.
func mutualDate(k *mutualChecker, field string, d MutualDate, required bool) {
	switch {
	case d.IsZero() && required:
		k.add(field, "invalid.required", "")
	case !d.IsZero() && !d.Valid():
		k.add(field, "invalid.format", d.String(), "YYYY-MM-DD")
	}
}

// mutualAge is the age in full years on day on of a person born on birth.
func mutualAge(birth, on MutualDate) int {
	age := on.Year - birth.Year
	if on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day) {
		age--
	}
	return age
}

// money formats an amount for a reason's text.
func mutualMoney(d decimal.Decimal) string { return d.StringFixed(2) }

// pay computes the payout of a valid claim.
func (p MutualPlan) pay(c MutualClaim) MutualPayout {
	out := MutualPayout{
		ClaimID: c.ID, Inpatient: decimal.Zero, Allowance: decimal.Zero, Grant: decimal.Zero,
		Total: decimal.Zero, MedicalRemaining: decimal.Zero, Reasons: []union.Reason{},
	}
	shares := decimal.New(int64(c.Shares), 0)
	// Cover ends the day before the matching day of the last month; a month
	// with no matching day ends the period on its own last day, which
	// AddMonths has already given (民法典 第二百零二条).
	end := c.CoverStart.AddMonths(p.PeriodMonths)
	switch {
	case end.IsZero():
		end = MutualDate{Year: 9999, Month: 12, Day: 31}
	case end.Day == c.CoverStart.Day:
		end, _ = end.AddDays(-1)
	}
	out.CoverEnd = end
	out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.cover", mutualSrcPeriod+"；"+p.Source,
		c.CoverStart.String(), end.String(), strconv.Itoa(c.Shares)))
	out.Covered = p.admit(c, &out)
	if m := c.CoverStart.Period(); !p.Effective.Contains(m) {
		out.Covered = false
		out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.not_in_force", p.Source, m.String(), p.Effective.String()))
	}
	waived := c.Renewal && p.RenewalSkipsWaiting
	// within reports whether day falls in cover and after waiting days.
	within := func(day MutualDate, waiting int, source string) bool {
		switch {
		case day.Before(c.CoverStart):
			out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.before_cover", source, day.String(), c.CoverStart.String()))
			return false
		case day.After(end):
			out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.after_cover", source, day.String(), end.String()))
			return false
		case waiting > 0 && c.CoverStart.DaysUntil(day) < waiting:
			if waived {
				out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.waiting_waived", source, strconv.Itoa(waiting)))
				return true
			}
			out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.waiting", source,
				day.String(), strconv.Itoa(c.CoverStart.DaysUntil(day)), strconv.Itoa(waiting)))
			return false
		}
		return true
	}
	paid := MutualPaid{Inpatient: c.PaidBefore.Inpatient, Allowance: c.PaidBefore.Allowance,
		Diseases: append([]string(nil), c.PaidBefore.Diseases...)}
	var memberCost decimal.Decimal
	if s := c.Stay; s != nil {
		catalogue := s.Total.Sub(s.OutOfCatalogue)
		left := s.Total.Sub(s.BasicInsurance)
		out.Payers = append(out.Payers, MutualPayerLine{Payer: PayerBasicInsurance, Paid: s.BasicInsurance, Left: left})
		left = left.Sub(s.SeriousIllness)
		out.Payers = append(out.Payers, MutualPayerLine{Payer: PayerSeriousIllness, Paid: s.SeriousIllness, Left: left})
		out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.before_mutual", mutualSrcOrder,
			mutualMoney(s.Total), mutualMoney(s.BasicInsurance), mutualMoney(s.SeriousIllness), mutualMoney(left)))
		memberCost = left
		if in := p.Inpatient; in != nil && out.Covered && within(s.Admitted, in.WaitingDays, in.Source) {
			base := catalogue
			if in.Base == BaseSelfPaid {
				base = catalogue.Sub(s.BasicInsurance).Sub(s.SeriousIllness).Sub(s.Deductible).Sub(s.Excluded)
			}
			base = base.Sub(in.Threshold)
			if base.IsNegative() {
				base = decimal.Zero
			}
			amt := p.Rounding.Round(base.Mul(in.Share))
			room := in.Cap.Mul(shares).Sub(paid.Inpatient)
			if room.IsNegative() {
				room = decimal.Zero
			}
			code := "assistance.mutual.inpatient_covered"
			if in.Base == BaseSelfPaid {
				code = "assistance.mutual.inpatient_self_paid"
			}
			out.Reasons = append(out.Reasons, union.NewReason(code, in.Source,
				mutualMoney(base), in.Share.String(), mutualMoney(amt)))
			if amt.GreaterThan(room) {
				amt = room
				out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.cap", in.Source,
					mutualMoney(in.Cap.Mul(shares)), mutualMoney(paid.Inpatient), mutualMoney(amt)))
			}
			out.Inpatient = amt
			paid.Inpatient = paid.Inpatient.Add(amt)
		}
		if a := p.Allowance; a != nil && out.Covered && within(s.Admitted, a.WaitingDays, a.Source) {
			days := s.Admitted.DaysUntil(s.Discharged)
			if days < 1 {
				days = 1
			}
			payDays := days - a.FromDay + 1
			if payDays < 0 {
				payDays = 0
			}
			if a.MinHospitalGrade > 0 && s.HospitalGrade < a.MinHospitalGrade {
				payDays = 0
				out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.hospital_grade", a.Source,
					strconv.Itoa(s.HospitalGrade), strconv.Itoa(a.MinHospitalGrade)))
			}
			amt := p.Rounding.Round(a.PerDay.Mul(shares).Mul(decimal.New(int64(payDays), 0)))
			out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.allowance", a.Source,
				strconv.Itoa(days), strconv.Itoa(a.FromDay), strconv.Itoa(payDays), mutualMoney(a.PerDay.Mul(shares)), mutualMoney(amt)))
			room := a.Cap.Mul(shares).Sub(paid.Allowance)
			if room.IsNegative() {
				room = decimal.Zero
			}
			if amt.GreaterThan(room) {
				amt = room
				out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.cap", a.Source,
					mutualMoney(a.Cap.Mul(shares)), mutualMoney(paid.Allowance), mutualMoney(amt)))
			}
			out.Allowance = amt
			out.AllowanceDays = payDays
			paid.Allowance = paid.Allowance.Add(amt)
		}
	}
	if d := c.Diagnosis; d != nil && out.Covered {
		out.Grant = p.payGrant(c, d, &paid, &out, within)
	}
	out.Total = out.Inpatient.Add(out.Allowance).Add(out.Grant)
	if c.Stay != nil {
		left := memberCost.Sub(out.Total)
		if left.IsNegative() {
			left = decimal.Zero
		}
		out.Payers = append(out.Payers, MutualPayerLine{Payer: PayerMutualAid, Paid: out.Total, Left: left})
		left = left.Sub(c.Commercial)
		if left.IsNegative() {
			left = decimal.Zero
		}
		out.Payers = append(out.Payers, MutualPayerLine{Payer: PayerCommercial, Paid: c.Commercial, Left: left})
		out.Payers = append(out.Payers, MutualPayerLine{Payer: PayerHardshipAid, Paid: decimal.Zero, Left: left})
		out.MedicalRemaining = left
		out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.remaining", mutualSrcHardship,
			mutualMoney(out.Total), mutualMoney(c.Commercial), mutualMoney(left)))
	}
	out.PaidAfter = paid
	return out
}

// admit checks the plan's eligibility, adding a reason for each failure.
func (p MutualPlan) admit(c MutualClaim, out *MutualPayout) bool {
	e, m := p.Eligibility, c.Member
	ok := true
	no := func(code string, args ...string) {
		ok = false
		out.Reasons = append(out.Reasons, union.NewReason(code, e.Source, args...))
	}
	if e.UnionMember && !m.UnionMember {
		no("assistance.mutual.not_member")
	}
	if e.InService && m.Status != StatusInService {
		no("assistance.mutual.not_in_service", m.Status.String())
	}
	if e.MedicalInsurance && !m.MedicalInsurance {
		no("assistance.mutual.no_insurance")
	}
	if e.Sex != union.GenderUnknown && m.Sex != e.Sex {
		no("assistance.mutual.sex", m.Sex.String())
	}
	limit := e.UnderAgeMen
	if m.Sex == union.Female {
		limit = e.UnderAgeWomen
	}
	if limit > 0 && m.Birth.Valid() {
		if age := mutualAge(m.Birth, c.CoverStart); age >= limit {
			no("assistance.mutual.age", strconv.Itoa(age), strconv.Itoa(limit))
		}
	}
	if ok {
		src := e.Source
		if src == "" {
			src = p.Source
		}
		out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.eligible", src))
	}
	return ok
}

// payGrant pays a listed disease's grant.
func (p MutualPlan) payGrant(c MutualClaim, d *MutualDiagnosis, paid *MutualPaid, out *MutualPayout,
	within func(MutualDate, int, string) bool) decimal.Decimal {
	g := p.grant(d.Disease)
	if g == nil {
		out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.not_listed", p.Source, d.Disease))
		return decimal.Zero
	}
	for _, code := range paid.Diseases {
		if code == d.Disease {
			out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.grant_paid", g.Source, d.Disease))
			return decimal.Zero
		}
	}
	if !within(d.Date, g.Steps[0].FromDay, g.Source) {
		return decimal.Zero
	}
	days := c.CoverStart.DaysUntil(d.Date)
	amount := g.Steps[0].Amount
	for _, s := range g.Steps {
		if days >= s.FromDay {
			amount = s.Amount
		}
	}
	amt := p.Rounding.Round(amount.Mul(decimal.New(int64(c.Shares), 0)))
	out.Reasons = append(out.Reasons, union.NewReason("assistance.mutual.grant", g.Source, d.Disease, strconv.Itoa(days), mutualMoney(amt)))
	paid.Diseases = append(paid.Diseases, d.Disease)
	return amt
}
