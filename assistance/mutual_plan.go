package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// MutualPlan is one period (期) of a union's 职工医疗互助 plan, as a policy:
// what a share costs and how long a period lasts, who may join, which units
// must enrol how many members, the waiting periods, and the benefits — a
// share of the member's cost above a threshold with a cap per period, a daily
// allowance from day N of a stay with a cap, and fixed sums for listed
// diseases. Claim computes a claim's payout; Contribution what shares cost;
// CheckUnit a unit's enrolment.
//
// The union may run such plans (北京市实施《工会法》办法 第六条; 上海市医疗保障条例
// 第二十三条: voluntary 职工医疗互助). They pay after basic medical insurance and
// serious-illness insurance and before commercial insurance and government
// or union hardship aid (上海市社会救助条例 第十九条、第二十一条、第五十五条); Claim
// nets the earlier payers off and reports what is left for the later ones.
//
// Every number is a plan parameter: plans change them each period. The zero
// value is no plan: Validate refuses it (no rounding, no contribution, no
// benefit).
type MutualPlan struct {
	// Name is the plan's stable name, e.g. "mutual_xiamen2021".
	Name string `json:"name"`
	// Source cites the plan's rules; "(secondary)" marks a plan read in news
	// reports rather than in the plan's own text.
	Source string `json:"source"`
	// Secondary says the plan rests on secondary sources (news reports,
	// reprints); every preset of the package is such a plan.
	Secondary bool `json:"secondary,omitempty"`
	// Effective is the months the plan's period is sold in.
	Effective union.Effective `json:"effective"`
	// Contribution is what one share costs for one period, in yuan (> 0).
	Contribution decimal.Decimal `json:"contribution"`
	// PeriodMonths is the length of one period of cover, in months (1–120):
	// cover runs from the enrolment's start for that many months
	// (民法典 第二百零二条 for the end day).
	PeriodMonths int `json:"period_months"`
	// MaxShares is the most shares a member may hold (1 for one share only).
	MaxShares int `json:"max_shares"`
	// Rounding rounds every payout. The zero union.Rounding (whole yuan,
	// half-up) is taken as never stated and refused (code
	// "assistance.policy.rounding_unset") unless WholeYuan is set.
	Rounding union.Rounding `json:"rounding"`
	// WholeYuan states that a Rounding equal to union.Rounding{} is meant.
	WholeYuan bool `json:"whole_yuan,omitempty"`
	// Eligibility is who may join.
	Eligibility MutualEligibility `json:"eligibility"`
	// RenewalSkipsWaiting waives the waiting periods for a member who renews
	// without a break (MutualClaim.Renewal).
	RenewalSkipsWaiting bool `json:"renewal_skips_waiting,omitempty"`
	// Enrolment is the share of a unit's members the unit must enrol.
	Enrolment MutualEnrolmentRule `json:"enrolment,omitzero"`
	// Inpatient is the benefit of a share of inpatient cost, or nil.
	Inpatient *MutualInpatient `json:"inpatient,omitempty"`
	// Allowance is the daily allowance for a hospital stay, or nil.
	Allowance *MutualAllowance `json:"allowance,omitempty"`
	// Grants are the fixed sums for listed diseases (at most MaxMutualGrants),
	// each named by its Disease code.
	Grants []MutualGrant `json:"grants,omitempty"`
}

// MutualEligibility says who may join a plan, judged on the day cover starts.
// The zero value admits anyone; presets set what their plan says.
type MutualEligibility struct {
	// UnionMember requires the member to be a union member.
	UnionMember bool `json:"union_member,omitempty"`
	// InService requires the member to be in service: retirees and re-hired
	// retirees may not join.
	InService bool `json:"in_service,omitempty"`
	// MedicalInsurance requires basic medical insurance.
	MedicalInsurance bool `json:"medical_insurance,omitempty"`
	// Sex, when set, admits only that sex (a women's special-disease plan).
	Sex union.Gender `json:"sex,omitempty"`
	// UnderAgeMen, when positive, admits a man only while younger than that
	// age (in full years) on the day cover starts.
	UnderAgeMen int `json:"under_age_men,omitempty"`
	// UnderAgeWomen is the same limit for a woman.
	UnderAgeWomen int `json:"under_age_women,omitempty"`
	// Source cites the eligibility rule.
	Source string `json:"source,omitempty"`
}

// MutualEnrolmentRule is the share of its members a unit must enrol for its
// members to join (成建制参加). Floors are by unit class (e.g. "public" for
// 机关、事业单位和国有企业, "other"); a unit of at most AllBelow members must
// enrol all of them. The zero value sets no floor.
type MutualEnrolmentRule struct {
	// Floors are the minimum shares by unit class, each 0–1 (at most
	// MaxMutualGrants classes).
	Floors []MutualFloor `json:"floors,omitempty"`
	// AllBelow, when positive, is the size up to which a unit enrols everyone.
	AllBelow int `json:"all_below,omitempty"`
	// Source cites the rule.
	Source string `json:"source,omitempty"`
}

// MutualFloor is the minimum share of members a unit of one class enrols.
type MutualFloor struct {
	// Class names the unit class, e.g. "public" or "other".
	Class string `json:"class"`
	// Min is the minimum share, 0–1, inclusive (以上 includes the number:
	// 民法典 第一千二百五十九条).
	Min decimal.Decimal `json:"min"`
}

