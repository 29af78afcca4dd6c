package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// typical is a three-person household of a member: one earner, a seriously
// ill spouse and a student, income by kind and rigid spending by kind.
func typical() Applicant {
	return Applicant{
		Member: true,
		Worker: union.Member{ID: "W-001", Name: "王建国"},
		Age:    46,
		Household: Household{
			Members: 3,
			IncomeItems: []IncomeItem{
				{Kind: Wages, Amount: d("36000")},
				{Kind: FestivalGift, Amount: d("500")},
			},
			ExpenseItems: []ExpenseItem{{Kind: EducationExpense, Amount: d("4000")}},
			Homes:        1,
			Persons: []Person{
				{Name: "王建国", Age: 46, Employed: true},
				{Name: "李秀英", Age: 44, Capacity: NoCapacity, SeriousIllness: true, MedicalSelfPaid: d("12000")},
				{Name: "王小明", Age: 19, School: Bachelor},
			},
		},
		MainCause: SeriousIllness,
		Causes:    []Cause{Schooling},
		Evidence:  []Document{ApplicationForm, IdentityAndHukou, IncomeProof, BankCard},
	}
}

// simple is a household given by the API fields only.
func simple(members int, income, rigid string) Applicant {
	return Applicant{Member: true, Household: Household{Members: members, Income: d(income), RigidExpenses: d(rigid)}}
}

func mustAssess(t testing.TB, r Rules, a Applicant) Assessment {
	t.Helper()
	res, err := r.Assess(a)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return res
}

// sampleApplicants covers every branch: categories, exclusions, conditions,
// aid programmes and paid aid.
func sampleApplicants() []Applicant {
	t := typical()
	rich := simple(2, "200000", "0")
	rich.Household.Homes = 3
	accident := simple(2, "50000", "0")
	accident.Household.HardshipCosts = d("45000")
	accident.MainCause = CauseAccident
	accident.Paid = []Payment{{Programme: AccidentAid, Amount: d("1000")}}
	temp := simple(2, "90000", "0")
	temp.MainCause = SeriousIllness
	temp.Household.HardshipCosts = d("5000")
	temp.Household.Persons = []Person{{Age: 40, Employed: true}, {Age: 17, School: SeniorHigh}}
	migrant := simple(4, "30000", "2000")
	migrant.Migrant, migrant.ContractMonths, migrant.RuralResidence = true, 8, true
	paid := typical()
	paid.Paid = []Payment{{Programme: LivingAid, Amount: d("3000")}, {Programme: MedicalAid, Amount: d("500")}}
	funded := typical()
	funded.Household.Persons[2].FundedElsewhere = true
	idle := typical()
	idle.Household.Persons[0].Employed = false
	old := simple(3, "8000", "0")
	old.Household.MonthsBelow = 3
	old.MainCause = AbleButUnemployed
	old.Household.Vehicles = 1
	old.Household.Assets = d("900000")
	old.Age = 70
	marginal := simple(2, "13000", "4000")
	marginal.MainCause = Schooling
	other := simple(1, "9000", "0")
	other.Household.IncomeItems = []IncomeItem{{Kind: "lottery", Amount: d("10")}, {Kind: FestivalGift, Amount: d("10")}}
	other.Worker.Status = union.Deceased
	return []Applicant{t, rich, accident, temp, migrant, paid, funded, idle, old, marginal, other,
		simple(3, "40000", "4000"), simple(3, "60000", "0")}
}
