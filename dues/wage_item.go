package dues

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// WageItem names one item of a payslip (工资项目). The named constants are the
// items the dues rules speak of, by their English word ("basic"). An
// employer's own item names are accepted only when the policy declares them
// (Policy.OwnItems, or a Base listing them): a base that counts "everything
// but" a list then counts them, a base that counts "only" a list leaves them
// out. Any other name on a payslip is an error naming wages[<name>], so a
// typo is never counted (overcharging) nor silently dropped.
//
// The Chinese names of the named items (基本工资, 奖金, 加班工资 …, in zh-Hans
// or zh-Hant) are read by ParseWageItem, which decoders use at the edge. In
// Go, Wages keys are the constants: a Chinese name used as a key is refused
// as an error (code "dues.item.alias") naming the item it stands for, never
// taken as an employer's item.
//
// Its JSON form is the plain string, e.g. "position".
type WageItem string

// The wage items of the dues rules (全总 工发〔1978〕101号; the 1993 and 2006
// public-sector pay structures). Overtime is wage income (加班加点工资, a
// part of 工资总额 under 国家统计局令第1号 第四条): the 1978 circular does not
// leave it out, so National counts it. Severance and Relief are the
// labour-insurance payments the circular's 第四条 leaves out.
const (
	PositionWage     WageItem = "position"          // 岗位工资
	GradeWage        WageItem = "grade"             // 薪级工资
	DutyWage         WageItem = "duty"              // 职务工资
	RankWage         WageItem = "rank"              // 级别工资
	BasicWage        WageItem = "basic"             // 基本工资 / 基础工资
	SeniorityWage    WageItem = "seniority"         // 工龄工资
	LevelWage        WageItem = "level"             // 等级工资
	SkillWage        WageItem = "skill"             // 技能工资
	BasicPerformance WageItem = "basic_performance" // 基础性绩效工资
	Bonus            WageItem = "bonus"             // 奖金
	Allowance        WageItem = "allowance"         // 津贴
	Subsidy          WageItem = "subsidy"           // 补贴
	Overtime         WageItem = "overtime"          // 加班工资
	Royalty          WageItem = "royalty"           // 稿费
	Pension          WageItem = "pension"           // 退休金
	Severance        WageItem = "severance"         // 退职金
	Relief           WageItem = "relief"            // 救济费
)

// knownItems lists the named items in a fixed order; an item's index is its
// bit in the masks the batch path uses.
var knownItems = [...]WageItem{
	PositionWage, GradeWage, DutyWage, RankWage, BasicWage, SeniorityWage, LevelWage, SkillWage,
	BasicPerformance, Bonus, Allowance, Subsidy, Overtime, Royalty, Pension, Severance, Relief,
}

// countedCodes and excludedCodes are the reason codes of the named items,
// in the order of knownItems; never changed.
var (
	countedCodes = [len(knownItems)]string{"dues.counted.position", "dues.counted.grade", "dues.counted.duty",
		"dues.counted.rank", "dues.counted.basic", "dues.counted.seniority", "dues.counted.level", "dues.counted.skill",
		"dues.counted.basic_performance", "dues.counted.bonus", "dues.counted.allowance", "dues.counted.subsidy",
		"dues.counted.overtime", "dues.counted.royalty", "dues.counted.pension", "dues.counted.severance",
		"dues.counted.relief"}
	excludedCodes = [len(knownItems)]string{"dues.excluded.position", "dues.excluded.grade", "dues.excluded.duty",
		"dues.excluded.rank", "dues.excluded.basic", "dues.excluded.seniority", "dues.excluded.level", "dues.excluded.skill",
		"dues.excluded.basic_performance", "dues.excluded.bonus", "dues.excluded.allowance", "dues.excluded.subsidy",
		"dues.excluded.overtime", "dues.excluded.royalty", "dues.excluded.pension", "dues.excluded.severance",
		"dues.excluded.relief"}
)

// Items returns the named wage items in a fixed order.
func Items() []WageItem { return append([]WageItem(nil), knownItems[:]...) }

