package union_test

import (
	"sort"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

var (
	benchTotal    = decimal.RequireFromString("12345.67")
	benchWeights2 = []decimal.Decimal{decimal.NewFromInt(60), decimal.NewFromInt(40)}
	benchWeights5 = []decimal.Decimal{
		decimal.RequireFromString("0.4"), decimal.RequireFromString("0.25"), decimal.RequireFromString("0.15"),
		decimal.RequireFromString("0.12"), decimal.RequireFromString("0.08"),
	}
	benchSink any
	benchID   union.ResidentID
	benchCode union.CreditCode
)

func BenchmarkSplit2(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parts, err := union.Split(benchTotal, benchWeights2, 2)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = parts
	}
}

func BenchmarkSplit5(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parts, err := union.Split(benchTotal, benchWeights5, 2)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = parts
	}
}

// splitFenBaseline is the hand-written baseline for Split: largest remainder
// on int64 fen with integer weights, as a payroll loop would write it.
func splitFenBaseline(fen int64, weights []int64) []int64 {
	var sum int64
	for _, w := range weights {
		sum += w
	}
	parts := make([]int64, len(weights))
	rems := make([]int64, len(weights))
	given := int64(0)
	for i, w := range weights {
		parts[i] = fen * w / sum
		rems[i] = fen * w % sum
		given += parts[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]] > rems[order[b]] })
	for k := int64(0); k < fen-given; k++ {
		parts[order[k]]++
	}
	return parts
}

func BenchmarkSplit2BaselineFen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink = splitFenBaseline(1234567, []int64{60, 40})
	}
}

func BenchmarkSplit5BaselineFen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink = splitFenBaseline(1234567, []int64{40, 25, 15, 12, 8})
	}
}

func BenchmarkUppercase(b *testing.B) {
	amount := decimal.RequireFromString("1234567890123.45")
	b.ReportAllocs()
	for b.Loop() {
		s, err := union.Uppercase(amount)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = s
	}
}

// BenchmarkUppercaseBaselineStringFixed is the cost of printing the same
// amount in Arabic digits, for scale.
func BenchmarkUppercaseBaselineStringFixed(b *testing.B) {
	amount := decimal.RequireFromString("1234567890123.45")
	b.ReportAllocs()
	for b.Loop() {
		benchSink = amount.StringFixed(2)
	}
}

func BenchmarkParseUppercase(b *testing.B) {
	s := "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分"
	b.ReportAllocs()
	for b.Loop() {
		v, err := union.ParseUppercase(s)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = v
	}
}

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		id, err := union.ParseResidentID("11010519491231002X")
		if err != nil {
			b.Fatal(err)
		}
		benchID = id
	}
}

// residentCheckBaseline is the hand-written baseline: length and check
// character only, no date or region.
func residentCheckBaseline(s string) bool {
	if len(s) != 18 {
		return false
	}
	w := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11] == s[17]
}

func BenchmarkParseResidentIDBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if !residentCheckBaseline("11010519491231002X") {
			b.Fatal("baseline rejects the example")
		}
	}
}

func BenchmarkParseCreditCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := union.ParseCreditCode("91350100M000100Y43")
		if err != nil {
			b.Fatal(err)
		}
		benchCode = c
	}
}

func BenchmarkFormatCNY(b *testing.B) {
	amount := decimal.RequireFromString("1234567.89")
	b.ReportAllocs()
	for b.Loop() {
		benchSink = union.FormatCNY(amount, en)
	}
}
