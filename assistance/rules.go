package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Rules are the hardship rules in force in one place and period: the local
// 低保, the category tests, the eligibility conditions and exclusions, the
// aid programmes and the review. Build them from a preset (Standard,
// Generation1, Hubei2024, Shanghai2019) and adjust the fields; a Rules value
// is plain data, and entry points never change it.
type Rules struct {
	// Name is a short name of the rule set, e.g. "standard".
	Name string `json:"name"`
	// Source cites the documents and articles the rules encode. It is
	// optional: rules of the caller's own leave it empty, and their reasons
	// then cite OwnRule (presets always cite theirs).
	Source string `json:"source"`
	// Effective is the period the rules are in force.
	Effective union.Effective `json:"effective"`

	// MinimumLiving is the local 低保, per person per month (urban, or the
	// prior year's where the local rule says so, e.g. Shanghai).
	MinimumLiving decimal.Decimal `json:"minimum_living"`
	// PerCapitaRounding rounds the reported per-capita figure. No rounding
	// decides a category: tests compare exact totals (see Band). It must be
	// stated: the zero union.Rounding (whole yuan, half-up) is refused by
	// Validate (code "assistance.policy.rounding_unset") unless WholeYuan
	// says it is meant.
	PerCapitaRounding union.Rounding `json:"per_capita_rounding"`
	// WholeYuan states that a rounding equal to union.Rounding{} — whole
	// yuan, half-up — is meant, in PerCapitaRounding and Aid.Rounding.
	// Without it such a rounding is taken as never stated and refused, so a
	// rounding left out of a literal or a JSON file never rounds money to
	// whole yuan. Other roundings to the yuan ({0, Down} …) need no flag.
	WholeYuan bool `json:"whole_yuan,omitempty"`

	// ImputeIdle assigns income at MinimumWage × 12 to each idle member of
	// working age with full work capacity who is not a student, caregiver,
	// disabled, seriously ill or exempt by evidence (江门日报 2025-06-18, imputed income).
	ImputeIdle bool `json:"impute_idle"`
	// MinimumWage is the local monthly minimum wage (needed when ImputeIdle).
	MinimumWage decimal.Decimal `json:"minimum_wage"`
	// WorkingAge is the age range, both ends inclusive, in which idle members
	// are imputed income.
	WorkingAge AgeRange `json:"working_age"`

	// CountedExpenses lists the kinds of ExpenseItems deducted as rigid spending.
	CountedExpenses []ExpenseKind `json:"counted_expenses"`
	// ExcludedIncome lists the kinds of IncomeItems not counted as income.
	ExcludedIncome []IncomeKind `json:"excluded_income"`

	// Bands are the income tests, tried in order; the first a household
	// meets gives its category.
	Bands []Band `json:"bands"`
	// Accident is the 意外致困 test, tried after the bands.
	Accident AccidentTest `json:"accident"`

	// Conditions are who may apply.
	Conditions Conditions `json:"conditions"`
	// Exclusions are the exclusion tests (排除性条件).
	Exclusions Exclusions `json:"exclusions"`
	// Aid is the aid programmes and amounts.
	Aid Aid `json:"aid"`
	// Exit is the yearly review and exit rule used by Review.
	Exit ExitRules `json:"exit"`
	// Documents are the documents every file needs; the cause-related ones
	// (diagnosis, disability certificate …) are added by the facts.
	Documents []Document `json:"documents"`
}

// AgeRange is a range of ages in whole years, both ends inclusive.
type AgeRange struct {
	From  int `json:"from"`  // youngest age in the range
	Until int `json:"until"` // oldest age in the range
}

// Contains reports whether age lies within the range.
func (r AgeRange) Contains(age int) bool { return age >= r.From && age <= r.Until }

// Band is one income test: the household's per-capita monthly income,
// compared with Multiple × 低保 by Op.
//
// The test is exact: (income − deductions) Op Multiple × 低保 × 12 × members,
// with no division, so no rounding can change a category.
type Band struct {
	// Category is what a household meeting the test is filed as.
	Category Category `json:"category"`
	// Multiple of 低保: 1 for 深度, 2 for 相对, 1.5 for 低保边缘户.
	Multiple decimal.Decimal `json:"multiple"`
	// Op is Less or LessOrEqual.
	Op Operator `json:"op"`
	// Gross compares income before rigid spending (Generation 1); otherwise
	// rigid spending is deducted first (Generation 2).
	Gross bool `json:"gross,omitempty"`
	// AlsoDeduct lists expense kinds deducted for this test only, e.g.
	// employment costs for 相对困难 (Pingdingshan).
	AlsoDeduct []ExpenseKind `json:"also_deduct,omitempty"`
	// MonthsBelow is the number of consecutive months below 低保 required
	// unless the household already receives 低保 (Generation-1 低保户: 6).
	MonthsBelow int `json:"months_below,omitempty"`
	// NeedCause requires a recorded cause of hardship (Generation-1 边缘户).
	NeedCause bool `json:"need_cause,omitempty"`
	// Source cites the document and article of this test; optional, empty:
	// the rules' Source (or OwnRule).
	Source string `json:"source,omitempty"`
	// Residual, when its Multiple is set, is a second test on income after
	// rigid spending (Generation-1 边缘户: (income − cause spending) ÷ size ≤ 低保).
	Residual Limit `json:"residual,omitzero"`
}