// MutualBase is the cost a plan's share of inpatient cost applies to.
type MutualBase uint8

// The bases of a share of inpatient cost. The zero value is not a base, so a
// plan that never says is refused.
const (
	// BaseUnset is no base stated.
	BaseUnset MutualBase = iota
	// BaseCovered is the total cost within the basic-insurance catalogue
	// (住院医保费用总额): the stay's total minus its fully self-paid items.
	BaseCovered
	// BaseSelfPaid is the member's self-paid part within the catalogue, after
	// basic and serious-illness insurance, above the deductible (起付线) and
	// less excluded charges such as bed fees above a normal ward.
	BaseSelfPaid
)

var mutualBaseEnum = enum.New[MutualBase]("MutualBase", "mutual_base", "", union.Invalid, "unset", "covered", "self_paid")

// String returns the base's word: "covered" or "self_paid".
func (b MutualBase) String() string { return mutualBaseEnum.String(b) }

// Valid reports whether b is a defined base other than BaseUnset.
func (b MutualBase) Valid() bool { return b > BaseUnset && mutualBaseEnum.Valid(b) }

// MarshalText writes the base's word.
func (b MutualBase) MarshalText() ([]byte, error) {
	return mutualBaseEnum.Marshal(b)
}

// UnmarshalText reads the base's word; anything else is ErrInvalid.
func (b *MutualBase) UnmarshalText(t []byte) error {
	return mutualBaseEnum.Unmarshal(b, t)
}

// MutualInpatient pays Share of the base above Threshold, up to Cap per
// share per period, cumulative over the period's stays.
type MutualInpatient struct {
	// Base is the cost the share applies to.
	Base MutualBase `json:"base"`
	// Share is the share paid, 0–1 (0.2 for 20%).
	Share decimal.Decimal `json:"share"`
	// Threshold is the plan's own threshold: only the base above it counts
	// (0 for none; a basic-insurance 起付线 is the claim's Deductible).
	Threshold decimal.Decimal `json:"threshold"`
	// Cap is the most paid per share per period (> 0).
	Cap decimal.Decimal `json:"cap"`
	// WaitingDays is the waiting period: a stay admitted fewer days after
	// cover starts is not paid (0 for none).
	WaitingDays int `json:"waiting_days,omitempty"`
	// Source cites the benefit's rule.
	Source string `json:"source"`
}

// MutualAllowance pays PerDay per share for each day of a stay from day
// FromDay on (FromDay 4: days 1–3 are not paid), up to Cap per share per
// period. A stay's days are discharge minus admission, and a stay that ends
// the day it began counts as one day (the hospital's 住院天数).
type MutualAllowance struct {
	// PerDay is the allowance per day per share (> 0).
	PerDay decimal.Decimal `json:"per_day"`
	// FromDay is the first paid day of a stay (≥ 1).
	FromDay int `json:"from_day"`
	// Cap is the most paid per share per period (> 0).
	Cap decimal.Decimal `json:"cap"`
	// MinHospitalGrade, when positive, pays only stays in hospitals of that
	// grade (级) or above.
	MinHospitalGrade int `json:"min_hospital_grade,omitempty"`
	// WaitingDays is the waiting period, as for MutualInpatient.
	WaitingDays int `json:"waiting_days,omitempty"`
	// Source cites the benefit's rule.
	Source string `json:"source"`
}

// MutualGrant is a fixed sum for a listed disease, paid once per period for
// a first diagnosis. Steps give the sum by the days between the start of
// cover and the diagnosis: the last step whose FromDay those days reach
// applies; before the first step nothing is paid (the waiting period).
type MutualGrant struct {
	// Disease is the disease class's code, e.g. "female_cancer".
	Disease string `json:"disease"`
	// Steps are the sums per share by days since cover started, with
	// strictly increasing FromDay (at least one, at most MaxMutualGrants).
	Steps []MutualGrantStep `json:"steps"`
	// Source cites the grant's rule.
	Source string `json:"source"`
}

// MutualGrantStep is the sum per share paid when the diagnosis falls FromDay
// or more days after cover started.
type MutualGrantStep struct {
	// FromDay is the days since cover started from which Amount applies.
	FromDay int `json:"from_day"`
	// Amount is the sum per share (> 0).
	Amount decimal.Decimal `json:"amount"`
}

// Limits of a mutual-aid plan and its claims. Validate and Claim report a
// list above its limit as a *union.FieldError naming the field and the limit
// (code "invalid.too_many").
const (
	// MaxMutualGrants is the most Grants of a plan, the most Steps of a grant,
	// the most Floors of an enrolment rule, and the most Diseases of a claim's
	// PaidBefore.
	MaxMutualGrants = 64
	// MaxMutualClaims is the most claims ClaimAll takes.
	MaxMutualClaims = 10000
	// MaxMutualShares is the most shares any plan may allow.
	MaxMutualShares = 100
	// MaxMutualDays bounds day counts of a plan (waiting periods, FromDay).
	MaxMutualDays = 3660
	// MaxMutualMembers is the largest unit CheckUnit takes.
	MaxMutualMembers = 10_000_000
)
