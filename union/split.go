package union

import (
	"math/big"
	"math/bits"
	"sort"
	"strconv"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/shopspring/decimal"
)

// MaxWeightPlaces is the largest number of decimal places a Split weight may
// be written with (trailing zeros count: 0.50 has two).
const MaxWeightPlaces = MaxFractionDigits

// MaxWeights is the largest number of weights Split takes: far more parties
// than any fund is divided between (dues takes as many shares at one level).
// At this limit, with 18-place weights and the largest total, a split takes
// about 50 ms (BenchmarkSplitAtLimits).
const MaxWeights = 10_000

// Split divides total in proportion to weights into parts with at most places
// decimals (2: fen, 1: jiao, 0: yuan, -1: tens of yuan).
//
// The parts always add up exactly to total rounded half-up to places. Each part
// first gets its proportional share rounded down; the units left over go one
// each to the parts with the largest remainders, and equal remainders go to the
// lower index (the largest-remainder or Hamilton method). A negative total (a
// refund) is split as its absolute value and every part negated, so a refund
// mirrors the payment it reverses.
//
// Weights need not add up to anything in particular (60 and 40 split like 0.6
// and 0.4). An empty weight list, more than MaxWeights weights, a weight that
// is zero or negative, a weight written with more than MaxWeightPlaces
// decimals, places outside [MinPlaces, MaxPlaces], or a total or weight
// outside the module's decimal limits (CheckDecimal: code
// "invalid.decimal_range", so 10^2147483647 is refused, not split into
// zeros) is a *FieldError wrapping ErrInvalid. Within those limits the work
// is O(n log n) in the number of weights.
func Split(total decimal.Decimal, weights []decimal.Decimal, places int32) ([]decimal.Decimal, error) {
	if places < MinPlaces || places > MaxPlaces {
		return nil, Invalid("places", "invalid.range", strconv.Itoa(int(places)),
			strconv.Itoa(int(MinPlaces)), strconv.Itoa(int(MaxPlaces)))
	}
	if len(weights) == 0 {
		return nil, Invalid("weights", "invalid.empty", "")
	}
	if fe := CheckCount("weights", len(weights), MaxWeights); fe != nil {
		return nil, fe
	}
	if fe := CheckDecimal("total", total); fe != nil {
		return nil, fe
	}
	for i, w := range weights {
		if w.Exponent() < -MaxWeightPlaces {
			return nil, Invalid(Indexed("weights", i), "invalid.precision", decimalValue(w), strconv.Itoa(MaxWeightPlaces))
		}
		if fe := CheckDecimal(Indexed("weights", i), w); fe != nil {
			return nil, fe
		}
	}
	if parts, ok := splitSmall(total, weights, places); ok {
		return parts, nil
	}
	return splitBig(total, weights, places)
}

// splitBig is Split on big integers: any size, and the path that reports
// every problem with the weights.
func splitBig(total decimal.Decimal, weights []decimal.Decimal, places int32) ([]decimal.Decimal, error) {
	scale := int32(0)
	for i, w := range weights {
		if w.Sign() <= 0 {
			return nil, Invalid(Indexed("weights", i), "invalid.not_positive", w.String())
		}
		d := decimalPlaces(w)
		if d > MaxWeightPlaces {
			return nil, Invalid(Indexed("weights", i), "invalid.precision", w.String(),
				strconv.Itoa(MaxWeightPlaces))
		}
		if d > scale {
			scale = d
		}
	}
	rounded := total.Round(places)
	negative := rounded.Sign() < 0
	units := rounded.Abs().Shift(places).BigInt()

	ws := make([]*big.Int, len(weights))
	sum := new(big.Int)
	for i, w := range weights {
		ws[i] = w.Shift(scale).BigInt()
		sum.Add(sum, ws[i])
	}

	parts := make([]*big.Int, len(weights))
	rems := make([]*big.Int, len(weights))
	given := new(big.Int)
	for i, w := range ws {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(units, w), sum, new(big.Int))
		parts[i], rems[i] = q, r
		given.Add(given, q)
	}
	left := new(big.Int).Sub(units, given).Int64() // fewer than len(weights)
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]].Cmp(rems[order[b]]) > 0 })
	for k := int64(0); k < left; k++ {
		parts[order[k]].Add(parts[order[k]], big.NewInt(1))
	}

	out := make([]decimal.Decimal, len(parts))
	for i, p := range parts {
		if negative {
			p.Neg(p)
		}
		out[i] = decimal.NewFromBigInt(p, -places)
	}
	return out, nil
}

