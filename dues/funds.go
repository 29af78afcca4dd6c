package dues

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Funds is the rule for the union funds an employer pays (工会经费): 2% of
// the monthly wage bill of all staff (中华人民共和国工会法 2021 第四十三条;
// 第四十二条 before 2022-01-01), late fees, the preparatory funds of
// employers without a union (建会筹备金), and the part deductible for
// corporate income tax.
//
// Like Policy, Funds is a plain value; presets build it fresh.
type Funds struct {
	// Rate is the share of the wage bill due, in [0, 1): 0.02.
	Rate decimal.Decimal `json:"rate"`
	// DailyLateRate is the late fee per day of delay, in [0, 1): 0.005
	// (日千分之五) in Beijing and Chongqing; zero where no rate is set.
	DailyLateRate decimal.Decimal `json:"daily_late_rate"`
	// CapLateFee caps the late fee at the principal (Chongqing 第四十五条).
	CapLateFee bool `json:"cap_late_fee"`
	// Rounding rounds amounts due and late fees: to the fen, half-up, in the
	// presets. It must be stated: the zero union.Rounding (whole yuan,
	// half-up) is refused by Validate (code "dues.policy.rounding_unset")
	// unless WholeYuan says it is meant.
	Rounding union.Rounding `json:"rounding"`
	// WholeYuan states that a Rounding equal to union.Rounding{} — whole
	// yuan, half-up — is meant; without it a rounding left out never rounds
	// money to whole yuan.
	WholeYuan bool `json:"whole_yuan,omitempty"`
	// Place names the place the rule is from ("national", "beijing" …); informational.
	Place string `json:"place,omitempty"`
	// PreviousMonthBase says the base is the previous month's wage bill
	// (Beijing, Shanghai: due by the 15th on last month's wages). The caller
	// passes that bill as Employer.Payroll; the reason says which month it is.
	PreviousMonthBase bool `json:"previous_month_base"`
	// DueDay is the day of the month the funds fall due (15 in Beijing and
	// Shanghai); zero when the rule sets none. Informational: late days are
	// counted by the caller from it.
	DueDay int `json:"due_day,omitempty"`
	// Preparatory is the rule for employers without a union.
	Preparatory Preparatory `json:"preparatory"`
	// SmallFirm exempts small employers without a union from preparatory funds.
	SmallFirm SmallFirm `json:"small_firm"`
	// DeductibleRate is the ceiling of the deduction for corporate income tax
	// as a share of the salaries (企业所得税法实施条例 第四十一条: 2%).
	DeductibleRate decimal.Decimal `json:"deductible_rate"`
	// Source cites the documents and articles of the rule. It is optional: a
	// rule of the caller's own cites nothing, and its reasons say so (they
	// cite SourceOwn and end with the reason "dues.own_rule").
	Source string `json:"source,omitempty"`
	// Effective is the range of months the rule is in force.
	Effective union.Effective `json:"effective"`
}

// Preparatory is the rule for preparatory funds (建会筹备金): an employer
// without a union pays Rate of its wage bill to the higher union
// (中国工会章程（2008）第三十七条), from AfterMonths months after the month its
// clock starts (Employer.Since: the employer's set-up, the start of guided
// union formation in Beijing, the preparatory body in Shanghai). Nothing is
// ever charged for a month before Since.
type Preparatory struct {
	// Due says employers without a union pay preparatory funds at all.
	Due bool `json:"due"`
	// AfterMonths is the grace from Employer.Since: Guangdong 6, Chongqing 13
	// (no union one year after set-up: due from the next month); 0 charges
	// from the month Since, or at once when Since is not given (unless
	// SinceRequired).
	AfterMonths int `json:"after_months"`
	// SinceRequired says the obligation starts at an event the caller dates
	// as Employer.Since, so an employer without a union must give it:
	// 北京市实施《工会法》办法 第五十五条第三款 (the day the higher union starts
	// helping the staff form a union), 上海市工会条例 第四十一条第一款 (the day
	// the union's preparatory body is formed).
	SinceRequired bool `json:"since_required,omitempty"`
	// AsUnionFunds says that what is paid from Since is union funds (工会经费)
	// paid to the union's preparatory body under the normal shares, not
	// 筹备金 sent to the higher union (上海市工会条例 第四十一条第一款): the
	// assessment's Kind is then UnionFunds.
	AsUnionFunds bool `json:"as_union_funds,omitempty"`
	// Refundable says the preparatory funds are refunded to the union once it
	// is set up (Chongqing).
	Refundable bool `json:"refundable"`
	// Source cites the rule; optional (Funds.Source, or SourceOwn, is cited
	// when it is empty).
	Source string `json:"source,omitempty"`
}

