package dues

import (
	"sort"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// maxSpanMonths bounds the collection spans and arrears views: a century.
const maxSpanMonths = 1200

// PeriodAssessment is a member's dues for a span of months collected at once
// (half-yearly or yearly collection, as many institutions do): the monthly
// assessment on the reference payslip, times the months of membership within
// the span.
type PeriodAssessment struct {
	// MemberID is the member's ID, as given.
	MemberID string `json:"member_id"`
	// From is the first month charged: the span's start, or Member.Joined
	// when later; zero when no month is charged.
	From union.Period `json:"from,omitzero"`
	// Until is the last month charged: the span's end, or Member.Left when
	// earlier; zero when no month is charged.
	Until union.Period `json:"until,omitzero"`
	// Months is the number of months charged.
	Months int `json:"months"`
	// Monthly is the assessment of one month on the reference payslip.
	Monthly Assessment `json:"monthly"`
	// Amount is Monthly.Amount × Months; under Policy.RoundPerSpan it is
	// Monthly.Base × Monthly.Rate × Months, rounded once (a flat fee is
	// still Monthly.Amount × Months).
	Amount decimal.Decimal `json:"amount"`
	// Reasons explain the months charged; Monthly has its own.
	Reasons []union.Reason `json:"reasons"`
}

// checkSpan checks a closed span of months.
func checkSpan(span union.Effective) error {
	var errs []error
	if span.From.IsZero() {
		errs = append(errs, union.Invalid("span.from", "invalid.required", ""))
	}
	if span.Until.IsZero() {
		errs = append(errs, union.Invalid("span.until", "invalid.required", ""))
	}
	if err := span.Validate(); err != nil {
		errs = append(errs, union.Prefix("span", invalidKind(err)))
	}
	if len(errs) == 0 && span.From.MonthsUntil(span.Until) >= maxSpanMonths {
		errs = append(errs, union.Invalid("span", "invalid.too_large", span.String(), strconv.Itoa(maxSpanMonths)))
	}
	return joinErrs(errs)
}

// invalidKind turns the ErrPolicy field errors of Effective.Validate into
// ErrInvalid ones: a span passed in is input, not policy.
func invalidKind(err error) error {
	if fe, ok := err.(*union.FieldError); ok {
		c := *fe
		c.Kind = union.ErrInvalid
		return &c
	}
	return err
}

// AssessPeriod computes a member's dues for the months of span (both ends
// required, at most 1200 months): the member's payslip is the reference
// month's (the base is frozen at it, as 沈阳体育学院 2016 freezes it at March),
// and the member pays for the months they were a member within the span
// (东莞理工学院 2015, 沈阳体育学院 2016: part-year staff pay the months
// actually worked; 中国工会章程 第四条: dues are owed monthly).
//
// Errors are those of Assess, and a bad span (*union.FieldError wrapping
// union.ErrInvalid, field "span…").
func (p Policy) AssessPeriod(m Member, span union.Effective) (PeriodAssessment, error) {
	if err := p.Validate(); err != nil {
		return PeriodAssessment{}, err
	}
	if err := checkSpan(span); err != nil {
		return PeriodAssessment{}, err
	}
	a, err := p.Assess(m)
	if err != nil {
		return PeriodAssessment{}, err
	}
	from, until := span.From, span.Until
	if !m.Joined.IsZero() && m.Joined.After(from) {
		from = m.Joined
	}
	if !m.Left.IsZero() && m.Left.Before(until) {
		until = m.Left
	}
	pa := PeriodAssessment{MemberID: m.ID, Monthly: a, Amount: decimal.Zero}
	src := SourceConstitution + " 第四条第（六）项"
	if until.Before(from) {
		pa.Reasons = []union.Reason{union.NewReason("dues.period.none", src, span.From.String(), span.Until.String())}
		return pa, nil
	}
	pa.From, pa.Until = from, until
	pa.Months = from.MonthsUntil(until) + 1
	months := decimal.NewFromInt(int64(pa.Months))
	pa.Amount = a.Amount.Mul(months)
	pa.Reasons = []union.Reason{union.NewReason("dues.period.months", src,
		strconv.Itoa(pa.Months), from.String(), until.String())}
	if p.RoundPerSpan && !a.Flat && !a.Exempt {
		pa.Amount = p.AmountRounding.Round(a.Base.Mul(a.Rate).Mul(months))
		pa.Reasons = append(pa.Reasons, union.NewReason("dues.period.round_span", own(p.Source),
			strconv.Itoa(pa.Months), unit(p.AmountRounding.Places)))
	}
	return pa, nil
}

// Arrears is the payment record of a member over a span of months: the
// months owed and whether six (Policy.LapseMonths) in a row are unpaid.
type Arrears struct {
	// Owed are the unpaid months of the span, earliest first.
	Owed []union.Period `json:"owed"`
	// LongestRun is the longest run of consecutive unpaid months.
	LongestRun int `json:"longest_run"`
	// Lapsed flags LongestRun ≥ Policy.LapseMonths: under 中国工会章程 第六条
	// the member is deemed to have left, if they refuse to correct it after
	// being talked to. It is a flag for the union to act on, not a decision.
	Lapsed bool `json:"lapsed"`
	// Reasons explain the view.
	Reasons []union.Reason `json:"reasons"`
}

// Arrears lists the months of span (both ends required, at most 1200 months)
// missing from paid, the longest run of them, and the six-month flag. Paid
// months outside the span are ignored; duplicates are harmless; order does
// not matter. Only the months the member was a member belong in span. An
// invalid month in paid is a *union.FieldError ("paid[3]") wrapping
// union.ErrInvalid; more than MaxListItems paid months is one (code
// "invalid.too_many").
func (p Policy) Arrears(span union.Effective, paid []union.Period) (Arrears, error) {
	if err := p.Validate(); err != nil {
		return Arrears{}, err
	}
	var errs []error
	if err := checkSpan(span); err != nil {
		errs = append(errs, err)
	}
	if fe := union.CheckCount("paid", len(paid), MaxListItems); fe != nil {
		return Arrears{}, fe
	}
	for i, m := range paid {
		if !m.Valid() {
			errs = append(errs, union.Invalid(union.Indexed("paid", i), "invalid.format", m.String(), "YYYY-MM"))
		}
	}
	if len(errs) > 0 {
		return Arrears{}, joinErrs(errs)
	}
	ps := append([]union.Period(nil), paid...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Before(ps[j]) })
	var a Arrears
	run := 0
	j := 0
	for m := span.From; !m.After(span.Until); m = m.Next() {
		for j < len(ps) && ps[j].Before(m) {
			j++
		}
		if j < len(ps) && ps[j] == m {
			run = 0
			continue
		}
		a.Owed = append(a.Owed, m)
		run++
		if run > a.LongestRun {
			a.LongestRun = run
		}
	}
	src := SourceConstitution + " 第四条第（六）项"
	if len(a.Owed) == 0 {
		a.Reasons = []union.Reason{union.NewReason("dues.arrears.none", src)}
		return a, nil
	}
	a.Reasons = []union.Reason{union.NewReason("dues.arrears.owed", src, strconv.Itoa(len(a.Owed)),
		a.Owed[0].String(), a.Owed[len(a.Owed)-1].String())}
	if p.LapseMonths > 0 && a.LongestRun >= p.LapseMonths {
		a.Lapsed = true
		a.Reasons = append(a.Reasons, union.NewReason("dues.arrears.lapsed", SourceConstitution+" 第六条",
			strconv.Itoa(a.LongestRun), strconv.Itoa(p.LapseMonths)))
	}
	return a, nil
}
