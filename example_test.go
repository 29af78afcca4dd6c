package gonghui_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// Example is the code sample of README.md: split union funds 60/40, write the
// grassroots share in capitals, and assess one member's dues with its reasons.
func Example() {
	// Split 12,345.67 yuan of union funds 60/40 between the grassroots union and the higher levels.
	parts, _ := union.Split(decimal.RequireFromString("12345.67"),
		[]decimal.Decimal{decimal.NewFromInt(60), decimal.NewFromInt(40)}, 2)
	fmt.Println(parts[0].StringFixed(2), parts[1].StringFixed(2)) // they add up to 12,345.67 exactly

	// Write it in financial capitals (大写) for a voucher.
	s, _ := union.Uppercase(parts[0])
	fmt.Println(s)

	// A month of dues under the 1978 national rules: 0.5% of the counted wage, tail under 10 yuan dropped.
	a, err := dues.National().Assess(dues.Member{
		ID:     "E001",
		Sector: union.Enterprise,
		Wages: map[dues.WageItem]decimal.Decimal{
			dues.BasicWage: decimal.RequireFromString("5234.50"),
			dues.Bonus:     decimal.RequireFromString("800"),
		},
	})
	if err != nil {
		fmt.Println(err) // bad input is an error naming the field, never a panic inside the library
		return
	}
	fmt.Println(a.Base, a.Amount)
	for _, r := range a.Reasons {
		fmt.Println(r.Text(language.English), "—", r.Source)
	}
	// Output:
	// 7407.40 4938.27
	// 柒仟肆佰零柒元肆角
	// 5230 26.15
	// basic wage counts towards the dues base — 全总 工发〔1978〕101号 第一条、第四条
	// bonus is left out of the dues base — 全总 工发〔1978〕101号 第一条、第四条
	// the base drops the tail under 10 yuan — 全总 工发〔1978〕101号 第一条
	// dues are 0.5% of the base — 全总 工发〔1978〕101号 第一条
	// the amount is rounded half-up to 0.01 yuan — 全总 工发〔1978〕101号 第一条
}