// itemIndex returns the index of a named item in knownItems, or -1 for an
// employer's own item.
func itemIndex(w WageItem) int {
	switch w {
	case PositionWage:
		return 0
	case GradeWage:
		return 1
	case DutyWage:
		return 2
	case RankWage:
		return 3
	case BasicWage:
		return 4
	case SeniorityWage:
		return 5
	case LevelWage:
		return 6
	case SkillWage:
		return 7
	case BasicPerformance:
		return 8
	case Bonus:
		return 9
	case Allowance:
		return 10
	case Subsidy:
		return 11
	case Overtime:
		return 12
	case Royalty:
		return 13
	case Pension:
		return 14
	case Severance:
		return 15
	case Relief:
		return 16
	}
	return -1
}

// itemAliases maps the Chinese names of the named items (zh-Hans, zh-Hant,
// and the common synonyms of payroll exports) to the items; never changed.
var itemAliases = map[string]WageItem{
	"岗位工资": PositionWage, "崗位工資": PositionWage,
	"薪级工资": GradeWage, "薪級工資": GradeWage,
	"职务工资": DutyWage, "職務工資": DutyWage,
	"级别工资": RankWage, "級別工資": RankWage,
	"基本工资": BasicWage, "基本工資": BasicWage, "基础工资": BasicWage, "基礎工資": BasicWage,
	"工龄工资": SeniorityWage, "工齡工資": SeniorityWage,
	"等级工资": LevelWage, "等級工資": LevelWage,
	"技能工资": SkillWage, "技能工資": SkillWage,
	"基础性绩效工资": BasicPerformance, "基礎性績效工資": BasicPerformance,
	"奖金": Bonus, "獎金": Bonus,
	"津贴": Allowance, "津貼": Allowance,
	"补贴": Subsidy, "補貼": Subsidy, "补助费": Subsidy, "補助費": Subsidy,
	"加班工资": Overtime, "加班工資": Overtime, "加班费": Overtime, "加班費": Overtime,
	"加班加点工资": Overtime, "加班加點工資": Overtime,
	"稿费": Royalty, "稿費": Royalty, "稿酬": Royalty,
	"退休金": Pension, "退休费": Pension, "退休費": Pension,
	"退职金": Severance, "退職金": Severance, "退职费": Severance, "退職費": Severance,
	"救济费": Relief, "救濟費": Relief, "救济金": Relief, "救濟金": Relief,
}

// aliasOf returns the named item a Chinese name stands for.
func aliasOf(s string) (WageItem, bool) {
	w, ok := itemAliases[s]
	return w, ok
}

// ParseWageItem reads a wage item's name as payroll exports and policy files
// write it: the English word ("basic", any letter case), or the zh-Hans or
// zh-Hant name (基本工资, 基本工資) or a common synonym (基础工资, 加班费, 稿酬 …);
// surrounding spaces are ignored. Any other name is returned as it is
// (trimmed) with a *union.FieldError wrapping union.ErrInvalid (field
// "wages[<name>]", code "dues.item.unknown"): a decoder whose policy
// declares the employer's own items (Policy.Declares) keeps the name.
func ParseWageItem(s string) (WageItem, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return "", union.Invalid("wages", "invalid.empty", s)
	}
	w := WageItem(t)
	if w.Known() {
		return w, nil
	}
	if a, ok := aliasOf(t); ok {
		return a, nil
	}
	if l := WageItem(strings.ToLower(t)); l.Known() {
		return l, nil
	}
	return w, union.Invalid("wages["+t+"]", codeItemUnknown, t)
}

// Known reports whether w is one of the named items.
func (w WageItem) Known() bool { return itemIndex(w) >= 0 }

// Text returns the localized name of a named item (岗位工资 in zh-Hans); an
// employer's own item is returned as it is.
func (w WageItem) Text(tag language.Tag) string {
	if !w.Known() {
		return string(w)
	}
	return union.Reason{Code: "dues.item." + string(w)}.Text(tag)
}