// SmallFirm exempts employers without a union and with fewer than Below staff
// from preparatory funds (Guangdong 2013-08-12: fewer than 25).
type SmallFirm struct {
	// Below is the headcount limit; zero turns the exemption off.
	Below int `json:"below,omitempty"`
	// Source cites the rule; optional (Funds.Source, or SourceOwn, is cited
	// when it is empty).
	Source string `json:"source,omitempty"`
}

// Employer is what the funds rule needs to know of an employer for a month.
type Employer struct {
	// ID is the caller's identifier of the employer; required.
	ID string `json:"id"`
	// Payroll is the wage bill of the base month (工资总额 under 国家统计局令第1号:
	// bonuses, allowances and overtime included); not negative.
	Payroll decimal.Decimal `json:"payroll"`
	// Salaries is the 工资薪金 total for corporate income tax; zero means Payroll.
	Salaries decimal.Decimal `json:"salaries"`
	// Headcount is the number of staff, for small-firm exemptions.
	Headcount int `json:"headcount"`
	// HasUnion says the employer has a grassroots union.
	HasUnion bool `json:"has_union"`
	// Since is the month the preparatory-funds clock starts (see Preparatory).
	Since union.Period `json:"since,omitzero"`
}

// FundsAssessment is what an employer owes for a month, and why.
type FundsAssessment struct {
	// EmployerID is the employer's ID, as given.
	EmployerID string `json:"employer_id"`
	// Period is the month assessed.
	Period union.Period `json:"period"`
	// Kind says whether union funds, preparatory funds or nothing is due.
	Kind FundsKind `json:"kind"`
	// Base is the wage bill the amount is computed on.
	Base decimal.Decimal `json:"base"`
	// Amount is the amount due.
	Amount decimal.Decimal `json:"amount"`
	// Deductible is a monthly estimate of the part of Amount deductible for
	// corporate income tax: min(Amount, DeductibleRate × the month's
	// salaries). 企业所得税法实施条例 第四十一条 caps what is actually paid
	// (拨缴) at 2% of the tax year's 工资薪金总额, so the deductible figure is
	// annual: use AnnualDeductible on the year's payments and salaries. Zero,
	// with the reason "dues.funds.deductible.none", for months before
	// 2008-01, when that regulation took effect (第一百三十二条).
	Deductible decimal.Decimal `json:"deductible"`
	// Refundable says Amount is refunded once the employer's union is set up.
	Refundable bool `json:"refundable,omitempty"`
	// Reasons explain the assessment; the first cites the Trade Union Law
	// article in force for Period.
	Reasons []union.Reason `json:"reasons"`
}

// LateCharge is a late fee with its explanation.
type LateCharge struct {
	// Principal is the amount paid late.
	Principal decimal.Decimal `json:"principal"`
	// Days is the number of days late.
	Days int `json:"days"`
	// Fee is the late fee.
	Fee decimal.Decimal `json:"fee"`
	// Capped says the fee was cut to the principal.
	Capped bool `json:"capped,omitempty"`
	// Reasons explain the fee.
	Reasons []union.Reason `json:"reasons"`
}

