package competition

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// benchScheme is the benchmark's scheme: 10 indicators of weight 0.1, scored
// out of 100 with one decimal, trimmed mean of 7 judges (drop 1 + 1).
func benchScheme() Scheme {
	s := Scheme{Trim: 1, MinJudges: 5, Places: 2, TieBreak: []string{"i0", "i1"}, Source: "bench"}
	for i := range 10 {
		s.Indicators = append(s.Indicators, Indicator{ID: fmt.Sprintf("i%d", i), Weight: decimal.RequireFromString("0.1"), Max: hundred})
	}
	return s
}

// randomEntries draws n entrants with judges' scores of one decimal between
// lo and 100 from a fixed seed; about one in ten has only 6 judges on an
// indicator, and some have a bonus or deduction.
func randomEntries(seed uint64, s Scheme, n, judges int, lo int) []Entry {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Entry, n)
	for i := range out {
		e := Entry{ID: fmt.Sprintf("E%05d", i), Scores: map[string][]decimal.Decimal{}}
		for _, in := range s.Indicators {
			m := judges
			if r.IntN(10) == 0 {
				m--
			}
			vs := make([]decimal.Decimal, m)
			for j := range vs {
				vs[j] = decimal.New(int64(lo*10+r.IntN((100-lo)*10+1)), -1)
			}
			e.Scores[in.ID] = vs
		}
		switch r.IntN(8) {
		case 0:
			e.Bonus = decimal.New(int64(r.IntN(30)), -1)
		case 1:
			e.Deduction = decimal.New(int64(r.IntN(50)), -1)
		}
		if r.IntN(50) == 0 {
			e.Veto = "safety"
		}
		out[i] = e
	}
	return out
}

// baselineStanding is what the plain shopspring implementation computes.
type baselineStanding struct {
	ID    string
	Total decimal.Decimal
	Rank  int
}

// baselineRank is the plain shopspring implementation of the same scheme
// (trimmed mean per indicator with DivRound at 16 places, weighted sum,
// bonus and deduction, round half-up, sort, shared ranks, vetoed last). It
// computes totals and ranks only, not the breakdown Rank gives. Means of 4 or
// 5 counted scores terminate, so its results equal Rank's exactly.
func baselineRank(s Scheme, entries []Entry) []baselineStanding {
	type item struct {
		st    baselineStanding
		aggs  []decimal.Decimal
		veto  bool
		entry *Entry
	}
	items := make([]item, len(entries))
	for i := range entries {
		e := &entries[i]
		it := item{st: baselineStanding{ID: e.ID}, veto: e.Veto != "", entry: e}
		total := decimal.Zero
		for _, in := range s.Indicators {
			vs := slices.Clone(e.Scores[in.ID])
			slices.SortStableFunc(vs, func(a, b decimal.Decimal) int { return a.Cmp(b) })
			if len(vs) >= s.MinJudges {
				vs = vs[s.Trim : len(vs)-s.Trim]
			}
			sum := decimal.Zero
			for _, v := range vs {
				sum = sum.Add(v)
			}
			mean := sum.DivRound(decimal.NewFromInt(int64(len(vs))), 16)
			it.aggs = append(it.aggs, mean)
			total = total.Add(mean.Mul(in.Weight))
		}
		total = total.Add(e.Bonus).Sub(e.Deduction)
		if total.Sign() < 0 {
			total = decimal.Zero
		}
		it.st.Total = total.Round(s.Places)
		items[i] = it
	}
	cmp := func(a, b *item) int {
		if c := b.st.Total.Cmp(a.st.Total); c != 0 {
			return c
		}
		for _, id := range s.TieBreak {
			k := slices.IndexFunc(s.Indicators, func(in Indicator) bool { return in.ID == id })
			if c := b.aggs[k].Cmp(a.aggs[k]); c != 0 {
				return c
			}
		}
		return 0
	}
	var in, out []*item
	for i := range items {
		if items[i].veto {
			out = append(out, &items[i])
		} else {
			in = append(in, &items[i])
		}
	}
	slices.SortFunc(in, func(a, b *item) int {
		if c := cmp(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.st.ID, b.st.ID)
	})
	slices.SortFunc(out, func(a, b *item) int { return strings.Compare(a.st.ID, b.st.ID) })
	res := make([]baselineStanding, 0, len(items))
	for i, it := range in {
		it.st.Rank = i + 1
		if i > 0 && cmp(in[i-1], it) == 0 {
			it.st.Rank = in[i-1].st.Rank
		}
		res = append(res, it.st)
	}
	for _, it := range out {
		res = append(res, it.st)
	}
	return res
}