// Limit is a multiple of 低保 with its operator; a zero Multiple means no limit.
type Limit struct {
	Multiple decimal.Decimal `json:"multiple"` // multiple of 低保 per person per month
	Op       Operator        `json:"op"`       // Less or LessOrEqual
}

// set reports whether the limit applies.
func (l Limit) set() bool { return !l.Multiple.IsZero() }

// AccidentTest is the 意外致困 test. Any of its branches may be set; a
// household meeting any is in the category.
type AccidentTest struct {
	// Incident files, without any test on costs or income, a family whose
	// worker was injured, disabled or killed on duty, in a natural disaster,
	// a major safety accident, a major epidemic or a major public-security
	// event (Applicant.Incident and Harm): the first branch of 意外致困 in
	// 青岛市总工会's criteria and 平顶山市总工会《困难职工家庭认定标准》.
	Incident bool `json:"incident,omitempty"`
	// Share: hardship costs ShareOp Share × counted household income
	// (Generation 2, Qingdao: > 80%; older three-tier rule: > 50%). Zero: no share test.
	Share decimal.Decimal `json:"share,omitzero"`
	// ShareOp is Greater or GreaterOrEqual.
	ShareOp Operator `json:"share_op,omitzero"`
	// IncomeCap (Generation 1): per-capita gross income within this multiple
	// of 低保 (3, inclusive) takes the residual test on income alone…
	IncomeCap Limit `json:"income_cap,omitzero"`
	// …and Residual is that test: (income − hardship costs) ÷ size within it.
	Residual Limit `json:"residual,omitzero"`
	// AssetsAboveCap: above IncomeCap, financial assets are added to income
	// before the residual test (Generation 1, branch 2); otherwise a
	// household above the cap fails.
	AssetsAboveCap bool `json:"assets_above_cap,omitempty"`
}

// enabled reports whether any branch is set.
func (t AccidentTest) enabled() bool { return t.Incident || !t.Share.IsZero() || t.Residual.set() }

// costTests reports whether a branch that tests hardship costs is set.
func (t AccidentTest) costTests() bool { return !t.Share.IsZero() || t.Residual.set() }

// Conditions are who may apply.
type Conditions struct {
	// Membership requires a union member.
	Membership bool `json:"membership"`
	// InService requires an active (or laid-off) worker: not retired or unemployed.
	InService bool `json:"in_service"`
	// LocalHukou requires a local hukou (Shanghai).
	LocalHukou bool `json:"local_hukou"`
	// MigrantMembership requires migrant workers to be union members even
	// where Membership is not required of everyone (郑州 2017).
	MigrantMembership bool `json:"migrant_membership"`
	// MigrantContractMonths is the minimum contract or de-facto employment
	// for migrant workers (12); 0 for none.
	MigrantContractMonths int `json:"migrant_contract_months"`
	// MigrantUrban requires migrant workers to live in the city (Qingdao).
	MigrantUrban bool `json:"migrant_urban"`
}

// Exclusions are the exclusion tests (排除性条件: a city rule restated on juduo.cc, 青岛市总工会,
// 邹城市总工会 2023; docs/rules/hardship.md). Zero values
// switch a test off.
type Exclusions struct {
	// MaxHomes: owning more homes excludes (1: two or more homes excluded).
	MaxHomes int `json:"max_homes"`
	// Shops: owning commercial premises excludes.
	Shops bool `json:"shops"`
	// EmployingOthers: running a business that employs others excludes.
	EmployingOthers bool `json:"employing_others"`
	// PrivateSchoolMultiple: a school fee above this multiple of the public
	// fee excludes (Qingdao: 2).
	PrivateSchoolMultiple decimal.Decimal `json:"private_school_multiple"`
	// StudyAbroad: self-funded study abroad excludes.
	StudyAbroad bool `json:"study_abroad"`
	// AssetMonths: per-capita financial assets above this many months of 低保
	// exclude (Shenzhen 支出型困难: 24; a government analogue).
	AssetMonths decimal.Decimal `json:"asset_months"`
	// Vehicles: owning a motor vehicle excludes (government analogue).
	Vehicles bool `json:"vehicles"`
	// Age: an applicant whose age is recorded and outside this range is
	// excluded (old local rule: 16 to 60); a zero range means no test.
	Age AgeRange `json:"age"`
}

// ExitRules are the yearly review and exit (动态管理: 《湖南工会困难职工档案管理办法》,
// 新华日报 2019-09-11, 邹城市总工会 2023-03-31).
type ExitRules struct {
	// Months is how many consecutive months above 低保 make 脱困 (6; 新华日报
	// 2019-09-11, Jiangsu).
	Months int `json:"months"`
	// ReviewMonths is the time to the next review (12: at least one
	// centralised review a year, 《湖南工会困难职工档案管理办法》).
	ReviewMonths int `json:"review_months"`
}
