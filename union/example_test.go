package union_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func ExampleSplit() {
	// A grassroots union keeps 60% of the funds and passes 40% up.
	fund := decimal.RequireFromString("12345.67")
	parts, err := union.Split(fund, []decimal.Decimal{decimal.NewFromInt(60), decimal.NewFromInt(40)}, 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(parts[0].StringFixed(2), parts[1].StringFixed(2))
	// Output: 7407.40 4938.27
}

func ExampleSplit_equalRemainders() {
	// 100 yuan in three equal parts: the leftover fen goes to the first.
	one := decimal.NewFromInt(1)
	parts, _ := union.Split(decimal.NewFromInt(100), []decimal.Decimal{one, one, one}, 2)
	fmt.Println(parts)
	// A refund mirrors the payment.
	parts, _ = union.Split(decimal.NewFromInt(-100), []decimal.Decimal{one, one, one}, 2)
	fmt.Println(parts)
	// Output:
	// [33.34 33.33 33.33]
	// [-33.34 -33.33 -33.33]
}

func ExampleSplit_error() {
	_, err := union.Split(decimal.NewFromInt(100), []decimal.Decimal{decimal.NewFromInt(1), decimal.Zero}, 2)
	fmt.Println(errors.Is(err, union.ErrInvalid))
	fmt.Println(err)
	// Output:
	// true
	// invalid input: weights[1]: must be greater than zero (value "0")
}

func ExampleRounding_Round() {
	amount := decimal.RequireFromString("1234.565")
	for _, r := range []union.Rounding{
		union.ToFen(union.HalfUp), union.ToFen(union.HalfEven), union.ToFen(union.Down),
		union.ToJiao(union.Up), {Places: -1, Mode: union.Down},
	} {
		fmt.Printf("%-18s %s\n", r, r.Round(amount))
	}
	// Output:
	// 2 places half_up   1234.57
	// 2 places half_even 1234.56
	// 2 places down      1234.56
	// 1 places up        1234.6
	// -1 places down     1230
}

func ExampleUppercase() {
	for _, s := range []string{"1409.50", "6007.14", "107000.53", "16409.02", "15", "0.05", "100000000", "-325.04", "0"} {
		text, err := union.Uppercase(decimal.RequireFromString(s))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, text)
	}
	_, err := union.Uppercase(decimal.RequireFromString("1.005"))
	fmt.Println(err)
	// Output:
	// 1409.50 壹仟肆佰零玖元伍角
	// 6007.14 陆仟零柒元壹角肆分
	// 107000.53 壹拾万柒仟元伍角叁分
	// 16409.02 壹万陆仟肆佰零玖元零贰分
	// 15 壹拾伍元整
	// 0.05 伍分
	// 100000000 壹亿元整
	// -325.04 负叁佰贰拾伍元零肆分
	// 0 零元整
	// invalid input: amount: must not have more than 2 decimal places (value "1.005")
}

func ExampleUppercaseWith() {
	amount := decimal.RequireFromString("107000.53")
	for _, o := range []union.UppercaseOptions{
		{},
		{ZeroAfterYuan: true},
		{ZeroAfterWan: true},
		union.LongForm(),
		{Prefix: true, FullYuan: true},
		{Prefix: true, Traditional: true},
	} {
		text, _ := union.UppercaseWith(amount, o)
		fmt.Println(text)
	}
	// Output:
	// 壹拾万柒仟元伍角叁分
	// 壹拾万柒仟元零伍角叁分
	// 壹拾万零柒仟元伍角叁分
	// 壹拾万零柒仟元零伍角叁分
	// 人民币壹拾万柒仟圆伍角叁分
	// 人民幣壹拾萬柒仟元伍角參分
}

func ExampleParseUppercase() {
	for _, s := range []string{"壹拾万零柒仟元伍角叁分", "人民幣貳萬參仟陸佰圓整", "负伍角整", "拾伍元整", "壹元伍分"} {
		v, err := union.ParseUppercase(s)
		if err != nil {
			fmt.Println(s, "→", err)
			continue
		}
		fmt.Println(s, "→", v.StringFixed(2))
	}
	// Output:
	// 壹拾万零柒仟元伍角叁分 → 107000.53
	// 人民幣貳萬參仟陸佰圓整 → 23600.00
	// 负伍角整 → -0.50
	// 拾伍元整 → invalid input: amount: breaks the rules for amounts in Chinese capitals (at character 1) (value "拾伍元整")
	// 壹元伍分 → invalid input: amount: breaks the rules for amounts in Chinese capitals (at character 3) (value "壹元伍分")
}

