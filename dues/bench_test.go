package dues_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// plainResult is one member's dues as the plain loop computes them.
type plainResult struct {
	base, amount decimal.Decimal
	exempt       bool
}

// plainDues is the baseline: the loop a payroll developer would write with
// shopspring decimals for the same rule — build the item sets once, then for
// each member iterate the wage map, sum the counted items, drop the tail,
// multiply, round — plus the statuses and classes of the policy. AssessAll
// must give the same numbers, at least 3× faster.
func plainDues(p dues.Policy, ms []dues.Member) ([]plainResult, decimal.Decimal) {
	type set struct {
		allBut bool
		items  map[dues.WageItem]bool
	}
	bases := map[union.Sector]set{}
	for _, b := range p.Bases {
		s := set{allBut: b.AllBut, items: map[dues.WageItem]bool{}}
		for _, it := range b.Items {
			s.items[it] = true
		}
		bases[b.Sector] = s
	}
	exempt := map[union.MemberStatus]bool{union.Transferred: true, union.Deceased: true, union.Withdrawn: true}
	for _, e := range p.Exempt {
		exempt[e.Status] = true
	}
	classes := map[dues.Class]dues.ClassRule{}
	for _, c := range p.Classes {
		classes[c.Class] = c
	}
	out := make([]plainResult, len(ms))
	total := decimal.Zero
	for i, m := range ms {
		if exempt[m.Status] {
			out[i] = plainResult{base: decimal.Zero, amount: decimal.Zero, exempt: true}
			continue
		}
		wages := m.Wages
		if m.NoFixedIncome && p.PreviousMonth {
			wages = m.PreviousWages
		}
		s := bases[m.Sector]
		gross := decimal.Zero
		for item, v := range wages {
			if s.items[item] != s.allBut {
				gross = gross.Add(v)
			}
		}
		base := p.BaseRounding.Round(gross)
		var amount decimal.Decimal
		c, ok := classes[m.Class]
		switch {
		case ok && c.Flat:
			amount = c.Fee
		case ok:
			amount = p.AmountRounding.Round(base.Mul(c.Rate))
		default:
			amount = p.AmountRounding.Round(base.Mul(p.Rate))
		}
		out[i] = plainResult{base: base, amount: amount}
		total = total.Add(amount)
	}
	return out, total
}

// payslipTemplates are the items each sector's payslips carry; a member
// also has some of the optional items.
var payslipTemplates = [4]struct{ fixed, optional []dues.WageItem }{
	union.Enterprise:         {[]dues.WageItem{dues.BasicWage, dues.PositionWage, dues.SkillWage, dues.SeniorityWage}, []dues.WageItem{dues.Bonus, dues.Overtime, dues.Allowance}},
	union.Institution:        {[]dues.WageItem{dues.PositionWage, dues.GradeWage, dues.BasicPerformance}, []dues.WageItem{dues.Allowance, dues.Subsidy, dues.Bonus}},
	union.Organ:              {[]dues.WageItem{dues.DutyWage, dues.RankWage}, []dues.WageItem{dues.Allowance, dues.Subsidy, dues.Bonus}},
	union.SocialOrganization: {[]dues.WageItem{dues.BasicWage, dues.PositionWage}, []dues.WageItem{dues.Bonus, dues.Subsidy}},
}

// payroll generates n members deterministically, as a real payroll looks:
// all sectors, mostly active, some retired, unemployed and apprentices;
// payslips of the sector's items plus some optional ones, in fen.
func payroll(n int, seed uint64) []dues.Member {
	r := rand.New(rand.NewPCG(seed, 1))
	ms := make([]dues.Member, n)
	for i := range ms {
		sector := union.Sector(r.IntN(4))
		m := dues.Member{ID: fmt.Sprintf("M%06d", i), Sector: sector, Wages: map[dues.WageItem]decimal.Decimal{}}
		switch r.IntN(20) {
		case 0:
			m.Status = union.Retired
		case 1:
			m.Status = union.Unemployed
		case 2:
			m.Class = dues.Apprentice
		}
		for _, it := range payslipTemplates[sector].fixed {
			m.Wages[it] = decimal.New(int64(50000+r.IntN(300000)), -2)
		}
		for _, it := range payslipTemplates[sector].optional {
			if r.IntN(2) == 0 {
				m.Wages[it] = decimal.New(int64(r.IntN(200000)), -2)
			}
		}
		ms[i] = m
	}
	return ms
}

// ownItems are the employer's own items of randomPayroll; a policy assessing
// it declares them.
var ownItems = []dues.WageItem{"commission", "meal"}

// randomPayroll generates n members with random payslips: any 1–7 items,
// amounts with 0–4 decimals, now and then huge amounts or an employer's own
// item, all statuses and classes — the inputs that exercise every path.
//
// With fen set, amounts are whole fen and never huge: random patterns of
// items, but the integer path throughout.
func randomPayroll(n int, seed uint64, fen bool) []dues.Member {
	r := rand.New(rand.NewPCG(seed, 2))
	items := append(dues.Items(), ownItems...)
	ms := make([]dues.Member, n)
	for i := range ms {
		m := dues.Member{ID: fmt.Sprintf("R%06d", i), Sector: union.Sector(r.IntN(4)),
			Status: union.MemberStatus(r.IntN(7)), Class: dues.Class(r.IntN(5)), Wages: map[dues.WageItem]decimal.Decimal{}}
		if r.IntN(3) > 0 {
			m.Status = union.Active
		}
		for k := 1 + r.IntN(7); k > 0; k-- {
			v := decimal.New(int64(r.IntN(1_000_000)), -int32(r.IntN(5)))
			if fen {
				v = decimal.New(int64(r.IntN(1_000_000)), -2)
			} else if r.IntN(50) == 0 {
				// near the decimal limit (|d| < 10^15): sums leave the integer path
				v = decimal.New(r.Int64N(1e15), 0)
			}
			m.Wages[items[r.IntN(len(items))]] = v
		}
		if r.IntN(10) == 0 {
			m.NoFixedIncome = true
			m.PreviousWages = map[dues.WageItem]decimal.Decimal{dues.BasicWage: decimal.New(int64(r.IntN(900000)), -2)}
		}
		ms[i] = m
	}
	return ms
}

func BenchmarkAssess(b *testing.B) {
	p := dues.National()
	m := payroll(1, 7)[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Assess(m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessAll100k(b *testing.B) {
	p := dues.National()
	ms := payroll(100_000, 7)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if bt := p.AssessAll(ms); bt.Failed != 0 {
			b.Fatal(bt.Err())
		}
	}
}

func BenchmarkPlainLoop100k(b *testing.B) {
	p := dues.National()
	ms := payroll(100_000, 7)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		plainDues(p, ms)
	}
}

func BenchmarkAssessAllRandom100k(b *testing.B) {
	p := dues.National()
	p.OwnItems = ownItems
	ms := randomPayroll(100_000, 7, true)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.AssessAll(ms)
	}
}

func BenchmarkPlainLoopRandom100k(b *testing.B) {
	p := dues.National()
	ms := randomPayroll(100_000, 7, true)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		plainDues(p, ms)
	}
}

func BenchmarkAllocate(b *testing.B) {
	s := dues.MultiLevel(d("50"), d("25"), d("20"), d("5"))
	total := d("123456.78")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Allocate(total); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFundsAssess(b *testing.B) {
	f := dues.Beijing2015()
	e := dues.Employer{ID: "a", Payroll: d("1234567.89"), HasUnion: true}
	month := union.MustPeriod("2026-03")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Assess(e, month); err != nil {
			b.Fatal(err)
		}
	}
}
