package assistance

import (
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// The target: a single Assess of a typical household under 2 µs.

func BenchmarkAssess(b *testing.B) {
	r := Hubei2024(decimal.NewFromInt(940))
	a := typical()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Assess(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessSimple is a household given by the API fields only.
func BenchmarkAssessSimple(b *testing.B) {
	r := Standard(decimal.NewFromInt(1000))
	a := simple(3, "30000", "4000")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Assess(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineCategory is the hand-written floor: the two band
// comparisons in decimal, without validation, reasons, aid or documents.
func BenchmarkBaselineCategory(b *testing.B) {
	ml := decimal.NewFromInt(940)
	income, rigid := decimal.NewFromInt(36000), decimal.NewFromInt(16000)
	months := decimal.NewFromInt(36)
	two := decimal.NewFromInt(2)
	b.ReportAllocs()
	b.ResetTimer()
	c := None
	for i := 0; i < b.N; i++ {
		net := income.Sub(rigid)
		switch {
		case net.LessThan(ml.Mul(months)):
			c = Deep
		case net.LessThan(ml.Mul(two).Mul(months)):
			c = Relative
		default:
			c = None
		}
	}
	if c != Deep {
		b.Fatal(c)
	}
}

func households(n int) []Applicant {
	as := make([]Applicant, n)
	for i := range as {
		a := typical()
		a.Worker.ID = "W-" + strconv.Itoa(i)
		a.Household.IncomeItems = []IncomeItem{{Kind: Wages, Amount: decimal.NewFromInt(int64(20000 + i%60000))}}
		as[i] = a
	}
	return as
}

// BenchmarkAssessAll100k assesses 100,000 households in one batch.
func BenchmarkAssessAll100k(b *testing.B) {
	r := Hubei2024(decimal.NewFromInt(940))
	as := households(100_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		batch := r.AssessAll(as)
		if batch.Failed != 0 {
			b.Fatal("failed items")
		}
	}
}
