package dues_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// variants are policies that exercise every rounding mode and odd rates on
// the integer path.
func variants() map[string]dues.Policy {
	national := dues.National()
	national.OwnItems = ownItems
	out := map[string]dues.Policy{"national": national}
	for i, v := range []struct {
		rate         string
		base, amount union.Rounding
	}{
		{"0.0073", union.Rounding{Places: 0, Mode: union.HalfEven}, union.Rounding{Places: 1, Mode: union.Up}},
		{"0.005", union.Rounding{Places: 2, Mode: union.HalfUp}, union.Rounding{Places: 0, Mode: union.HalfUp}},
		{"0.0125", union.Rounding{Places: -2, Mode: union.Up}, union.Rounding{Places: 2, Mode: union.HalfEven}},
		{"0.005", union.Rounding{Places: 3, Mode: union.Down}, union.Rounding{Places: 4, Mode: union.Down}},
		{"0.123456789012345678", union.Rounding{Places: -1, Mode: union.Down}, union.Rounding{Places: 2, Mode: union.HalfUp}},
	} {
		p := dues.National()
		p.Rate = d(v.rate)
		p.BaseRounding, p.AmountRounding = v.base, v.amount
		p.WholeYuan = true // variant1 rounds its amounts to whole yuan, half-up
		p.OwnItems = ownItems
		p.Classes = append(p.Classes, dues.ClassRule{Class: dues.Probation, Rate: d("0.0025"), Source: "test"})
		out[fmt.Sprint("variant", i)] = p
	}
	return out
}

// TestIntegerPathEqualsDecimal holds the integer-fen batch path equal to the
// plain decimal loop on random payslips (fixed seed): amounts with 0–4
// decimals, huge amounts, employers' own items, every status and class.
func TestIntegerPathEqualsDecimal(t *testing.T) {
	for name, p := range variants() {
		t.Run(name, func(t *testing.T) {
			for _, fen := range []bool{true, false} {
				ms := randomPayroll(5000, 42, fen)
				want, total := plainDues(p, ms)
				b := p.AssessAll(ms)
				require.Zero(t, b.Failed, "%v", b.Err())
				for i, it := range b.Items {
					require.True(t, want[i].base.Equal(it.Base), "member %d base: plain %s, batch %s", i, want[i].base, it.Base)
					require.True(t, want[i].amount.Equal(it.Amount), "member %d amount: plain %s, batch %s", i, want[i].amount, it.Amount)
					require.Equal(t, want[i].exempt, it.Exempt, "member %d", i)
				}
				assert.True(t, total.Equal(b.Total), "total: plain %s, batch %s", total, b.Total)
			}
		})
	}
}

// batchJSON renders a batch for comparison: values, errors and reasons.
func batchJSON(t *testing.T, b dues.Batch) string {
	t.Helper()
	out, err := json.Marshal(b)
	require.NoError(t, err)
	return string(out)
}

// withBadRecords returns ms with some records spoiled.
func withBadRecords(ms []dues.Member, r *rand.Rand) []dues.Member {
	out := slices.Clone(ms)
	for i := range out {
		switch r.IntN(40) {
		case 0:
			out[i].ID = ""
		case 1:
			w := map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("-5")}
			out[i].Wages = w
		case 2:
			out[i].Sector = 9
		}
	}
	return out
}

