package competition_test

import (
	"fmt"

	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A town union's sheet: step tables and fixed deductions, each explained.
func ExampleHomeSheet_Assess() {
	res, err := competition.HomeMeilongTown().Assess(competition.HomeUnit{
		ID: "街道工会", AsOf: union.Period{Year: 2025, Month: 3},
		Items: []competition.HomeValue{
			{Item: "org.targets", Value: decimal.New(10, 0), Deductions: []string{"records_unclear"}},
			{Item: "org.legal_person", Value: decimal.RequireFromString("0.85")},
			{Item: "rights.contracts", Value: decimal.RequireFromString("0.75")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Total, "/", res.Max)
	for _, it := range res.Categories[0].Items[:2] {
		for _, r := range it.Reasons {
			fmt.Println(r.Text(language.English))
		}
	}
	// Output:
	// 13 / 32
	// org.targets: reviewers' score 10 (out of 10)
	// org.targets deduction records_unclear: −2
	// org.legal_person is 0.85, step 0.8 reached: 2 points
}

// A veto within the last 3 years bars the title whatever the score.
func ExampleHomeSheet_Assess_veto() {
	res, _ := competition.HomeNingde2025().Assess(competition.HomeUnit{
		ID: "U1", AsOf: union.Period{Year: 2025, Month: 3},
		Events: []competition.HomeEvent{{Veto: "wage_arrears", Month: union.Period{Year: 2023, Month: 6}}},
	})
	fmt.Printf("grade %q, vetoed %v\n", res.Grade, res.Vetoed)
	fmt.Println(res.Reasons[1].Text(language.SimplifiedChinese))
	// Output:
	// grade "", vetoed [wage_arrears]
	// 一票否决：wage_arrears 发生于 2023-06，在近 36 个月内
}

// The star ratings of nursing rooms, with the distribution of stars.
func ExampleHomeSheet_AssessAll() {
	room := func(id, area string, features ...string) competition.HomeUnit {
		u := competition.HomeUnit{ID: id, AsOf: union.Period{Year: 2025, Month: 1}, Items: []competition.HomeValue{
			{Item: "area_8", Value: decimal.RequireFromString(area)}, {Item: "area_10", Value: decimal.RequireFromString(area)}}}
		for _, f := range features {
			u.Items = append(u.Items, competition.HomeValue{Item: f, Value: decimal.New(1, 0)})
		}
		return u
	}
	res, dist, err := competition.HomeShanghaiNursingRoom().AssessAll([]competition.HomeUnit{
		room("A", "12", "window", "storage", "sink", "two_places"),
		room("B", "8.5"),
		room("C", "10", "window", "storage"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range res {
		fmt.Println(r.Unit, r.Grade)
	}
	for _, d := range dist {
		fmt.Printf("%q %d\n", d.Grade, d.Units)
	}
	// Output:
	// A 5_star
	// B 3_star
	// C 4_star
	// "5_star" 1
	// "4_star" 1
	// "3_star" 1
	// "" 0
}

// The national title's preconditions, compared exactly from counts.
func ExampleHomeTitleRule_Check() {
	res, _ := competition.HomeNationalTitle().Check(competition.HomeUnit{
		ID: "集团工会", Staff: 2000, Members: 1799, Surveyed: 300, Satisfied: 280, LowerTitle: true,
		LargeGroup: true, SecondLevelUnits: 12, SecondLevelTitled: 8,
	})
	fmt.Println("eligible:", res.Eligible)
	for _, c := range res.Checks {
		fmt.Println(c.Reason.Text(language.English))
	}
	// Output:
	// eligible: false
	// membership 1799 of 2000 staff: below 0.9
	// 280 of 300 members satisfied: at least 0.9
	// holds the lower-level title
	// 8 of 12 second-level units titled: at least 0.6
}

func ExampleHomePresets() {
	for _, p := range competition.HomePresets() {
		fmt.Println(p.Name)
	}
	// Output:
	// home_fujian2012
	// home_meilong_town
	// home_national_title
	// home_ningde2025
	// home_shanghai_nursing_room
}
