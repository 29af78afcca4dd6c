package competition

// The second stage of Rank: lower-is-better indicators scored against the
// best value in the field.

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

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
