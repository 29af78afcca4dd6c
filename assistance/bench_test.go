package assistance

import (
	"strconv"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// BenchmarkAssess is one Assess of the typical() household (3 persons, 2
// income items, 3 aid programmes, 9 reasons) under Hubei2024, validation
// included. The target is under 2 µs; BenchmarkResultFloor shows how
// much of it building the result alone takes.
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

// sinkAssessment keeps results alive, so the compiler cannot drop their
// allocations.
var sinkAssessment Assessment

// BenchmarkResultFloor copies BenchmarkAssess's result into fresh memory:
// the same objects (5 new decimals, the reasons, their arguments, the amount
// texts, the grants and the missing documents; 15 allocations) without
// any of the work that decides them. It is the floor under BenchmarkAssess
// on a given machine: what building the API's Assessment costs by itself.
func BenchmarkResultFloor(b *testing.B) {
	res := mustAssess(b, Hubei2024(decimal.NewFromInt(940)), typical())
	b.ReportAllocs()
	for b.Loop() {
		sinkAssessment = copyResult(&res)
	}
}

// copyResult copies an assessment into fresh memory the way assess builds
// one: new decimals for the computed amounts, and the reasons' arguments in
// one array with their amount texts in one string.
func copyResult(res *Assessment) Assessment {
	fresh := func(d decimal.Decimal) decimal.Decimal { return decimal.New(d.CoefficientInt64(), d.Exponent()) }
	c := *res
	c.Rigid, c.PerCapita, c.AidTotal = fresh(res.Rigid), fresh(res.PerCapita), fresh(res.AidTotal)
	c.Grants = make([]Grant, len(res.Grants))
	copy(c.Grants, res.Grants)
	c.Grants[0].Amount, c.Grants[1].Amount = fresh(res.Grants[0].Amount), fresh(res.Grants[1].Amount)
	c.Missing = append([]Document(nil), res.Missing...)
	n, size := 0, 0
	for _, r := range res.Reasons {
		n += len(r.Args)
		for _, a := range r.Args {
			size += len(a)
		}
	}
	var buf [256]byte
	text := buf[:0]
	for _, r := range res.Reasons {
		for _, a := range r.Args {
			text = append(text, a...)
		}
	}
	s := string(text[:size])
	args := make([]string, 0, n)
	c.Reasons = make([]union.Reason, len(res.Reasons))
	for i, r := range res.Reasons {
		start := len(args)
		for _, a := range r.Args {
			args = append(args, s[:len(a)])
		}
		c.Reasons[i] = union.Reason{Code: r.Code, Source: r.Source, Args: args[start:len(args):len(args)]}
	}
	return c
}
