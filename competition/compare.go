package competition

// The comparisons that order entrants: totals, then the tie-break chain
// (indicators and the completion time), each a total order.

import (
	"github.com/gonghui/gonghui/internal/exact"
	"github.com/shopspring/decimal"
)

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
		if l, ok := exact.MulInt(x.sumI, int64(y.n)); ok {
			if r, ok := exact.MulInt(y.sumI, int64(x.n)); ok {
				return cmpInt(r, l)
			}
		}
	}
	return cmpMeans(b.st.Scores[i].Sum, int(y.n), a.st.Scores[i].Sum, int(x.n))
}
