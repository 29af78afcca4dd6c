package union

import (
	"math/big"
	"sort"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxWeightPlaces is the largest number of decimal places a Split weight may carry.
const MaxWeightPlaces = 18

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
// and 0.4). An empty weight list, a weight that is zero or negative, a weight
// with more than MaxWeightPlaces decimals, or places outside [MinPlaces,
// MaxPlaces] is a *FieldError wrapping ErrInvalid.
func Split(total decimal.Decimal, weights []decimal.Decimal, places int32) ([]decimal.Decimal, error) {
	if places < MinPlaces || places > MaxPlaces {
		return nil, Invalid("places", "invalid.range", strconv.Itoa(int(places)),
			strconv.Itoa(int(MinPlaces)), strconv.Itoa(int(MaxPlaces)))
	}
	if len(weights) == 0 {
		return nil, Invalid("weights", "invalid.empty", "")
	}
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