// decimalPlaces returns the number of significant decimal places of d
// (1.50 has 1, 100 has 0).
func decimalPlaces(d decimal.Decimal) int32 {
	if d.Exponent() >= 0 {
		return 0
	}
	c := d.Coefficient()
	places := -d.Exponent()
	ten := big.NewInt(10)
	r := new(big.Int)
	for places > 0 {
		q, m := new(big.Int).QuoRem(c, ten, r)
		if m.Sign() != 0 {
			break
		}
		c = q
		places--
	}
	return places
}

// splitSmall is Split on 64-bit integers (internal/exact), for the common
// case: totals and weights of at most 18 digits whose scaled values and sum
// fit. It gives exactly what splitBig gives (a test holds them equal) and
// reports ok=false whenever it cannot be sure, including for every invalid
// weight, leaving the error to splitBig.
func splitSmall(total decimal.Decimal, weights []decimal.Decimal, places int32) ([]decimal.Decimal, bool) {
	const maxParts = 32
	n := len(weights)
	if n > maxParts {
		return nil, false
	}
	var amounts [maxParts]exact.Amount
	scale := int32(0)
	for i, w := range weights {
		a, ok := exact.FromDecimal(w)
		if !ok || w.Sign() <= 0 {
			return nil, false
		}
		for a.Exp() < 0 { // drop trailing zeros: 0.50 weighs like 0.5
			r, ok := a.Rescale(a.Exp() + 1)
			if !ok {
				break
			}
			a = r
		}
		if -a.Exp() > MaxWeightPlaces {
			return nil, false
		}
		amounts[i] = a
		scale = max(scale, -a.Exp())
	}
	var ws [maxParts]uint64
	var sum int64
	for i := 0; i < n; i++ {
		a, ok := amounts[i].Rescale(-scale)
		if ok {
			sum, ok = exact.AddInt(sum, a.Coef())
		}
		if !ok {
			return nil, false
		}
		ws[i] = uint64(a.Coef())
	}

	// The total in units of 10^-places, rounded half away from zero.
	t, ok := exact.FromDecimal(total)
	if ok {
		t, ok = t.Round(places, exact.HalfUp)
	}
	if !ok {
		return nil, false
	}
	negative := t.Sign() < 0
	units := uint64(t.Coef())
	if negative {
		units = uint64(-t.Coef())
	}

	var parts, rems [maxParts]uint64
	given := uint64(0)
	for i := 0; i < n; i++ {
		hi, lo := bits.Mul64(units, ws[i])
		parts[i], rems[i] = bits.Div64(hi, lo, uint64(sum)) // hi < sum since ws[i] ≤ sum and units < 2^63
		given += parts[i]
	}
	// Hand out the units left over (fewer than n): largest remainder first,
	// equal remainders to the lower index.
	var order [maxParts]int
	for i := 0; i < n; i++ {
		j := i
		for j > 0 && rems[order[j-1]] < rems[i] {
			order[j] = order[j-1]
			j--
		}
		order[j] = i
	}
	for k := uint64(0); k < units-given; k++ {
		parts[order[k]]++
	}
	out := make([]decimal.Decimal, n)
	for i := 0; i < n; i++ {
		v := int64(parts[i])
		if negative {
			v = -v
		}
		out[i] = decimal.New(v, -places)
	}
	return out, true
}
