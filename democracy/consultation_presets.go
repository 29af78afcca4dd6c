package democracy

import (
	"sort"

	"github.com/gonghui/gonghui/union"
)

// Citations of the wage-consultation presets.
const (
	srcCCSD   = "山东省企业工资集体协商条例（2016年11月26日通过，2017年1月1日起施行）"
	srcCCHN   = "河南省企业工资集体协商条例（2013年11月29日通过，2014年1月1日起施行）"
	srcCCHZ   = "杭州市企业工资集体协商条例（2013年12月31日通过，2014年4月11日公布）"
	srcCCNB   = "宁波市企业工资集体协商条例（2013年10月29日通过，2014年4月10日公布）"
	srcCCSH   = "上海市集体合同条例"
	srcCCBJ   = "北京市集体合同条例（2005年7月22日通过）"
	srcCCZJ   = "浙江省集体合同条例（2010年11月25日修订）"
	srcCCCQ   = "重庆市集体合同条例（2016年11月24日修正）"
	srcCCR    = "集体合同规定（劳动和社会保障部令第22号，2004年5月1日起施行；依二手资料）"
	srcLCL54  = "中华人民共和国劳动合同法 第五十四条"
	srcLCL55  = "中华人民共和国劳动合同法 第五十五条"
	srcReview = "中华人民共和国劳动合同法 第五十四条（十五日内未提出异议的，集体合同即行生效）"
)

// spanDays, spanWorkdays and spanMonths build spans.
func spanDays(n int) Span     { return Span{N: n, Unit: Days} }
func spanWorkdays(n int) Span { return Span{N: n, Unit: WorkingDays} }
func spanMonths(n int) Span   { return Span{N: n, Unit: Months} }

// step builds a Step.
func step(s Span, source string) Step { return Step{Span: s, Source: source} }

// review is the authority's review window under 劳动合同法 第五十四条, cited
// with the jurisdiction's own article.
func review(article string) Step { return step(spanDays(15), article+"；"+srcReview) }

// ConsultationShandong2016 returns the rules of 山东省企业工资集体协商条例
// (2016): at least 3 negotiators a side, equal in number, frontline workers at
// least a third of the worker side (第七条); no one on both sides, no union
// staff for the enterprise, no heads, investors or their close relatives for
// the workers (第十条); reply within 10 days (第二十一条); information 10 days
// before the talks (第二十三条); talks of 60 days from the reply agreeing to the
// chiefs' signature, force-majeure suspensions not counted (第二十八条); more
// than half of all delegates adopt the draft, no quorum stated (第二十七条);
// filing within 10 days of signing (第二十九条), review in 15 days (第三十条),
// publication within 7 days of effect (第三十一条); a term of generally one
// year, at most three (第十七条); a quota 90% can meet (第二十条).
func ConsultationShandong2016() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_shandong2016",
		Source:    srcCCSD,
		Effective: union.Since(union.Period{Year: 2017, Month: 1}),
		Negotiators: NegotiatorRule{
			Min: 3, Balance: BalanceEqual,
			Source:           "山东省企业工资集体协商条例 第七条第一款",
			Frontline:        AtLeast(1, 3),
			FrontlineSource:  "山东省企业工资集体协商条例 第七条第二款",
			WorkerExcluded:   []Relation{RelationHead, RelationInvestor, RelationRelative},
			EmployerExcluded: []Relation{RelationUnionStaff},
			ExcludedSource:   "山东省企业工资集体协商条例 第十条",
		},
		Steps: StepRules{
			Reply:            step(spanDays(10), "山东省企业工资集体协商条例 第二十一条"),
			Announcement:     step(spanDays(5), "山东省企业工资集体协商条例 第十一条"),
			Information:      step(spanDays(10), "山东省企业工资集体协商条例 第二十三条"),
			Negotiation:      step(spanDays(60), "山东省企业工资集体协商条例 第二十八条"),
			NegotiationFrom:  AnchorReplied,
			NegotiationUntil: AnchorSigned,
			Filing:           step(spanDays(10), "山东省企业工资集体协商条例 第二十九条"),
			FilingFrom:       AnchorSigned,
			Review:           review("山东省企业工资集体协商条例 第三十条"),
			Publication:      step(spanDays(7), "山东省企业工资集体协商条例 第三十一条"),
		},
		Vote: AdoptionRule{Pass: MoreThan(1, 2), Source: "山东省企业工资集体协商条例 第二十七条（全体职工代表过半数通过；未规定出席人数）"},
		Term: ContractTermRule{DefaultMonths: 12, MaxMonths: 36, Source: "山东省企业工资集体协商条例 第十七条第三款"},
		Content: ContentRule{
			MinimumSource: srcLCL55 + "；山东省企业工资集体协商条例 第十七条",
			Quota:         AtLeast(9, 10), QuotaSource: "山东省企业工资集体协商条例 第二十条",
		},
	}
}

