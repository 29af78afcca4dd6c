package competition

import (
	"errors"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/gonghui/gonghui/internal/chunk"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Rank turns judges' sheets into a ranking.
//
// It validates the scheme first (ErrPolicy) and then every entry (ErrInvalid:
// a missing or duplicate ID, an unknown indicator, a negative score, a score
// above the indicator's Max, a measured value that is not positive, a
// negative bonus, deduction or time), returning every problem at once as an
// errors.Join of *union.FieldError. A ranking is collective: with any bad
// entry there is no ranking.
//
// Each entrant's total is Σ weight × aggregate + bonus − deduction, never
// below zero, rounded once half-up to Scheme.Places (see Scheme). A
// LowerBetter indicator is normalised against the field: the smallest mean
// value among the entrants not vetoed earns Indicator.Full, another value
// best ÷ value × Full rounded half-up to NormPlaces.
//
// Ranked entrants come first, best first: by total (rounded or exact, per
// TieOn), then the TieBreak chain, then the completion time, then a shared
// rank; entrants sharing a rank are listed by ID, so the result never
// depends on the order of entries. Vetoed entrants (Entry.Veto, SourceVeto),
// entrants absent under AbsentDisqualify and entrants below a pass mark follow
// in ID order with rank 0 and their total shown. Every standing carries its
// breakdown and reasons.
//
// Rank is safe for concurrent use and neither keeps nor changes its inputs.
func (s Scheme) Rank(entries []Entry) (Ranking, error) {
	if err := s.Validate(); err != nil {
		return Ranking{}, err
	}
	scores, err := s.checkSizes(entries)
	if err != nil {
		return Ranking{}, err
	}
	p := newPlan(s, entries)
	errs := p.checkIDs(entries)
	k := len(s.Indicators)
	ws := make([]work, len(entries))
	aggs := make([]agg, len(entries)*k)
	lines := make([]Score, len(entries)*k)
	reasons := make([]union.Reason, len(entries)*4)
	n := chunk.Workers(len(entries))
	workers := p.workers(n, len(entries), scores)
	chunk.Run(len(entries), n, func(w, lo, hi int) {
		wk := workers[w]
		for i := lo; i < hi; i++ {
			w := &ws[i]
			w.entry = &entries[i]
			w.agg = aggs[i*k : (i+1)*k : (i+1)*k]
			w.st.Scores = lines[i*k : (i+1)*k : (i+1)*k]
			w.st.Reasons = reasons[i*4 : i*4 : i*4+4]
			wk.entry = i
			wk.aggregate(w)
		}
	})
	var found []entryError
	for _, wk := range workers {
		found = append(found, wk.errs...)
	}
	if len(found) > 0 || len(errs) > 0 {
		// Each worker took its chunks in order; merge them back into the
		// order of the entries.
		slices.SortStableFunc(found, func(a, b entryError) int { return a.entry - b.entry })
		for _, e := range found {
			errs = append(errs, e.err)
		}
		return Ranking{}, errors.Join(errs...)
	}
	p.normalise(ws)
	chunk.Run(len(ws), n, func(w, lo, hi int) {
		wk := workers[w]
		for i := lo; i < hi; i++ {
			wk.total(&ws[i])
		}
	})
	return p.order(ws), nil
}

// checkSizes enforces the limits on the entries before any work: at most
// MaxEntrants entries and MaxLines breakdown lines, at most MaxIndicators keys
// in one entry's Scores and MaxJudges scores in one list, at most MaxScores
// scores in all. It returns the number of scores.
func (s Scheme) checkSizes(entries []Entry) (int, error) {
	if fe := tooMany("entries", len(entries), MaxEntrants); fe != nil {
		return 0, fe
	}
	if lines := len(entries) * len(s.Indicators); lines > MaxLines { // both bounded: no overflow
		return 0, union.Invalid("entries", "competition.too_many_lines", strconv.Itoa(lines), strconv.Itoa(MaxLines))
	}
	var errs []error
	total := 0
	for i := range entries {
		sc := entries[i].Scores
		if fe := tooMany(union.Indexed("entries", i)+".scores", len(sc), MaxIndicators); fe != nil {
			errs = append(errs, fe)
			continue
		}
		var long []string
		for id, v := range sc {
			if len(v) > MaxJudges {
				long = append(long, id)
			}
			total += len(v) // at most MaxIndicators × MaxJudges per entry: no overflow
		}
		slices.Sort(long)
		for _, id := range long {
			errs = append(errs, tooMany(union.Indexed("entries", i)+".scores."+id, len(sc[id]), MaxJudges))
		}
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	if fe := tooMany("entries.scores", total, MaxScores); fe != nil {
		return 0, fe
	}
	return total, nil
}

// entryError is a problem of one entry, found by a worker.
type entryError struct {
	entry int
	err   error
}

// workers returns one worker per goroutine of a Rank call over n entrants
// with the given number of scores in all. The store of dropped scores is
// sized for the worker's share of what can be dropped: never more than the
// scores themselves, whatever Trim says.
func (p *plan) workers(count, n, scores int) []*worker {
	out := make([]*worker, count)
	for i := range out {
		out[i] = &worker{plan: p,
			sums: map[int64]decimal.Decimal{}, means: map[int64]decimal.Decimal{},
			totals: map[int64]decimal.Decimal{}, texts: map[int64]union.Reason{},
			pairs: map[int64][2]decimal.Decimal{}}
		if p.s.Trim > 0 {
			// Trim ≤ MaxJudges/2, indicators ≤ MaxIndicators, n ≤ MaxEntrants:
			// the product fits an int.
			drop := min(2*p.s.Trim*len(p.s.Indicators)*(n/count+1), scores/count+1)
			out[i].dropI = make([]Dropped, 0, drop)
		}
	}
	return out
}

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

// aggregate computes each indicator's counted sum and dropped scores.
func (p *worker) aggregate(w *work) {
	sc := &p.sc
	e := w.entry
	w.st.ID, w.st.Name, w.st.Time = e.ID, e.Name, e.Time
	trimmed, found := false, 0
	for i, in := range p.s.Indicators {
		a, line := &w.agg[i], &w.st.Scores[i]
		line.Indicator, line.Weight = in.ID, in.Weight
		vals, ok := e.Scores[in.ID]
		if ok {
			found++
		}
		m := len(vals)
		line.Judges = m
		if m == 0 {
			a.absent, line.Absent = true, true
			a.fast = true
			continue
		}
		trim := 0
		if p.s.Trim > 0 {
			if m >= p.s.MinJudges {
				trim = p.s.Trim
				trimmed = true
			} else if m > 1 { // a single score (an exam mark) is not a panel
				w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.aggregate.few_judges", SourceTrim,
					in.ID, strconv.Itoa(m), strconv.Itoa(p.s.MinJudges)))
			}
		}
		a.n = int32(m - 2*trim)
		line.Counted = int(a.n)
		// Fast: all scores scaled to int64.
		a.fast = p.fast
		if a.fast {
			sc.ints = sc.ints[:0]
			var sum int64
			mx, lower := p.maxI[i], in.Direction == LowerBetter
			reported := len(p.errs)
			for j, v := range vals {
				x, ok := scale(v, p.sp)
				if ok && (x < 0 || x > mx && mx >= 0 || x == 0 && lower || mx < 0 && in.Max.Sign() > 0) {
					p.checkScore(i, j, in, v, x, ok)
				}
				if ok {
					sum, ok = add(sum, x)
				}
				if !ok {
					// The exact path checks every score again.
					p.errs = p.errs[:reported]
					a.fast = false
					break
				}
				sc.ints = append(sc.ints, x)
			}
			if a.fast {
				if trim == 1 { // the common case, without the general sort
					xs := sc.ints
					mn, mx := 0, m-1
					for j := 1; j < m; j++ {
						if xs[j] < xs[mn] {
							mn = j
						}
					}
					for j := m - 2; j >= 0; j-- {
						if xs[j] > xs[mx] {
							mx = j
						}
					}
					if mn == mx {
						mn, mx = 0, m-1
					}
					sum -= xs[mn] + xs[mx]
					start := len(p.dropI)
					p.dropI = append(p.dropI, Dropped{Judge: mn, Score: vals[mn]}, Dropped{Judge: mx, Score: vals[mx], High: true})
					line.Dropped = p.dropI[start : start+2 : start+2]
				} else if trim > 0 {
					lo, hi := p.trimOrder(sc, m, trim, func(x, y int) int { return cmpInt(sc.ints[x], sc.ints[y]) })
					for _, j := range lo {
						sum -= sc.ints[j]
					}
					for _, j := range hi {
						sum -= sc.ints[j]
					}
					line.Dropped = p.dropped(vals, lo, hi)
				}
				a.sumI = sum
				if in.Direction == HigherBetter {
					line.Sum, line.Value = p.sumMean(sum, a.n)
				} else {
					line.Sum = intern(p.sums, sum, -p.sp)
				}
				continue
			}
		}
		// Exact decimals, each within the decimal limits before any
		// arithmetic touches it.
		sum, inRange := decimal.Zero, true
		for j, v := range vals {
			if fe := checkDecimal("", v); fe != nil { // the path is written only for an error
				fe.Field = union.Indexed(union.Indexed("entries", p.entry)+".scores."+in.ID, j)
				p.errs = append(p.errs, entryError{p.entry, fe})
				inRange = false
				continue
			}
			p.checkScore(i, j, in, v, 0, false)
			sum = sum.Add(v)
		}
		if !inRange { // no ranking follows; skip the trimming
			line.Sum = decimal.Zero
			continue
		}
		if trim > 0 {
			lo, hi := p.trimOrder(sc, m, trim, func(x, y int) int { return vals[x].Cmp(vals[y]) })
			for _, j := range lo {
				sum = sum.Sub(vals[j])
			}
			for _, j := range hi {
				sum = sum.Sub(vals[j])
			}
			line.Dropped = p.dropped(vals, lo, hi)
		}
		line.Sum = sum
	}
	p.checkEntry(p.entry, e, found)
	if trimmed {
		w.st.Reasons = append(w.st.Reasons, p.trimR)
	} else if p.s.Trim == 0 {
		w.st.Reasons = append(w.st.Reasons, p.meanR)
	}
}

