package union_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func ExampleDecodeJSON() {
	type member struct {
		ID     string                     `json:"id"`
		Sector union.Sector               `json:"sector"`
		Wages  map[string]decimal.Decimal `json:"wages"`
	}
	var payroll struct {
		Month   union.Period `json:"month"`
		Members []member     `json:"members"`
	}
	data := []byte(`{"month": "2026-11", "members": [
		{"id": "E1", "sector": "enterprise", "wages": {"basic": "5200.00"}},
		{"id": "E2", "sector": "factory", "wagse": {}}]}`)
	err := union.DecodeJSON(data, &payroll)
	for _, fe := range union.FieldErrors(err) {
		fmt.Println(fe.Field, fe.Code)
	}
	// Output:
	// members[1].sector invalid.enum
	// members[1].wagse invalid.unknown_field
}

func ExampleParseDecimal() {
	for _, s := range []string{"1,200.00", " -5.5 ", "１２００．５０", "1,2,3", "NaN"} {
		d, err := union.ParseDecimal("wages.basic", s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d.StringFixed(2))
	}
	// Output:
	// 1200.00
	// -5.50
	// 1200.50
	// invalid input: wages.basic: is not a valid decimal number (value "1,2,3")
	// invalid input: wages.basic: is not a valid decimal number (value "NaN")
}

func ExampleCheckDecimal() {
	fmt.Println(union.CheckDecimal("rate", decimal.RequireFromString("0.005")))
	fmt.Println(union.CheckDecimal("rate", decimal.New(0, math.MaxInt32)))
	fmt.Println(union.CheckDecimal("wages.basic", decimal.New(1, 15)))
	// Output:
	// <nil>
	// invalid input: rate: is outside the decimal limits: at most 15 digits before the point and 18 after it (value "0e2147483647")
	// invalid input: wages.basic: is outside the decimal limits: at most 15 digits before the point and 18 after it (value "1000000000000000")
}

func ExampleCheckCount() {
	fmt.Println(union.CheckCount("judges", 12, 1000))
	fmt.Println(union.CheckCount("judges", 4611686018427387904, 1000))
	// Output:
	// <nil>
	// invalid input: judges: must not hold more than 1000 items (value "4611686018427387904")
}

func ExampleNewRecordError() {
	err := errors.Join(
		union.NewRecordError("members", 17, "E017", union.Invalid("wages.basic", "invalid.negative", "-5")),
		union.NewRecordError("members", 20, "E020", union.Invalid("sector", "invalid.required", "")),
	)
	var re *union.RecordError
	if errors.As(err, &re) {
		fmt.Println(re.Index, re.ID)
	}
	for _, fe := range union.FieldErrors(err) {
		fmt.Println(fe.Field, fe.Code)
	}
	// Output:
	// 17 E017
	// members[17].wages.basic invalid.negative
	// members[20].sector invalid.required
}

func ExampleErrorsJSON() {
	err := union.NewRecordError("members", 17, "E017", union.Invalid("wages.basic", "invalid.negative", "-5"))
	b, _ := json.Marshal(union.ErrorsJSON(err, language.English))
	fmt.Println(string(b))
	// Output:
	// [{"field":"members[17].wages.basic","code":"invalid.negative","value":"-5","kind":"invalid","message":"members[17].wages.basic: must not be negative (value \"-5\")","record":17,"id":"E017"}]
}

func ExampleErrorFromJSON() {
	data := []byte(`[{"field":"members[17].wages.basic","code":"invalid.negative","value":"-5","kind":"invalid","record":17,"id":"E017"},
		{"field":"rounding","code":"policy.empty","kind":"policy"}]`)
	var list []union.FieldErrorJSON
	if err := union.DecodeJSON(data, &list); err != nil {
		fmt.Println(err)
		return
	}
	err := union.ErrorFromJSON(list)
	var re *union.RecordError
	fmt.Println(errors.As(err, &re), re.ID, errors.Is(err, union.ErrPolicy))
	fmt.Println(union.ErrorText(err, language.English))
	// Output:
	// true E017 true
	// record E017: members[17].wages.basic: must not be negative (value "-5"); rounding: policy is not set
}

