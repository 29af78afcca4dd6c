package dues

import (
	"github.com/shopspring/decimal"
)

// total sums amounts exactly: whole fen in an int64 while they fit, the rest
// in a decimal.
type total struct {
	fen  int64
	rest decimal.Decimal
}

// add adds an amount.
func (t *total) add(d decimal.Decimal) {
	if d.Sign() >= 0 {
		if f, ok := toFen(d); ok && t.fen <= maxFen*90-f {
			t.fen += f
			return
		}
	}
	t.rest = t.rest.Add(d)
}

// value returns the sum.
func (t *total) value() decimal.Decimal {
	if t.fen == 0 {
		return t.rest
	}
	return decimal.New(t.fen, -2).Add(t.rest)
}