// trimOrder returns the indexes of the trim lowest and trim highest of m
// scores. The order is stable: among equal lowest scores the earliest judge's
// is dropped, among equal highest the latest judge's, so exactly one instance
// of a repeated extreme goes per place trimmed.
func (p *worker) trimOrder(sc *scratch, m, trim int, cmp func(x, y int) int) (lo, hi []int) {
	if trim == 1 {
		mn, mx := 0, m-1
		for j := 1; j < m; j++ {
			if cmp(j, mn) < 0 {
				mn = j
			}
		}
		for j := m - 2; j >= 0; j-- {
			if cmp(j, mx) > 0 {
				mx = j
			}
		}
		if mn == mx { // all scores equal: m ≥ 3, so take the first and the last
			mn, mx = 0, m-1
		}
		sc.order = append(sc.order[:0], mn, mx)
		return sc.order[:1], sc.order[1:2]
	}
	sc.order = sc.order[:0]
	for j := 0; j < m; j++ {
		sc.order = append(sc.order, j)
	}
	// O(m log m): by score, equal scores by judge, which is the stable order.
	slices.SortFunc(sc.order, func(x, y int) int {
		if c := cmp(x, y); c != 0 {
			return c
		}
		return x - y
	})
	return sc.order[:trim], sc.order[m-trim:]
}