// Sources of the union-funds rules.
const (
	// SourceLaw1992 is the Trade Union Law as adopted on 1992-04-03, cited for
	// months before 2001-11 (the 2001 revision took effect on 2001-10-27).
	// Its article number for the 2% is not cited: the 1992 text was not seen.
	SourceLaw1992 = "中华人民共和国工会法（1992）关于工会经费来源的规定（按每月全部职工工资总额的百分之二拨缴）"
	// SourceLaw2001 is the funding article of the Trade Union Law as revised
	// on 2001-10-27 (in force on that day), cited from 2001-11 to 2009-08.
	SourceLaw2001 = "中华人民共和国工会法（2001修正）第四十二条第一款第（二）项"
	// SourceLaw2009 is the funding article of the Trade Union Law as revised
	// on 2009-08-27 (in force on that day), cited from 2009-09 to 2021-12.
	SourceLaw2009 = "中华人民共和国工会法（2009修正）第四十二条第一款第（二）项"
	// SourceLaw2021 is the funding article of the Trade Union Law as revised
	// in 2021, cited from 2022-01.
	SourceLaw2021 = "中华人民共和国工会法（2021修正）第四十三条第一款第（二）项"
	// SourceCIT is the corporate-income-tax ceiling on deducting union funds,
	// in force from 2008-01-01.
	SourceCIT = "中华人民共和国企业所得税法实施条例 第四十一条"
	// SourceCITEffective is the article putting the corporate-income-tax
	// regulation in force on 2008-01-01.
	SourceCITEffective = "中华人民共和国企业所得税法实施条例 第一百三十二条"
	// SourceBeijing2015 is the Beijing implementing measures of the Trade
	// Union Law, in force from 2016-01-01 (第七十一条).
	SourceBeijing2015 = "北京市实施《中华人民共和国工会法》办法（2015修正）第五十五条、第五十七条、第七十一条"
	// SourceShanghai is the Shanghai trade union regulations.
	SourceShanghai = "上海市工会条例 第四十一条、第五十一条"
	// SourceOwn is what the reasons of a caller's own rule cite: a policy,
	// funds rule or scheme built without a Source.
	SourceOwn = "调用方自定规则（未注明依据）"
	// SourceChongqing2011 is the Chongqing trade union regulations.
	SourceChongqing2011 = "重庆市工会条例（2011修正）第三十六条、第四十五条"
	// SourceGuangdong2013 is the Guangdong tax-collection notice and its small-firm follow-up.
	SourceGuangdong2013 = "粤工总〔2013〕63号；广东省总工会2013-08-12通知（25人以下未建会企业暂缓）"
)

// The first months each text of the Trade Union Law is cited for: the 2001
// and 2009 revisions took effect on promulgation (2001-10-27, 2009-08-27),
// so the first whole month under each is the next one; the 2021 revision
// took effect on 2022-01-01.
var (
	law2001   = union.Period{Year: 2001, Month: 11}
	law2009   = union.Period{Year: 2009, Month: 9}
	lawSwitch = union.Period{Year: 2022, Month: 1}
	// citFrom is the first month of 企业所得税法实施条例 (第一百三十二条: 2008-01-01).
	citFrom = union.Period{Year: 2008, Month: 1}
)

// LawArticle returns the Trade Union Law text and article on the 2% funds in
// force in month p: the 1992 law before 2001-11, 第四十二条 of the 2001 text
// until 2009-08 and of the 2009 text until 2021-12, 第四十三条 (2021 text)
// from 2022-01.
func LawArticle(p union.Period) string {
	switch {
	case p.Before(law2001):
		return SourceLaw1992
	case p.Before(law2009):
		return SourceLaw2001
	case p.Before(lawSwitch):
		return SourceLaw2009
	}
	return SourceLaw2021
}

// own returns src, or SourceOwn for a rule of the caller's own.
func own(src string) string {
	if src == "" {
		return SourceOwn
	}
	return src
}

// codeOwnRule is the reason that ends the reasons of a caller's own rule.
const codeOwnRule = "dues.own_rule"

// ownRule is the reason that says a rule is the caller's own.
func ownRule() union.Reason { return union.NewReason(codeOwnRule, SourceOwn) }

// NationalFunds is the national rule from 2022-01: 2% of the monthly wage
// bill (工会法 2021 第四十三条), to the fen half-up; the law sets no late-fee
// rate (第四十四条: a payment order instead), so DailyLateRate is zero;
// employers without a union pay 2% preparatory funds at once
// (中国工会章程（2008）第三十七条); 2% of salaries deductible for corporate
// income tax (企业所得税法实施条例 第四十一条).
func NationalFunds() Funds {
	return Funds{
		Rate:          decimal.RequireFromString("0.02"),
		DailyLateRate: decimal.Zero,
		Rounding:      union.Rounding{Places: 2, Mode: union.HalfUp},
		Place:         "national",
		Preparatory: Preparatory{Due: true,
			Source: SourceConstitution + " 第三十七条"},
		DeductibleRate: decimal.RequireFromString("0.02"),
		Source:         SourceLaw2021,
		Effective:      union.Since(lawSwitch),
	}
}

