package dues_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
)

// checkPermuted holds AssessAll of a permuted payroll to AssessAll of the
// original: item k of the permuted batch is item perm[k] of the original,
// byte for byte in JSON (figures, reasons, errors), and the totals by sector
// and status are the same.
func checkPermuted(t *testing.T, p dues.Policy, ms []dues.Member, perm []int) {
	t.Helper()
	want := p.AssessAll(ms)
	shuffled := make([]dues.Member, len(ms))
	for k, i := range perm {
		shuffled[k] = ms[i]
	}
	got := p.AssessAll(shuffled)
	require.Len(t, got.Items, len(ms))
	for k, i := range perm {
		a, err := json.Marshal(want.Items[i])
		require.NoError(t, err)
		b, err := json.Marshal(got.Items[k])
		require.NoError(t, err)
		require.Equal(t, string(a), string(b), "item %d (was %d)", k, i)
	}
	require.True(t, want.Total.Equal(got.Total), "total %s vs %s", want.Total, got.Total)
	require.Equal(t, want.Paying, got.Paying)
	require.Equal(t, want.Exempt, got.Exempt)
	require.Equal(t, want.Failed, got.Failed)
	wj, _ := json.Marshal(want.BySector)
	gj, _ := json.Marshal(got.BySector)
	require.Equal(t, string(wj), string(gj))
	wj, _ = json.Marshal(want.ByStatus)
	gj, _ = json.Marshal(got.ByStatus)
	require.Equal(t, string(wj), string(gj))
}

// TestBatchShuffleProperty: a payroll's order changes only the order of the
// batch's items, never a figure, a reason or a total — on the sequential path
// and on the parallel one (over 8,192 members), with bad records mixed in.
func TestBatchShuffleProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, n := range []int{2, 300, 9000} {
		ms := withBadRecords(randomPayroll(n, uint64(n)+1, n%2 == 0), r)
		for name, p := range variants() {
			if n > 8192 && name != "national" {
				continue
			}
			t.Run(name, func(t *testing.T) {
				checkPermuted(t, p, ms, r.Perm(n))
			})
		}
	}
}

// FuzzBatchOrder shuffles a random payroll with a fuzzed seed and size and
// requires the same items (permuted) and totals.
func FuzzBatchOrder(f *testing.F) {
	f.Add(uint64(1), uint16(5), false)
	f.Add(uint64(42), uint16(64), true)
	national := variants()["national"]
	f.Fuzz(func(t *testing.T, seed uint64, size uint16, fen bool) {
		n := int(size % 48)
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		ms := withBadRecords(randomPayroll(n, seed, fen), r)
		checkPermuted(t, national, ms, r.Perm(n))
	})
}