func ExampleFormatCNY() {
	amount := decimal.RequireFromString("1234567.895")
	for _, tag := range []string{"zh-Hans", "zh-Hant", "en", "de"} {
		fmt.Println(tag, union.FormatCNY(amount, language.MustParse(tag)))
	}
	fmt.Println(union.FormatCNY(decimal.RequireFromString("-1234.5"), language.English))
	// Output:
	// zh-Hans ¥1,234,567.90
	// zh-Hant ¥1,234,567.90
	// en ¥1,234,567.90
	// de ¥1,234,567.90
	// -¥1,234.50
}

func ExampleParsePeriod() {
	p, err := union.ParsePeriod("2026-11")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p, p.AddMonths(2), p.AddMonths(-11), p.Days())
	fmt.Println(p.MonthsUntil(union.MustPeriod("2027-03")), p.Before(union.MustPeriod("2027-01")))
	_, err = union.ParsePeriod("2026-13")
	fmt.Println(err)
	// Output:
	// 2026-11 2027-01 2025-12 30
	// 4 true
	// invalid input: period: is not in the form YYYY-MM (value "2026-13")
}

func ExampleEffective_Contains() {
	law2021 := union.Since(union.MustPeriod("2022-01"))
	fmt.Println(law2021, law2021.Contains(union.MustPeriod("2021-12")), law2021.Contains(union.MustPeriod("2026-11")))
	// Output: 2022-01.. false true
}

// fundsRule is a stand-in policy for the timeline examples: the rate of union
// funds an employer pays and the article it rests on.
type fundsRule struct {
	Rate    decimal.Decimal
	Article string
}

// fundsTimeline is the Trade Union Law before and after the 2021 amendment
// (in force 2022-01-01), when the funds article moved from 42 to 43.
func fundsTimeline() (union.Timeline[fundsRule], error) {
	return union.NewTimeline(
		union.Dated[fundsRule]{
			Effective: union.Effective{Until: union.MustPeriod("2021-12")},
			Policy:    fundsRule{decimal.RequireFromString("0.02"), "工会法（2009）第四十二条"},
		},
		union.Dated[fundsRule]{
			Effective: union.Since(union.MustPeriod("2022-01")),
			Policy:    fundsRule{decimal.RequireFromString("0.02"), "工会法（2021）第四十三条"},
		},
	)
}

func ExampleNewTimeline() {
	tl, err := fundsTimeline()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range tl.Entries() {
		fmt.Println(e.Effective, e.Policy.Article)
	}
	// A gap between two rules is an inconsistent policy.
	_, err = union.NewTimeline(
		union.Dated[fundsRule]{Effective: union.Between(union.MustPeriod("2017-01"), union.MustPeriod("2021-11"))},
		union.Dated[fundsRule]{Effective: union.Since(union.MustPeriod("2022-01"))},
	)
	fmt.Println(errors.Is(err, union.ErrPolicy))
	// Output:
	// ..2021-12 工会法（2009）第四十二条
	// 2022-01.. 工会法（2021）第四十三条
	// true
}

func ExampleTimeline_At() {
	tl, _ := fundsTimeline()
	wageBill := decimal.RequireFromString("864300.00")
	// A payroll system re-running March 2021 gets March 2021's rules.
	for _, month := range []string{"2021-03", "2026-11"} {
		rule, err := tl.At(union.MustPeriod(month))
		if err != nil {
			fmt.Println(err)
			continue
		}
		due := union.ToFen(union.HalfUp).Round(wageBill.Mul(rule.Rate))
		fmt.Println(month, rule.Article, union.FormatCNY(due, language.SimplifiedChinese))
	}
	// Output:
	// 2021-03 工会法（2009）第四十二条 ¥17,286.00
	// 2026-11 工会法（2021）第四十三条 ¥17,286.00
}

func ExampleParseResidentID() {
	id, err := union.ParseResidentID("11010519491231002x")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(id, id.Masked())
	fmt.Println(id.Birth().Format("2006-01-02"), id.Gender(), id.Gender().Text(language.SimplifiedChinese))
	fmt.Println(id.AgeAt(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(id.Region(), id.Region().ProvinceText(language.English))

	_, err = union.ParseResidentID("110105194912310021")
	fmt.Println(err)
	// Output:
	// 11010519491231002X 110105********002X
	// 1949-12-31 female 女
	// 76
	// 110105 Beijing
	// invalid input: resident_id: has a wrong check character (value "110105********0021")
}

func ExampleResidentID_AgeAt() {
	// Born on 29 February 2000: a year older on 1 March in common years.
	id := union.MustResidentID("440305200002290010")
	for _, day := range []string{"2001-02-28", "2001-03-01", "2004-02-29"} {
		t, _ := time.Parse("2006-01-02", day)
		fmt.Println(day, id.AgeAt(t))
	}
	// Output:
	// 2001-02-28 0
	// 2001-03-01 1
	// 2004-02-29 4
}

func ExampleParseCreditCode() {
	c, err := union.ParseCreditCode("91350100M000100Y43")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Authority().Text(language.SimplifiedChinese), c.Kind().Text(language.SimplifiedChinese),
		c.Kind().Text(language.English), c.IsTradeUnion())
	fmt.Println(c.Region(), c.Region().ProvinceText(language.TraditionalChinese), c.OrganizationCode())

	_, err = union.ParseCreditCode("91350100M000100Y44")
	fmt.Println(err)
	// Output:
	// 工商（市场监管） 企业 enterprise false
	// 350100 福建省 M000100Y-4
	// invalid input: credit_code: has a wrong check character (value "91350100M000100Y44")
}

func ExampleParseRegion() {
	r, err := union.ParseRegion("440305")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, r.Prefecture(), r.Province(), r.ProvinceText(language.SimplifiedChinese), r.ProvinceText(language.TraditionalChinese))
	// Output: 440305 440300 440000 广东省 廣東省
}