// ConsultationHenan2013 returns the rules of 河南省企业工资集体协商条例
// (2013): at least 3 a side, equal (第十二条); frontline at least a third,
// women and disabled workers in matching share where they are 10% of the
// staff (第八条); outsiders at most a third (第十一条); no union staff for the
// enterprise, no heads, investors, HR head or their relatives for the workers
// (第十四条); reply within 10 working days (第二十一条); information 5 working
// days before the meeting (第二十三条); talks of two months from receipt of
// the request, force-majeure suspensions not counted (第二十六条); filing
// within 5 working days of signing (第二十八条), review in 15 days
// (第二十九条), publication within 5 days (第三十条); a term of 1 to 3 years
// (第三十一条); a quota 90% can meet (第十九条). The regulation says only that
// the congress 讨论通过 the draft (第二十七条): the vote falls back on
// 集体合同规定 第三十六条 (two thirds present, half or more of all), marked so.
func ConsultationHenan2013() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_henan2013",
		Source:    srcCCHN,
		Effective: union.Since(union.Period{Year: 2014, Month: 1}),
		Negotiators: NegotiatorRule{
			Min: 3, Balance: BalanceEqual,
			Source:           "河南省企业工资集体协商条例 第十二条",
			Frontline:        AtLeast(1, 3),
			FrontlineSource:  "河南省企业工资集体协商条例 第八条第三款",
			Outside:          AtLeast(1, 3),
			OutsideSource:    "河南省企业工资集体协商条例 第十一条",
			WorkerExcluded:   []Relation{RelationHead, RelationInvestor, RelationHRHead, RelationRelative},
			EmployerExcluded: []Relation{RelationUnionStaff},
			ExcludedSource:   "河南省企业工资集体协商条例 第十四条",
			Representation: []RepresentationRule{
				{Group: RepWomen, From: AtLeast(1, 10), Proportional: true, Source: "河南省企业工资集体协商条例 第八条第四款"},
				{Group: RepDisabled, From: AtLeast(1, 10), Proportional: true, Source: "河南省企业工资集体协商条例 第八条第五款"},
			},
		},
		Steps: StepRules{
			Reply:            step(spanWorkdays(10), "河南省企业工资集体协商条例 第二十一条"),
			Announcement:     step(spanWorkdays(3), "河南省企业工资集体协商条例 第十三条"),
			Information:      step(spanWorkdays(5), "河南省企业工资集体协商条例 第二十三条"),
			Negotiation:      step(spanMonths(2), "河南省企业工资集体协商条例 第二十六条"),
			NegotiationFrom:  AnchorRequested,
			NegotiationUntil: AnchorAgreed,
			Filing:           step(spanWorkdays(5), "河南省企业工资集体协商条例 第二十八条"),
			FilingFrom:       AnchorSigned,
			Review:           review("河南省企业工资集体协商条例 第二十九条"),
			Publication:      step(spanDays(5), "河南省企业工资集体协商条例 第三十条"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: AtLeast(1, 2), Fallback: true,
			Source: "河南省企业工资集体协商条例 第二十七条（讨论通过）；表决规则依 集体合同规定 第三十六条"},
		Term: ContractTermRule{MinMonths: 12, MaxMonths: 36, Source: "河南省企业工资集体协商条例 第三十一条"},
		Content: ContentRule{
			MinimumSource: srcLCL55 + "；河南省企业工资集体协商条例 第十八条",
			Quota:         AtLeast(9, 10), QuotaSource: "河南省企业工资集体协商条例 第十九条",
		},
	}
}

