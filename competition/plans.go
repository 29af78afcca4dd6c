package competition

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The tier keys the presets use; TierText gives their names.
const (
	TierFirst      = "first"      // 一等奖
	TierSecond     = "second"     // 二等奖
	TierThird      = "third"      // 三等奖
	TierGold       = "gold"       // 金牌
	TierSilver     = "silver"     // 银牌
	TierBronze     = "bronze"     // 铜牌
	TierExcellence = "excellence" // 优胜奖
)

// The title keys the presets use; TitleText gives their names.
const (
	TitleNationalSkillExpert   = "national_skill_expert"    // 全国技术能手
	TitleProvincialSkillExpert = "provincial_skill_expert"  // 省技术能手
	TitleNationalMayDayMedal   = "national_may_day_medal"   // 全国五一劳动奖章 (nomination)
	TitleProvincialMayDayMedal = "provincial_may_day_medal" // 省五一劳动奖章
	TitleMedal                 = "medal"                    // 奖牌
	TitlePromoteTechnician     = "promote_technician"       // 晋升技师（已是技师者晋升高级技师）
	TitlePromoteSeniorWorker   = "promote_senior_worker"    // 晋升高级工
	TitlePromoteIntermediate   = "promote_intermediate"     // 晋升中级工
	TitlePromoteOneLevel       = "promote_one_level"        // 晋升一级
	TitleYoungEagle            = "young_eagle"              // 雏鹰奖
	TitleProvincialCraftsman   = "provincial_craftsman"     // 推荐省级工匠
)

// TierText returns the localized name of a tier key ("first" → 一等奖), or the
// key itself when the package does not know it (a caller's own tier name).
func TierText(name string, tag language.Tag) string {
	return keyText("competition.tier_name.", name, tag)
}

// TitleText returns the localized name of a title key, or the key itself when
// the package does not know it.
func TitleText(title string, tag language.Tag) string {
	return keyText("competition.title_name.", title, tag)
}

func keyText(prefix, key string, tag language.Tag) string {
	code := prefix + key
	if t := nameText(code, tag); t != code {
		return t
	}
	return key
}

