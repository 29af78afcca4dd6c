package assistance

import (
	"strconv"
	"testing"
)

// BenchmarkMutualClaimAll settles 10,000 claims of 2,500 members.
func BenchmarkMutualClaimAll(b *testing.B) {
	claims := make([]MutualClaim, 10000)
	for i := range claims {
		c := mutualStayClaim("C" + strconv.Itoa(i))
		c.Member.ID = "M" + strconv.Itoa(i%2500)
		c.Stay.Admitted = c.Stay.Admitted.AddMonths(i % 4)
		c.Stay.Discharged = c.Stay.Admitted.AddMonths(1)
		claims[i] = c
	}
	plan := MutualXiamen2021()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := plan.ClaimAll(claims); err != nil {
			b.Fatal(err)
		}
	}
}