// ConsultationHangzhou2014 returns the rules of 杭州市企业工资集体协商条例:
// 3 to 9 a side, at least 5 above the designated size, the enterprise side no
// larger (第十六条); outsiders at most a third (第十七条); women and disabled
// workers in matching share, and dispatched workers, where there are many
// (第十八条; no number, so a warning); reply within 10 working days
// (第二十四条); information 7 working days before the meeting (第二十五条);
// suspensions at most 30 days in all (第二十七条); the draft to the congress
// within 15 working days, two thirds present and more than half of all
// adopting (第二十八条); talks within 60 days of the request (第二十九条);
// filing within 10 days of signing, review in 15 days (第四十条);
// publication within 5 working days (第四十一条); a term of generally one year
// (第二十三条); a wage standard above the local minimum (第十一条); a quota 90%
// can meet (第十条).
func ConsultationHangzhou2014() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_hangzhou2014",
		Source:    srcCCHZ,
		Effective: union.Since(union.Period{Year: 2014, Month: 4}),
		Negotiators: NegotiatorRule{
			Min: 3, Max: 9, MinAboveSize: 5, Balance: BalanceEmployerNotMore,
			Source:        "杭州市企业工资集体协商条例 第十六条",
			Outside:       AtLeast(1, 3),
			OutsideSource: "杭州市企业工资集体协商条例 第十七条",
			Representation: []RepresentationRule{
				{Group: RepWomen, Proportional: true, Soft: true, Source: "杭州市企业工资集体协商条例 第十八条第一款（女性职工较多的企业）"},
				{Group: RepDisabled, Proportional: true, Soft: true, Source: "杭州市企业工资集体协商条例 第十八条第一款（残疾职工较多的企业）"},
				{Group: RepDispatched, Soft: true, Source: "杭州市企业工资集体协商条例 第十八条第三款（使用被派遣劳动者较多的用工单位）"},
			},
		},
		Steps: StepRules{
			Reply:            step(spanWorkdays(10), "杭州市企业工资集体协商条例 第二十四条"),
			Information:      step(spanWorkdays(7), "杭州市企业工资集体协商条例 第二十五条"),
			Negotiation:      step(spanDays(60), "杭州市企业工资集体协商条例 第二十九条"),
			NegotiationFrom:  AnchorRequested,
			NegotiationUntil: AnchorAgreed,
			SuspensionCap:    step(spanDays(30), "杭州市企业工资集体协商条例 第二十七条"),
			Draft:            step(spanWorkdays(15), "杭州市企业工资集体协商条例 第二十八条第一款"),
			Filing:           step(spanDays(10), "杭州市企业工资集体协商条例 第四十条"),
			FilingFrom:       AnchorSigned,
			Review:           review("杭州市企业工资集体协商条例 第四十条"),
			Publication:      step(spanWorkdays(5), "杭州市企业工资集体协商条例 第四十一条"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: MoreThan(1, 2), Source: "杭州市企业工资集体协商条例 第二十八条第二款"},
		Term: ContractTermRule{DefaultMonths: 12, Source: "杭州市企业工资集体协商条例 第二十三条"},
		Content: ContentRule{
			MinimumAbove: true, MinimumSource: "杭州市企业工资集体协商条例 第十一条",
			Quota: AtLeast(9, 10), QuotaSource: "杭州市企业工资集体协商条例 第十条",
		},
	}
}

