package democracy

import (
	"cmp"
	"math/bits"
	"slices"

	"github.com/gonghui/gonghui/internal/enum"
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
	// remainders to the larger constituency, then the lower index. The zero value.
	LargestRemainder Method = iota
	// DHondt is the highest-averages method with divisors 1, 2, 3 …
	// (favours large constituencies slightly).
	DHondt
	// SainteLague is the highest-averages method with divisors 1, 3, 5 …
	SainteLague
)

var methodEnum = enum.New[Method]("Method", "method", "democracy.method", union.Invalid, "largest_remainder", "dhondt", "sainte_lague")

// String returns the English word.
func (m Method) String() string { return methodEnum.String(m) }

// Text returns the localized name.
func (m Method) Text(tag language.Tag) string {
	return methodEnum.Text(m, tag)
}

// Valid reports whether m is one of the defined methods.
func (m Method) Valid() bool { return methodEnum.Valid(m) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (m Method) MarshalText() ([]byte, error) { return methodEnum.Marshal(m) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (m *Method) UnmarshalText(t []byte) error {
	return methodEnum.Unmarshal(m, t)
}

// Apportion divides seats between constituencies (选区: 车间, 科室 …) in
// proportion to their sizes by the largest remainder, with at least minimum
// seats each. A constituency whose proportional share falls below the
// minimum gets the minimum and the rest are divided among the others again,
// until every share holds: first those that cannot reach the minimum even
// with a seat from the remainders (share below minimum − 1), smallest
// first, each lowering the others' shares; then rounds of the largest
// remainder, fixing at the minimum whoever is still below it. The parts
// always add up to seats.
//
// Equal remainders go to the larger constituency, and between equal sizes to
// the lower index, so the result does not depend on the order of the
// constituencies: permuting sizes permutes the parts the same way (only
// constituencies of equal size, which are interchangeable, may trade a seat).
// The work is O(n log n) for n constituencies, for each round of minimums.
//
// Errors (ErrInvalid): seats not positive or above MaxSeats, no
// constituencies or more than MaxConstituencies, a negative size or one
// above MaxPeople, a negative minimum or one above MaxSeats, fewer seats than
// the minimums need, all sizes zero with seats left to give.
func Apportion(seats int, sizes []int, minimum int) ([]int, error) {
	return ApportionBy(LargestRemainder, seats, sizes, minimum)
}

// ApportionBy is Apportion with a chosen method. With DHondt and SainteLague
// every constituency first gets the minimum, and the remaining seats go one
// by one to the highest average size/divisor(seats held); equal averages go
// to the larger constituency, then to the lower index. The highest averages
// are kept in a heap: O((seats + n) log n).
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
		errs = append(errs, tooMany(union.ErrInvalid, "seats", seats, MaxSeats))
	}
	switch {
	case len(sizes) == 0:
		errs = append(errs, union.Invalid("sizes", "invalid.empty", ""))
	case len(sizes) > MaxConstituencies:
		return joinOrNil(append(errs, tooMany(union.ErrInvalid, "sizes", len(sizes), MaxConstituencies)))
	}
	switch {
	case minimum < 0:
		errs = append(errs, union.Invalid("minimum", "invalid.negative", itoa(minimum)))
	case minimum > MaxSeats:
		errs = append(errs, tooMany(union.ErrInvalid, "minimum", minimum, MaxSeats))
	}
	var total uint64
	for i, s := range sizes {
		if fe := countError("", s, false); fe != nil {
			errs = append(errs, fe.Within(union.Indexed("sizes", i)))
			continue
		}
		total += uint64(s) // at most 10^6 × 10^9: no overflow
	}
	if len(errs) > 0 {
		return joinOrNil(errs)
	}
	need := minimum * len(sizes) // at most 10^6 × 10^6: no overflow
	if seats < need {
		return union.Invalid("seats", "invalid.too_small", itoa(seats), itoa(need))
	}
	if total == 0 && seats > need {
		return union.Invalid("sizes", "democracy.apportion.all_zero", "")
	}
	return nil
}