// NationalFunds2009 is NationalFunds as cited under the 2009 text: the same
// 2%, under 第四十二条, from 2009-09 (the revision took effect on 2009-08-27)
// until 2021-12.
func NationalFunds2009() Funds {
	f := NationalFunds()
	f.Source = SourceLaw2009
	f.Effective = union.Effective{From: law2009, Until: lawSwitch.AddMonths(-1)}
	return f
}

// NationalFunds2001 is NationalFunds as cited under the 2001 text: the same
// 2%, under 第四十二条, from 2001-11 (the revision took effect on 2001-10-27)
// until 2009-08.
func NationalFunds2001() Funds {
	f := NationalFunds()
	f.Source = SourceLaw2001
	f.Effective = union.Effective{From: law2001, Until: law2009.AddMonths(-1)}
	return f
}

// NationalFunds1992 is NationalFunds as cited under the Trade Union Law of
// 1992 (2% of the monthly wage bill), until 2001-10. No deductible figure is
// computed before 2008-01 (see FundsAssessment.Deductible).
func NationalFunds1992() Funds {
	f := NationalFunds()
	f.Source = SourceLaw1992
	f.Effective = union.Effective{Until: law2001.AddMonths(-1)}
	return f
}

// NationalFundsTimeline is the national funds rule over time:
// NationalFunds1992 until 2001-10, NationalFunds2001 until 2009-08,
// NationalFunds2009 until 2021-12, NationalFunds from 2022-01.
func NationalFundsTimeline() union.Timeline[Funds] {
	return mustTimeline(
		union.Dated[Funds]{Effective: NationalFunds1992().Effective, Policy: NationalFunds1992()},
		union.Dated[Funds]{Effective: NationalFunds2001().Effective, Policy: NationalFunds2001()},
		union.Dated[Funds]{Effective: NationalFunds2009().Effective, Policy: NationalFunds2009()},
		union.Dated[Funds]{Effective: NationalFunds().Effective, Policy: NationalFunds()},
	)
}

// Beijing2015 is Beijing's rule (实施工会法办法, rev. 2015-11-27, in force
// from 2016-01-01 under 第七十一条; 第五十五条、第五十七条): 2% of last month's
// wage bill by the 15th; late payment 0.5% a day (日千分之五), not capped; an
// employer without a union pays from the day the higher union starts helping
// its staff form one (第五十五条第三款: pass that month as Since, which is
// required; nothing is due before it).
func Beijing2015() Funds {
	f := NationalFunds()
	f.Place = "beijing"
	f.DailyLateRate = decimal.RequireFromString("0.005")
	f.PreviousMonthBase = true
	f.DueDay = 15
	f.Preparatory = Preparatory{Due: true, SinceRequired: true,
		Source: "北京市实施《中华人民共和国工会法》办法（2015修正）第五十五条第三款"}
	f.Source = SourceBeijing2015
	f.Effective = union.Since(union.Period{Year: 2016, Month: 1})
	return f
}

// Shanghai is Shanghai's rule (上海市工会条例 第四十一条、第五十一条; the date
// of the text was not seen, so it is open-ended): 2% of last month's wage
// bill by the 15th; no late-fee rate (a payment order instead). An employer
// whose union preparatory body is formed pays union funds (工会经费, not 筹备金)
// to the union from the month the body is formed, under the normal shares
// (第四十一条第一款: pass that month as Since, which is required); an
// employer with neither a union nor a preparatory body pays nothing.
func Shanghai() Funds {
	f := NationalFunds()
	f.Place = "shanghai"
	f.PreviousMonthBase = true
	f.DueDay = 15
	f.Preparatory = Preparatory{Due: true, SinceRequired: true, AsUnionFunds: true,
		Source: "上海市工会条例 第四十一条第一款"}
	f.Source = SourceShanghai
	f.Effective = union.Effective{}
	return f
}