// ConsultationNingbo2014 returns the rules of 宁波市企业工资集体协商条例: 3 to
// 10 a side, at least 5 above the designated size, the enterprise side no
// larger; no heads for the workers, no union staff for the enterprise, no
// one on both sides; women and disabled workers in matching share where
// there are many (第八条); outsiders at most a third (第九条); reply within 10
// working days (第十四条); talks within 30 working days of the first meeting
// (第十六条); information 7 days before the meeting (第十七条); suspensions at
// most 60 days in all (第十九条); the draft to the congress within 15 working
// days (第二十条); filing within 10 days of signing (第三十四条); review in 15
// days and publication within 5 working days of effect (第三十五条); a quota
// 90% can meet (第二十四条). The regulation sets no vote for a single
// enterprise's draft (第二十条: 讨论通过) nor its term: both follow
// 浙江省集体合同条例 (第二十四条: two thirds present, more than half of all;
// 第三十条: generally one year), which applies in Ningbo.
func ConsultationNingbo2014() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_ningbo2014",
		Source:    srcCCNB,
		Effective: union.Since(union.Period{Year: 2014, Month: 4}),
		Negotiators: NegotiatorRule{
			Min: 3, Max: 10, MinAboveSize: 5, Balance: BalanceEmployerNotMore,
			Source:           "宁波市企业工资集体协商条例 第八条第一款",
			Outside:          AtLeast(1, 3),
			OutsideSource:    "宁波市企业工资集体协商条例 第九条第二款",
			WorkerExcluded:   []Relation{RelationHead},
			EmployerExcluded: []Relation{RelationUnionStaff},
			ExcludedSource:   "宁波市企业工资集体协商条例 第八条第二款",
			Representation: []RepresentationRule{
				{Group: RepWomen, Proportional: true, Soft: true, Source: "宁波市企业工资集体协商条例 第八条第三款（女性职工较多的企业）"},
				{Group: RepDisabled, Proportional: true, Soft: true, Source: "宁波市企业工资集体协商条例 第八条第三款（残疾人职工较多的企业）"},
			},
		},
		Steps: StepRules{
			Reply:            step(spanWorkdays(10), "宁波市企业工资集体协商条例 第十四条"),
			Announcement:     step(spanWorkdays(5), "宁波市企业工资集体协商条例 第十条"),
			Information:      step(spanDays(7), "宁波市企业工资集体协商条例 第十七条"),
			Negotiation:      step(spanWorkdays(30), "宁波市企业工资集体协商条例 第十六条第二款"),
			NegotiationFrom:  AnchorFirstMeeting,
			NegotiationUntil: AnchorAgreed,
			SuspensionCap:    step(spanDays(60), "宁波市企业工资集体协商条例 第十九条"),
			Draft:            step(spanWorkdays(15), "宁波市企业工资集体协商条例 第二十条"),
			Filing:           step(spanDays(10), "宁波市企业工资集体协商条例 第三十四条"),
			FilingFrom:       AnchorSigned,
			Review:           review("宁波市企业工资集体协商条例 第三十五条第一款"),
			Publication:      step(spanWorkdays(5), "宁波市企业工资集体协商条例 第三十五条第二款"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: MoreThan(1, 2),
			Source: "宁波市企业工资集体协商条例 第二十条（讨论通过）；表决规则依 浙江省集体合同条例 第二十四条"},
		Term: ContractTermRule{DefaultMonths: 12, Source: "浙江省集体合同条例 第三十条第二款（工资专项集体合同期限一般为一年）"},
		Content: ContentRule{
			MinimumSource: srcLCL55 + "；宁波市企业工资集体协商条例 第二十三条",
			Quota:         AtLeast(9, 10), QuotaSource: "宁波市企业工资集体协商条例 第二十四条",
		},
	}
}