func ExampleReason_Text() {
	r := union.NewReason("policy.sum", "test", "100%", "90%")
	for _, tag := range []string{"zh-Hans", "zh-TW", "zh-HK", "en-GB", "fr"} {
		fmt.Println(tag, r.Text(language.MustParse(tag)))
	}
	fmt.Println(union.Reason{Code: "no.such.code", Args: []string{"1"}}.Text(language.English))
	// Output:
	// zh-Hans 合计应为 100%，实为 90%
	// zh-TW 合計應為 100%，實為 90%
	// zh-HK 合計應為 100%，實為 90%
	// en-GB must add up to 100%, not 90%
	// fr 合计应为 100%，实为 90%
	// no.such.code(1)
}

func ExampleFieldError_Text() {
	// Chinese texts name the field by its label (FieldLabel); English keeps the path.
	err := union.Prefix(union.Indexed("timeline", 3), union.Inconsistent("effective.until", "invalid.order", "2026-12..2026-01"))
	var fe *union.FieldError
	if errors.As(err, &fe) {
		for _, tag := range union.Languages() {
			fmt.Println(fe.Text(tag))
		}
	}
	// Output:
	// 字段 政策时间线[3]的有效期的截止月份：起始不能晚于结束（值为“2026-12..2026-01”）
	// 欄位 政策時間線[3]的有效期的截止月份：起始不能晚於結束（值為「2026-12..2026-01」）
	// timeline[3].effective.until: must not start after it ends (value "2026-12..2026-01")
}

func ExampleMatchLanguage() {
	for _, tag := range []string{"zh-CN", "zh-TW", "zh-HK", "en-GB", "ja"} {
		fmt.Println(tag, union.MatchLanguage(language.MustParse(tag)))
	}
	// Output:
	// zh-CN zh-Hans
	// zh-TW zh-Hant
	// zh-HK zh-Hant
	// en-GB en
	// ja zh-Hans
}

// A policy's Validate reports every problem at once; FieldErrors lists them and
// ErrorText shows them to a union officer in their language.
func ExampleFieldErrors() {
	err := errors.Join(
		union.Inconsistent("weights[0]", "invalid.not_positive", "0"),
		union.Inconsistent("rounding.places", "policy.range", "9", "-8", "2"),
	)
	for _, fe := range union.FieldErrors(err) {
		fmt.Println(fe.Field, fe.Code)
	}
	fmt.Println(union.ErrorText(err, language.SimplifiedChinese))
	// Output:
	// weights[0] invalid.not_positive
	// rounding.places policy.range
	// 字段 分配比例[0]：必须大于零（值为“0”）；字段 保留小数位数：政策参数超出范围 -8 至 2（值为“9”）
}

// Label gives the localized text of a registered code for a sheet's headings
// and enum names; unlike a Reason it cites no source.
func ExampleLabel() {
	for _, tag := range union.Languages() {
		fmt.Println(union.Label(tag, "status.retired"))
	}
	// Output:
	// 退休
	// 退休
	// retired
}

// ParseDate reads a calendar day; String writes it back, and the day's
// month, weekday and distance to another day need no clock.
func ExampleParseDate() {
	d, err := union.ParseDate("2025-10-09")
	if err != nil {
		fmt.Println(err)
		return
	}
	end, _ := d.AddDays(30)
	fmt.Println(d, d.Weekday(), d.Period(), end, d.DaysUntil(end))
	fmt.Println(d.Text(language.SimplifiedChinese))
	_, err = union.ParseDate("2025-02-29")
	fmt.Println(errors.Is(err, union.ErrInvalid))
	// Output:
	// 2025-10-09 Thursday 2025-10 2025-11-08 30
	// 2025年10月9日
	// true
}