// TestBatchEqualsSingleAndShards: AssessAll equals Assess on each member,
// and the merge of any sharding equals one call — on both the sequential
// and the parallel path.
func TestBatchEqualsSingleAndShards(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{0, 1, 500, 9000} {
		ms := withBadRecords(randomPayroll(n, uint64(n), n%2 == 0), r)
		for name, p := range variants() {
			if n > 8192 && name != "national" && name != "variant0" {
				continue
			}
			whole := p.AssessAll(ms)
			require.Len(t, whole.Items, n)
			if n <= 500 {
				for i, m := range ms {
					a, err := p.Assess(m)
					it := whole.Items[i]
					if err != nil {
						require.Error(t, it.Err, "%s member %d", name, i)
						assert.Equal(t, err.Error(), it.Err.Error())
						continue
					}
					require.NoError(t, it.Err)
					ja, _ := json.Marshal(a)
					jb, _ := json.Marshal(it.Assessment)
					require.JSONEq(t, string(ja), string(jb), "%s member %d", name, i)
				}
			}
			// Shards at random cut points, merged in order.
			cuts := []int{0}
			for c := 0; c < n; c += 1 + r.IntN(max(1, n/3)) {
				cuts = append(cuts, c)
			}
			cuts = append(cuts, n)
			var shards []dues.Batch
			for k := 1; k < len(cuts); k++ {
				shards = append(shards, p.AssessAll(ms[cuts[k-1]:cuts[k]]))
			}
			merged := shards[0].Merge(shards[1:]...)
			require.Equal(t, batchJSON(t, whole), batchJSON(t, merged), "%s n=%d", name, n)

			// Totals are the sums of the good items, whatever the order.
			sum := decimal.Zero
			for _, it := range whole.Items {
				if it.Err == nil {
					sum = sum.Add(it.Amount)
				}
			}
			assert.True(t, sum.Equal(whole.Total))
			rev := slices.Clone(ms)
			slices.Reverse(rev)
			back := p.AssessAll(rev)
			assert.True(t, back.Total.Equal(whole.Total))
			assert.Equal(t, whole.Failed, back.Failed)
			for i := range whole.BySector {
				assert.True(t, whole.BySector[i].Amount.Equal(back.BySector[i].Amount))
			}
		}
	}
}

// TestBatchErrPaths names full field paths.
func TestBatchErrPaths(t *testing.T) {
	b := dues.National().AssessAll([]dues.Member{{ID: "a"}, {ID: "b", Wages: map[dues.WageItem]decimal.Decimal{dues.Bonus: d("-1")}}})
	assert.Equal(t, []string{"members[1].wages.bonus invalid.negative"}, fieldCodes(t, b.Err(), union.ErrInvalid))
	assert.NoError(t, dues.National().AssessAll(nil).Err())
}

// TestSameOutputFromManyGoroutines: the same input gives the same output,
// from many goroutines at once (run with -race).
func TestSameOutputFromManyGoroutines(t *testing.T) {
	ms := withBadRecords(randomPayroll(10_000, 9, false), rand.New(rand.NewPCG(1, 1)))
	p := dues.National()
	want := batchJSON(t, p.AssessAll(ms))
	s := dues.MultiLevel(d("3"), d("2"), d("2"), d("1"))
	wantAlloc, err := s.Allocate(d("98765.43"))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			got := batchJSON(t, p.AssessAll(ms))
			assert.Equal(t, want, got, "goroutine %d", g)
			a, err := p.Assess(ms[g])
			if err == nil {
				assert.True(t, a.Amount.Equal(p.AssessAll(ms[g : g+1]).Items[0].Amount))
			}
			as, err := s.Allocate(d("98765.43"))
			assert.NoError(t, err)
			assert.Equal(t, fmt.Sprint(wantAlloc), fmt.Sprint(as))
		})
	}
	wg.Wait()
}

// randomScheme builds a scheme of 1–6 shares, some nested, with weights of
// up to 4 decimals.
func randomScheme(r *rand.Rand) dues.Scheme {
	n := 0
	var shares func(depth int) []dues.Share
	shares = func(depth int) []dues.Share {
		out := make([]dues.Share, 1+r.IntN(4))
		for i := range out {
			n++
			out[i] = dues.Share{Party: fmt.Sprint("p", n), Weight: decimal.New(int64(1+r.IntN(100000)), -int32(r.IntN(5)))}
			if depth < 3 && r.IntN(4) == 0 {
				out[i].Parts = shares(depth + 1)
			}
		}
		return out
	}
	s := dues.Scheme{Shares: shares(1), Places: int32(r.IntN(5)) - 1}
	s.WholeYuan = s.Places == 0
	s.Shares[0].Retained = true
	return s
}

