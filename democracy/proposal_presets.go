package democracy

import (
	"sort"

	"github.com/gonghui/gonghui/union"
)

// Citations of the proposal presets. No statute sets numbers for congress
// proposals: 上海市职工代表大会条例 第十二条 and 浙江省企业民主管理条例 第七条 only
// make their handling a congress duty. The numbers come from units' own rules.
const (
	srcPropStats            = "提案工作报告的通行口径：立案率以收到件数为基数，合并件按原件计，满意率含基本满意（依二手资料）"
	srcPropCommonExclusions = "高校、企业提案工作制度通行的不予立案范围（超出职权、违反法律政策、党团及民主党派内部事务、纯属个人问题、学术争论、部门职责范围内可解决、已解决、暂不能解决；依二手资料）"
	srcPropCPPCC            = "政协全国委员会提案工作条例（不予立案：国家秘密、诉讼仲裁中事项、学术争论、个人问题、检举控告、宣传推介、内容空泛）"
)

// commonExclusions are the grounds most unit rules list.
func commonExclusions() []Exclusion {
	return []Exclusion{ExclusionOutsidePowers, ExclusionUnlawful, ExclusionPartyInternal, ExclusionPersonal,
		ExclusionAcademic, ExclusionDepartment, ExclusionSolved, ExclusionNotNow}
}

// ProposalsNWNU returns the proposal rules of 西北师范大学
// 教职工代表大会提案工作办法, as its union publishes them: only formal
// delegates propose and second; one delegate proposes and two or more
// second; delegations hand proposals in 15 days before the opening, and
// later items are not congress proposals but general opinions; proposals of
// the same content are merged and their proposers become co-proposers. The
// rule sets no reply period. The grounds for not accepting a proposal are
// the list common to unit rules (secondary sources).
func ProposalsNWNU() ProposalRules {
	return ProposalRules{
		Name:                    "proposal_nwnu",
		Source:                  "西北师范大学教职工代表大会提案工作办法",
		MinSeconders:            2,
		SignatureSource:         "西北师范大学教职工代表大会提案工作办法（提案人一人、附议人两人以上，均须为正式代表）",
		CutoffDays:              15,
		Late:                    LateOpinion,
		CutoffSource:            "西北师范大学教职工代表大会提案工作办法（开幕前十五天提交；逾期作为一般意见）",
		Exclusions:              commonExclusions(),
		ExclusionSource:         srcPropCommonExclusions,
		MergeSource:             "西北师范大学教职工代表大会提案工作办法（内容相同的提案合并，原提案人均为提案人）",
		SatisfactionCountsBasic: true,
		StatsSource:             srcPropStats,
	}
}

// ProposalsXPU2016 returns the proposal rules of 西安工程大学 (2016), as its
// union publishes them: one proposer and at least five seconders, otherwise
// no 立案; six tests for 立案 (law and policy, fit with the school, within the
// school's administrative powers, within the congress's powers, of real
// value, wide impact), read here as the grounds outside powers, unlawful,
// personal and no concrete suggestion. No cut-off or reply period is stated:
// items are due before the opening day.
func ProposalsXPU2016() ProposalRules {
	return ProposalRules{
		Name:                    "proposal_xpu2016",
		Source:                  "西安工程大学教代会提案工作规定（2016年）",
		MinSeconders:            5,
		SignatureSource:         "西安工程大学教代会提案工作规定（提案人一人、附议人至少五人，否则不予立案）",
		Late:                    LateOpinion,
		CutoffSource:            "西安工程大学教代会提案工作规定（未规定截止天数：开幕前提交）",
		Exclusions:              []Exclusion{ExclusionOutsidePowers, ExclusionUnlawful, ExclusionPersonal, ExclusionNoSuggestion},
		ExclusionSource:         "西安工程大学教代会提案工作规定（立案六原则）",
		MergeSource:             "西安工程大学教代会提案工作规定（并案）" + unverNote,
		SatisfactionCountsBasic: true,
		StatsSource:             srcPropStats,
	}
}

// ProposalsSPPC2018 returns the proposal rules of 上海出版印刷高等专科学校
// (2018), as its union publishes them: one proposer and two or more
// seconders; a three-part 立案 test (within the school's and the congress's
// powers; lawful and balancing state, collective and individual interests;
// worth doing and feasible); review finished during the session; items
// after the session's collection are forwarded to the departments directly.
func ProposalsSPPC2018() ProposalRules {
	return ProposalRules{
		Name:                    "proposal_sppc2018",
		Source:                  "上海出版印刷高等专科学校教代会提案工作制度（2018年）",
		MinSeconders:            2,
		SignatureSource:         "上海出版印刷高等专科学校教代会提案工作制度（提案人一人、附议人两人以上）",
		Late:                    LateForward,
		CutoffSource:            "上海出版印刷高等专科学校教代会提案工作制度（逾期提交的直接转职能部门处理）",
		Exclusions:              []Exclusion{ExclusionOutsidePowers, ExclusionUnlawful, ExclusionNotNow},
		ExclusionSource:         "上海出版印刷高等专科学校教代会提案工作制度（立案三条件）",
		MergeSource:             "上海出版印刷高等专科学校教代会提案工作制度（并案）" + unverNote,
		SatisfactionCountsBasic: true,
		StatsSource:             srcPropStats,
	}
}

