package exact

import "github.com/shopspring/decimal"

// Total sums amounts exactly at a fixed exponent: in an int64 while the
// figures fit, in a decimal for whatever does not. The zero value is an empty
// total at exponent 0; NewTotal sets the exponent. A Total is not safe for
// concurrent use; sum shards separately and Merge them.
type Total struct {
	exp  int32
	sum  int64
	rest decimal.Decimal
}

// maxSum bounds the int64 part, so adding one coefficient never overflows.
const maxSum = 1<<63 - 1 - MaxCoef

// NewTotal returns an empty total whose int64 part counts units of 10^exp.
func NewTotal(exp int32) Total { return Total{exp: exp} }

// Add adds a.
func (t *Total) Add(a Amount) {
	if r, ok := a.Rescale(t.exp); ok && t.addUnits(r.coef) {
		return
	}
	t.rest = t.rest.Add(a.Decimal())
}

// AddDecimal adds d.
func (t *Total) AddDecimal(d decimal.Decimal) {
	if a, ok := FromDecimal(d); ok {
		t.Add(a)
		return
	}
	t.rest = t.rest.Add(d)
}

// AddUnits adds n units of 10^exp (n a coefficient at the total's exponent).
func (t *Total) AddUnits(n int64) {
	if n <= MaxCoef && n >= -MaxCoef && t.addUnits(n) {
		return
	}
	t.rest = t.rest.Add(decimal.New(n, t.exp))
}

func (t *Total) addUnits(n int64) bool {
	s := t.sum + n // |t.sum| ≤ maxSum and |n| ≤ MaxCoef: no overflow
	if s > maxSum || s < -maxSum {
		return false
	}
	t.sum = s
	return true
}

// Merge adds another total's sum.
func (t *Total) Merge(o Total) {
	fast := o.exp == t.exp && o.sum <= MaxCoef && o.sum >= -MaxCoef && t.addUnits(o.sum)
	if !fast && o.sum != 0 {
		t.rest = t.rest.Add(decimal.New(o.sum, o.exp))
	}
	if !o.rest.IsZero() {
		t.rest = t.rest.Add(o.rest)
	}
}

// Value returns the sum.
func (t *Total) Value() decimal.Decimal {
	if t.sum == 0 {
		return t.rest
	}
	v := decimal.New(t.sum, t.exp)
	if t.rest.IsZero() {
		return v
	}
	return v.Add(t.rest)
}