// TestAllocateReconciles: allocations add up exactly to the total rounded to
// the scheme's places, and a refund is the exact negation of its payment.
func TestAllocateReconciles(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for k := 0; k < 2000; k++ {
		s := randomScheme(r)
		total := decimal.New(r.Int64N(1_000_000_000_000), -int32(r.IntN(5)))
		as, err := s.Allocate(total)
		require.NoError(t, err)
		sum := decimal.Zero
		for _, a := range as {
			sum = sum.Add(a.Amount)
			require.True(t, a.Amount.Equal(a.Amount.Round(s.Places)), "places")
			require.True(t, a.Amount.Sign() >= 0)
		}
		require.True(t, sum.Equal(total.Round(s.Places)), "sum %s total %s", sum, total)

		refund, err := s.Allocate(total.Neg())
		require.NoError(t, err)
		require.Len(t, refund, len(as))
		for i := range as {
			require.True(t, refund[i].Amount.Equal(as[i].Amount.Neg()), "refund mirrors payment")
			require.Equal(t, as[i].Party, refund[i].Party)
		}

		for _, c := range []dues.Collection{dues.Direct, dues.TaxFull, dues.TaxHigher} {
			col, err := s.Collect(total, c)
			require.NoError(t, err)
			switch c {
			case dues.TaxFull:
				require.True(t, col.ToCollector.Equal(col.Total))
				require.True(t, col.ToCollector.Sub(col.Returned).Add(col.Kept).Equal(col.Total.Sub(col.Returned)))
			default:
				require.True(t, col.ToCollector.Add(col.Kept).Equal(col.Total))
			}
		}
	}
}

func TestAllocateStandard(t *testing.T) {
	// 60/40: the grassroots union keeps 60%, 40% goes up.
	as, err := dues.Standard().Allocate(d("1000.01"))
	require.NoError(t, err)
	assert.Equal(t, "grassroots 600.01 true|higher 400 false", fmt.Sprintf("%s %s %v|%s %s %v",
		as[0].Party, as[0].Amount, as[0].Retained, as[1].Party, as[1].Amount, as[1].Retained))

	// 章程 第三十七条: preparatory funds all go to the higher union.
	as, err = dues.PreparatoryScheme().Allocate(d("2000"))
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, "2000", as[0].Amount.String())

	// Tax collection: full 2% to the tax authority, 60% returned (Beijing pilot,
	// Guangdong 2013); or only 40% collected (Dalian 2014).
	c, err := dues.Standard().Collect(d("2000"), dues.TaxFull)
	require.NoError(t, err)
	assert.Equal(t, "2000 1200 0", fmt.Sprint(c.ToCollector, c.Returned, c.Kept))
	c, err = dues.Standard().Collect(d("2000"), dues.TaxHigher)
	require.NoError(t, err)
	assert.Equal(t, "800 0 1200", fmt.Sprint(c.ToCollector, c.Returned, c.Kept))
	c, err = dues.PreparatoryScheme().Collect(d("2000"), dues.TaxFull)
	require.NoError(t, err)
	assert.Equal(t, "2000 0 0", fmt.Sprint(c.ToCollector, c.Returned, c.Kept), "no refund without a union")
	_, err = dues.Standard().Collect(d("1"), 9)
	assert.ErrorIs(t, err, union.ErrInvalid)
}

func TestSchemeValidate(t *testing.T) {
	cases := []struct {
		name string
		s    dues.Scheme
		want []string
	}{
		{"empty scheme", dues.Scheme{Places: 2}, []string{"shares policy.empty"}},
		{"zero weight", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("0")}}, Places: 2}, []string{"shares[0].weight invalid.not_positive"}},
		{"negative weight, empty and duplicate party", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("-1")}, {Weight: d("1")}, {Party: "a", Weight: d("1")}}, Places: 2},
			[]string{"shares[0].weight invalid.not_positive", "shares[1].party invalid.empty", "shares[2].party invalid.duplicate"}},
		{"places out of range", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("1")}}, Places: 11}, []string{"places policy.range"}},
		{"two retained shares", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("1"), Retained: true}, {Party: "b", Weight: d("1"), Retained: true}}, Places: 2},
			[]string{"shares invalid.duplicate"}},
		{"empty parts", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("1"), Parts: []dues.Share{}}}, Places: 2}, []string{"shares[0].parts policy.empty"}},
		{"weight too precise", dues.Scheme{Shares: []dues.Share{{Party: "a", Weight: d("0.0000000000000000001")}}, Places: 2}, []string{"shares[0].weight invalid.decimal_range"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.s.Allocate(d("100"))
			assert.Equal(t, c.want, fieldCodes(t, err, union.ErrPolicy))
		})
	}
}