// ConsultationShanghai returns the rules of 上海市集体合同条例 (current text):
// at least 3 a side, the enterprise side no larger (第六条); a woman negotiator
// where the union has a women workers' committee, outsiders at most a third
// (第七条); reply within 15 days (第十五条); half or more of all delegates
// adopt the draft, no quorum stated (第二十二条); filing within 10 days of the
// enterprise receiving the union's written notice of the adoption, review in
// 15 days (第二十三条); a wage contract of generally one year, a collective
// contract of one to three years, terms not below the statutory minimum
// (第二十五条). It sets no period for the information, the talks or the
// publication.
func ConsultationShanghai() ConsultationRules {
	return ConsultationRules{
		Name:   "consultation_shanghai",
		Source: srcCCSH,
		Negotiators: NegotiatorRule{
			Min: 3, Balance: BalanceEmployerNotMore,
			Source:        "上海市集体合同条例 第六条",
			Outside:       AtLeast(1, 3),
			OutsideSource: "上海市集体合同条例 第七条第四款",
			Representation: []RepresentationRule{
				{Group: RepWomen, Committee: true, Source: "上海市集体合同条例 第七条第一款（建立女职工委员会的，应当有女性协商代表）"},
			},
		},
		Steps: StepRules{
			Reply:      step(spanDays(15), "上海市集体合同条例 第十五条"),
			Filing:     step(spanDays(10), "上海市集体合同条例 第二十三条第一款"),
			FilingFrom: AnchorNotified,
			Review:     review("上海市集体合同条例 第二十三条第三款"),
		},
		Vote: AdoptionRule{Pass: AtLeast(1, 2), Source: "上海市集体合同条例 第二十二条（全体职工代表半数以上同意；未规定出席人数）"},
		Term: ContractTermRule{DefaultMonths: 12, MaxMonths: 36, Source: "上海市集体合同条例 第二十五条第一款"},
		Content: ContentRule{
			MinimumSource: "上海市集体合同条例 第二十五条第二款；" + srcLCL55,
		},
	}
}

