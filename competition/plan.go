package competition

// What one Rank call derives from the scheme and the field once (plan), and
// the state of each goroutine that works on a share of the entrants (worker).

import (
	"math/big"
	"slices"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// plan is what Rank derives from the scheme and the whole field once.
type plan struct {
	s      Scheme
	sp, wp int32   // decimals of the scaled scores and weights
	fast   bool    // the integer path is available at all
	wI     []int64 // weights × 10^wp
	maxI   []int64 // Max × 10^sp, or -1 when not set
	chain  []int   // tie-break chain: indicator indexes, -1 for the time
	trimR  union.Reason
	meanR  union.Reason
}

// worker is one goroutine's share of a Rank call: its buffers, caches and
// the problems it found. Interned values are decimals and strings many
// standings share (a decimal is immutable, so sharing its value is safe).
type worker struct {
	*plan
	errs   []entryError // bad scores and entries found while scaling
	entry  int          // index of the entry being aggregated
	dropI  []Dropped    // backing store of the Dropped lists
	sc     scratch
	sums   map[int64]decimal.Decimal
	means  map[int64]decimal.Decimal
	totals map[int64]decimal.Decimal
	texts  map[int64]union.Reason // the total reason per integer total
	pairs  map[int64][2]decimal.Decimal
}

// sumMean returns the interned sum (× 10^-sp) of n counted scores and their
// display mean, with one cache lookup.
func (p *worker) sumMean(sum int64, n int32) (decimal.Decimal, decimal.Decimal) {
	k := sum<<8 | int64(n)
	if n > 255 || sum > 1<<54 || sum < 0 {
		return intern(p.sums, sum, -p.sp), p.mean(&agg{sumI: sum, n: n, fast: true}, &Score{Sum: intern(p.sums, sum, -p.sp)})
	}
	if v, ok := p.pairs[k]; ok {
		return v[0], v[1]
	}
	s := intern(p.sums, sum, -p.sp)
	m := p.mean(&agg{sumI: sum, n: n, fast: true}, &Score{Sum: s})
	p.pairs[k] = [2]decimal.Decimal{s, m}
	return s, m
}

// intern returns the decimal x × 10^exp from cache, adding it when new.
func intern(cache map[int64]decimal.Decimal, x int64, exp int32) decimal.Decimal {
	if d, ok := cache[x]; ok {
		return d
	}
	d := decimal.New(x, exp)
	cache[x] = d
	return d
}

// agg is one indicator's aggregate for one entrant.
// The exact sum is also in the breakdown line (Score.Sum), and the
// normalised score of a LowerBetter indicator in Score.Value.
type agg struct {
	sumI   int64 // sum × 10^sp, when fast
	n      int32 // scores counted
	fast   bool  // sumI holds the sum
	absent bool
}

// work is one entrant in progress.
type work struct {
	entry *Entry
	st    Standing
	agg   []agg
	tot   int64 // Total × 10^Places, when totOK
	totOK bool
	out   bool // out of the ranking
	fast  bool // accI/den hold the exact total
	accI  int64
	accR  *big.Rat // exact total on the decimal path
	l     int64    // denominator of accI on the integer path
}

// scratch holds buffers reused across entrants within one Rank call.
type scratch struct {
	ints  []int64
	order []int
}

func newPlan(s Scheme, entries []Entry) *plan {
	p := &plan{s: s, fast: true, sp: scoreScale}
	for _, in := range s.Indicators {
		p.wp = max(p.wp, places(in.Weight))
	}
	if p.wp > maxScale {
		p.fast = false
	}
	p.wI = make([]int64, len(s.Indicators))
	p.maxI = make([]int64, len(s.Indicators))
	for i, in := range s.Indicators {
		w, ok := scale(in.Weight, p.wp)
		if !ok {
			p.fast = false
		}
		p.wI[i] = w
		p.maxI[i] = -1
		if in.Max.Sign() > 0 {
			if m, ok := scale(in.Max, p.sp); ok {
				p.maxI[i] = m
			}
		}
	}
	for _, id := range s.TieBreak {
		if id == TimeKey {
			p.chain = append(p.chain, -1)
		} else {
			p.chain = append(p.chain, s.indicator(id))
		}
	}
	if !slices.Contains(s.TieBreak, TimeKey) {
		p.chain = append(p.chain, -1)
	}
	if s.Trim > 0 {
		p.trimR = union.NewReason("competition.aggregate.trimmed", SourceTrim, strconv.Itoa(s.Trim), strconv.Itoa(s.MinJudges))
	} else {
		p.meanR = union.NewReason("competition.aggregate.mean", SourceMean)
	}
	return p
}