// largestRemainder is Hamilton's method with a floor, exact in 128-bit
// integers. Each round computes every open constituency's quota; the seats
// left over go to the largest remainders (one sort); constituencies left
// below the minimum are fixed at it and the next round shares the rest.
// Before each round, the constituencies sure to fall below the minimum
// (quota + 1 < minimum, smallest first) are fixed in one pass over the
// sizes sorted once, so a cascade of minimums costs no extra rounds.
func largestRemainder(seats int, sizes []int, minimum int) []int {
	n := len(sizes)
	out := make([]int, n)
	fixed := make([]bool, n)
	rem := make([]uint64, n)
	left := seats
	var total uint64
	for _, s := range sizes {
		total += uint64(s)
	}
	// ascending: indices by size, smallest first (for the sure minimums).
	var ascending []int32
	if minimum > 1 {
		ascending = make([]int32, n)
		for i := range ascending {
			ascending[i] = int32(i)
		}
		slices.SortFunc(ascending, func(a, b int32) int { return cmp.Compare(sizes[a], sizes[b]) })
	}
	next := 0 // ascending[:next] have been looked at by the sure-minimum pass
	open := make([]int32, 0, n)
	var order []remainder
	for {
		if minimum > 1 {
			// Fix every open constituency whose quota left×s/total is below
			// minimum−1: it cannot reach the minimum even with an extra seat.
			for ; next < n; next++ {
				i := ascending[next]
				if fixed[i] {
					continue
				}
				s := uint64(sizes[i])
				h1, l1 := bits.Mul64(uint64(left), s)
				h2, l2 := bits.Mul64(uint64(minimum-1), total)
				if !(h1 < h2 || h1 == h2 && l1 < l2) {
					break
				}
				fixed[i] = true
				left -= minimum
				total -= s
			}
		}
		open = open[:0]
		given := 0
		for i, s := range sizes {
			if fixed[i] {
				out[i] = minimum
				continue
			}
			open = append(open, int32(i))
			if total == 0 {
				out[i], rem[i] = 0, 0
				continue
			}
			hi, lo := bits.Mul64(uint64(left), uint64(s))
			q, r := bits.Div64(hi, lo, total)
			out[i], rem[i] = int(q), r
			given += int(q)
		}
		if extra := left - given; extra > 0 && len(open) > 0 {
			// The largest remainders, then the larger size, then the lower index.
			order = order[:0]
			for _, i := range open {
				order = append(order, remainder{rem[i], uint64(sizes[i]), i})
			}
			slices.SortFunc(order, func(a, b remainder) int {
				if c := cmp.Compare(b.rem, a.rem); c != 0 {
					return c
				}
				if c := cmp.Compare(b.size, a.size); c != 0 {
					return c
				}
				return cmp.Compare(a.index, b.index)
			})
			for _, o := range order[:min(extra, len(order))] {
				out[o.index]++
			}
		}
		changed := false
		for _, i := range open {
			if out[i] < minimum {
				fixed[i] = true
				left -= minimum
				total -= uint64(sizes[i])
				changed = true
			}
		}
		if !changed {
			return out
		}
	}
}

// remainder is one constituency's remainder in a round of largestRemainder.
type remainder struct {
	rem, size uint64
	index     int32
}

// average is one constituency's next average size/divisor in a
// highest-averages heap.
type average struct {
	size    uint64
	divisor uint64
	index   int32
}

// before reports whether average a ranks before b: the higher average
// (a.size/a.divisor > b.size/b.divisor, compared exactly as products, which
// stay below 2^63: sizes are at most MaxPeople and divisors at most
// 2×MaxSeats+1), then the larger size, then the lower index.
func (a average) before(b average) bool {
	if x, y := a.size*b.divisor, b.size*a.divisor; x != y {
		return x > y
	}
	if a.size != b.size {
		return a.size > b.size
	}
	return a.index < b.index
}

// highestAverages is D'Hondt or Sainte-Laguë after a floor of minimum each,
// with the next average of every constituency in a binary heap.
//
// Most seats are given before the heap: for a threshold λ, the averages at
// or above λ are, for D'Hondt, ⌊s/λ⌋ − minimum of a constituency's (when
// positive) and, for Sainte-Laguë, ⌊(s/λ + 1)/2⌋ − minimum. When they number
// at most the seats left, every one of them is among the highest, whatever
// the tie-break, so they are given at once. λ starts at total/left (halved
// in count until the averages fit), which leaves at most about one seat per
// constituency to the heap.
func highestAverages(m Method, seats int, sizes []int, minimum int) []int {
	out := make([]int, len(sizes))
	divisor := func(held int) uint64 {
		if m == SainteLague {
			return uint64(2*held + 1)
		}
		return uint64(held + 1)
	}
	left := seats - minimum*len(sizes)
	var total uint64
	for _, s := range sizes {
		total += uint64(s)
	}
	// given(r) is the number of averages at or above λ = total/r: it grows
	// with r; the largest r whose averages fit is found by bisection.
	given := func(r uint64, pre []int) int {
		n := 0
		for i, s := range sizes {
			// s/λ = s·r/total; at most 10^9 × 2.2×10^6 < 2^63.
			var k uint64
			if m == SainteLague {
				k = (uint64(s)*r + total) / (2 * total)
			} else {
				k = uint64(s) * r / total
			}
			g := 0
			if k > uint64(minimum) {
				g = int(k) - minimum
			}
			if pre != nil {
				pre[i] = g
			}
			n += g
		}
		return n
	}
	if total > 0 && left > 0 {
		lo, hi := uint64(0), uint64(2*left+2*len(sizes))
		for lo < hi {
			mid := lo + (hi-lo+1)/2
			if given(mid, nil) <= left {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		if lo > 0 {
			pre := make([]int, len(sizes))
			left -= given(lo, pre)
			for i := range out {
				out[i] += pre[i]
			}
		}
	}
	h := make([]average, len(sizes))
	for i, s := range sizes {
		out[i] += minimum
		h[i] = average{size: uint64(s), divisor: divisor(out[i]), index: int32(i)}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		siftDown(h, i)
	}
	for ; left > 0; left-- {
		top := &h[0]
		out[top.index]++
		top.divisor = divisor(out[top.index])
		siftDown(h, 0)
	}
	return out
}

// siftDown restores the heap order below i.
func siftDown(h []average, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		best := l
		if r := l + 1; r < len(h) && h[r].before(h[l]) {
			best = r
		}
		if !h[best].before(h[i]) {
			return
		}
		h[i], h[best] = h[best], h[i]
		i = best
	}
}
