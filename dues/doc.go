// Package dues models member dues (会费), the employer's union funds (工会经费)
// with late fees and preparatory funds, and their allocation between union
// levels (经费分成), for the payroll systems that run them every month.
//
// Every rule cites its source, in its doc comment and in the Source of the
// union.Reason it emits.
//
// # Member dues
//
// A Policy holds the rate, the rounding of the base and of the amount, the
// wage items counted per union.Sector, the exempt statuses, the classes of
// staff with their own rate or flat fee, the source and the months it is in
// force. National is the ACFTU rule (全总 工发〔1978〕101号): 0.5% of the
// monthly wage income, the tail under 10 yuan not counted, bonuses,
// allowances, royalties and the labour-insurance subsidies, relief, pensions
// and severance left out (第四条; overtime is wage income and counts, except
// under NationalStandardWage); institutions count 岗位工资 + 薪级工资, organs
// 职务工资 + 级别工资 (Legacy1993: the 1993 structure under 工财字〔1994〕69号,
// workers on 岗位工资 + 等级工资); retired and unemployed members keeping
// membership pay nothing (中国工会章程 第八条); apprentices pay a flat 0.05
// yuan. A policy, funds rule or scheme of the caller's own needs no Source:
// its reasons cite SourceOwn and say it is the caller's rule. Institution presets follow published
// notices: Shenyang2016, Pingdingshan2018 (whole-yuan amounts, 0.25% for
// probation and contract staff), Dongguan2015 (1 yuan for non-established
// staff), Performance2015 (with 基础性绩效工资).
//
//	p := dues.National()
//	a, err := p.Assess(dues.Member{ID: "E001", Sector: union.Enterprise,
//		Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: decimal.RequireFromString("3089.99")}})
//	// a.Base = 3080, a.Amount = 15.40, a.Reasons say why
//
// # Batches and shards
//
// AssessAll assesses a whole payroll: it never stops at a bad record (each
// error sits at its member's index, naming the field within the member;
// Batch.Err gives full paths such as "members[3].wages.bonus"), Total sums
// the good items exactly, and BySector and ByStatus subtotal them for the
// monthly report. Batch.Merge of the batches of consecutive shards equals the
// batch of one call, so a payroll can be split across machines.
//
// The batch path sums wages with at most two decimals in integer fen (the
// decimal path takes over for anything else, with identical results, which a
// test holds on random payslips), shares the decimals of repeated bases and
// amounts and the reason lists of members with the same pattern (treat
// reasons as read-only), and splits batches of more than 8192 members among
// up to GOMAXPROCS goroutines. On a 100,000-member payroll it runs several
// times faster than the plain shopspring loop kept in bench_test.go as the
// baseline.
//
// # Periods and arrears
//
// AssessPeriod charges a span of months at once (half-yearly or yearly
// collection), on the reference payslip, for the months the member was a
// member; RoundPerSpan rounds the span once instead of each month
// (Dongguan2015). Arrears lists the unpaid months of a span and flags six in a row
// (中国工会章程 第六条).
//
// # Union funds
//
// Funds is the employer's 2% of the monthly wage bill (工会法 2021 第四十三条;
// 第四十二条 before 2022-01-01 — LawArticle cites the one in force for the
// month), with late fees per day (Beijing and Chongqing 0.5%, Chongqing
// capped at the principal), preparatory funds for employers without a union
// (建会筹备金, with each place's trigger; nothing is ever due before it; in
// Shanghai the preparatory body is paid 工会经费), the Guangdong small-firm
// exemption and the part deductible for corporate income tax (企业所得税法实施条例
// 第四十一条: a monthly estimate, and AnnualDeductible for the tax year).
// Presets: NationalFunds (and NationalFunds2009, 2001, 1992 for earlier
// texts of the law), Beijing2015, Shanghai, Chongqing2011, Guangdong2013.
//
// # Allocation
//
// Scheme.Allocate divides an amount among parties by weight with union.Split,
// so the parts always add up to the fen; shares may nest (the higher unions'
// 40% among county, city, province and the ACFTU), and a refund allocates as
// the exact negation of its payment. Standard is the 60/40 split;
// Scheme.Collect works out the flows when the tax authority collects the full
// 2% and returns 60%, or collects only the 40%.
//
// # Policies over time
//
// NationalTimeline and NationalFundsTimeline return union.Timeline values: a
// system re-running a past month asks At(month) for the rule of that month.
// Every policy type has Validate, which entry points call first, so a policy
// read from JSON is checked the same way as a preset.
//
// # Errors
//
// Bad input (a negative wage, an empty wage-item name, late days below zero)
// is a *union.FieldError wrapping union.ErrInvalid that names the field; an
// inconsistent policy (a rate outside [0, 1), an empty or zero-weight scheme)
// wraps union.ErrPolicy. Exemptions are not errors: they are assessments with
// their reasons.
//
// No zero value is a silent answer: a rounding never stated (the zero
// union.Rounding, or Scheme.Places 0) is refused unless WholeYuan says whole
// yuan is meant; a payslip item that is neither a named WageItem nor one the
// policy declares (Policy.OwnItems) is an error naming wages[<name>], never
// counted or dropped; a Chinese item name used as a Go key is refused, naming
// the item (ParseWageItem reads the Chinese names at the edge). Every list of
// a policy holds at most MaxListItems entries, and validation is linear.
package dues