// ConsultationBeijing2005 returns the rules of 北京市集体合同条例 (2005):
// generally 3 to 10 a side, equal, one chief each (第七条); outsiders at most a
// third, never the chief (第十条); reply within 20 days (第三十二条); a term of
// generally three years (第三十六条); suspensions at most 60 days (第三十七条);
// two thirds present, half or more of all adopting (第三十八条); filing within
// 10 days of signing, review in 15 days from filing (第三十九条).
func ConsultationBeijing2005() ConsultationRules {
	return ConsultationRules{
		Name:   "consultation_beijing2005",
		Source: srcCCBJ,
		Negotiators: NegotiatorRule{
			Min: 3, Max: 10, SizeSoft: true, Balance: BalanceEqual,
			Source:        "北京市集体合同条例 第七条第二款（一般为三至十人）",
			Outside:       AtLeast(1, 3),
			ChiefInside:   true,
			OutsideSource: "北京市集体合同条例 第十条",
		},
		Steps: StepRules{
			Reply:         step(spanDays(20), "北京市集体合同条例 第三十二条"),
			SuspensionCap: step(spanDays(60), "北京市集体合同条例 第三十七条"),
			Filing:        step(spanDays(10), "北京市集体合同条例 第三十九条"),
			FilingFrom:    AnchorSigned,
			Review:        review("北京市集体合同条例 第三十九条（自备案之日起）"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: AtLeast(1, 2), Source: "北京市集体合同条例 第三十八条第二款"},
		Term: ContractTermRule{DefaultMonths: 36, Source: "北京市集体合同条例 第三十六条（一般为三年）"},
		Content: ContentRule{
			MinimumSource: srcLCL55,
		},
	}
}

// ConsultationZhejiang2010 returns the rules of 浙江省集体合同条例 (2010
// revision): reply within 10 working days (第七条); at least 3 a side, 5 above
// the designated size, the employer side no larger, women and disabled
// workers in matching share where there are many, outsiders at most a
// third, no one on both sides (第十条); information 7 days before the meeting
// (第十六条); the draft to the congress within 15 working days, two thirds
// present and more than half of all adopting (第二十四条); a wage contract of
// generally one year, a collective contract of one to three years
// (第三十条); filing within 10 days of signing, review in 15 days (第三十四条);
// publication within 5 working days of effect (第三十五条). Suspensions need
// the worker side's consent and have no cap.
func ConsultationZhejiang2010() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_zhejiang2010",
		Source:    srcCCZJ,
		Effective: union.Since(union.Period{Year: 2010, Month: 11}),
		Negotiators: NegotiatorRule{
			Min: 3, MinAboveSize: 5, Balance: BalanceEmployerNotMore,
			Source:         "浙江省集体合同条例 第十条第一款",
			Outside:        AtLeast(1, 3),
			OutsideSource:  "浙江省集体合同条例 第十条第四款",
			ExcludedSource: "浙江省集体合同条例 第十条第五款",
			Representation: []RepresentationRule{
				{Group: RepWomen, Proportional: true, Soft: true, Source: "浙江省集体合同条例 第十条第二款（女性劳动者较多的用人单位）"},
				{Group: RepDisabled, Proportional: true, Soft: true, Source: "浙江省集体合同条例 第十条第二款（残疾人劳动者较多的用人单位）"},
			},
		},
		Steps: StepRules{
			Reply:       step(spanWorkdays(10), "浙江省集体合同条例 第七条"),
			Information: step(spanDays(7), "浙江省集体合同条例 第十六条第二款"),
			Draft:       step(spanWorkdays(15), "浙江省集体合同条例 第二十四条第一款"),
			Filing:      step(spanDays(10), "浙江省集体合同条例 第三十四条"),
			FilingFrom:  AnchorSigned,
			Review:      review("浙江省集体合同条例 第三十四条"),
			Publication: step(spanWorkdays(5), "浙江省集体合同条例 第三十五条"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: MoreThan(1, 2), Source: "浙江省集体合同条例 第二十四条第二款"},
		Term: ContractTermRule{DefaultMonths: 12, MaxMonths: 36, Source: "浙江省集体合同条例 第三十条"},
		Content: ContentRule{
			MinimumSource: srcLCL55,
		},
	}
}

