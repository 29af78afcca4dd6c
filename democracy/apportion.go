package democracy

import (
	"math/bits"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// MaxSeats is the largest number of seats Apportion and ApportionBy accept.
const MaxSeats = 1_000_000

// Method is an apportionment method. The law fixes none: 浙江省企业民主管理条例
// 第十一条 asks for quotas by the distribution of staff and broad
// representativeness, so the method is the caller's choice.
// Its text form is "largest_remainder", "dhondt" or "sainte_lague".
type Method uint8

// The apportionment methods.
const (
	// LargestRemainder is Hamilton's method: each constituency gets the whole
	// part of its quota, the seats left go to the largest remainders, equal
	// remainders to the lower index. The zero value.
	LargestRemainder Method = iota
	// DHondt is the highest-averages method with divisors 1, 2, 3 …
	// (favours large constituencies slightly).
	DHondt
	// SainteLague is the highest-averages method with divisors 1, 3, 5 …
	SainteLague
)

var methodWords = []string{"largest_remainder", "dhondt", "sainte_lague"}

// String returns the English word.
func (m Method) String() string { return union.EnumString(m, "Method", methodWords) }

// Text returns the localized name.
func (m Method) Text(tag language.Tag) string {
	return union.EnumText(m, "democracy.method", methodWords, tag)
}

// Valid reports whether m is one of the defined methods.
func (m Method) Valid() bool { return int(m) < len(methodWords) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (m Method) MarshalText() ([]byte, error) { return union.EnumMarshal(m, "method", methodWords) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (m *Method) UnmarshalText(t []byte) error {
	v, err := union.EnumParse[Method](t, "method", methodWords)
	if err == nil {
		*m = v
	}
	return err
}

// Apportion divides seats between constituencies (选区: 车间, 科室 …) in
// proportion to their sizes by the largest remainder, with at least minimum
// seats each (equal remainders go to the lower index). A constituency whose
// proportional share falls below the minimum gets the minimum and the rest
// are divided among the others again, until every share holds. The parts
// always add up to seats.
//
// Errors (ErrInvalid): seats not positive or above MaxSeats, no
// constituencies, a negative size or minimum, fewer seats than the minimums
// need, all sizes zero with seats left to give.
func Apportion(seats int, sizes []int, minimum int) ([]int, error) {
	return ApportionBy(LargestRemainder, seats, sizes, minimum)
}

// ApportionBy is Apportion with a chosen method. With DHondt and SainteLague
// every constituency first gets the minimum, and the remaining seats go one
// by one to the highest average size/divisor(seats held), equal averages to
// the lower index.
func ApportionBy(m Method, seats int, sizes []int, minimum int) ([]int, error) {
	if err := checkApportion(m, seats, sizes, minimum); err != nil {
		return nil, err
	}
	if m == LargestRemainder {
		return largestRemainder(seats, sizes, minimum), nil
	}
	return highestAverages(m, seats, sizes, minimum), nil
}

func checkApportion(m Method, seats int, sizes []int, minimum int) error {
	var errs []error
	if !m.Valid() {
		errs = append(errs, union.Invalid("method", "invalid.unknown", m.String()))
	}
	switch {
	case seats <= 0:
		errs = append(errs, union.Invalid("seats", "invalid.not_positive", itoa(seats)))
	case seats > MaxSeats:
		errs = append(errs, union.Invalid("seats", "invalid.too_large", itoa(seats), itoa(MaxSeats)))
	}
	if len(sizes) == 0 {
		errs = append(errs, union.Invalid("sizes", "invalid.empty", ""))
	}
	if minimum < 0 {
		errs = append(errs, union.Invalid("minimum", "invalid.negative", itoa(minimum)))
	}
	var total uint64
	overflow := false
	for i, s := range sizes {
		if s < 0 {
			errs = append(errs, union.Invalid(union.Indexed("sizes", i), "invalid.negative", itoa(s)))
			continue
		}
		var c uint64
		total, c = bits.Add64(total, uint64(s), 0)
		overflow = overflow || c != 0
	}
	if overflow {
		errs = append(errs, union.Invalid("sizes", "invalid.too_large", "", "2^64"))
	}
	if len(errs) > 0 {
		return joinOrNil(errs)
	}
	need := satMul(minimum, len(sizes))
	if seats < need {
		return union.Invalid("seats", "invalid.too_small", itoa(seats), itoa(need))
	}
	if total == 0 && seats > need {
		return union.Invalid("sizes", "democracy.apportion.all_zero", "")
	}
	return nil
}

// largestRemainder is Hamilton's method with a floor, exact in 128-bit integers.
func largestRemainder(seats int, sizes []int, minimum int) []int {
	n := len(sizes)
	out := make([]int, n)
	fixed := make([]bool, n)
	rem := make([]uint64, n)
	for {
		left := seats
		var total uint64
		for i, s := range sizes {
			if fixed[i] {
				left -= minimum
			} else {
				total += uint64(s)
			}
		}
		given := 0
		for i, s := range sizes {
			if fixed[i] {
				out[i] = minimum
				continue
			}
			if total == 0 {
				out[i], rem[i] = 0, 0
				continue
			}
			hi, lo := bits.Mul64(uint64(left), uint64(s))
			q, r := bits.Div64(hi, lo, total)
			out[i], rem[i] = int(q), r
			given += int(q)
		}
		for extra := left - given; extra > 0; extra-- {
			best := -1
			for i := range sizes {
				if fixed[i] {
					continue
				}
				if best < 0 || rem[i] > rem[best] {
					best = i
				}
			}
			if best < 0 {
				break
			}
			out[best]++
			rem[best] = 0
		}
		changed := false
		for i := range sizes {
			if !fixed[i] && out[i] < minimum {
				fixed[i] = true
				changed = true
			}
		}
		if !changed {
			return out
		}
	}
}

// highestAverages is D'Hondt or Sainte-Laguë after a floor of minimum each.
func highestAverages(m Method, seats int, sizes []int, minimum int) []int {
	out := make([]int, len(sizes))
	for i := range out {
		out[i] = minimum
	}
	divisor := func(held int) uint64 {
		if m == SainteLague {
			return uint64(2*held + 1)
		}
		return uint64(held + 1)
	}
	for left := seats - minimum*len(sizes); left > 0; left-- {
		best := -1
		for i, s := range sizes {
			if best < 0 {
				best = i
				continue
			}
			// s/d(i) > sizes[best]/d(best)  ⇔  s·d(best) > sizes[best]·d(i)
			ah, al := bits.Mul64(uint64(s), divisor(out[best]))
			bh, bl := bits.Mul64(uint64(sizes[best]), divisor(out[i]))
			if ah > bh || (ah == bh && al > bl) {
				best = i
			}
		}
		out[best]++
	}
	return out
}
