package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Applicant is the worker who applies for, or holds, a hardship file, with
// their household. Member and Household are the core fields (held stable by
// api_test.go); the rest is optional detail that lets more of the sources'
// rules apply.
type Applicant struct {
	// Member is set when the applicant is a union member.
	Member bool `json:"member"`
	// Household is the applicant's household.
	Household Household `json:"household"`

	// Worker identifies the applicant; its Status (retired, transferred,
	// deceased …) feeds the in-service condition and the review.
	Worker union.Member `json:"worker"`
	// Age of the applicant in whole years; 0 when not recorded (no age test then).
	Age int `json:"age,omitempty"`
	// Migrant is set for a migrant worker (农民工).
	Migrant bool `json:"migrant,omitempty"`
	// ContractMonths is the length of the labour contract, or of the de-facto
	// employment, in months.
	ContractMonths int `json:"contract_months,omitempty"`
	// RuralResidence is set when the applicant lives in a rural area.
	RuralResidence bool `json:"rural_residence,omitempty"`
	// NonLocalHukou is set when the applicant's hukou is not of the place of the rules.
	NonLocalHukou bool `json:"non_local_hukou,omitempty"`
	// MainCause is the main cause of hardship (exactly one on the file form).
	MainCause Cause `json:"main_cause,omitzero"`
	// Causes are the secondary causes (at most MaxSecondaryCauses, none equal
	// to MainCause or to each other).
	Causes []Cause `json:"causes,omitempty"`
	// Incident is the event in which the worker was harmed, and Harm what it
	// did (injured, disabled, killed): the first branch of the 意外致困 test
	// (AccidentTest.Incident; 青岛市总工会, 平顶山市总工会). Both are set or neither.
	Incident Incident `json:"incident,omitzero"`
	// Harm is what the Incident did to the worker.
	Harm Harm `json:"harm,omitzero"`
	// Evidence lists the documents already on file.
	Evidence []Document `json:"evidence,omitempty"`
	// Paid lists union aid already paid this year; it counts against the caps
	// and, when the rules say so, as income. Do not repeat it in IncomeItems.
	Paid []Payment `json:"paid,omitempty"`
}

// Payment is union aid already paid this year.
type Payment struct {
	Programme Programme       `json:"programme"` // the programme paid
	Amount    decimal.Decimal `json:"amount"`    // the amount paid this year
}

// hasCause reports whether c is the main cause or a secondary one.
func (a *Applicant) hasCause(c Cause) bool {
	if a.MainCause == c {
		return true
	}
	for _, x := range a.Causes {
		if x == c {
			return true
		}
	}
	return false
}

// anyCause reports whether any cause is recorded.
func (a *Applicant) anyCause() bool { return a.MainCause != NoCause || len(a.Causes) > 0 }