// ProposalsFJUT2017 returns the proposal practice of 福建工程学院 (2017), as
// its union publishes it: handling departments reply in writing within 15
// days of receipt. Its seconder count and cut-off were not seen; the common
// two seconders and a deadline of the day before the opening are used and
// the preset is marked Unverified.
func ProposalsFJUT2017() ProposalRules {
	return ProposalRules{
		Name:                    "proposal_fjut2017",
		Source:                  "福建工程学院教代会提案工作通知（2017年；附议人数与截止日依二手资料）",
		Unverified:              true,
		MinSeconders:            2,
		SignatureSource:         "高校提案工作制度通行的附议人两人以上",
		Late:                    LateOpinion,
		CutoffSource:            "福建工程学院教代会提案工作通知（截止日未见：开幕前提交）",
		Exclusions:              commonExclusions(),
		ExclusionSource:         srcPropCommonExclusions,
		MergeSource:             "高校提案工作制度通行的并案规定",
		Reply:                   step(spanDays(15), "福建工程学院教代会提案工作通知（承办单位收到提案后十五日内书面答复）"),
		SatisfactionCountsBasic: true,
		StatsSource:             srcPropStats,
	}
}

// ProposalsEnterpriseGroup returns an enterprise group's staff-congress
// proposal rules, known from a published notice and a company proposal
// system (secondary sources, so Unverified): one proposer and two or more
// formal-delegate seconders, each signing by hand, no limit per delegate;
// proposals collected from 30 days before the congress; the CPPCC-style
// grounds for not accepting; a reply within three months of hand-over, the
// default some units copy from the CPPCC rules; implementation checked by
// the year's end (here: within twelve months of the reply).
func ProposalsEnterpriseGroup() ProposalRules {
	return ProposalRules{
		Name:            "proposal_enterprise_group",
		Source:          "企业（集团）职工代表大会提案工作制度（依二手资料）",
		Unverified:      true,
		MinSeconders:    2,
		SignatureSource: "企业（集团）职代会提案征集通知（提案人一人、正式代表附议两人以上，均须亲笔签名）",
		CutoffDays:      1,
		Late:            LateOpinion,
		CutoffSource:    "企业（集团）职代会提案征集通知（会前三十日开始征集，开幕前提交）",
		Exclusions: []Exclusion{ExclusionStateSecret, ExclusionOutsidePowers, ExclusionUnlawful, ExclusionPartyInternal,
			ExclusionLitigation, ExclusionAcademic, ExclusionPersonal, ExclusionAccusation, ExclusionPromotion, ExclusionNoSuggestion},
		ExclusionSource:         srcPropCPPCC,
		MergeSource:             "企业（集团）职工代表大会提案工作制度（内容相同的提案并案处理）",
		Reply:                   step(spanMonths(3), "政协全国委员会提案工作条例（三个月内办复）"),
		Implement:               step(spanMonths(12), "企业（集团）职工代表大会提案工作制度（年底前自查落实情况）"),
		SatisfactionCountsBasic: true,
		StatsSource:             srcPropStats,
	}
}

// ProposalPresets returns every proposal preset, freshly built, ordered by name.
func ProposalPresets() []ProposalRules {
	out := []ProposalRules{ProposalsNWNU(), ProposalsXPU2016(), ProposalsSPPC2018(), ProposalsFJUT2017(), ProposalsEnterpriseGroup()}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// ProposalPresetList describes every proposal preset as a union.Preset
// (name, document, months in force), ordered by name.
func ProposalPresetList() []union.Preset {
	rs := ProposalPresets()
	out := make([]union.Preset, len(rs))
	for i, r := range rs {
		out[i] = union.Preset{Name: r.Name, Document: r.Source, Effective: r.Effective}
	}
	return out
}

// ProposalPreset returns the proposal preset of the given name, freshly
// built; an unknown name is a *union.FieldError (field "preset", ErrInvalid).
func ProposalPreset(name string) (ProposalRules, error) {
	for _, r := range ProposalPresets() {
		if r.Name == name {
			return r, nil
		}
	}
	return ProposalRules{}, union.Invalid("preset", "invalid.unknown", name)
}