// Chongqing2011 is Chongqing's rule (重庆市工会条例, rev. 2011-11-25,
// 第三十六条、第四十五条): monthly 2%; after a demand notice, 0.5% a day capped
// at the principal; an employer with no union one year after set-up (Since)
// pays 2% preparatory funds from the next month (AfterMonths 13), refunded
// to the union once it is set up.
func Chongqing2011() Funds {
	f := NationalFunds()
	f.Place = "chongqing"
	f.DailyLateRate = decimal.RequireFromString("0.005")
	f.CapLateFee = true
	f.Preparatory = Preparatory{Due: true, AfterMonths: 13, Refundable: true, Source: SourceChongqing2011}
	f.Source = SourceChongqing2011
	f.Effective = union.Since(union.Period{Year: 2011, Month: 12})
	return f
}

// Guangdong2013 is Guangdong's rule (粤工总〔2013〕63号, from 2013-07-01, with the
// tax authority collecting): monthly 2%; preparatory funds when no union is
// set up within 6 months (AfterMonths 6); employers with fewer than 25 staff
// and no union exempt (notice of 2013-08-12). No late-fee rate was seen, so
// DailyLateRate is zero.
func Guangdong2013() Funds {
	f := NationalFunds()
	f.Place = "guangdong"
	f.Preparatory = Preparatory{Due: true, AfterMonths: 6, Source: SourceGuangdong2013}
	f.SmallFirm = SmallFirm{Below: 25, Source: SourceGuangdong2013}
	f.Source = SourceGuangdong2013
	f.Effective = union.Since(union.Period{Year: 2013, Month: 7})
	return f
}

// maxGraceMonths bounds Preparatory.AfterMonths.
const maxGraceMonths = 240