func TestPeriodsAndArrears(t *testing.T) {
	p := dues.National()
	m := dues.Member{ID: "a", Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("3000")}}
	year := union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12"))
	cases := []struct {
		name         string
		joined, left string
		months       int
		amount       string
		code         string
	}{
		{"full year (annual collection, 章程 第四条)", "", "", 12, "180", "dues.period.months"},
		{"joined in October: pays 3 months (东莞理工学院 2015)", "2026-10", "", 3, "45", "dues.period.months"},
		{"left in March", "2020-01", "2026-03", 3, "45", "dues.period.months"},
		{"not a member in the span", "2027-01", "", 0, "0", "dues.period.none"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mm := m
			if c.joined != "" {
				mm.Joined = union.MustPeriod(c.joined)
			}
			if c.left != "" {
				mm.Left = union.MustPeriod(c.left)
			}
			pa, err := p.AssessPeriod(mm, year)
			require.NoError(t, err)
			assert.Equal(t, c.months, pa.Months)
			assert.Equal(t, c.amount, pa.Amount.String())
			assert.Equal(t, c.code, pa.Reasons[0].Code)
		})
	}
	_, err := p.AssessPeriod(m, union.Since(union.MustPeriod("2026-01")))
	assert.Equal(t, []string{"span.until invalid.required"}, fieldCodes(t, err, union.ErrInvalid))
	_, err = p.AssessPeriod(m, union.Between(union.MustPeriod("2026-05"), union.MustPeriod("2026-01")))
	assert.Equal(t, []string{"span.until invalid.order"}, fieldCodes(t, err, union.ErrInvalid))

	// 章程 第六条: six consecutive unpaid months are flagged; five are not.
	paid := []union.Period{union.MustPeriod("2026-06"), union.MustPeriod("2026-01"), union.MustPeriod("2026-01"), union.MustPeriod("2025-03")}
	a, err := p.Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-11")), paid)
	require.NoError(t, err)
	assert.Len(t, a.Owed, 9)
	assert.Equal(t, 5, a.LongestRun)
	assert.False(t, a.Lapsed)
	a, err = p.Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12")), paid)
	require.NoError(t, err)
	assert.Equal(t, 6, a.LongestRun)
	assert.True(t, a.Lapsed)
	assert.Equal(t, []string{"dues.arrears.owed", "dues.arrears.lapsed"}, union.Codes(a.Reasons))
	// Order of the paid months does not matter.
	slices.Reverse(paid)
	b, err := p.Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-12")), paid)
	require.NoError(t, err)
	assert.Equal(t, a, b)
	a, err = p.Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-01")), paid)
	require.NoError(t, err)
	assert.Empty(t, a.Owed)
	assert.Equal(t, []string{"dues.arrears.none"}, union.Codes(a.Reasons))
	_, err = p.Arrears(year, []union.Period{{Year: 2026, Month: 13}})
	assert.Equal(t, []string{"paid[0] invalid.format"}, fieldCodes(t, err, union.ErrInvalid))
}

// TestBatchReasonsOnUnalikePayslips: on random payslips with few members
// alike, the batch stops sharing reason lists after a while; every item
// still equals Assess, reasons included, on the sequential and parallel path.
func TestBatchReasonsOnUnalikePayslips(t *testing.T) {
	p := dues.National()
	for _, n := range []int{8000, 20_000} {
		ms := randomPayroll(n, 11, n%2 == 0)
		b := p.AssessAll(ms)
		for i, m := range ms {
			a, err := p.Assess(m)
			it := b.Items[i]
			if err != nil {
				require.Error(t, it.Err, "member %d", i)
				continue
			}
			require.NoError(t, it.Err)
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(it.Assessment)
			require.JSONEq(t, string(ja), string(jb), "n=%d member %d", n, i)
		}
	}
}