func ExamplePeriod_Validate() {
	for _, p := range []union.Period{union.MustPeriod("2026-11"), {Year: 2024, Month: 13}, {}} {
		fmt.Println(p.Validate())
	}
	// Output:
	// <nil>
	// invalid input: period: is not a real month (years 1 to 9999, months 1 to 12) (value "2024-13")
	// invalid input: period: is required
}

func ExamplePeriod_AddMonthsChecked() {
	next, err := union.MustPeriod("2026-06").AddMonthsChecked(12)
	fmt.Println(next, err)
	_, err = union.MustPeriod("9999-06").AddMonthsChecked(12)
	fmt.Println(err)
	// Output:
	// 2027-06 <nil>
	// invalid input: period: is outside the allowed range 0001-01 to 9999-12 (value "9999-06+12 months")
}

func ExampleParseResidentIDWith() {
	// GB 11643-1999's own Annex A example: a man born in 1880.
	id, err := union.ParseResidentID("440524188001010014")
	fmt.Println(id.Birth().Format("2006-01-02"), err)
	// A roster of living members may set a floor of its own.
	_, err = union.ParseResidentIDWith("440524188001010014", union.ResidentIDOptions{MinBirthYear: 1900})
	fmt.Println(err)
	// Output:
	// 1880-01-01 <nil>
	// invalid input: resident_id: holds a birth year before 1900 (value "440524********0014")
}

func ExampleReason_Localized() {
	r := union.NewReason("policy.sum", "中国工会章程 第八条", "100%", "90%")
	b, _ := json.Marshal(r.Localized(language.TraditionalChinese))
	fmt.Println(string(b))
	// Output:
	// {"code":"policy.sum","args":["100%","90%"],"source":"中国工会章程 第八条","text":"合計應為 100%，實為 90%"}
}

func ExampleFieldLabel() {
	fmt.Println(union.FieldLabel(language.SimplifiedChinese, "rows[3].resident_id"))
	fmt.Println(union.FieldLabel(language.English, "rows[3].resident_id"))
	// Output:
	// rows[3]的公民身份号码
	// rows[3] › resident ID number
}

func ExampleSector_UnmarshalText() {
	for _, s := range []string{"institution", "事业单位", "事業單位", "public institution", "工厂"} {
		var v union.Sector
		if err := v.UnmarshalText([]byte(s)); err != nil {
			fmt.Println(union.ErrorText(err, language.SimplifiedChinese))
			continue
		}
		fmt.Println(v)
	}
	// Output:
	// institution
	// institution
	// institution
	// institution
	// 字段 单位类型：不是可识别的取值，应为以下之一：企业、事业单位、机关、社会组织（值为“工厂”）
}

func ExampleFormatCNYChecked() {
	s, err := union.FormatCNYChecked(decimal.RequireFromString("1234.5"), language.English)
	fmt.Println(s, err)
	_, err = union.FormatCNYChecked(decimal.New(1, 20), language.English)
	fmt.Println(err)
	// Output:
	// ¥1,234.50 <nil>
	// invalid input: amount: is outside the decimal limits: at most 15 digits before the point and 18 after it (value "100000000000000000000")
}

func ExampleRounding_RoundChecked() {
	v, err := union.ToFen(union.HalfUp).RoundChecked(decimal.RequireFromString("2.675"))
	fmt.Println(v, err)
	_, err = union.ToFen(union.HalfUp).RoundChecked(decimal.New(1, -100_000_000))
	fmt.Println(err)
	// Output:
	// 2.68 <nil>
	// invalid input: amount: is outside the decimal limits: at most 15 digits before the point and 18 after it (value "1e-100000000")
}