func share(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Quota2012 is the award plan of the 2012 national skills final for the
// 高级组 (senior group): 一等奖 10%, 二等奖 20%, 三等奖 30% of the group's
// competitors (cumulative cut-offs 10%, 30%, 60%); the top 5 promoted to 技师,
// places 6–15 to 高级工, and the 雏鹰奖 for the top 10 (SourceQuota2012). The
// 中级组 has its own plan, Quota2012Intermediate: the notice promotes by group.
func Quota2012() AwardPlan {
	return quota2012("quota2012", TitlePromoteTechnician, TitlePromoteSeniorWorker)
}

// Quota2012Intermediate is the 2012 plan for the 中级组 (intermediate group):
// the same tiers; the top 5 promoted to 高级工, places 6–15 to 中级工, the 雏鹰奖
// for the top 10 (SourceQuota2012).
func Quota2012Intermediate() AwardPlan {
	return quota2012("quota2012_intermediate", TitlePromoteSeniorWorker, TitlePromoteIntermediate)
}

func quota2012(name, top5, next10 string) AwardPlan {
	return AwardPlan{
		Name: name,
		Tiers: []Tier{
			{Name: TierFirst, Share: share("0.1")},
			{Name: TierSecond, Share: share("0.2")},
			{Name: TierThird, Share: share("0.3")},
		},
		Titles: []TitleRule{
			{Title: top5, To: 5, Source: SourceQuota2012},
			{Title: next10, From: 6, To: 15, Source: SourceQuota2012},
			{Title: TitleYoungEagle, To: 10, Source: SourceQuota2012},
		},
		Source: SourceQuota2012,
	}
}

// NationalSkills2020 is the award plan of 中华人民共和国职业技能大赛 (1st
// 2020, 2nd 2023): gold, silver and bronze for the top 3, 优胜奖 for the
// others in the top half of the field; 全国技术能手 for the top 5 of an
// individual event, the top 3 of a two-person team event, the top 2 of a
// three-person one; 优胜奖 and above promoted to 技师 (二级), or to 高级技师
// (一级) when already a technician (see Promote) (SourceNationalSkills). Rank
// with NationalSkills, so medal places are never shared.
func NationalSkills2020(teamSize int) AwardPlan {
	top := 5
	switch {
	case teamSize == 2:
		top = 3
	case teamSize >= 3:
		top = 2
	}
	return AwardPlan{
		Name: "national_skills_2020",
		Tiers: []Tier{
			{Name: TierGold, Count: 1},
			{Name: TierSilver, Count: 1},
			{Name: TierBronze, Count: 1},
			{Name: TierExcellence, Reach: share("0.5")},
		},
		Titles: []TitleRule{
			{Title: TitleMedal, To: 3, Source: SourceNationalSkills},
			{Title: TitleNationalSkillExpert, To: top, Source: SourceNationalSkills},
			{Title: TitlePromoteTechnician, Tiers: []string{TierGold, TierSilver, TierBronze, TierExcellence}, Source: SourceNationalSkills},
		},
		Source: SourceNationalSkills,
	}
}

// WorkerSkills2015 is the title plan of the 5th 全国职工职业技能大赛 (2015):
// the first of each trade may be nominated for the 全国五一劳动奖章; the top 5
// get 全国技术能手 and promotion to technician (or senior technician); places
// 6–20 are promoted to senior worker (SourceWorkerSkills2015).
func WorkerSkills2015() AwardPlan {
	return AwardPlan{
		Name: "worker_skills_2015",
		Titles: []TitleRule{
			{Title: TitleNationalMayDayMedal, To: 1, Nomination: true, Source: SourceWorkerSkills2015},
			{Title: TitleNationalSkillExpert, To: 5, Source: SourceWorkerSkills2015},
			{Title: TitlePromoteTechnician, To: 5, Source: SourceWorkerSkills2015},
			{Title: TitlePromoteSeniorWorker, From: 6, To: 20, Source: SourceWorkerSkills2015},
		},
		Source: SourceWorkerSkills2015,
	}
}

// WorkerSkills8 is the title plan of the 8th 全国职工职业技能大赛: the top 3
// who meet the recommendation conditions receive the 全国五一劳动奖章 through
// the normal procedure, so the title is a nomination (SourceWorkerSkills8).
// The route differs by edition (1st place only in 2015): pick the plan of the
// edition.
func WorkerSkills8() AwardPlan {
	return AwardPlan{
		Name: "worker_skills_8",
		Titles: []TitleRule{
			{Title: TitleNationalMayDayMedal, To: 3, Nomination: true, Source: SourceWorkerSkills8},
		},
		Source: SourceWorkerSkills8,
	}
}

// Guizhou2023 is the award plan of Guizhou's 1st worker skills competition
// (2023): per event 一等奖 1, 二等奖 2, 三等奖 5; medals for the top 3; 一等奖
// earns the 贵州省五一劳动奖章 and a nomination as 贵州工匠; the top 3 earn
// 省技术能手 (SourceGuizhou2023).
func Guizhou2023() AwardPlan {
	return AwardPlan{
		Name: "guizhou_2023",
		Tiers: []Tier{
			{Name: TierFirst, Count: 1},
			{Name: TierSecond, Count: 2},
			{Name: TierThird, Count: 5},
		},
		Titles: []TitleRule{
			{Title: TitleMedal, To: 3, Source: SourceGuizhou2023},
			{Title: TitleProvincialMayDayMedal, Tiers: []string{TierFirst}, Source: SourceGuizhou2023},
			{Title: TitleProvincialCraftsman, Tiers: []string{TierFirst}, Nomination: true, Source: SourceGuizhou2023},
			{Title: TitleProvincialSkillExpert, To: 3, Source: SourceGuizhou2023},
		},
		Source: SourceGuizhou2023,
	}
}

// Hebei is the title plan of Hebei's disabled persons' skills competition:
// only an event with at least 10 competitors gives 省技术能手, to its top 2
// (SourceHebeiField).
func Hebei() AwardPlan {
	return AwardPlan{
		Name: "hebei",
		Titles: []TitleRule{
			{Title: TitleProvincialSkillExpert, To: 2, MinField: 10, Source: SourceHebeiField},
		},
		Source: SourceHebeiField,
	}
}

// SkillLevel is a national vocational qualification level (国家职业资格等级),
// lowest first. Its text form is the English word.
type SkillLevel uint8

// The skill levels.
const (
	Unqualified      SkillLevel = iota // no level
	Junior                             // 初级工（五级）
	Intermediate                       // 中级工（四级）
	Senior                             // 高级工（三级）
	Technician                         // 技师（二级）
	SeniorTechnician                   // 高级技师（一级）
)

var skillEnum = enum.New[SkillLevel]("SkillLevel", "skill_level", "competition.level", union.Invalid, "unqualified", "junior", "intermediate", "senior", "technician", "senior_technician")

// String returns the English word.
func (l SkillLevel) String() string { return skillEnum.String(l) }

// Text returns the localized name, e.g. 技师.
func (l SkillLevel) Text(tag language.Tag) string {
	return skillEnum.Text(l, tag)
}

// Valid reports whether l is defined.
func (l SkillLevel) Valid() bool { return skillEnum.Valid(l) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (l SkillLevel) MarshalText() ([]byte, error) {
	return skillEnum.Marshal(l)
}

// UnmarshalText reads the word, or the name Text prints in any of the
// three languages; anything else is ErrInvalid listing the accepted values.
func (l *SkillLevel) UnmarshalText(b []byte) error {
	return skillEnum.Unmarshal(l, b)
}

// Promote returns the level a competitor reaches when a competition promotes
// to level to: to itself when the competitor is below it, otherwise one level
// above the current one (a technician promoted "to technician" becomes a
// senior technician, SourceNationalSkills), and no change at the top level.
// The reason says which; an undefined level is ErrInvalid.
func Promote(current, to SkillLevel) (SkillLevel, union.Reason, error) {
	if !current.Valid() {
		return current, union.Reason{}, union.Invalid("current", "invalid.unknown", current.String())
	}
	if !to.Valid() || to == Unqualified {
		return current, union.Reason{}, union.Invalid("to", "invalid.unknown", to.String())
	}
	switch {
	case current < to:
		return to, union.NewReason("competition.promotion."+to.String(), SourceNationalSkills), nil
	case current < SeniorTechnician:
		return current + 1, union.NewReason("competition.promotion."+(current+1).String(), SourceNationalSkills), nil
	}
	return current, union.NewReason("competition.promotion.top", SourceNationalSkills), nil
}
