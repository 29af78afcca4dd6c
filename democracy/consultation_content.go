package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// maxWage is the largest monthly wage a contract's terms may state.
var maxWage = decimal.New(1, 9) // 1,000,000,000 yuan

// ContractTerms are the terms of a wage contract the rules can check.
type ContractTerms struct {
	// TermMonths is the contract's term in months; 0: not stated (the
	// rules' default applies, if they have one).
	TermMonths int `json:"term_months"`
	// MinimumWage is the enterprise's own minimum monthly wage set in the
	// contract (本企业最低工资标准); zero: the contract sets none.
	MinimumWage decimal.Decimal `json:"minimum_wage"`
	// LocalMinimum is the local government's minimum monthly wage
	// (当地最低工资标准); required when MinimumWage is set.
	LocalMinimum decimal.Decimal `json:"local_minimum"`
	// QuotaWorkers is the number of workers a negotiated labour quota
	// (劳动定额) applies to; 0: the contract sets no quota.
	QuotaWorkers int `json:"quota_workers"`
	// QuotaMeeting is how many of them can meet it in normal conditions and
	// statutory hours (from the enterprise's time study).
	QuotaMeeting int `json:"quota_meeting"`
}

// Terms is the result of CheckTerms.
type Terms struct {
	// TermMonths is the term applied: the contract's, or the rules' default.
	TermMonths int `json:"term_months"`
	// OK reports whether every check holds.
	OK bool `json:"ok"`
	// Checks are the checks applied, passing ones too: the term
	// (Count the months, Limit the bound broken or the maximum), the
	// minimum wage (amounts in the reason's arguments), the quota (Count
	// those who meet it, Of the workers, Limit the least needed).
	Checks []Check `json:"checks"`
}

// CheckTerms checks a contract's term against the rules' default, minimum
// and maximum; its minimum wage against the local minimum (not below it,
// 劳动合同法 第五十五条; or above it, 杭州市企业工资集体协商条例 第十一条); and a labour
// quota against the share of workers who must be able to meet it (90%:
// 45 of 50 is enough, 44 is not).
//
// Errors: inconsistent rules (ErrPolicy); negative or out-of-range numbers
// (an amount outside union.CheckDecimal's range included), a minimum wage
// without the local minimum, more workers meeting the quota
// than it applies to (ErrInvalid).
func (r ConsultationRules) CheckTerms(t ContractTerms) (Terms, error) {
	if err := r.Validate(); err != nil {
		return Terms{}, err
	}
	if err := t.validate(); err != nil {
		return Terms{}, err
	}
	out := Terms{OK: true}
	add := func(c Check) {
		if !c.OK && !c.Soft {
			out.OK = false
		}
		out.Checks = append(out.Checks, c)
	}
	tr := r.Term
	src := tr.Source
	if r.Unverified {
		src += unverNote
	}
	months := t.TermMonths
	switch {
	case months == 0 && tr.DefaultMonths > 0:
		months = tr.DefaultMonths
		add(Check{Code: "democracy.consultation.term.default", Count: months, Limit: tr.MaxMonths, Ceiling: true, OK: true,
			Reason: union.NewReason("democracy.consultation.term.default", src, itoa(months))})
	case months == 0:
		add(Check{Code: "democracy.consultation.term.missing", OK: false,
			Reason: union.NewReason("democracy.consultation.term.missing", src)})
	case tr.MaxMonths > 0 && months > tr.MaxMonths:
		add(Check{Code: "democracy.consultation.term.too_long", Count: months, Limit: tr.MaxMonths, Ceiling: true, OK: false,
			Reason: union.NewReason("democracy.consultation.term.too_long", src, itoa(months), itoa(tr.MaxMonths))})
	case months < tr.MinMonths:
		add(Check{Code: "democracy.consultation.term.too_short", Count: months, Limit: tr.MinMonths, OK: false,
			Reason: union.NewReason("democracy.consultation.term.too_short", src, itoa(months), itoa(tr.MinMonths))})
	default:
		add(Check{Code: "democracy.consultation.term.ok", Count: months, Limit: tr.MaxMonths, Ceiling: true, OK: true,
			Reason: union.NewReason("democracy.consultation.term.ok", src, itoa(months))})
	}
	out.TermMonths = months

	c := r.Content
	if !t.MinimumWage.IsZero() {
		ok := t.MinimumWage.GreaterThanOrEqual(t.LocalMinimum)
		code := "democracy.consultation.minimum.not_below"
		if c.MinimumAbove {
			ok = t.MinimumWage.GreaterThan(t.LocalMinimum)
			code = "democracy.consultation.minimum.above"
		}
		add(Check{Code: code, OK: ok,
			Reason: union.NewReason(code, c.MinimumSource, t.MinimumWage.StringFixed(2), t.LocalMinimum.StringFixed(2))})
	}
	if t.QuotaWorkers > 0 && c.Quota.Den != 0 {
		need := c.Quota.Required(t.QuotaWorkers)
		ok := t.QuotaMeeting >= need
		add(Check{Code: "democracy.consultation.quota", Count: t.QuotaMeeting, Of: t.QuotaWorkers, Limit: need, OK: ok,
			Reason: union.NewReason("democracy.consultation.quota", c.QuotaSource, itoa(t.QuotaMeeting), itoa(t.QuotaWorkers), itoa(need), itoa(c.Quota.Num), itoa(c.Quota.Den))})
	}
	return out, nil
}

