package assistance

import "github.com/shopspring/decimal"

// Household is the unit of assessment: one file per household (一户一档,
// 《云南省困难职工档案管理办法(试行)》 第六条). Members, Income, RigidExpenses,
// HardshipCosts and Homes are the core fields (their names are held stable by
// api_test.go); everything else is optional detail that lets more of the
// sources' rules apply (docs/rules/hardship.md).
//
// All amounts are yuan with at most two decimals (fen) and cover the 12
// months before the application unless a field says otherwise.
type Household struct {
	// Members is the number of persons living together (共同生活的家庭成员).
	Members int `json:"members"`
	// Income is income already counted, not broken down by kind. IncomeItems
	// adds income by kind; the rules' exclusion list applies only to those.
	Income decimal.Decimal `json:"income"`
	// RigidExpenses is rigid spending (刚性支出) already counted, not broken
	// down by kind. ExpenseItems and Persons' MedicalSelfPaid add to it.
	RigidExpenses decimal.Decimal `json:"rigid_expenses"`
	// HardshipCosts are the costs and losses of the accident, disaster or
	// illness this year, after all compensation, insurance and social help.
	HardshipCosts decimal.Decimal `json:"hardship_costs"`
	// Homes is the number of residential homes the household owns.
	Homes int `json:"homes"`

	// Persons details the members; when given, there must be exactly Members of them.
	Persons []Person `json:"persons,omitempty"`
	// IncomeItems is income by kind.
	IncomeItems []IncomeItem `json:"income_items,omitempty"`
	// ExpenseItems is rigid spending by kind; only the kinds the rules count
	// are deducted.
	ExpenseItems []ExpenseItem `json:"expense_items,omitempty"`
	// Shops is the number of commercial premises (商铺) the household owns.
	Shops int `json:"shops,omitempty"`
	// EmploysOthers is set when a member runs a business employing others.
	EmploysOthers bool `json:"employs_others,omitempty"`
	// Vehicles is the number of motor vehicles owned (mobility scooters,
	// motorcycles and e-bikes not counted).
	Vehicles int `json:"vehicles,omitempty"`
	// Assets are financial assets: savings, deposits, securities and net
	// investment assets (the Generation-1 asset-inclusive test and asset caps).
	Assets decimal.Decimal `json:"assets"`
	// OnMinimumLiving is set when the household receives government 低保 or
	// 特困 support.
	OnMinimumLiving bool `json:"on_minimum_living,omitempty"`
	// MonthsBelow is the number of consecutive months, up to now, in which
	// per-capita income was below 低保 (Generation-1 低保户 test).
	MonthsBelow int `json:"months_below,omitempty"`
	// MonthsAbove is the number of consecutive months, up to now, in which
	// per-capita income was above 低保 (the 脱困 test of a review).
	MonthsAbove int `json:"months_above,omitempty"`
}

// Person is one member of a household.
type Person struct {
	// Name is for printed sheets only; no rule reads it.
	Name string `json:"name,omitempty"`
	// Age in whole years.
	Age int `json:"age"`
	// School is the level of schooling, NotInSchool for non-students.
	School SchoolLevel `json:"school,omitzero"`
	// Capacity is the capacity to work.
	Capacity WorkCapacity `json:"capacity,omitzero"`
	// Employed is set when the person has work (its income is in IncomeItems or Income).
	Employed bool `json:"employed,omitempty"`
	// Caregiver is set when the person cares full-time for a sick or disabled member.
	Caregiver bool `json:"caregiver,omitempty"`
	// ImputeExempt is set when evidence shows the person cannot earn the
	// minimum wage, so no income is imputed.
	ImputeExempt bool `json:"impute_exempt,omitempty"`
	// Disability is the disability certificate grade, 1 (most severe) to 4; 0 for none.
	Disability int `json:"disability,omitempty"`
	// SeriousIllness is set for a serious illness (重大疾病) on the list the
	// rules use (中国保险行业协会《重大疾病保险的疾病定义使用规范》 plus the
	// local government's lists of serious and rare diseases); medical aid
	// with MedicalRate.SeriousIllnessOnly pays only such members.
	SeriousIllness bool `json:"serious_illness,omitempty"`
	// MedicalSelfPaid is this year's self-paid medical cost after all
	// insurance. It counts as rigid spending of kind medical and is the base
	// of medical aid; do not repeat it in ExpenseItems.
	MedicalSelfPaid decimal.Decimal `json:"medical_self_paid"`
	// SchoolFee is the yearly fee of the school attended, and PublicSchoolFee
	// that of a local public school of the same level (the high-fee test).
	SchoolFee decimal.Decimal `json:"school_fee"`
	// PublicSchoolFee is the yearly fee of a local public school of the same level.
	PublicSchoolFee decimal.Decimal `json:"public_school_fee"`
	// AbroadSelfFunded is set for self-funded study abroad (自费留学).
	AbroadSelfFunded bool `json:"abroad_self_funded,omitempty"`
	// FundedElsewhere is set when the student is already funded by another
	// programme or studies tuition-free (military academy, 公费师范生, 定向生):
	// no double funding (天门市总工会2024年金秋助学通知).
	FundedElsewhere bool `json:"funded_elsewhere,omitempty"`
}