// ConsultationChongqing2016 returns the rules of 重庆市集体合同条例 (2016
// amendment): 3 to 15 a side, the worker side no smaller, no one on both
// sides (第八条); no union staff for the employer (第九条); a woman where women
// are a fifth of the staff, a dispatched worker where dispatched workers are
// more than 5% of the headcount (第十条); outsiders at most a third
// (第十一条); reply within 20 days (第十九条); information 10 days before the
// meeting (第二十条); suspensions generally at most 30 days (第二十二条); a term
// of generally one to three years (第二十四条); two thirds present, half or
// more of all adopting (第二十六条); filing within 10 days of signing, review
// in 15 days (第二十八条); written publication within 10 days of effect
// (第二十九条); wage standards not below the city's minimum (第三十七条).
func ConsultationChongqing2016() ConsultationRules {
	return ConsultationRules{
		Name:      "consultation_chongqing2016",
		Source:    srcCCCQ,
		Effective: union.Since(union.Period{Year: 2016, Month: 11}),
		Negotiators: NegotiatorRule{
			Min: 3, Max: 15, Balance: BalanceEmployerNotMore,
			Source:           "重庆市集体合同条例 第八条第二款",
			Outside:          AtLeast(1, 3),
			OutsideSource:    "重庆市集体合同条例 第十一条",
			EmployerExcluded: []Relation{RelationUnionStaff},
			ExcludedSource:   "重庆市集体合同条例 第八条第四款、第九条第三款",
			Representation: []RepresentationRule{
				{Group: RepWomen, From: AtLeast(1, 5), Source: "重庆市集体合同条例 第十条第三款"},
				{Group: RepDispatched, From: MoreThan(5, 100), Source: "重庆市集体合同条例 第十条第四款"},
			},
		},
		Steps: StepRules{
			Reply:         step(spanDays(20), "重庆市集体合同条例 第十九条"),
			Information:   step(spanDays(10), "重庆市集体合同条例 第二十条"),
			SuspensionCap: step(spanDays(30), "重庆市集体合同条例 第二十二条第三款（一般不超过三十日，双方另有约定的除外）"),
			Filing:        step(spanDays(10), "重庆市集体合同条例 第二十八条第一款"),
			FilingFrom:    AnchorSigned,
			Review:        review("重庆市集体合同条例 第二十八条第四款"),
			Publication:   step(spanDays(10), "重庆市集体合同条例 第二十九条"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: AtLeast(1, 2), Source: "重庆市集体合同条例 第二十六条第二款"},
		Term: ContractTermRule{DefaultMonths: 12, MaxMonths: 36, Source: "重庆市集体合同条例 第二十四条第三款（一般为一年至三年）"},
		Content: ContentRule{
			MinimumSource: "重庆市集体合同条例 第三十七条第二款",
		},
	}
}

// ConsultationNational2004 returns the national rules of 集体合同规定
// (劳动和社会保障部令第22号, 2004), known only from secondary copies and so
// marked Unverified: at least 3 a side, equal, one chief each (第十九条);
// reply within 20 days (第三十二条); suspensions as agreed (第三十五条); two
// thirds present, half or more of all adopting (第三十六条); a term of
// generally one to three years (第三十八条); filing within 10 days of signing
// (第四十二条); review in 15 days (第四十五条 and 劳动合同法 第五十四条).
func ConsultationNational2004() ConsultationRules {
	return ConsultationRules{
		Name:       "consultation_national2004",
		Source:     srcCCR,
		Effective:  union.Since(union.Period{Year: 2004, Month: 5}),
		Unverified: true,
		Negotiators: NegotiatorRule{
			Min: 3, Balance: BalanceEqual,
			Source: "集体合同规定 第十九条",
		},
		Steps: StepRules{
			Reply:      step(spanDays(20), "集体合同规定 第三十二条"),
			Filing:     step(spanDays(10), "集体合同规定 第四十二条"),
			FilingFrom: AnchorSigned,
			Review:     review("集体合同规定 第四十五条"),
		},
		Vote: AdoptionRule{Quorum: AtLeast(2, 3), Pass: AtLeast(1, 2), Source: "集体合同规定 第三十六条"},
		Term: ContractTermRule{DefaultMonths: 12, MaxMonths: 36, Source: "集体合同规定 第三十八条"},
		Content: ContentRule{
			MinimumSource: srcLCL55,
		},
	}
}

// ConsultationPresets returns every wage-consultation preset, freshly
// built, ordered by name.
func ConsultationPresets() []ConsultationRules {
	out := []ConsultationRules{
		ConsultationShandong2016(), ConsultationHenan2013(), ConsultationHangzhou2014(),
		ConsultationNingbo2014(), ConsultationShanghai(), ConsultationBeijing2005(),
		ConsultationZhejiang2010(), ConsultationChongqing2016(), ConsultationNational2004(),
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// ConsultationPresetList describes every wage-consultation preset as a
// union.Preset (name, document, months in force), ordered by name, for a
// package-wide listing of presets.
func ConsultationPresetList() []union.Preset {
	rs := ConsultationPresets()
	out := make([]union.Preset, len(rs))
	for i, r := range rs {
		out[i] = union.Preset{Name: r.Name, Document: r.Source, Effective: r.Effective}
	}
	return out
}

// ConsultationPreset returns the wage-consultation preset of the given name,
// freshly built; an unknown name is a *union.FieldError (field "preset",
// ErrInvalid).
func ConsultationPreset(name string) (ConsultationRules, error) {
	for _, r := range ConsultationPresets() {
		if r.Name == name {
			return r, nil
		}
	}
	return ConsultationRules{}, union.Invalid("preset", "invalid.unknown", name)
}
