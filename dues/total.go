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

// addKnown adds an amount whose value in fen is fen when fenOK.
func (t *total) addKnown(d decimal.Decimal, fen int64, fenOK bool) {
	if fenOK && fen >= 0 && t.fen <= maxFen*90-fen {
		t.fen += fen
		return
	}
	t.add(d)
}

// merge adds another total.
func (t *total) merge(o *total) {
	if t.fen <= maxFen*90-o.fen {
		t.fen += o.fen
	} else {
		t.rest = t.rest.Add(decimal.New(o.fen, -2))
	}
	if !o.rest.IsZero() {
		t.rest = t.rest.Add(o.rest)
	}
}

// value returns the sum.
func (t *total) value() decimal.Decimal {
	if t.fen == 0 {
		return t.rest
	}
	return decimal.New(t.fen, -2).Add(t.rest)
}
