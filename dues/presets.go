package dues

import (
	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Sources of the member-dues presets, as cited in policies and reasons.
const (
	// SourceCircular1978 is the ACFTU circular on dues of 1978-11-13, the root
	// rule for the rate, the base and the 10-yuan tail, cited by its number
	// (its title is not on the reproduction seen).
	SourceCircular1978 = "全总 工发〔1978〕101号"
	// SourceConstitution is the Constitution of the Chinese Trade Unions (2008 text).
	SourceConstitution = "中国工会章程（2008）"
	// SourceWageReform1993 is the public-sector dues base after the 1993 wage
	// reform: 全总财务部 工财字〔1994〕69号 (organs 职务+级别+基础+工龄, institutions
	// 职务+等级, workers in both 岗位+等级; allowances, subsidies, bonuses and
	// the sub-10 tail not counted), as quoted by university unions.
	SourceWageReform1993 = "全总财务部 工财字〔1994〕69号"
	// SourceStandardWage cites an employer's rule that counts only the
	// standard wage (标准工资), so overtime pay is left out.
	SourceStandardWage = "用人单位按标准工资计交会费的规定（加班工资等标准工资以外的收入不计）"
	// SourceShenyang2016 is 沈阳体育学院工会 工会字〔2016〕1号 (2016-03-07).
	SourceShenyang2016 = "沈阳体育学院工会 工会字〔2016〕1号"
	// SourceDongguan2015 is the 东莞理工学院 union office notice of 2015-10-28.
	SourceDongguan2015 = "东莞理工学院校工会办公室通知（2015-10-28）"
	// SourcePingdingshan2018 is the 平顶山学院 union notice of 2018-12-05.
	SourcePingdingshan2018 = "平顶山学院校工会通知（2018-12-05）"
	// SourcePerformance2015 is a college union notice of 2015-11-04 (low reliability).
	SourcePerformance2015 = "某学院工会通知（2015-11-04）"
)

// The items the 1978 circular leaves out of the dues base (第四条): bonuses,
// allowances, royalties and the subsidies (补助费), relief (救济费), pensions
// (退休金) and severance (退职金) paid under labour insurance. Overtime is
// not among them: it is wage income and counts.
func excluded1978() []WageItem {
	return []WageItem{Bonus, Allowance, Subsidy, Royalty, Pension, Severance, Relief}
}

// nationalExempt is the exemption of retired and unemployed members who keep
// their membership (中国工会章程 第八条).
func nationalExempt() []Exemption {
	return []Exemption{
		{Status: union.Retired, Source: SourceConstitution + " 第八条"},
		{Status: union.Unemployed, Source: SourceConstitution + " 第八条"},
	}
}

// apprenticeFlat is the apprentices' flat 0.05 yuan a month (全总 工发〔1978〕101号 第二条).
func apprenticeFlat() ClassRule {
	return ClassRule{Class: Apprentice, Flat: true, Fee: decimal.RequireFromString("0.05"),
		Source: SourceCircular1978 + " 第二条"}
}

// National is the national rule for the months since the 2006 public-sector
// wage reform (from 2006-07, the month the reform took effect; earlier months
// are covered by Legacy1993 through NationalTimeline):
//
//   - 0.5% of the monthly wage income (全总 工发〔1978〕101号 第一条);
//   - the tail under 10 yuan is not counted: base rounding {-1, Down} (第一条);
//     the amount is kept to the fen, half-up {2, HalfUp};
//   - enterprises: every item but bonuses, allowances, royalties and the
//     labour-insurance subsidies, relief, pensions and severance (第四条);
//     overtime pay is wage income and counts (NationalStandardWage leaves it
//     out for employers that count only the standard wage); social
//     organisations are treated as enterprises (the circular does not
//     distinguish them);
//   - public institutions: 岗位工资 + 薪级工资 (post-2006 practice);
//     organs: 职务工资 + 级别工资;
//   - apprentices a flat 0.05 yuan (第二条); members without a fixed income on
//     the previous month's wages (第三条);
//   - retired and unemployed members keeping membership pay nothing
//     (中国工会章程 第八条); laid-off members pay (add an Exemption to change it);
//   - six consecutive unpaid months are flagged (中国工会章程 第六条).
func National() Policy {
	return Policy{
		Rate:           decimal.RequireFromString("0.005"),
		BaseRounding:   union.Rounding{Places: -1, Mode: union.Down},
		AmountRounding: union.Rounding{Places: 2, Mode: union.HalfUp},
		Bases: []Base{
			{Sector: union.Enterprise, AllBut: true, Items: excluded1978(), Source: SourceCircular1978 + " 第一条、第四条"},
			{Sector: union.Institution, Items: []WageItem{PositionWage, GradeWage},
				Source: SourceCircular1978 + " 第一条；2006年工资制度改革后事业单位通行口径（岗位工资＋薪级工资）"},
			{Sector: union.Organ, Items: []WageItem{DutyWage, RankWage},
				Source: SourceCircular1978 + " 第一条；2006年工资制度改革后机关口径（职务工资＋级别工资）"},
			{Sector: union.SocialOrganization, AllBut: true, Items: excluded1978(), Source: SourceCircular1978 + " 第一条、第四条"},
		},
		Exempt:        nationalExempt(),
		Classes:       []ClassRule{apprenticeFlat()},
		PreviousMonth: true,
		LapseMonths:   6,
		Source:        SourceCircular1978 + " 第一条",
		Effective:     union.Since(union.Period{Year: 2006, Month: 7}),
	}
}

// NationalStandardWage is National for employers whose own rule counts only
// the standard wage (标准工资): the enterprise and social-organisation bases
// also leave out overtime pay, which is not part of it. The 1978 circular
// does not exclude overtime; this preset follows the employer's rule
// (SourceStandardWage: replace it with the employer's own document).
func NationalStandardWage() Policy {
	p := National()
	for i := range p.Bases {
		if p.Bases[i].AllBut {
			p.Bases[i].Items = append(p.Bases[i].Items, Overtime)
			p.Bases[i].Source = SourceCircular1978 + " 第一条、第四条；" + SourceStandardWage
		}
	}
	p.Source = SourceCircular1978 + " 第一条；" + SourceStandardWage
	return p
}

// Legacy1993 is the public-sector base of the 1993 wage structure, in force
// until the 2006 reform (until 2006-06), as 全总财务部 工财字〔1994〕69号 sets it:
// organs 职务 + 级别 + 基础 + 工龄 wages; institutions 职务 + 等级 wages;
// workers (工人, Class Worker) in both 岗位 + 等级 wages. Enterprises, rate,
// rounding and exemptions are as in National.
func Legacy1993() Policy {
	p := National()
	p.Bases[1] = Base{Sector: union.Institution, Items: []WageItem{DutyWage, LevelWage},
		Source: SourceCircular1978 + " 第一条；" + SourceWageReform1993 + "（事业单位：职务工资＋等级工资）"}
	p.Bases[2] = Base{Sector: union.Organ, Items: []WageItem{DutyWage, RankWage, BasicWage, SeniorityWage},
		Source: SourceCircular1978 + " 第一条；" + SourceWageReform1993 + "（机关：职务工资＋级别工资＋基础工资＋工龄工资）"}
	workers := SourceCircular1978 + " 第一条；" + SourceWageReform1993 + "（机关、事业单位工人：岗位工资＋等级工资）"
	p.Bases = append(p.Bases,
		Base{Sector: union.Institution, Class: Worker, Items: []WageItem{PositionWage, LevelWage}, Source: workers},
		Base{Sector: union.Organ, Class: Worker, Items: []WageItem{PositionWage, LevelWage}, Source: workers})
	p.Effective = union.Effective{Until: union.Period{Year: 2006, Month: 6}}
	return p
}

// NationalTimeline is the national rule over time: Legacy1993 until 2006-06,
// National from 2006-07. A payroll system re-running a past month asks it
// for the policy At that month.
func NationalTimeline() union.Timeline[Policy] {
	return mustTimeline(
		union.Dated[Policy]{Effective: Legacy1993().Effective, Policy: Legacy1993()},
		union.Dated[Policy]{Effective: National().Effective, Policy: National()},
	)
}

// institution returns a policy for one public institution whose base is
// the given items, with national exemptions and the 6-month flag.
func institution(items []WageItem, baseSource string) Policy {
	return Policy{
		Rate:           decimal.RequireFromString("0.005"),
		BaseRounding:   union.Rounding{Places: -1, Mode: union.Down},
		AmountRounding: union.Rounding{Places: 2, Mode: union.HalfUp},
		Bases:          []Base{{Sector: union.Institution, Items: items, Source: baseSource}},
		Exempt:         nationalExempt(),
		PreviousMonth:  true,
		LapseMonths:    6,
	}
}

// Shenyang2016 is 沈阳体育学院工会 工会字〔2016〕1号 (2016-03-07): 0.5% of
// 岗位工资 + 薪级工资, the tail under 10 yuan dropped, kept to the fen. The
// notice freezes the base at the March payslip for the year: pass that
// payslip to AssessPeriod. Only Institution members are covered.
func Shenyang2016() Policy {
	p := institution([]WageItem{PositionWage, GradeWage}, SourceShenyang2016)
	p.Source = SourceShenyang2016 + "；" + SourceCircular1978 + " 第一条"
	p.Effective = union.Since(union.Period{Year: 2016, Month: 3})
	return p
}

// Pingdingshan2018 is the 平顶山学院 rule (2018-12-05): 0.5% of 岗位工资 +
// 薪级工资 for established and agency staff, 0.25% for staff on probation
// and contract staff, the amount rounded half-up to whole yuan. The notice
// says nothing of a 10-yuan tail, so the base is kept to the fen. Only
// Institution members are covered.
func Pingdingshan2018() Policy {
	p := institution([]WageItem{PositionWage, GradeWage}, SourcePingdingshan2018)
	p.BaseRounding = union.Rounding{Places: 2, Mode: union.HalfUp}
	p.AmountRounding = union.Rounding{Places: 0, Mode: union.HalfUp}
	p.WholeYuan = true // the notice rounds half-up to whole yuan
	quarter := decimal.RequireFromString("0.0025")
	p.Classes = []ClassRule{
		{Class: Probation, Rate: quarter, Source: SourcePingdingshan2018},
		{Class: Contract, Rate: quarter, Source: SourcePingdingshan2018},
	}
	p.Source = SourcePingdingshan2018
	p.Effective = union.Since(union.Period{Year: 2018, Month: 12})
	return p
}

// Dongguan2015 is the 东莞理工学院 rule (2015-10-28): (岗位工资 + 薪级工资)
// × 5‰ a month, non-established staff who join voluntarily a flat 1 yuan a
// month. The notice states no 10-yuan tail: the base is kept to the fen. It
// computes a year as one product, (岗位 + 薪级) × 5‰ × 12, so AssessPeriod
// rounds once per span (RoundPerSpan: 2830 + 1467 for 12 months is 257.82,
// not 12 × 21.49). Only Institution members are covered.
func Dongguan2015() Policy {
	p := institution([]WageItem{PositionWage, GradeWage}, SourceDongguan2015)
	p.BaseRounding = union.Rounding{Places: 2, Mode: union.HalfUp}
	p.RoundPerSpan = true
	p.Classes = []ClassRule{{Class: NonEstablished, Flat: true, Fee: decimal.NewFromInt(1), Source: SourceDongguan2015}}
	p.Source = SourceDongguan2015
	p.Effective = union.Since(union.Period{Year: 2015, Month: 10})
	return p
}

// Performance2015 is the base of a college notice of 2015-11-04 that also
// counts the basic performance pay: 0.5% of 岗位工资 + 薪级工资 + 基础性绩效工资,
// the 10-yuan tail dropped. The page is of low reliability (a hijacked
// domain); use it as a pattern for institutions that count 基础性绩效.
func Performance2015() Policy {
	p := institution([]WageItem{PositionWage, GradeWage, BasicPerformance}, SourcePerformance2015)
	p.Source = SourcePerformance2015 + "；" + SourceCircular1978 + " 第一条"
	p.Effective = union.Since(union.Period{Year: 2015, Month: 11})
	return p
}

// mustTimeline builds a preset timeline; the presets are fixed, so a
// failure is a programming error caught by the package tests.
func mustTimeline[P any](entries ...union.Dated[P]) union.Timeline[P] {
	t, err := union.NewTimeline(entries...)
	if err != nil {
		panic(err)
	}
	return t
}