// baselineRankFull is the plain shopspring implementation of Rank itself
// for the benchmark's kind of scheme (HigherBetter indicators, trimming,
// bonus and deduction): every score checked, trimmed by a stable sort, summed,
// averaged and weighted in decimals (DivRound at 16 places), the same
// breakdown lines and reasons built from decimals, then the same ordering
// code as Rank. It returns the same Ranking as Rank (a test holds their JSON
// equal); only the arithmetic differs.
func baselineRankFull(s Scheme, entries []Entry) (Ranking, error) {
	if err := s.Validate(); err != nil {
		return Ranking{}, err
	}
	p := newPlan(s, entries)
	if errs := p.checkIDs(entries); len(errs) > 0 {
		return Ranking{}, errs[0]
	}
	ws := make([]work, len(entries))
	for i := range entries {
		e := &entries[i]
		w := &ws[i]
		w.entry = e
		w.st = Standing{ID: e.ID, Name: e.Name, Time: e.Time}
		w.agg = make([]agg, len(s.Indicators))
		trimmed := false
		total := decimal.Zero
		for k, in := range s.Indicators {
			vals := e.Scores[in.ID]
			for _, v := range vals {
				if v.Sign() < 0 || (in.Max.Sign() > 0 && v.GreaterThan(in.Max)) {
					return Ranking{}, fmt.Errorf("bad score %s", v)
				}
			}
			line := Score{Indicator: in.ID, Weight: in.Weight, Judges: len(vals)}
			idx := make([]int, len(vals))
			for j := range idx {
				idx[j] = j
			}
			slices.SortStableFunc(idx, func(a, b int) int { return vals[a].Cmp(vals[b]) })
			counted := idx
			if s.Trim > 0 && len(vals) >= s.MinJudges {
				trimmed = true
				for _, j := range idx[:s.Trim] {
					line.Dropped = append(line.Dropped, Dropped{Judge: j, Score: vals[j]})
				}
				for _, j := range idx[len(idx)-s.Trim:] {
					line.Dropped = append(line.Dropped, Dropped{Judge: j, Score: vals[j], High: true})
				}
				counted = idx[s.Trim : len(idx)-s.Trim]
			} else if s.Trim > 0 && len(vals) > 1 {
				w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.aggregate.few_judges", SourceTrim,
					in.ID, strconv.Itoa(len(vals)), strconv.Itoa(s.MinJudges)))
			}
			sum := decimal.Zero
			for _, j := range counted {
				sum = sum.Add(vals[j])
			}
			n := decimal.NewFromInt(int64(len(counted)))
			line.Sum, line.Counted, line.Value = sum, len(counted), sum.DivRound(n, DetailPlaces)
			w.agg[k] = agg{n: int32(len(counted))}
			total = total.Add(sum.DivRound(n, 16).Mul(in.Weight))
			w.st.Scores = append(w.st.Scores, line)
		}
		if trimmed {
			w.st.Reasons = append(w.st.Reasons, p.trimR)
		} else if s.Trim == 0 {
			w.st.Reasons = append(w.st.Reasons, p.meanR)
		}
		if e.Veto != "" {
			w.out = true
			w.st.Reasons = append([]union.Reason{union.NewReason("competition.veto", SourceVeto, e.Veto)}, w.st.Reasons...)
		}
		if e.Bonus.Sign() > 0 {
			w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.bonus", s.Source, e.Bonus.String()))
		}
		if e.Deduction.Sign() > 0 {
			w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.deduction", s.Source, e.Deduction.String()))
		}
		w.st.Bonus, w.st.Deduction, w.st.Vetoed = e.Bonus, e.Deduction, w.out
		total = total.Add(e.Bonus).Sub(e.Deduction)
		if total.Sign() < 0 {
			total = decimal.Zero
			w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total.floor", s.Source))
		}
		w.st.Total = total.Round(s.Places)
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total", s.Source, w.st.Total.StringFixed(s.Places)))
	}
	return p.order(ws), nil
}

func BenchmarkBaselineFullRank10k(b *testing.B) {
	s := benchScheme()
	entries := randomEntries(1, s, 10000, 7, 60)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := baselineRankFull(s, entries); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRank10k(b *testing.B) {
	s := benchScheme()
	entries := randomEntries(1, s, 10000, 7, 60)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Rank(entries); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBaselineRank10k(b *testing.B) {
	s := benchScheme()
	entries := randomEntries(1, s, 10000, 7, 60)
	b.ReportAllocs()
	for b.Loop() {
		baselineRank(s, entries)
	}
}
