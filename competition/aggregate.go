package competition

// The first stage of Rank: each indicator's judges' scores scaled, checked
// and trimmed into a counted sum, with the scores dropped.

import (
	"slices"
	"strconv"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

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
					sum, ok = exact.AddInt(sum, x)
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
