package assistance_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func money(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// A three-person household under the Standard rules at a 低保 of 1,000.
func ExampleRules_Assess() {
	rules := assistance.Standard(money("1000"))
	res, err := rules.Assess(assistance.Applicant{
		Member: true,
		Household: assistance.Household{
			Members:       3,
			Income:        money("42000"),
			RigidExpenses: money("9000"),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Category, res.PerCapita.StringFixed(2), res.Threshold.StringFixed(2))
	for _, r := range res.Reasons {
		fmt.Println(r.Text(language.English))
	}
	// Output:
	// deep 916.67 1000.00
	// counted income 42000.00 yuan less rigid spending 9000.00 yuan, over 3 members and 12 months: 916.67 yuan per person per month
	// 916.67 yuan per person a month is < 1 times the minimum living standard (1000.00 yuan): deep hardship
	// filed as deep hardship
	// missing: application and approval form with the hardship file form
	// missing: ID of the household head and hukou pages of the members
	// missing: one year of wage records or the employer's income certificate
	// missing: a local bank card
}

// Hubei's aid table: living aid in months of 低保, medical aid capped per
// household, study aid by school level.
func ExampleHubei2024() {
	rules := assistance.Hubei2024(money("940")) // Wuhan urban 低保
	res, _ := rules.Assess(assistance.Applicant{
		Member: true,
		Household: assistance.Household{
			Members: 3,
			Income:  money("30000"),
			Persons: []assistance.Person{
				{Age: 48, Employed: true},
				{Age: 46, Capacity: assistance.NoCapacity, SeriousIllness: true, MedicalSelfPaid: money("26000")},
				{Age: 18, School: assistance.Bachelor},
			},
		},
		MainCause: assistance.SeriousIllness,
		Evidence: []assistance.Document{assistance.ApplicationForm, assistance.IdentityAndHukou,
			assistance.IncomeProof, assistance.BankCard, assistance.Diagnosis},
	})
	fmt.Println(res.Category.Text(language.SimplifiedChinese), res.PerCapita.StringFixed(2))
	for _, g := range res.Grants {
		fmt.Println(g.Programme.Text(language.SimplifiedChinese), g.Amount.StringFixed(2), g.Capped)
	}
	fmt.Println(res.AidTotal.StringFixed(2), res.Missing)
	// Output:
	// 深度困难 111.11
	// 生活救助 11280.00 false
	// 金秋助学 9400.00 false
	// 医疗救助 20000.00 true
	// 40680.00 [school_proof]
}

// The older system (低保户 / 低保边缘户 / 意外致困户), for re-assessing archived files.
func ExampleGeneration1() {
	rules := assistance.Generation1(money("370"))
	res, _ := rules.Assess(assistance.Applicant{
		Household: assistance.Household{Members: 2, Income: money("13000"), RigidExpenses: money("5000")},
		MainCause: assistance.Schooling,
	})
	fmt.Println(res.Category, res.Category.Text(language.TraditionalChinese))
	// Output: marginal 低保邊緣戶
}

// Every failed condition and exclusion is reported, not only the first.
func ExampleRules_Assess_exclusions() {
	rules := assistance.Standard(money("1000"))
	res, _ := rules.Assess(assistance.Applicant{
		Member: false, Migrant: true, ContractMonths: 8,
		Household: assistance.Household{Members: 2, Income: money("12000"), Homes: 2, EmploysOthers: true},
	})
	fmt.Println(res.Category, res.Tested, res.Eligible)
	for _, r := range res.Reasons[:4] {
		fmt.Println(r.Code, "|", r.Source)
	}
	// Output:
	// none deep false
	// assistance.condition.member | 郑州市总工会困难职工建档标准（郑州晚报2017-11-02）
	// assistance.condition.contract | 郑州市总工会困难职工建档标准（郑州晚报2017-11-02）
	// assistance.exclude.homes | 某市困难职工建档标准（juduo.cc 转述）
	// assistance.exclude.employs | 某市困难职工建档标准（juduo.cc 转述）
}

// A yearly review: income has been above 低保 for six months, so the file closes (脱困).
func ExampleRules_Review() {
	rules := assistance.Standard(money("1000"))
	file := assistance.File{
		Category: assistance.Deep,
		Filed:    union.MustPeriod("2024-03"),
		Reviewed: union.MustPeriod("2025-03"),
	}
	res, _ := rules.Review(file, assistance.Applicant{
		Member:    true,
		Household: assistance.Household{Members: 3, Income: money("96000"), MonthsAbove: 6},
	})
	fmt.Println(res.Outcome, res.Outcome.Text(language.SimplifiedChinese), res.Next.IsZero())
	fmt.Println(res.Reasons[0].Text(language.English))

	res, _ = rules.Review(file, assistance.Applicant{
		Member:    true,
		Household: assistance.Household{Members: 3, Income: money("50000")},
	})
	fmt.Println(res.Outcome, res.To, res.Next)
	// Output:
	// exit 脱困 true
	// per-capita income has been above the minimum living standard for 6 consecutive months (6 required): out of hardship
	// move relative 2026-03
}

// A batch never stops at a bad record; totals sum the good ones.
func ExampleRules_AssessAll() {
	rules := assistance.Hubei2024(money("940"))
	batch := rules.AssessAll([]assistance.Applicant{
		{Member: true, Household: assistance.Household{Members: 2, Income: money("18000")}},
		{Member: true, Household: assistance.Household{Members: 0}},
		{Member: true, Household: assistance.Household{Members: 1, Income: money("20000")}},
	})
	for i, it := range batch.Items {
		if it.Err != nil {
			fmt.Println(i, "error:", it.Err)
			continue
		}
		fmt.Println(i, it.Category, it.AidTotal.StringFixed(2))
	}
	fmt.Println(batch.Filed, batch.Failed, batch.AidTotal.StringFixed(2))
	// Output:
	// 0 deep 11280.00
	// 1 error: invalid input: household.members: must be greater than zero (value "0")
	// 2 relative 9400.00
	// 2 1 20680.00
}

// Rules read from JSON are checked like presets; every problem at once.
func ExampleRules_Validate() {
	rules := assistance.Standard(money("0"))
	rules.Bands[1].Multiple = money("0.5")
	err := rules.Validate()
	fmt.Println(errors.Is(err, union.ErrPolicy))
	fmt.Println(err)
	// Output:
	// true
	// inconsistent policy: minimum_living: must be greater than zero (value "0")
	// inconsistent policy: bands[1].multiple: policy parameter outside the range 1 to 100 (value "0.5")
}

// 低保 by year, supplied by the caller: re-running a past month uses that
// month's figure.
func ExampleYearly() {
	tl, err := assistance.Yearly(assistance.Standard,
		assistance.Figures{From: union.MustPeriod("2023-01"), MinimumLiving: money("1001")},
		assistance.Figures{From: union.MustPeriod("2025-01"), MinimumLiving: money("1062")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	household := assistance.Applicant{Member: true, Household: assistance.Household{Members: 2, Income: money("24600")}}
	for _, month := range []string{"2024-06", "2025-06"} {
		rules, _ := tl.At(union.MustPeriod(month))
		res, _ := rules.Assess(household)
		fmt.Println(month, rules.MinimumLiving, res.PerCapita.StringFixed(2), res.Category)
	}
	// Output:
	// 2024-06 1001 1025.00 relative
	// 2025-06 1062 1025.00 deep
}

// The two generations of the system as a timeline.
func ExampleHistory() {
	tl, _ := assistance.History(money("370"), money("1000"))
	for _, month := range []string{"2016-05", "2024-05"} {
		rules, _ := tl.At(union.MustPeriod(month))
		fmt.Println(month, rules.Name, rules.Bands[0].Category)
	}
	// Output:
	// 2016-05 generation1 subsistence
	// 2024-05 standard deep
}

// Shanghai's 深度困难 rules: ≤ the prior year's 低保, tiered medical aid.
func ExampleShanghai2019() {
	rules := assistance.Shanghai2019(money("1000"))
	res, _ := rules.Assess(assistance.Applicant{
		Member: true,
		Household: assistance.Household{Members: 2, Income: money("24000"), Persons: []assistance.Person{
			{Age: 50, Employed: true},
			{Age: 49, SeriousIllness: true, Capacity: assistance.NoCapacity, MedicalSelfPaid: money("15000")},
		}},
	})
	fmt.Println(res.Category)
	for _, g := range res.Grants {
		fmt.Println(g.Programme, g.Amount.StringFixed(2))
	}
	// Output:
	// deep
	// living 5000.00
	// medical 12500.00
}

// The Standard preset's tests, as data.
func ExampleStandard() {
	rules := assistance.Standard(money("1001")) // Weihai 2023
	for _, b := range rules.Bands {
		fmt.Println(b.Category.Text(language.English), b.Op.Symbol(), b.Multiple, "× 低保")
	}
	fmt.Println("accident:", rules.Accident.ShareOp.Symbol(), rules.Accident.Share, "of income")
	// Output:
	// deep hardship < 1 × 低保
	// relative hardship < 2 × 低保
	// accident: > 0.8 of income
}

// Bad input is reported field by field, all at once.
func ExampleApplicant_Validate() {
	err := assistance.Applicant{
		Age: -1,
		Household: assistance.Household{
			Members: 1,
			Income:  money("-5"),
			Persons: []assistance.Person{{Age: 30}, {Age: 8, School: assistance.Compulsory}},
		},
	}.Validate()
	fmt.Println(errors.Is(err, union.ErrInvalid))
	var fe *union.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Text(language.SimplifiedChinese))
	}
	fmt.Println(err)
	// Output:
	// true
	// 字段 申请人年龄：不能为负数（值为“-1”）
	// invalid input: age: must not be negative (value "-1")
	// invalid input: household.income: must not be negative (value "-5")
	// invalid input: household.persons: contradicts household.members (value "2")
}

// A policy file that starts from a preset, and the presets by name.
func ExamplePreset() {
	for _, p := range assistance.Presets() {
		fmt.Println(p.Name, p.Effective.From)
	}
	rules, err := assistance.Preset("shanghai2019", money("1420"))
	fmt.Println(rules.Name, rules.MinimumLiving, err)

	var fromFile assistance.Rules
	err = json.Unmarshal([]byte(`{"preset": "shanghai2019", "minimum_living": "1420", "exit": {"review_months": 6}}`), &fromFile)
	fmt.Println(fromFile.Name, fromFile.Exit.ReviewMonths, err)

	err = json.Unmarshal([]byte(`{"preset": "shanghai2019", "minimum_livng": "1420"}`), &fromFile)
	fmt.Println(err)
	// Output:
	// standard 2018-01
	// generation1 2005-01
	// hubei2024 2024-03
	// shanghai2019 2019-01
	// shanghai2019 1420 <nil>
	// shanghai2019 6 <nil>
	// invalid input: minimum_livng: is not a known field (value "minimum_livng")
}

// A JSON array of applicants from another system, read record by record:
// the bad record is an item with its ID and errors, the others are assessed.
func ExampleRules_AssessJSON() {
	doc := []byte(`[
		{"member": true, "worker": {"id": "H-1"}, "household": {"members": 3, "income": "30000"}},
		{"member": true, "worker": {"id": "H-2"}, "household": {"members": 2, "income": "1,2x"}}
	]`)
	batch, err := assistance.Standard(money("1000")).AssessJSON(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range batch.Items {
		if it.Err != nil {
			fmt.Println(it.ID, union.ErrorText(it.Err, language.English))
			continue
		}
		fmt.Println(it.ID, it.Category, it.PerCapita.StringFixed(2))
	}
	raw, _ := json.Marshal(batch.Items[1])
	fmt.Println(string(raw))
	// Output:
	// H-1 deep 833.33
	// H-2 household.income: is not a valid decimal number (value ""1,2x"")
	// {"id":"H-2","errors":[{"field":"household.income","code":"invalid.decimal","value":"\"1,2x\"","kind":"invalid","message":"字段 家庭收入：不是有效的数值（值为“\"1,2x\"”）"}]}
}

// Decoding alone: every bad record by index, with its ID and field paths.
func ExampleDecodeApplicants() {
	_, err := assistance.DecodeApplicants([]byte(`[
		{"worker": {"id": "H-1"}, "household": {"members": 3, "income": "36000"}},
		{"worker": {"id": "H-2"}, "household": {"members": "three", "income": "0"}},
		{"worker": {"id": "H-3"}, "househld": {}}
	]`))
	var rec *union.RecordError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if errors.As(e, &rec) {
			fmt.Println(rec.Index, rec.ID, union.FieldErrors(rec)[0].Field)
		}
	}
	// Output:
	// 1 H-2 [1].household.members
	// 2 H-3 [2].househld
}
