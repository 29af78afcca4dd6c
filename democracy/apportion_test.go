package democracy

import (
	"math/rand/v2"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApportion(t *testing.T) {
	tests := []struct {
		name    string
		seats   int
		sizes   []int
		minimum int
		want    []int
	}{
		// 浙江省企业民主管理条例 第十一条: quotas by the distribution of staff.
		{"equal remainders go to the lower index", 60, []int{400, 300, 250, 150, 100}, 5, []int{20, 15, 13, 7, 5}},
		{"exact quotas", 10, []int{50, 30, 20}, 0, []int{5, 3, 2}},
		{"largest remainder", 10, []int{46, 34, 20}, 0, []int{5, 3, 2}},
		{"minimum lifts a small constituency and the rest is shared again", 20, []int{950, 30, 20}, 2, []int{16, 2, 2}},
		{"minimum cascade", 10, []int{1000, 5, 5, 5}, 2, []int{4, 2, 2, 2}},
		{"empty constituency gets the minimum", 10, []int{60, 40, 0}, 1, []int{5, 4, 1}},
		{"all seats are minimums", 6, []int{0, 0, 0}, 2, []int{2, 2, 2}},
		{"single constituency", 7, []int{3}, 0, []int{7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Apportion(tt.seats, tt.sizes, tt.minimum)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestApportionDivisorMethods(t *testing.T) {
	sizes := []int{5000, 3000, 1500, 500}
	// D'Hondt averages: 5000 3000 2500 1667 1500(B) 1500(C) 1250 1000(A) 1000(B) 833 → A6 B3 C1.
	got, err := ApportionBy(DHondt, 10, sizes, 0)
	require.NoError(t, err)
	assert.Equal(t, []int{6, 3, 1, 0}, got)
	// Sainte-Laguë averages: 5000 3000 1667 1500 1000(A) 1000(B) 714 600 556 500(C) → A5 B3 C2.
	got, err = ApportionBy(SainteLague, 10, sizes, 0)
	require.NoError(t, err)
	assert.Equal(t, []int{5, 3, 2, 0}, got)
	// One seat each first, then D'Hondt on the divisors 2, 3 …: 2500 1667 1500 1250 1000(A) 1000(B).
	got, err = ApportionBy(DHondt, 10, sizes, 1)
	require.NoError(t, err)
	assert.Equal(t, []int{5, 3, 1, 1}, got)
	got, err = ApportionBy(SainteLague, 3, []int{10, 10, 10}, 0)
	require.NoError(t, err)
	assert.Equal(t, []int{1, 1, 1}, got)
	got, err = ApportionBy(DHondt, 2, []int{10, 10, 10}, 0)
	require.NoError(t, err)
	assert.Equal(t, []int{1, 1, 0}, got, "equal averages go to the lower index")
}

func TestApportionErrors(t *testing.T) {
	tests := []struct {
		name    string
		m       Method
		seats   int
		sizes   []int
		minimum int
		field   string
		code    string
	}{
		{"no seats", LargestRemainder, 0, []int{1}, 0, "seats", "invalid.not_positive"},
		{"too many seats", LargestRemainder, MaxSeats + 1, []int{1}, 0, "seats", "invalid.too_many"},
		{"no constituencies", LargestRemainder, 5, nil, 0, "sizes", "invalid.empty"},
		{"negative size", LargestRemainder, 5, []int{3, -1}, 0, "sizes[1]", "invalid.negative"},
		{"negative minimum", LargestRemainder, 5, []int{3}, -1, "minimum", "invalid.negative"},
		{"minimums exceed seats", DHondt, 5, []int{3, 3, 3}, 2, "seats", "invalid.too_small"},
		{"all empty", SainteLague, 5, []int{0, 0}, 0, "sizes", "democracy.apportion.all_zero"},
		{"unknown method", Method(7), 5, []int{1}, 0, "method", "invalid.unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ApportionBy(tt.m, tt.seats, tt.sizes, tt.minimum)
			requireField(t, err, union.ErrInvalid, tt.field, tt.code)
		})
	}
}

// Property: every method gives parts that add up to the seats and respect the minimum;
// largest remainder stays within one seat of the quota for constituencies above the minimum.
func TestApportionProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for n := 0; n < 3000; n++ {
		k := 1 + rng.IntN(8)
		sizes := make([]int, k)
		total := 0
		for i := range sizes {
			sizes[i] = rng.IntN(2000)
			total += sizes[i]
		}
		minimum := rng.IntN(4)
		seats := minimum*k + rng.IntN(200)
		if seats == 0 {
			seats = 1
		}
		for _, m := range []Method{LargestRemainder, DHondt, SainteLague} {
			got, err := ApportionBy(m, seats, sizes, minimum)
			if total == 0 && seats > minimum*k {
				require.Error(t, err)
				continue
			}
			require.NoError(t, err, "%v %d %v %d", m, seats, sizes, minimum)
			sum := 0
			for i, g := range got {
				require.GreaterOrEqual(t, g, minimum)
				sum += g
				if m == LargestRemainder && minimum == 0 {
					// Hamilton: ⌊quota⌋ ≤ part ≤ ⌈quota⌉.
					lo := seats * sizes[i] / total
					require.True(t, g == lo || g == lo+1, "part %d of %v: %d vs quota floor %d", i, sizes, g, lo)
				}
			}
			require.Equal(t, seats, sum, "%v %d %v %d", m, seats, sizes, minimum)
		}
	}
}
