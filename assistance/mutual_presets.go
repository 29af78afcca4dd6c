package assistance

import (
	"errors"
	"sort"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Citations of the mutual-aid presets. None of the plans' own texts was read:
// each rests on news reports of the issuing union's notice (secondary).
const (
	mutualSrcXiamen   = "厦门市总工会 第十六期职工医疗互助活动（海西晨报 2020年12月31日报道）(secondary)"
	mutualSrcFuzhou   = "福州市总工会 第三期职工医疗互助活动（福州新闻网 2012年7月报道）(secondary)"
	mutualSrcBeijing  = "北京市总工会 职工住院津贴互助保障计划（2011年）（转载报道）(secondary)"
	mutualSrcACFTU    = "中国职工保险互助会 住院津贴综合互助保障计划（2015年，西安一企业工会公告）(secondary)"
	mutualSrcNanping  = "南平市总工会 女职工特殊疾病互助保障（中国妇女网 2012年7月报道）(secondary)"
	mutualSrcRounding = "（互助计划未规定舍入：按分四舍五入）"
)

// MutualXiamen2021 returns 厦门 第十六期 职工医疗互助 (from 2021-01-01, secondary):
// 60 元 a person, one share, one year; in-service union members (retirees
// and re-hired retirees excluded); 20% of the self-paid inpatient cost within
// the catalogue above the 医保 起付线, bed fees above a normal ward removed,
// fully self-paid items excluded; at most 200,000 元 a period, cumulative.
// Units enrol at least 80% of members (机关、事业单位、国有企业: class "public") or
// 50% (class "other"), as 厦门 第二十一期 (2025) restates.
func MutualXiamen2021() MutualPlan {
	return MutualPlan{
		Name: "mutual_xiamen2021", Source: mutualSrcXiamen + mutualSrcRounding, Secondary: true,
		Effective:    union.Between(union.Period{Year: 2021, Month: 1}, union.Period{Year: 2021, Month: 12}),
		Contribution: decimal.New(60, 0), PeriodMonths: 12, MaxShares: 1,
		Rounding: union.ToFen(union.HalfUp),
		Eligibility: MutualEligibility{UnionMember: true, InService: true,
			Source: "厦门市总工会 第二十一期职工医疗互助（厦门日报 2025年12月11日报道：在职会员参加，退休及返聘人员除外）(secondary)"},
		Enrolment: MutualEnrolmentRule{
			Floors: []MutualFloor{{Class: "public", Min: decimal.New(8, -1)}, {Class: "other", Min: decimal.New(5, -1)}},
			Source: "厦门市总工会 第二十一期职工医疗互助（厦门日报 2025年12月11日报道：机关事业单位和国有企业参加人数不低于会员的80%，其他单位不低于50%）(secondary)",
		},
		Inpatient: &MutualInpatient{Base: BaseSelfPaid, Share: decimal.New(2, -1), Threshold: decimal.Zero,
			Cap: decimal.New(200000, 0), Source: mutualSrcXiamen + "：医保起付线以上个人自付部分的20%，每期累计最高20万元"},
	}
}

// mutualFuzhou2012 is 福州 第三期 with the contribution of a class of staff.
func mutualFuzhou2012(name string, contribution int64) MutualPlan {
	return MutualPlan{
		Name: name, Source: mutualSrcFuzhou + mutualSrcRounding, Secondary: true,
		Effective:    union.Since(union.Period{Year: 2012, Month: 7}),
		Contribution: decimal.New(contribution, 0), PeriodMonths: 12, MaxShares: 1,
		Rounding:    union.ToFen(union.HalfUp),
		Eligibility: MutualEligibility{UnionMember: true, InService: true, Source: mutualSrcFuzhou + "：在职会员"},
		Inpatient: &MutualInpatient{Base: BaseCovered, Share: decimal.New(13, -2), Threshold: decimal.Zero,
			Cap: decimal.New(50000, 0), Source: mutualSrcFuzhou + "：住院医保费用总额的13%，每期可多次申领，累计最高5万元"},
	}
}

// MutualFuzhou2012Enterprise returns 福州 第三期 职工医疗互助 (2012, secondary) for
// enterprise staff: 36 元 a share for a period; 13% of the total inpatient
// cost within the 医保 catalogue, any disease, any number of stays, at most
// 50,000 元 a period.
func MutualFuzhou2012Enterprise() MutualPlan {
	return mutualFuzhou2012("mutual_fuzhou2012_enterprise", 36)
}

// MutualFuzhou2012Institution returns the same plan for the staff of public
// institutions (机关事业单位): 60 元 a share.
func MutualFuzhou2012Institution() MutualPlan {
	return mutualFuzhou2012("mutual_fuzhou2012_institution", 60)
}

// MutualBeijing2011Allowance returns 北京 住院津贴 plan (2011, secondary):
// 60 元 a year; women under 55 and men under 60, through the unit union;
// 40 元 a day from the 4th day of a stay for illness or accident, at most
// 7,200 元 (180 days) a period.
func MutualBeijing2011Allowance() MutualPlan {
	return MutualPlan{
		Name: "mutual_beijing2011_allowance", Source: mutualSrcBeijing + mutualSrcRounding, Secondary: true,
		Effective:    union.Since(union.Period{Year: 2011, Month: 1}),
		Contribution: decimal.New(60, 0), PeriodMonths: 12, MaxShares: 1,
		Rounding: union.ToFen(union.HalfUp),
		Eligibility: MutualEligibility{UnionMember: true, InService: true, UnderAgeWomen: 55, UnderAgeMen: 60,
			Source: mutualSrcBeijing + "：女55周岁以下、男60周岁以下在职职工"},
		Allowance: &MutualAllowance{PerDay: decimal.New(40, 0), FromDay: 4, Cap: decimal.New(7200, 0),
			Source: mutualSrcBeijing + "：住院第4天起每天40元，每期最高7200元"},
	}
}

// MutualACFTUAllowance2015 returns the 中国职工保险互助会 (中互会) 住院津贴综合互助保障计划
// as a company union published it (2015, secondary): 80 元 a year; 50 元 a day
// for a stay of more than 3 days in a local hospital of grade 2 or above,
// taken as from the 4th day (the text is ambiguous about days 1–3), at most
// 4,500 元 (90 days) a period; a grant for the 15 listed serious illnesses
// (disease code "serious_illness") of 500 元 when diagnosed 30 to 90 days after
// cover starts and 10,000 元 after 90 days, nothing before day 30. Renewing
// members skip the waiting period, as the society's Changchun office stated in
// 2025.
func MutualACFTUAllowance2015() MutualPlan {
	return MutualPlan{
		Name: "mutual_acftu_allowance2015", Source: mutualSrcACFTU + mutualSrcRounding, Secondary: true,
		Effective:    union.Since(union.Period{Year: 2015, Month: 1}),
		Contribution: decimal.New(80, 0), PeriodMonths: 12, MaxShares: 1,
		Rounding:            union.ToFen(union.HalfUp),
		RenewalSkipsWaiting: true,
		Eligibility:         MutualEligibility{UnionMember: true, InService: true, Source: mutualSrcACFTU + "：在职会员"},
		Allowance: &MutualAllowance{PerDay: decimal.New(50, 0), FromDay: 4, Cap: decimal.New(4500, 0), MinHospitalGrade: 2,
			Source: mutualSrcACFTU + "：二级以上医院住院超过3天，每天50元，最高4500元"},
		Grants: []MutualGrant{{Disease: "serious_illness",
			Steps:  []MutualGrantStep{{FromDay: 30, Amount: decimal.New(500, 0)}, {FromDay: 91, Amount: decimal.New(10000, 0)}},
			Source: mutualSrcACFTU + "：15种重大疾病，观察期30日内不给付，30至90日确诊500元，90日后确诊10000元"}},
	}
}

// MutualNanping2012Women returns 南平 女职工特殊疾病互助保障 (2012, secondary): 25 元
// a person a year, for women; fixed sums by class, each once a period: 6,000
// 元 for the 8 listed female cancers ("female_cancer"), 3,000 元 for removal
// of both uterus and ovaries ("uterus_and_ovaries"), 2,000 元 for removal of
// the uterus or the ovaries ("uterus_or_ovaries"), 1,000 元 for a fibroid
// removal ("fibroid").
func MutualNanping2012Women() MutualPlan {
	src := mutualSrcNanping + "：按病种定额给付"
	one := func(code string, amount int64) MutualGrant {
		return MutualGrant{Disease: code, Steps: []MutualGrantStep{{FromDay: 0, Amount: decimal.New(amount, 0)}}, Source: src}
	}
	return MutualPlan{
		Name: "mutual_nanping2012_women", Source: mutualSrcNanping + mutualSrcRounding, Secondary: true,
		Effective:    union.Since(union.Period{Year: 2012, Month: 7}),
		Contribution: decimal.New(25, 0), PeriodMonths: 12, MaxShares: 1,
		Rounding:    union.ToFen(union.HalfUp),
		Eligibility: MutualEligibility{UnionMember: true, Sex: union.Female, Source: mutualSrcNanping + "：女职工会员"},
		Grants: []MutualGrant{one("female_cancer", 6000), one("uterus_and_ovaries", 3000),
			one("uterus_or_ovaries", 2000), one("fibroid", 1000)},
	}
}

// MutualPlans returns every mutual-aid preset, freshly built, ordered by name.
func MutualPlans() []MutualPlan {
	out := []MutualPlan{MutualXiamen2021(), MutualFuzhou2012Enterprise(), MutualFuzhou2012Institution(),
		MutualBeijing2011Allowance(), MutualACFTUAllowance2015(), MutualNanping2012Women()}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// MutualPresets describes every mutual-aid preset as a union.Preset (name,
// document, months), ordered by name. Each call returns a fresh slice.
func MutualPresets() []union.Preset {
	ps := MutualPlans()
	out := make([]union.Preset, len(ps))
	for i, p := range ps {
		out[i] = union.Preset{Name: p.Name, Document: p.Source, Effective: p.Effective}
	}
	return out
}

// MutualPreset returns the mutual-aid preset of that name, freshly built; an
// unknown name is a *union.FieldError on field "preset" (ErrInvalid).
func MutualPreset(name string) (MutualPlan, error) {
	for _, p := range MutualPlans() {
		if p.Name == name {
			return p, nil
		}
	}
	return MutualPlan{}, union.Invalid("preset", "invalid.unknown", name)
}

// UnmarshalJSON reads a plan strictly (union.DecodeJSON): an unknown key
// anywhere is a *union.FieldError naming its path.
func (p *MutualPlan) UnmarshalJSON(b []byte) error {
	type plain MutualPlan
	var v plain
	if err := union.DecodeJSON(b, &v); err != nil {
		return err
	}
	*p = MutualPlan(v)
	return nil
}

// UnmarshalJSON reads a claim strictly (union.DecodeJSON): an unknown key
// anywhere is a *union.FieldError naming its path.
//
// A claim with a stay must state every amount of the bill and what every
// other payer paid — stay.total, out_of_catalogue, deductible, excluded,
// basic_insurance, serious_illness and the claim's commercial — each even
// when it is 0: a key left out is invalid.required. A payer's share left out
// would read as nothing paid, and mutual aid (and the MedicalRemaining handed
// to hardship aid) would pay what the payer already paid. In Go, a zero
// decimal is the caller's statement that nothing was paid.
func (c *MutualClaim) UnmarshalJSON(b []byte) error {
	type plain MutualClaim
	var v plain
	err := union.DecodeJSON(b, &v)
	if v.Stay != nil {
		top, _ := readKeys(b)
		if stay, ok := readKeys(top["stay"]); ok {
			err = errors.Join(err, top.missing("", "commercial"),
				stay.missing("stay", "total", "out_of_catalogue", "deductible", "excluded", "basic_insurance", "serious_illness"))
		}
	}
	if err != nil {
		return err
	}
	*c = MutualClaim(v)
	return nil
}
