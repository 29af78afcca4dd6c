package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// MutualStatus is a member's employment status for a mutual-aid plan. The
// zero value is "not stated": a plan that admits only members in service
// refuses a claim that does not say (a *union.FieldError), so a missing field
// is never taken for in service.
type MutualStatus uint8

// The employment statuses.
const (
	StatusUnset     MutualStatus = iota // not stated
	StatusInService                     // 在职 (including dispatched and new-form workers)
	StatusRetired                       // 退休
	StatusRehired                       // 退休返聘
)

var mutualStatusEnum = enum.New[MutualStatus]("MutualStatus", "mutual_status", "", union.Invalid, "unset", "in_service", "retired", "rehired")

// String returns the status's word, e.g. "in_service".
func (s MutualStatus) String() string { return mutualStatusEnum.String(s) }

// Valid reports whether s is a defined status (StatusUnset included).
func (s MutualStatus) Valid() bool { return mutualStatusEnum.Valid(s) }

// MarshalText writes the status's word.
func (s MutualStatus) MarshalText() ([]byte, error) {
	return mutualStatusEnum.Marshal(s)
}

// UnmarshalText reads the status's word; anything else is ErrInvalid.
func (s *MutualStatus) UnmarshalText(b []byte) error {
	return mutualStatusEnum.Unmarshal(s, b)
}

// MutualMember is the member a claim is for, as the plan's eligibility needs.
type MutualMember struct {
	// ID is the member's number in the union's records.
	ID string `json:"id"`
	// UnionMember says the person is a union member.
	UnionMember bool `json:"union_member"`
	// Status is the employment status on the day cover started.
	Status MutualStatus `json:"status"`
	// Sex is needed by plans with an age limit by sex or for one sex.
	Sex union.Gender `json:"sex,omitempty"`
	// Birth is needed by plans with an age limit.
	Birth MutualDate `json:"birth,omitzero"`
	// MedicalInsurance says the member has basic medical insurance.
	MedicalInsurance bool `json:"medical_insurance"`
}

// MutualStay is a hospital stay and its bill, with what basic and
// serious-illness insurance paid (the payers before mutual aid).
type MutualStay struct {
	// Admitted is the stay's first day.
	Admitted MutualDate `json:"admitted"`
	// Discharged is the stay's last day (not before Admitted).
	Discharged MutualDate `json:"discharged"`
	// HospitalGrade is the hospital's grade (1–3), 0 when not known.
	HospitalGrade int `json:"hospital_grade,omitempty"`
	// Total is the stay's total cost.
	Total decimal.Decimal `json:"total"`
	// OutOfCatalogue is the part of Total outside the basic-insurance
	// catalogue (全自费), which no insurance settles.
	OutOfCatalogue decimal.Decimal `json:"out_of_catalogue"`
	// Deductible is the basic-insurance 起付线 the member bore.
	Deductible decimal.Decimal `json:"deductible"`
	// Excluded are charges within the catalogue the plan excludes from its
	// base, such as bed fees above a normal ward.
	Excluded decimal.Decimal `json:"excluded"`
	// BasicInsurance is what basic medical insurance paid.
	BasicInsurance decimal.Decimal `json:"basic_insurance"`
	// SeriousIllness is what serious-illness insurance (大病保险) paid.
	SeriousIllness decimal.Decimal `json:"serious_illness"`
}

// MutualDiagnosis is the first diagnosis of a disease listed by the plan.
type MutualDiagnosis struct {
	// Disease is the plan's code of the disease class.
	Disease string `json:"disease"`
	// Date is the day of the diagnosis.
	Date MutualDate `json:"date"`
}

// MutualPaid is what the plan has already paid the member in the claim's
// period, before this claim: the caps count it, and a disease's grant is paid
// once.
type MutualPaid struct {
	// Inpatient is the inpatient benefit already paid.
	Inpatient decimal.Decimal `json:"inpatient"`
	// Allowance is the daily allowance already paid.
	Allowance decimal.Decimal `json:"allowance"`
	// Diseases are the disease codes whose grants were already paid (at most
	// MaxMutualGrants).
	Diseases []string `json:"diseases,omitempty"`
}

// MutualClaim is one claim under a plan: the member, the shares held and the
// day cover started, a hospital stay, a diagnosis, or both, and what
// commercial insurance paid for the same cost.
type MutualClaim struct {
	// ID is the claim's number.
	ID string `json:"id"`
	// Member is the member claiming.
	Member MutualMember `json:"member"`
	// Shares is the number of shares held (1 to the plan's MaxShares).
	Shares int `json:"shares_held"`
	// CoverStart is the first day of cover of the member's period.
	CoverStart MutualDate `json:"cover_start"`
	// Renewal says the member renewed without a break, so a plan with
	// RenewalSkipsWaiting waives its waiting periods.
	Renewal bool `json:"renewal,omitempty"`
	// Stay is the hospital stay, or nil.
	Stay *MutualStay `json:"stay,omitempty"`
	// Diagnosis is a listed disease's diagnosis, or nil.
	Diagnosis *MutualDiagnosis `json:"diagnosis,omitempty"`
	// Commercial is what commercial insurance paid for the stay; it pays
	// after mutual aid.
	Commercial decimal.Decimal `json:"commercial"`
	// PaidBefore is what the plan already paid the member this period.
	PaidBefore MutualPaid `json:"paid_before,omitzero"`
}