// Validate checks the rule and returns every problem at once: an
// errors.Join of *union.FieldError values wrapping union.ErrPolicy, or nil.
// Due, LateFee, Late and Assess call it first.
func (f Funds) Validate() error {
	var errs []error
	for _, r := range []struct {
		name string
		v    decimal.Decimal
	}{{"rate", f.Rate}, {"daily_late_rate", f.DailyLateRate}, {"deductible_rate", f.DeductibleRate}} {
		if fe := policyDecimal(r.name, r.v); fe != nil {
			errs = append(errs, fe)
		} else if !validRate(r.v) {
			errs = append(errs, union.Inconsistent(r.name, "policy.range", r.v.String(), "0", "1"))
		}
	}
	errs = validateRounding("rounding", f.Rounding, f.WholeYuan, errs)
	if f.DueDay < 0 || f.DueDay > 31 {
		errs = append(errs, union.Inconsistent("due_day", "policy.range", strconv.Itoa(f.DueDay), "0", "31"))
	}
	if f.Preparatory.AfterMonths < 0 || f.Preparatory.AfterMonths > maxGraceMonths {
		errs = append(errs, union.Inconsistent("preparatory.after_months", "policy.range",
			strconv.Itoa(f.Preparatory.AfterMonths), "0", strconv.Itoa(maxGraceMonths)))
	}
	if f.Preparatory.AsUnionFunds && f.Preparatory.Refundable {
		errs = append(errs, union.Inconsistent("preparatory.refundable", "invalid.inconsistent", "true", "as_union_funds"))
	}
	if f.SmallFirm.Below < 0 {
		errs = append(errs, union.Inconsistent("small_firm.below", "invalid.negative", strconv.Itoa(f.SmallFirm.Below)))
	}
	errs = appendPrefixed(errs, "effective", f.Effective.Validate())
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// MaxDaysLate bounds the days of a late fee: a century.
const MaxDaysLate = 36525

// checkAmount appends an error for an amount outside the decimal limits or
// below zero.
func checkAmount(field string, d decimal.Decimal, errs []error) []error {
	if fe := checkDecimal(field, d); fe != nil {
		return append(errs, fe)
	}
	if d.Sign() < 0 {
		return append(errs, union.Invalid(field, "invalid.negative", d.String()))
	}
	return errs
}

// Due returns the union funds due on a wage bill: payroll × Rate, rounded.
// A negative payroll is a *union.FieldError (field "payroll") wrapping
// union.ErrInvalid.
func (f Funds) Due(payroll decimal.Decimal) (decimal.Decimal, error) {
	if err := f.Validate(); err != nil {
		return decimal.Zero, err
	}
	if fe := checkDecimal("payroll", payroll); fe != nil {
		return decimal.Zero, fe
	}
	if payroll.Sign() < 0 {
		return decimal.Zero, union.Invalid("payroll", "invalid.negative", payroll.String())
	}
	return f.Rounding.Round(payroll.Mul(f.Rate)), nil
}

// LateFee returns the late fee on principal paid daysLate days late:
// principal × DailyLateRate × daysLate, rounded, and no more than the
// principal when CapLateFee is set. A negative principal or daysLate is a
// *union.FieldError wrapping union.ErrInvalid.
func (f Funds) LateFee(principal decimal.Decimal, daysLate int) (decimal.Decimal, error) {
	c, err := f.Late(principal, daysLate)
	return c.Fee, err
}

// Late is LateFee with its explanation.
func (f Funds) Late(principal decimal.Decimal, daysLate int) (LateCharge, error) {
	if err := f.Validate(); err != nil {
		return LateCharge{}, err
	}
	var errs []error
	if fe := checkDecimal("principal", principal); fe != nil {
		errs = append(errs, fe)
	} else if principal.Sign() < 0 {
		errs = append(errs, union.Invalid("principal", "invalid.negative", principal.String()))
	}
	if daysLate < 0 {
		errs = append(errs, union.Invalid("days_late", "invalid.negative", strconv.Itoa(daysLate)))
	} else if daysLate > MaxDaysLate {
		errs = append(errs, union.Invalid("days_late", "invalid.too_large", strconv.Itoa(daysLate), strconv.Itoa(MaxDaysLate)))
	}
	if len(errs) > 0 {
		return LateCharge{}, joinErrs(errs)
	}
	c := LateCharge{Principal: principal, Days: daysLate}
	c.Fee = f.Rounding.Round(principal.Mul(f.DailyLateRate).Mul(decimal.NewFromInt(int64(daysLate))))
	src := own(f.Source)
	c.Reasons = []union.Reason{union.NewReason("dues.funds.late", src,
		percent(f.DailyLateRate), strconv.Itoa(daysLate), c.Fee.StringFixed(2))}
	if f.CapLateFee && c.Fee.GreaterThan(principal) {
		c.Fee, c.Capped = principal, true
		c.Reasons = append(c.Reasons, union.NewReason("dues.funds.late.capped", src, principal.StringFixed(2)))
	}
	if f.Source == "" {
		c.Reasons = append(c.Reasons, ownRule())
	}
	return c, nil
}

// AnnualDeductible returns the part of the union funds paid (拨缴) in a tax
// year that is deductible for corporate income tax: min(paid, DeductibleRate
// × salaries), rounded, where paid and salaries are the year's totals (the
// twelve months' payments and 工资薪金) — 企业所得税法实施条例 第四十一条 caps the
// year's payments at 2% of the year's 工资薪金总额, so this is the figure for
// the return, where FundsAssessment.Deductible is a monthly estimate. A
// negative total is a *union.FieldError wrapping union.ErrInvalid.
func (f Funds) AnnualDeductible(paid, salaries decimal.Decimal) (decimal.Decimal, error) {
	if err := f.Validate(); err != nil {
		return decimal.Zero, err
	}
	var errs []error
	errs = checkAmount("paid", paid, errs)
	errs = checkAmount("salaries", salaries, errs)
	if len(errs) > 0 {
		return decimal.Zero, joinErrs(errs)
	}
	return decimal.Min(paid, f.Rounding.Round(salaries.Mul(f.DeductibleRate))), nil
}

// Assess computes what an employer owes for month under the rule, citing the
// Trade Union Law article in force in that month (LawArticle).
//
// With a union: Rate of the payroll (union funds). Without one: nothing when
// the rule charges no preparatory funds, when the small-firm exemption
// applies, for any month before Employer.Since, or while the grace runs;
// otherwise Rate of the payroll as preparatory funds (or as union funds to
// the preparatory body, under Preparatory.AsUnionFunds). The deductible part
// is a monthly estimate (see FundsAssessment.Deductible); preparatory funds
// are treated as deductible too (they are union funds paid to the higher
// union).
//
// Bad input (empty ID, negative payroll, salaries or headcount, an invalid
// month, a grace or trigger rule without Since) is a *union.FieldError
// wrapping union.ErrInvalid; all problems at once.
func (f Funds) Assess(e Employer, month union.Period) (FundsAssessment, error) {
	if err := f.Validate(); err != nil {
		return FundsAssessment{}, err
	}
	var errs []error
	if e.ID == "" {
		errs = append(errs, union.Invalid("id", "invalid.required", ""))
	}
	errs = checkAmount("payroll", e.Payroll, errs)
	errs = checkAmount("salaries", e.Salaries, errs)
	if e.Headcount < 0 {
		errs = append(errs, union.Invalid("headcount", "invalid.negative", strconv.Itoa(e.Headcount)))
	}
	if !month.Valid() {
		errs = append(errs, union.Invalid("period", "invalid.format", month.String(), "YYYY-MM"))
	}
	if !e.Since.IsZero() && !e.Since.Valid() {
		errs = append(errs, union.Invalid("since", "invalid.format", e.Since.String(), "YYYY-MM"))
	}
	if !e.HasUnion && f.Preparatory.Due && (f.Preparatory.AfterMonths > 0 || f.Preparatory.SinceRequired) && e.Since.IsZero() {
		errs = append(errs, union.Invalid("since", "invalid.required", ""))
	}
	if len(errs) > 0 {
		return FundsAssessment{}, joinErrs(errs)
	}

	law := LawArticle(month)
	src := own(f.Source)
	prep := f.Preparatory.Source
	if prep == "" {
		prep = src
	}
	a := FundsAssessment{EmployerID: e.ID, Period: month, Base: e.Payroll,
		Amount: decimal.Zero, Deductible: decimal.Zero}
	pct := percent(f.Rate)
	// start is the first month preparatory funds are due: Since plus the grace.
	start := e.Since.AddMonths(f.Preparatory.AfterMonths)
	switch {
	case e.HasUnion:
		a.Kind = UnionFunds
		a.Reasons = append(a.Reasons, union.NewReason("dues.funds.rate", law, pct))
	case !f.Preparatory.Due:
		a.Kind = NoFunds
		a.Reasons = append(a.Reasons, union.NewReason("dues.funds.no_union", law))
	case f.SmallFirm.Below > 0 && e.Headcount < f.SmallFirm.Below:
		a.Kind = NoFunds
		small := f.SmallFirm.Source
		if small == "" {
			small = src
		}
		a.Reasons = append(a.Reasons, union.NewReason("dues.funds.exempt.small", small,
			strconv.Itoa(e.Headcount), strconv.Itoa(f.SmallFirm.Below)))
	case !e.Since.IsZero() && month.Before(start):
		a.Kind = NoFunds
		code := "dues.funds.preparatory.grace"
		if f.Preparatory.AsUnionFunds {
			code = "dues.funds.preparatory_body.before"
		}
		a.Reasons = append(a.Reasons, union.NewReason(code, prep, start.String()))
	case f.Preparatory.AsUnionFunds:
		a.Kind = UnionFunds
		a.Reasons = append(a.Reasons, union.NewReason("dues.funds.preparatory_body", prep, pct, e.Since.String()))
	default:
		a.Kind = PreparatoryFunds
		a.Refundable = f.Preparatory.Refundable
		a.Reasons = append(a.Reasons, union.NewReason("dues.funds.preparatory", prep, pct))
		if a.Refundable {
			a.Reasons = append(a.Reasons, union.NewReason("dues.funds.preparatory.refundable", prep))
		}
	}
	if a.Kind != NoFunds {
		if f.PreviousMonthBase {
			a.Reasons = append(a.Reasons, union.NewReason("dues.funds.base.previous", src, month.AddMonths(-1).String()))
		}
		a.Amount = f.Rounding.Round(e.Payroll.Mul(f.Rate))
		if month.Before(citFrom) {
			a.Reasons = append(a.Reasons, union.NewReason("dues.funds.deductible.none", SourceCITEffective, citFrom.String()))
		} else {
			salaries := e.Salaries
			if salaries.IsZero() {
				salaries = e.Payroll
			}
			limit := f.Rounding.Round(salaries.Mul(f.DeductibleRate))
			a.Deductible = decimal.Min(a.Amount, limit)
			a.Reasons = append(a.Reasons, union.NewReason("dues.funds.deductible", SourceCIT,
				percent(f.DeductibleRate), a.Deductible.StringFixed(2)))
		}
	}
	if f.Source == "" {
		a.Reasons = append(a.Reasons, ownRule())
	}
	return a, nil
}