// dropped records the trimmed scores, lowest first.
func (p *worker) dropped(vals []decimal.Decimal, lo, hi []int) []Dropped {
	start := len(p.dropI)
	for _, j := range lo {
		p.dropI = append(p.dropI, Dropped{Judge: j, Score: vals[j]})
	}
	for _, j := range hi {
		p.dropI = append(p.dropI, Dropped{Judge: j, Score: vals[j], High: true})
	}
	return p.dropI[start:len(p.dropI):len(p.dropI)]
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpMeans compares sa/na with sb/nb exactly (na, nb > 0).
func cmpMeans(sa decimal.Decimal, na int, sb decimal.Decimal, nb int) int {
	return sa.Mul(decimal.NewFromInt(int64(nb))).Cmp(sb.Mul(decimal.NewFromInt(int64(na))))
}

// normalise scores every LowerBetter indicator against the best mean value
// among the entrants not vetoed.
func (p *plan) normalise(ws []work) {
	np := p.s.normPlaces()
	for i, in := range p.s.Indicators {
		if in.Direction != LowerBetter {
			continue
		}
		best := -1
		for j := range ws {
			a := &ws[j].agg[i]
			if a.absent || ws[j].entry.Veto != "" {
				continue
			}
			if best < 0 || cmpMeans(ws[j].st.Scores[i].Sum, int(a.n), ws[best].st.Scores[i].Sum, int(ws[best].agg[i].n)) < 0 {
				best = j
			}
		}
		if best < 0 { // only vetoed entrants measured: normalise against them
			for j := range ws {
				a := &ws[j].agg[i]
				if !a.absent && (best < 0 || cmpMeans(ws[j].st.Scores[i].Sum, int(a.n), ws[best].st.Scores[i].Sum, int(ws[best].agg[i].n)) < 0) {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		bs, bn := ws[best].st.Scores[i].Sum, int64(ws[best].agg[i].n)
		bestMean := bs.DivRound(decimal.NewFromInt(bn), DetailPlaces)
		for j := range ws {
			a := &ws[j].agg[i]
			if a.absent {
				continue
			}
			// Full × (bs/bn) ÷ (s/n) = Full × bs × n ÷ (bn × s)
			line := &ws[j].st.Scores[i]
			s := line.Sum
			line.Value = in.full().Mul(bs).Mul(decimal.NewFromInt(int64(a.n))).DivRound(s.Mul(decimal.NewFromInt(bn)), np)
			ws[j].st.Reasons = append(ws[j].st.Reasons, union.NewReason("competition.normalised", p.s.Source,
				in.ID, bestMean.String(), s.DivRound(decimal.NewFromInt(int64(a.n)), DetailPlaces).String(), line.Value.String()))
		}
	}
}

// total computes the exact total, the capped bonus and deduction, the
// display values, pass marks and vetoes of one entrant.
func (p *worker) total(w *work) {
	e, s := w.entry, &p.s
	if e.Veto != "" {
		w.out = true
		w.st.Reasons = append([]union.Reason{union.NewReason("competition.veto", SourceVeto, e.Veto)}, w.st.Reasons...)
	}
	bonus, ded := e.Bonus, e.Deduction
	if s.MaxBonus.Sign() > 0 && bonus.GreaterThan(s.MaxBonus) {
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.bonus.capped", s.Source, bonus.String(), s.MaxBonus.String()))
		bonus = s.MaxBonus
	}
	if s.MaxDeduction.Sign() > 0 && ded.GreaterThan(s.MaxDeduction) {
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.deduction.capped", s.Source, ded.String(), s.MaxDeduction.String()))
		ded = s.MaxDeduction
	}
	if bonus.Sign() > 0 {
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.bonus", s.Source, bonus.String()))
	}
	if ded.Sign() > 0 {
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.deduction", s.Source, ded.String()))
	}
	w.st.Bonus, w.st.Deduction = bonus, ded

	// Absences, pass marks and display values.
	for i, in := range s.Indicators {
		a, line := &w.agg[i], &w.st.Scores[i]
		if a.absent {
			if s.Absent == AbsentDisqualify {
				w.out = true
				w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.absent.disqualified", s.Source, in.ID))
			} else {
				w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.absent.zero", s.Source, in.ID))
			}
			line.Value = decimal.Zero
			continue
		}
		if in.Direction == HigherBetter && line.Value.IsZero() {
			line.Value = p.mean(a, line)
		}
		if in.Pass.Sign() > 0 && p.below(a, line, in) {
			line.Failed = true
			w.out = true
			w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.pass.failed", s.Source, in.ID, line.Value.String(), in.Pass.String()))
		}
	}
	w.st.Vetoed = w.out

	// The exact total: accI / l on the integer path, accR otherwise.
	if !p.fastTotal(w, bonus, ded) {
		p.slowTotal(w, bonus, ded)
	}
	if w.fast { // one reason per distinct total, shared (reasons are values)
		w.st.Reasons = append(w.st.Reasons, p.texts[w.tot])
	} else {
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total", s.Source, w.st.Total.StringFixed(s.Places)))
	}
}

// mean returns the display mean of a HigherBetter indicator.
func (p *worker) mean(a *agg, line *Score) decimal.Decimal {
	if a.fast {
		if num, ok := mul(a.sumI, pow10[DetailPlaces]); ok {
			if den, ok := mul(int64(a.n), pow10[p.sp]); ok {
				return intern(p.means, divHalfUp(num, den), -DetailPlaces)
			}
		}
	}
	return line.Sum.DivRound(decimal.NewFromInt(int64(a.n)), DetailPlaces)
}

// below reports whether the aggregate is below the indicator's pass mark.
func (p *plan) below(a *agg, line *Score, in Indicator) bool {
	if in.Direction == LowerBetter {
		return line.Value.LessThan(in.Pass)
	}
	return line.Sum.LessThan(in.Pass.Mul(decimal.NewFromInt(int64(a.n))))
}

// fastTotal computes the total in integers; false when something does not fit.
func (p *worker) fastTotal(w *work, bonus, ded decimal.Decimal) bool {
	if !p.fast {
		return false
	}
	l := int64(1)
	for i := range w.agg {
		a := &w.agg[i]
		if a.absent {
			continue
		}
		if !a.fast {
			return false
		}
		if p.s.Indicators[i].Direction == HigherBetter {
			var ok bool
			if l, ok = lcm(l, int64(a.n)); !ok {
				return false
			}
		}
	}
	var acc int64
	for i, in := range p.s.Indicators {
		a := &w.agg[i]
		if a.absent {
			continue
		}
		var term int64
		var ok bool
		if in.Direction == LowerBetter {
			v, ok1 := scale(w.st.Scores[i].Value, p.sp)
			if !ok1 {
				return false
			}
			term, ok = mul(v, l)
		} else {
			term, ok = mul(a.sumI, l/int64(a.n))
		}
		if ok {
			term, ok = mul(term, p.wI[i])
		}
		if ok {
			acc, ok = add(acc, term)
		}
		if !ok {
			return false
		}
	}
	b, ok1 := scale(bonus, p.sp)
	d, ok2 := scale(ded, p.sp)
	if !ok1 || !ok2 {
		return false
	}
	net, ok := mul(b-d, pow10[p.wp])
	if ok {
		net, ok = mul(net, l)
	}
	if ok {
		acc, ok = add(acc, net)
	}
	if !ok {
		return false
	}
	den, ok := mul(l, pow10[p.wp+p.sp])
	if !ok {
		return false
	}
	if acc < 0 {
		acc = 0
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total.floor", p.s.Source))
	}
	num, ok := mul(acc, pow10[p.s.Places])
	if !ok {
		return false
	}
	w.fast, w.accI, w.l = true, acc, den
	t := divHalfUp(num, den)
	w.tot, w.totOK = t, true
	w.st.Total = intern(p.totals, t, -p.s.Places)
	if _, ok := p.texts[t]; !ok {
		p.texts[t] = union.NewReason("competition.total", p.s.Source, w.st.Total.StringFixed(p.s.Places))
	}
	return true
}

// slowTotal computes the total in exact rational arithmetic.
func (p *plan) slowTotal(w *work, bonus, ded decimal.Decimal) {
	acc := bonus.Sub(ded).Rat()
	for i, in := range p.s.Indicators {
		a := &w.agg[i]
		if a.absent {
			continue
		}
		var v *big.Rat
		if in.Direction == LowerBetter {
			v = w.st.Scores[i].Value.Rat()
		} else {
			v = w.st.Scores[i].Sum.Rat()
			v.Quo(v, new(big.Rat).SetInt64(int64(a.n)))
		}
		acc.Add(acc, v.Mul(v, in.Weight.Rat()))
	}
	if acc.Sign() < 0 {
		acc.SetInt64(0)
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total.floor", p.s.Source))
	}
	w.fast, w.accR = false, acc
	// Round half-up: floor(acc × 10^places + 1/2).
	num := new(big.Int).Mul(acc.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p.s.Places)), nil))
	den := acc.Denom()
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Lsh(r, 1).Cmp(den) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	w.st.Total = decimal.NewFromBigInt(q, -p.s.Places)
}

// exact returns the exact total.
func (p *plan) exact(w *work) *big.Rat {
	if w.fast {
		return new(big.Rat).SetFrac(big.NewInt(w.accI), big.NewInt(w.l))
	}
	return w.accR
}

// cmpKey compares a and b (better first: negative when a is better) on one
// criterion: 0 the total, -1 the exact total, then chain positions.
func (p *plan) cmpTotal(a, b *work) int {
	var c int
	if a.totOK && b.totOK {
		c = cmpInt(b.tot, a.tot)
	} else {
		c = b.st.Total.Cmp(a.st.Total)
	}
	if c != 0 || p.s.TieOn == Rounded {
		return c
	}
	return p.exact(b).Cmp(p.exact(a))
}

// cmpChain compares a and b on the tie-break chain; it returns the result and
// the criterion that decided ("" when none did).
func (p *plan) cmpChain(a, b *work) (int, string) {
	for _, i := range p.chain {
		if i < 0 {
			if c, key := cmpTime(a.entry.Time, b.entry.Time); c != 0 {
				return c, key
			}
			continue
		}
		if c := p.cmpIndicator(a, b, i); c != 0 {
			return c, p.s.Indicators[i].ID
		}
	}
	return 0, ""
}

// noTime is the tie-break key of a comparison decided because only one of
// the two entrants has a recorded time; its standings say TimeKey.
const noTime = TimeKey + ".none"

// cmpTime compares two completion times, better first: the shorter of two
// recorded times, and a recorded time before none (zero: not recorded), so
// the comparison is a total order whatever the order of the entries. It
// returns the key that decided: TimeKey, noTime, or "" when both are equal or
// neither is recorded.
func cmpTime(a, b decimal.Decimal) (int, string) {
	at, bt := a.Sign() > 0, b.Sign() > 0
	switch {
	case at && bt:
		if c := a.Cmp(b); c != 0 {
			return c, TimeKey
		}
	case at:
		return -1, noTime
	case bt:
		return 1, noTime
	}
	return 0, ""
}

// cmpIndicator compares two entrants' aggregates on indicator i, better first.
func (p *plan) cmpIndicator(a, b *work, i int) int {
	x, y := &a.agg[i], &b.agg[i]
	switch {
	case x.absent && y.absent:
		return 0
	case x.absent:
		return 1
	case y.absent:
		return -1
	}
	if p.s.Indicators[i].Direction == LowerBetter {
		return b.st.Scores[i].Value.Cmp(a.st.Scores[i].Value)
	}
	if x.fast && y.fast {
		if l, ok := mul(x.sumI, int64(y.n)); ok {
			if r, ok := mul(y.sumI, int64(x.n)); ok {
				return cmpInt(r, l)
			}
		}
	}
	return cmpMeans(b.st.Scores[i].Sum, int(y.n), a.st.Scores[i].Sum, int(x.n))
}

// order sorts, ranks and explains.
func (p *plan) order(ws []work) Ranking {
	in := make([]*work, 0, len(ws))
	var out []*work
	for i := range ws {
		if ws[i].out {
			out = append(out, &ws[i])
		} else {
			in = append(in, &ws[i])
		}
	}
	// Sort compact keys (the integer total, when every total has one) so the
	// comparisons stay in cache; equal keys fall back to the full comparison.
	type key struct {
		tot int64
		w   *work
	}
	keys := make([]key, len(in))
	allInt := true
	for i, w := range in {
		keys[i] = key{w.tot, w}
		allInt = allInt && w.totOK
	}
	full := func(a, b *work) int {
		if c := p.cmpTotal(a, b); c != 0 {
			return c
		}
		if c, _ := p.cmpChain(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.st.ID, b.st.ID)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if allInt && a.tot != b.tot {
			if a.tot > b.tot {
				return -1
			}
			return 1
		}
		return full(a.w, b.w)
	})
	for i := range keys {
		in[i] = keys[i].w
	}
	slices.SortFunc(out, func(a, b *work) int { return strings.Compare(a.st.ID, b.st.ID) })

	r := Ranking{Standings: make([]Standing, 0, len(ws)), Ranked: len(in)}
	for i, w := range in {
		w.st.Rank = i + 1
		if i == 0 {
			continue
		}
		prev := in[i-1]
		if !prev.st.Total.Equal(w.st.Total) {
			continue
		}
		key := "exact" // equal published totals, different exact ones (TieOn Exact)
		if p.cmpTotal(prev, w) == 0 {
			var c int
			if c, key = p.cmpChain(prev, w); c == 0 {
				w.st.Rank = prev.st.Rank
				w.st.Shared, prev.st.Shared = true, true
				continue
			}
		}
		decided := key
		if key == noTime {
			decided = TimeKey
		}
		if prev.st.DecidedBy == "" {
			prev.st.DecidedBy = decided
		}
		w.st.DecidedBy = decided
		prev.st.Reasons = append(prev.st.Reasons, p.tieReason("ahead", key, w.st.ID))
		w.st.Reasons = append(w.st.Reasons, p.tieReason("behind", key, prev.st.ID))
	}
	// Shared ranks.
	for i := 0; i < len(in); {
		j := i + 1
		for j < len(in) && in[j].st.Rank == in[i].st.Rank {
			j++
		}
		if j-i > 1 {
			t := Tie{Rank: in[i].st.Rank, Undecided: in[i].st.Rank <= p.s.NoSharedTop}
			for _, w := range in[i:j] {
				t.IDs = append(t.IDs, w.st.ID)
			}
			// One reason for the whole group (its Args shared, read-only):
			// the list of IDs is written once, not once per member.
			reason := union.NewReason("competition.tie.shared", SourceTieBreak, strconv.Itoa(t.Rank), strings.Join(t.IDs, ", "))
			if t.Undecided {
				reason = union.NewReason("competition.tie.undecided", SourceNoSharedRank, reason.Args...)
			}
			for _, w := range in[i:j] {
				w.st.Undecided = t.Undecided
				w.st.Reasons = append(w.st.Reasons, reason)
			}
			r.Ties = append(r.Ties, t)
		}
		i = j
	}
	for _, w := range in {
		r.Standings = append(r.Standings, w.st)
	}
	for _, w := range out {
		w.st.Rank = 0
		r.Standings = append(r.Standings, w.st)
	}
	return r
}

// tieReason explains a tie broken by key between this entrant and other.
func (p *plan) tieReason(side, key, other string) union.Reason {
	switch key {
	case TimeKey:
		return union.NewReason("competition.tie."+side+".time", SourceTieBreak, other)
	case noTime:
		return union.NewReason("competition.tie."+side+".no_time", SourceTieBreak, other)
	case "exact":
		return union.NewReason("competition.tie."+side+".exact", p.s.Source, other)
	}
	return union.NewReason("competition.tie."+side+".indicator", SourceTieBreak, key, other)
}