// MutualPayer is one payer of a medical cost, in the order they pay.
type MutualPayer uint8

// The payers, in the order of 上海市社会救助条例 第二十一条: basic medical insurance,
// serious-illness insurance, mutual aid (a 补充医疗保障计划, 第五十五条), commercial
// insurance, then government medical assistance and union hardship aid.
const (
	PayerBasicInsurance MutualPayer = iota + 1 // 基本医疗保险
	PayerSeriousIllness                        // 大病保险
	PayerMutualAid                             // 职工医疗互助
	PayerCommercial                            // 商业保险
	PayerHardshipAid                           // 医疗救助与工会困难帮扶
)

var mutualPayerEnum = enum.New[MutualPayer]("MutualPayer", "mutual_payer", "", union.Invalid, "unset", "basic_insurance", "serious_illness", "mutual_aid", "commercial", "hardship_aid")

// String returns the payer's word, e.g. "mutual_aid".
func (p MutualPayer) String() string { return mutualPayerEnum.String(p) }

// MarshalText writes the payer's word.
func (p MutualPayer) MarshalText() ([]byte, error) {
	return mutualPayerEnum.Marshal(p)
}

// UnmarshalText reads the payer's word; anything else is ErrInvalid.
func (p *MutualPayer) UnmarshalText(b []byte) error {
	return mutualPayerEnum.Unmarshal(p, b)
}

// MutualPayerLine is one payer's part of the member's cost: what it paid and
// what was left for the payers after it.
type MutualPayerLine struct {
	// Payer is the payer.
	Payer MutualPayer `json:"payer"`
	// Paid is what it paid (for hardship aid: nothing yet; Rules.Assess
	// decides it from Left).
	Paid decimal.Decimal `json:"paid"`
	// Left is the member's cost left after it.
	Left decimal.Decimal `json:"left"`
}

// MutualPayout is a claim's result: whether the member was covered, each
// benefit paid, the payers in order, what is left for hardship aid, and the
// reasons.
//
// A claim the plan does not pay — made before the waiting period ends,
// outside the period of cover, by a member the plan does not admit, for a
// disease it does not list — is a result with Covered or a benefit at zero
// and a reason, not an error.
type MutualPayout struct {
	// ClaimID is the claim's ID.
	ClaimID string `json:"claim_id"`
	// Covered says the member may hold cover under the plan.
	Covered bool `json:"covered"`
	// Inpatient is the share of inpatient cost paid, rounded by the plan's
	// Rounding and capped exactly.
	Inpatient decimal.Decimal `json:"inpatient"`
	// Allowance is the daily allowance paid, capped exactly.
	Allowance decimal.Decimal `json:"allowance"`
	// Grant is the listed disease's fixed sum paid.
	Grant decimal.Decimal `json:"grant"`
	// Total is Inpatient + Allowance + Grant.
	Total decimal.Decimal `json:"total"`
	// AllowanceDays is the number of days the allowance paid.
	AllowanceDays int `json:"allowance_days"`
	// CoverEnd is the last day of cover.
	CoverEnd MutualDate `json:"cover_end"`
	// Payers are the stay's payers in order, with what each paid and left;
	// empty without a stay.
	Payers []MutualPayerLine `json:"payers,omitempty"`
	// MedicalRemaining is the member's medical cost of the stay left after
	// every payer before hardship aid, mutual aid's whole payout counted. Pass
	// it on as the person's MedicalSelfPaid when hardship aid is assessed
	// (Person.MedicalSelfPaid is the self-paid cost "after all insurance").
	MedicalRemaining decimal.Decimal `json:"medical_remaining"`
	// PaidAfter is what the plan has paid the member this period, this claim
	// included: the next claim's PaidBefore.
	PaidAfter MutualPaid `json:"paid_after"`
	// Reasons explain every step, each citing its source.
	Reasons []union.Reason `json:"reasons"`
}

// ContributionFor returns what shares cost for one period: Contribution ×
// shares. An invalid plan is its Validate error; shares outside 1–MaxShares
// are a *union.FieldError (field "shares_held", ErrInvalid).
func (p MutualPlan) ContributionFor(shares int) (decimal.Decimal, error) {
	if err := p.Validate(); err != nil {
		return decimal.Decimal{}, err
	}
	if shares < 1 || shares > p.MaxShares {
		return decimal.Decimal{}, union.Invalid("shares_held", "invalid.range", strconv.Itoa(shares), "1", strconv.Itoa(p.MaxShares))
	}
	return p.Contribution.Mul(decimal.New(int64(shares), 0)), nil
}
