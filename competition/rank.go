package competition

import (
	"errors"
	"slices"
	"strconv"

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
	s.Source = cite(s.Source) // a caller's own scheme: its reasons say so
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
		if len(sc) > MaxIndicators { // the path is written only for an error
			errs = append(errs, tooMany(union.Indexed("entries", i)+".scores", len(sc), MaxIndicators))
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
