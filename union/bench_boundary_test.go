package union_test

import (
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// BenchmarkCheckDecimal measures the limit check every entry point runs on
// every decimal it is given (allocation-free).
func BenchmarkCheckDecimal(b *testing.B) {
	d := decimal.RequireFromString("12345.67")
	for b.Loop() {
		if union.CheckDecimal("x", d) != nil {
			b.Fatal("refused")
		}
	}
}

// BenchmarkCheckDecimalHostile measures the refusal of a 1,000,000-digit
// amount, the size that once took FormatCNY 18 s.
func BenchmarkCheckDecimalHostile(b *testing.B) {
	d := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1_000_000), nil), 0)
	for b.Loop() {
		benchSink = union.CheckDecimal("x", d)
	}
}

// BenchmarkParseDecimal measures reading a payroll export's amount.
func BenchmarkParseDecimal(b *testing.B) {
	for b.Loop() {
		d, err := union.ParseDecimal("wages.basic", "12,345.67")
		if err != nil {
			b.Fatal(err)
		}
		benchSink = d
	}
}

// BenchmarkDecodeJSON1000 measures strict decoding of a 1,000-member payroll.
func BenchmarkDecodeJSON1000(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"month":"2026-11","members":[`)
	for i := range 1000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"id":"E` + strconv.Itoa(i) + `","sector":"enterprise","wages":{"basic":"5200.00","bonus":"300"},"hours":8}`)
	}
	sb.WriteString(`]}`)
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v fuzzBatch
		if err := union.DecodeJSON(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeJSONEnumSlice1000 is BenchmarkDecodeJSON1000 with a list
// of enum values beside the members: the price of checking that such a list
// is a JSON array (one scan of the document, the members passed over).
func BenchmarkDecodeJSONEnumSlice1000(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"levels":["national","grassroots"],"batch":{"month":"2026-11","members":[`)
	for i := range 1000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{"id":"E` + strconv.Itoa(i) + `","sector":"enterprise","wages":{"basic":"5200.00","bonus":"300"},"hours":8}`)
	}
	sb.WriteString(`]}}`)
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v struct {
			Levels []union.Level `json:"levels"`
			Batch  fuzzBatch     `json:"batch"`
		}
		if err := union.DecodeJSON(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFieldErrorText measures a Chinese error text with a labelled path.
func BenchmarkFieldErrorText(b *testing.B) {
	fe := union.Invalid("members[17].resident_id", "id.check", "110105********0021")
	for b.Loop() {
		benchSink = fe.Text(language.SimplifiedChinese)
	}
}

// BenchmarkFormatCNYLimit measures FormatCNY at the largest amount it formats.
func BenchmarkFormatCNYLimit(b *testing.B) {
	d := decimal.RequireFromString("999999999999999.99")
	for b.Loop() {
		benchSink = union.FormatCNY(d, language.SimplifiedChinese)
	}
}

// BenchmarkSplitAtLimits measures Split at its limits: MaxWeights weights
// with 18 decimal places each and the largest total.
func BenchmarkSplitAtLimits(b *testing.B) {
	ws := make([]decimal.Decimal, union.MaxWeights)
	for i := range ws {
		ws[i] = decimal.New(int64(i%997+1)*1_000_000_000_000_007, -18)
	}
	total := decimal.RequireFromString("999999999999999.999999999999999999")
	for b.Loop() {
		parts, err := union.Split(total, ws, union.MaxPlaces)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = parts
	}
}
