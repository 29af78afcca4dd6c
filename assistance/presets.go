package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Standard returns the current ACFTU system (Generation 2, c. 2017/2018
// onward, kept after 2020 as 常态化帮扶) for a place whose 低保 is
// minimumLiving per person per month:
//
//   - 深度困难: (income − rigid spending) ÷ 12 ÷ members < 1 × 低保
//     (平顶山市总工会《困难职工家庭认定标准》; 青岛市总工会 formula, strict <);
//   - 相对困难: the same, after also deducting necessary employment costs,
//     < 2 × 低保 (Pingdingshan "2倍以内"; Qingdao strict <; the sources
//     disagree, so the operator is a parameter, Standard follows Qingdao's explicit formula);
//   - 意外致困: a worker injured, disabled or killed on duty, in a natural
//     disaster, a major safety accident, epidemic or public-security event
//     (Applicant.Incident, without a cost test; Qingdao's criteria and
//     Pingdingshan), or hardship costs after compensation > 80% of counted
//     household income (Qingdao);
//   - counted income excludes small festival gifts and the 城乡居民基础养老金
//     and includes union aid already received (江门日报 2025-06-18);
//   - rigid spending: self-paid medical, education at public rates,
//     rehabilitation, disaster losses and long-term care (Pingdingshan; 民政部
//     《刚性支出困难家庭认定办法》民发〔2024〕57号 and the Tianjin list);
//   - conditions: a union member in service; migrant workers with a contract
//     of at least 12 months living in the city (郑州 2017; Qingdao);
//   - exclusions: two or more homes, a shop, employing others, a school fee
//     above 2 × the public fee, self-funded study abroad (juduo.cc city rule;
//     Qingdao for the 2 ×);
//   - review: 脱困 after 6 consecutive months above 低保 (新华日报
//     2019-09-11), next review in 12 months (湖南).
//
// Imputed income for idle members (Jiangmen) is off: set ImputeIdle and
// MinimumWage to apply it. Standard carries no aid amounts, which are
// regional: see Hubei2024 and Shanghai2019, or fill Aid.
func Standard(minimumLiving decimal.Decimal) Rules {
	return Rules{
		Name: "standard",
		Source: srcPingdingshan + "；" + srcQingdao + "；" + srcJiangmen + "；" + srcJuduo + "；" +
			srcZhengzhou + "；" + srcJiangsu,
		Effective:         union.Since(union.MustPeriod("2018-01")),
		MinimumLiving:     minimumLiving,
		PerCapitaRounding: union.ToFen(union.HalfUp),
		WorkingAge:        AgeRange{From: 16, Until: 60},
		CountedExpenses: []ExpenseKind{MedicalExpense, EducationExpense, RehabilitationExpense,
			DisasterExpense, CareExpense},
		ExcludedIncome: []IncomeKind{FestivalGift, ResidentPension},
		Bands: []Band{
			{Category: Deep, Multiple: decimal.NewFromInt(1), Op: Less, Source: srcPingdingshan + "（深度困难）；" + srcQingdao},
			{Category: Relative, Multiple: decimal.NewFromInt(2), Op: Less, AlsoDeduct: []ExpenseKind{EmploymentExpense},
				Source: srcPingdingshan + "（相对困难，含必要就业成本）；" + srcQingdao},
		},
		Accident: AccidentTest{Incident: true, Share: decimal.New(8, -1), ShareOp: Greater},
		Conditions: Conditions{Membership: true, InService: true, MigrantMembership: true,
			MigrantContractMonths: 12, MigrantUrban: true},
		Exclusions: Exclusions{MaxHomes: 1, Shops: true, EmployingOthers: true,
			PrivateSchoolMultiple: decimal.NewFromInt(2), StudyAbroad: true},
		Aid:       Aid{Rounding: union.ToFen(union.HalfUp), PaidAsIncome: true},
		Exit:      ExitRules{Months: 6, ReviewMonths: 12},
		Documents: []Document{ApplicationForm, IdentityAndHukou, IncomeProof, BankCard},
	}
}

// Generation1 returns the older system (c. 2005–2017) still found in
// archives, so old files can be re-assessed (docs/rules/hardship.md, older system):
//
//   - 低保户: per-capita income < 低保 for at least 6 consecutive months,
//     or below 低保 while already receiving it (《云南省困难职工档案管理办法
//     (试行)》第七条 1–2; 郑州 2017);
//   - 低保边缘户: per-capita income ≤ 1.5 × 低保 with a recorded cause, and
//     (income − rigid spending) ÷ members ≤ 低保 (第七条 3; juduo.cc);
//   - 意外致困户: hardship costs this year, per-capita income ≤ 3 × 低保
//     (inclusive, 郑州 "3倍(含)以内") and (income − hardship costs) ÷ members
//     ≤ 低保; above 3 ×, financial assets are added before that test
//     (juduo.cc, branch 2);
//   - migrant workers must be members with a contract of at least 12 months (郑州 2017).
//
// The old local age bounds (16–60) are not applied by default: set Exclusions.Age.
func Generation1(minimumLiving decimal.Decimal) Rules {
	r := Standard(minimumLiving)
	r.Name = "generation1"
	r.Source = srcYunnan7 + "；" + srcYunnan6 + "；" + srcJuduo + "；" + srcZhengzhou
	r.Effective = union.Between(union.MustPeriod("2005-01"), union.MustPeriod("2017-12"))
	r.Bands = []Band{
		{Category: Subsistence, Multiple: decimal.NewFromInt(1), Op: Less, Gross: true, MonthsBelow: 6,
			Source: srcYunnan7 + "第1、2项；" + srcZhengzhou},
		{Category: Marginal, Multiple: decimal.New(15, -1), Op: LessOrEqual, Gross: true, NeedCause: true,
			Residual: Limit{Multiple: decimal.NewFromInt(1), Op: LessOrEqual}, Source: srcYunnan7 + "第3项；" + srcJuduo},
	}
	r.Accident = AccidentTest{
		IncomeCap:      Limit{Multiple: decimal.NewFromInt(3), Op: LessOrEqual},
		Residual:       Limit{Multiple: decimal.NewFromInt(1), Op: LessOrEqual},
		AssetsAboveCap: true,
	}
	r.Conditions = Conditions{InService: true, MigrantMembership: true, MigrantContractMonths: 12}
	return r
}

// Hubei2024 returns Standard with the Hubei aid table (湖北省总工会, 武汉本地宝
// 2024-03-20), minimumLiving being the urban 低保 (Wuhan: 940):
//
//   - living aid per household per year: 深度 12 months of 低保, 相对 and
//     意外致困 10 months;
//   - medical aid up to the self-paid share, at most 20,000 per household a year;
//   - study aid per student a year: higher education 10 months of 低保,
//     senior high and secondary vocational school 6 months;
//   - several programmes may be combined; temporary aid for non-filed
//     workers (serious illness, disaster) up to 3,000 per person a year.
func Hubei2024(minimumLiving decimal.Decimal) Rules {
	r := Standard(minimumLiving)
	r.Name = "hubei2024"
	r.Source = srcHubei + "；" + r.Source
	r.Effective = union.Since(union.MustPeriod("2024-03"))
	ten, six := decimal.NewFromInt(10), decimal.NewFromInt(6)
	r.Aid = Aid{
		Source:   srcHubei,
		Rounding: union.ToFen(union.HalfUp),
		Living: []LivingRate{
			{Category: Deep, Months: decimal.NewFromInt(12)},
			{Category: Relative, Months: ten},
			{Category: Accident, Months: ten},
		},
		Study: []StudyRate{
			{Level: SeniorHigh, Months: six},
			{Level: Vocational, Months: six},
			{Level: College, Months: ten},
			{Level: Bachelor, Months: ten},
			{Level: Postgraduate, Months: ten},
		},
		Medical:      []MedicalRate{{Tiers: []Tier{{Rate: decimal.NewFromInt(1)}}, Cap: decimal.NewFromInt(20000)}},
		TemporaryCap: decimal.NewFromInt(3000),
		PaidAsIncome: true,
	}
	return r
}

// Shanghai2019 returns the Shanghai rules for 深度困难 households
// (《上海工会深度困难职工帮扶工作实施办法(试行)》沪工总权〔2019〕19号), with
// minimumLiving the PRIOR year's 低保:
//
//   - only Shanghai-hukou, in-service members; per-capita income ≤ 低保
//     (inclusive); no 相对 or 意外致困 tiers are set;
//   - living aid 5,000 per household a year;
//   - study aid (子女助学): university 10 months of 低保; 高中 (含中等职业教育:
//     senior high and secondary vocational school) and special education
//     (特殊教育) 50% of that, 5 months;
//   - medical aid only for members with a serious illness (患有重大疾病,
//     Person.SeriousIllness): 90% of self-paid cost up to 10,000 and 70%
//     above, at most 20,000 per person a year.
func Shanghai2019(minimumLiving decimal.Decimal) Rules {
	r := Standard(minimumLiving)
	r.Name = "shanghai2019"
	r.Source = srcShanghai
	r.Effective = union.Since(union.MustPeriod("2019-01"))
	r.Bands = []Band{{Category: Deep, Multiple: decimal.NewFromInt(1), Op: LessOrEqual, Source: srcShanghai}}
	r.Accident = AccidentTest{}
	r.Conditions = Conditions{Membership: true, InService: true, LocalHukou: true}
	ten, five := decimal.NewFromInt(10), decimal.NewFromInt(5)
	r.Aid = Aid{
		Source:   srcShanghai,
		Rounding: union.ToFen(union.HalfUp),
		Living:   []LivingRate{{Category: Deep, Amount: decimal.NewFromInt(5000)}},
		Study: []StudyRate{
			{Level: SeniorHigh, Months: five},
			{Level: Vocational, Months: five},
			{Level: College, Months: ten},
			{Level: Bachelor, Months: ten},
			{Level: Postgraduate, Months: ten},
			{Level: SpecialEducation, Months: five},
		},
		Medical: []MedicalRate{{
			Tiers:              []Tier{{UpTo: decimal.NewFromInt(10000), Rate: decimal.New(9, -1)}, {Rate: decimal.New(7, -1)}},
			Cap:                decimal.NewFromInt(20000),
			PerPerson:          true,
			SeriousIllnessOnly: true,
		}},
		PaidAsIncome: true,
	}
	return r
}
