package competition

// The third stage of Rank: each entrant's exact total, bonus and deduction,
// pass marks and vetoes, rounded once.

import (
	"math/big"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

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
		if den, ok := exact.MulInt(int64(a.n), pow10(p.sp)); ok {
			if q, ok := exact.MulDiv(a.sumI, pow10(DetailPlaces), den, exact.HalfUp); ok {
				return intern(p.means, q, -DetailPlaces)
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
			term, ok = exact.MulInt(v, l)
		} else {
			term, ok = exact.MulInt(a.sumI, l/int64(a.n))
		}
		if ok {
			term, ok = exact.MulInt(term, p.wI[i])
		}
		if ok {
			acc, ok = exact.AddInt(acc, term)
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
	net, ok := exact.MulInt(b-d, pow10(p.wp))
	if ok {
		net, ok = exact.MulInt(net, l)
	}
	if ok {
		acc, ok = exact.AddInt(acc, net)
	}
	den, ok2 := exact.MulInt(l, pow10(p.wp+p.sp))
	if !ok || !ok2 {
		return false
	}
	if acc < 0 {
		acc = 0
		w.st.Reasons = append(w.st.Reasons, union.NewReason("competition.total.floor", p.s.Source))
	}
	t, ok := exact.MulDiv(acc, pow10(p.s.Places), den, exact.HalfUp)
	if !ok {
		return false
	}
	w.fast, w.accI, w.l = true, acc, den
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
