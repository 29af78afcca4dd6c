package democracy

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// naiveLargestRemainder is the textbook iteration, one scan per leftover
// seat, with the package's rules (constituencies that cannot reach the
// minimum even with an extra seat get it first; ties go to the larger
// remainder, the larger size, the lower index): the slow
// implementation the fast version must match.
func naiveLargestRemainder(seats int, sizes []int, minimum int) []int {
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
		for changed := true; changed; {
			changed = false
			for i, s := range sizes {
				if !fixed[i] && uint64(s)*uint64(left) < uint64(minimum-1)*total && minimum > 1 {
					fixed[i] = true
					left -= minimum
					total -= uint64(s)
					changed = true
				}
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
		got := make([]bool, n)
		for extra := left - given; extra > 0; extra-- {
			best := -1
			for i := range sizes {
				if fixed[i] || got[i] {
					continue
				}
				if best < 0 || rem[i] > rem[best] || rem[i] == rem[best] && sizes[i] > sizes[best] {
					best = i
				}
			}
			if best < 0 {
				break
			}
			out[best]++
			got[best] = true
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

// naiveHighestAverages gives the seats one by one to the highest average.
func naiveHighestAverages(m Method, seats int, sizes []int, minimum int) []int {
	out := make([]int, len(sizes))
	for i := range out {
		out[i] = minimum
	}
	d := func(held int) uint64 {
		if m == SainteLague {
			return uint64(2*held + 1)
		}
		return uint64(held + 1)
	}
	for left := seats - minimum*len(sizes); left > 0; left-- {
		best := 0
		for i := 1; i < len(sizes); i++ {
			a := average{uint64(sizes[i]), d(out[i]), int32(i)}
			if a.before(average{uint64(sizes[best]), d(out[best]), int32(best)}) {
				best = i
			}
		}
		out[best]++
	}
	return out
}

func randomApportion(rng *rand.Rand) (seats int, sizes []int, minimum int) {
	n := 1 + rng.IntN(12)
	sizes = make([]int, n)
	for i := range sizes {
		switch rng.IntN(4) {
		case 0:
			sizes[i] = rng.IntN(5)
		case 1:
			sizes[i] = 100 * (1 + rng.IntN(4)) // equal sizes and remainders
		default:
			sizes[i] = rng.IntN(2000)
		}
	}
	minimum = rng.IntN(4)
	seats = minimum*n + rng.IntN(60)
	if seats == 0 {
		seats = 1
	}
	return seats, sizes, minimum
}

// The fast methods give what the textbook ones give.
func TestApportionMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 20000; k++ {
		seats, sizes, minimum := randomApportion(rng)
		if checkApportion(LargestRemainder, seats, sizes, minimum) != nil {
			continue
		}
		require.Equal(t, naiveLargestRemainder(seats, sizes, minimum), largestRemainder(seats, sizes, minimum), "%d %v %d", seats, sizes, minimum)
		for _, m := range []Method{DHondt, SainteLague} {
			require.Equal(t, naiveHighestAverages(m, seats, sizes, minimum), highestAverages(m, seats, sizes, minimum), "%v %d %v %d", m, seats, sizes, minimum)
		}
	}
}

// pairs returns the multiset of (size, seats), sorted: what a permutation
// of the constituencies must not change (constituencies of equal size are
// interchangeable).
func pairs(sizes, parts []int) [][2]int {
	out := make([][2]int, len(sizes))
	for i := range sizes {
		out[i] = [2]int{sizes[i], parts[i]}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}

// Order independence: permuting the constituencies permutes the parts the
// same way, for every method.
func TestApportionOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 5000; k++ {
		seats, sizes, minimum := randomApportion(rng)
		for _, m := range []Method{LargestRemainder, DHondt, SainteLague} {
			want, err := ApportionBy(m, seats, sizes, minimum)
			if err != nil {
				break
			}
			perm := rng.Perm(len(sizes))
			shuffled := make([]int, len(sizes))
			for i, p := range perm {
				shuffled[i] = sizes[p]
			}
			got, err := ApportionBy(m, seats, shuffled, minimum)
			require.NoError(t, err)
			require.Equal(t, pairs(sizes, want), pairs(shuffled, got), "%v %d %v %d", m, seats, sizes, minimum)
		}
	}
}