func (t ContractTerms) validate() error {
	var errs []error
	if t.TermMonths < 0 || t.TermMonths > MaxTermMonths {
		errs = append(errs, union.Invalid("term_months", "invalid.range", itoa(t.TermMonths), "0", itoa(MaxTermMonths)))
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"minimum_wage", t.MinimumWage}, {"local_minimum", t.LocalMinimum}} {
		if fe := union.CheckDecimal(f.name, f.v); fe != nil {
			errs = append(errs, fe)
			continue
		}
		switch {
		case f.v.IsNegative():
			errs = append(errs, union.Invalid(f.name, "invalid.negative", f.v.String()))
		case f.v.GreaterThan(maxWage):
			errs = append(errs, union.Invalid(f.name, "invalid.too_large", f.v.String(), maxWage.String()))
		case f.v.Exponent() < -2 && !f.v.Equal(f.v.Round(2)):
			errs = append(errs, union.Invalid(f.name, "invalid.precision", f.v.String(), "2"))
		}
	}
	if !t.MinimumWage.IsZero() && !t.LocalMinimum.IsPositive() {
		errs = append(errs, union.Invalid("local_minimum", "invalid.required", t.LocalMinimum.String()))
	}
	switch {
	case t.QuotaWorkers < 0:
		errs = append(errs, union.Invalid("quota_workers", "invalid.negative", itoa(t.QuotaWorkers)))
	case t.QuotaMeeting < 0:
		errs = append(errs, union.Invalid("quota_meeting", "invalid.negative", itoa(t.QuotaMeeting)))
	case t.QuotaMeeting > t.QuotaWorkers:
		errs = append(errs, union.Invalid("quota_meeting", "invalid.too_large", itoa(t.QuotaMeeting), itoa(t.QuotaWorkers)))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// GuidelineBand is where a planned raise falls against the year's wage
// guideline (工资指导线). Its text form is the English word.
type GuidelineBand uint8

// The bands.
const (
	// AboveUpper: above the 上线 (预警线), the warning level for fast-growing,
	// high-paying firms. The zero value.
	AboveUpper GuidelineBand = iota
	// BaseToUpper: from the 基准线 up to the 上线 (or, with no 上线, at or above the 基准线).
	BaseToUpper
	// LowerToBase: from the 下线 up to, not including, the 基准线.
	LowerToBase
	// BelowLower: below the 下线, zero or negative included.
	BelowLower
)

var guidelineBandEnum = enum.New[GuidelineBand]("GuidelineBand", "band", "democracy.guideline", union.Invalid, "above_upper", "base_to_upper", "lower_to_base", "below_lower")

// String returns the English word.
func (b GuidelineBand) String() string {
	return guidelineBandEnum.String(b)
}

// Text returns the localized name.
func (b GuidelineBand) Text(tag language.Tag) string {
	return guidelineBandEnum.Text(b, tag)
}

// Valid reports whether b is one of the defined bands.
func (b GuidelineBand) Valid() bool { return guidelineBandEnum.Valid(b) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (b GuidelineBand) MarshalText() ([]byte, error) {
	return guidelineBandEnum.Marshal(b)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (b *GuidelineBand) UnmarshalText(t []byte) error {
	return guidelineBandEnum.Unmarshal(b, t)
}

// WageGuideline is one year's wage guideline of a province or city: three
// advisory lines on the growth of the average money wage, as fractions
// (0.07 for 7%). The lines are not binding; they feed the talks. Some
// provinces publish no 上线 (上海 2018): set NoUpper.
type WageGuideline struct {
	// Year is the guideline's year.
	Year int `json:"year"`
	// Upper is the 上线 (预警线); ignored with NoUpper.
	Upper decimal.Decimal `json:"upper"`
	// NoUpper marks a guideline without an 上线.
	NoUpper bool `json:"no_upper"`
	// Base is the 基准线.
	Base decimal.Decimal `json:"base"`
	// Lower is the 下线.
	Lower decimal.Decimal `json:"lower"`
	// Source names the notice that published the lines.
	Source string `json:"source"`
}

// GuidelineResult is the result of WageGuideline.Classify.
type GuidelineResult struct {
	// Raise is the planned raise classified.
	Raise decimal.Decimal `json:"raise"`
	// Band is where it falls.
	Band GuidelineBand `json:"band"`
	// Reasons explain the band and what it asks of the enterprise.
	Reasons []union.Reason `json:"reasons"`
}

// srcGuideline cites how the lines are applied; the scheme is known from
// provincial notices restated on secondary pages.
const srcGuideline = "劳动和社会保障部《工资指导线制度试点方案》及各省工资指导线通知（依二手资料）"

// Validate reports an inconsistent guideline as ErrPolicy: a year outside
// 1–9999, lines out of order (下线 ≤ 基准线 ≤ 上线), a line below −100% or
// above 1000% or outside union.CheckDecimal's range, no source.
func (g WageGuideline) Validate() error {
	var errs []error
	if g.Year < 1 || g.Year > 9999 {
		errs = append(errs, union.Inconsistent("year", "policy.range", itoa(g.Year), "1", "9999"))
	}
	lo, hi := decimal.NewFromInt(-1), decimal.NewFromInt(10)
	lines := []struct {
		name string
		v    decimal.Decimal
	}{{"lower", g.Lower}, {"base", g.Base}}
	if !g.NoUpper {
		lines = append(lines, struct {
			name string
			v    decimal.Decimal
		}{"upper", g.Upper})
	}
	inRange := true // the lines are compared with one another only once each is in range
	for _, l := range lines {
		if fe := union.CheckDecimal(l.name, l.v); fe != nil {
			fe.Kind = union.ErrPolicy
			errs = append(errs, fe)
			inRange = false
			continue
		}
		if l.v.LessThan(lo) || l.v.GreaterThan(hi) {
			errs = append(errs, union.Inconsistent(l.name, "policy.range", l.v.String(), "-1", "10"))
		}
	}
	if inRange && g.Lower.GreaterThan(g.Base) {
		errs = append(errs, union.Inconsistent("lower", "invalid.too_large", g.Lower.String(), g.Base.String()))
	}
	if inRange && !g.NoUpper && g.Upper.LessThan(g.Base) {
		errs = append(errs, union.Inconsistent("upper", "invalid.too_small", g.Upper.String(), g.Base.String()))
	}
	if g.Source == "" {
		errs = append(errs, union.Inconsistent("source", "invalid.required", ""))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// Classify places a planned raise of the average wage (a fraction, 0.08 for
// 8%) against the lines: above the 上线, the enterprise is warned (firms
// with high pay or fast growth should not exceed it); from the 基准线 to the
// 上线, normal growth for a firm doing well; from the 下线 to the 基准线, a
// firm growing slowly; below the 下线, zero or negative included, only for
// a firm in real difficulty and with the union's or the staff
// representatives' agreement, and pay for normal work must stay at least
// the local minimum wage.
//
// Errors: an inconsistent guideline (ErrPolicy); a raise below −100% or
// above 1000%, or outside union.CheckDecimal's range (ErrInvalid).
func (g WageGuideline) Classify(raise decimal.Decimal) (GuidelineResult, error) {
	if err := g.Validate(); err != nil {
		return GuidelineResult{}, union.Prefix("guideline", err)
	}
	if fe := union.CheckDecimal("raise", raise); fe != nil {
		return GuidelineResult{}, fe
	}
	if raise.LessThan(decimal.NewFromInt(-1)) || raise.GreaterThan(decimal.NewFromInt(10)) {
		return GuidelineResult{}, union.Invalid("raise", "invalid.range", raise.String(), "-1", "10")
	}
	res := GuidelineResult{Raise: raise}
	upper := "—"
	if !g.NoUpper {
		upper = g.Upper.String()
	}
	switch {
	case !g.NoUpper && raise.GreaterThan(g.Upper):
		res.Band = AboveUpper
	case raise.GreaterThanOrEqual(g.Base):
		res.Band = BaseToUpper
	case raise.GreaterThanOrEqual(g.Lower):
		res.Band = LowerToBase
	default:
		res.Band = BelowLower
	}
	res.Reasons = []union.Reason{
		union.NewReason("democracy.guideline.lines", g.Source, itoa(g.Year), raise.String(), g.Lower.String(), g.Base.String(), upper),
		union.NewReason(bandCodes[res.Band], srcGuideline),
	}
	if raise.IsNegative() {
		res.Reasons = append(res.Reasons, union.NewReason("democracy.guideline.negative", srcGuideline))
	}
	return res, nil
}
