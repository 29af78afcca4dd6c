package assistance

import "github.com/shopspring/decimal"

// IncomeKind names a kind of household income, so the rules' exclusion list
// can apply (江门日报 2025-06-18《申请困难职工家庭帮扶 如何核算职工家庭收支》). Kinds are open:
// any non-empty word is accepted, and a kind the rules do not exclude counts.
type IncomeKind string

// The income kinds 江门日报 2025-06-18 lists.
const (
	Wages              IncomeKind = "wages"               // 工资性收入: wages, bonuses, allowances
	BusinessIncome     IncomeKind = "business"            // 经营性收入
	Maintenance        IncomeKind = "maintenance"         // 赡养费、抚养费、扶养费
	PensionIncome      IncomeKind = "pension"             // 养老金、离退休金
	UnemploymentIncome IncomeKind = "unemployment"        // 失业保险金
	SurvivorBenefit    IncomeKind = "survivor"            // 遗属补助
	Compensation       IncomeKind = "compensation"        // 赔偿金
	Investment         IncomeKind = "investment"          // 利息、股息、储蓄性保险收益
	CollectiveDividend IncomeKind = "collective_dividend" // 集体经济分红
	Expropriation      IncomeKind = "expropriation"       // 征收、拆迁补偿
	Rent               IncomeKind = "rent"                // 租金
	GiftIncome         IncomeKind = "gift"                // 赠与、捐赠
	UnionAid           IncomeKind = "union_aid"           // 已获工会生活、助学、医疗救助
	SocialAssistance   IncomeKind = "social_assistance"   // 低保金等政府救助
	FestivalGift       IncomeKind = "festival_gift"       // 节日慰问金 (not counted, Jiangmen)
	ResidentPension    IncomeKind = "resident_pension"    // 城乡居民基础养老金 (not counted, Jiangmen)
	OtherIncome        IncomeKind = "other"               // 其他收入
)

// knownIncome lists the income kinds 江门日报 2025-06-18 names.
var knownIncome = [...]IncomeKind{Wages, BusinessIncome, Maintenance, PensionIncome, UnemploymentIncome,
	SurvivorBenefit, Compensation, Investment, CollectiveDividend, Expropriation, Rent, GiftIncome,
	UnionAid, SocialAssistance, FestivalGift, ResidentPension, OtherIncome}

// ExpenseKind names a kind of rigid spending (刚性支出), so the rules'
// list of counted kinds applies (平顶山市总工会《困难职工家庭认定标准》; Tianjin's list under
// 民政部《刚性支出困难家庭认定办法》).
type ExpenseKind string

// The expense kinds these sources list.
const (
	MedicalExpense        ExpenseKind = "medical"        // 医疗自付（扣除各类保险后）
	EducationExpense      ExpenseKind = "education"      // 教育支出（按公办学校标准）
	RehabilitationExpense ExpenseKind = "rehabilitation" // 残疾康复
	DisasterExpense       ExpenseKind = "disaster"       // 灾害、事故损失（扣除赔偿后）
	CareExpense           ExpenseKind = "care"           // 长期护理
	EmploymentExpense     ExpenseKind = "employment"     // 必要的求职、就业成本
	OtherExpense          ExpenseKind = "other"          // 其他
)

// IncomeItem is household income of one kind over the 12 months assessed.
type IncomeItem struct {
	Kind   IncomeKind      `json:"kind"`   // the kind of income
	Amount decimal.Decimal `json:"amount"` // yuan over the 12 months
}

// ExpenseItem is rigid spending of one kind over the 12 months assessed.
type ExpenseItem struct {
	Kind   ExpenseKind     `json:"kind"`   // the kind of spending
	Amount decimal.Decimal `json:"amount"` // yuan over the 12 months
}
