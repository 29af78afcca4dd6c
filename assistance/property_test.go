package assistance

import (
	"encoding/json"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/gonghui/gonghui/internal/chunk"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// batchInputs mixes good and bad applicants.
func batchInputs() []Applicant {
	as := sampleApplicants()
	bad := typical()
	bad.Household.Members = 0
	as = append(as[:3:3], append([]Applicant{bad}, as[3:]...)...)
	return as
}

func assessJSON(t *testing.T, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	return string(raw)
}

// Batch results equal single results, item by item; totals sum the good ones.
func TestBatchEqualsSingle(t *testing.T) {
	r := Hubei2024(d("940"))
	as := batchInputs()
	b := r.AssessAll(as)
	require.Len(t, b.Items, len(as))
	total, filed, failed := d("0"), 0, 0
	for i, a := range as {
		res, err := r.Assess(a)
		if err != nil {
			assert.Equal(t, err.Error(), b.Items[i].Err.Error())
			failed++
			continue
		}
		require.NoError(t, b.Items[i].Err)
		assert.Equal(t, assessJSON(t, res), assessJSON(t, b.Items[i].Assessment), i)
		total = total.Add(res.AidTotal)
		if res.Category.Filed() {
			filed++
		}
	}
	assert.True(t, total.Equal(b.AidTotal))
	assert.Equal(t, filed, b.Filed)
	assert.Equal(t, failed, b.Failed)
	assert.Equal(t, 1, failed)

	// Shard and merge: two halves give the same items and totals.
	h1, h2 := r.AssessAll(as[:5]), r.AssessAll(as[5:])
	merged := append(append([]BatchItem(nil), h1.Items...), h2.Items...)
	for i := range merged {
		assert.Equal(t, assessJSON(t, b.Items[i].Assessment), assessJSON(t, merged[i].Assessment))
	}
	assert.True(t, h1.AidTotal.Add(h2.AidTotal).Equal(b.AidTotal))
	assert.Equal(t, b.Filed, h1.Filed+h2.Filed)
}

// Reversing the batch reverses its items (order-preserving, no state between records).
func TestBatchOrderIndependent(t *testing.T) {
	r := Hubei2024(d("940"))
	as := batchInputs()
	rev := make([]Applicant, len(as))
	for i := range as {
		rev[len(as)-1-i] = as[i]
	}
	b, br := r.AssessAll(as), r.AssessAll(rev)
	for i := range as {
		assert.Equal(t, assessJSON(t, b.Items[i].Assessment), assessJSON(t, br.Items[len(as)-1-i].Assessment))
	}
	assert.True(t, b.AidTotal.Equal(br.AidTotal))
}

// The order of persons, income items, expense items and payments does not
// change the category, the figures or the aid: the rules sum them.
func TestHouseholdOrderIndependent(t *testing.T) {
	for name, r := range presets() {
		for i, a := range sampleApplicants() {
			res, err := r.Assess(a)
			if err != nil {
				continue
			}
			p := a
			h := p.Household
			h.Persons = reversed(h.Persons)
			h.IncomeItems = reversed(h.IncomeItems)
			h.ExpenseItems = reversed(h.ExpenseItems)
			p.Household = h
			p.Paid = reversed(p.Paid)
			got := mustAssess(t, r, p)
			assert.Equal(t, res.Category, got.Category, "%s %d", name, i)
			assert.True(t, res.PerCapita.Equal(got.PerCapita))
			assert.True(t, res.Income.Equal(got.Income))
			assert.True(t, res.Rigid.Equal(got.Rigid))
			assert.True(t, res.AidTotal.Equal(got.AidTotal), "%s %d", name, i)
			assert.Equal(t, res.Missing, got.Missing)
		}
	}
}

func reversed[T any](s []T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i := range s {
		out[len(s)-1-i] = s[i]
	}
	return out
}

// The same input always gives the same output, from many goroutines at once,
// and the rules and input are never changed (run with -race).
func TestConcurrentSameOutput(t *testing.T) {
	r := Hubei2024(d("940"))
	as := sampleApplicants()
	want := make([]string, len(as))
	for i, a := range as {
		res, err := r.Assess(a)
		if err == nil {
			want[i] = assessJSON(t, res)
		}
	}
	rulesBefore := assessJSON(t, r)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				for i := range as {
					res, err := r.Assess(as[i])
					if err != nil {
						continue
					}
					raw, _ := json.Marshal(res)
					if string(raw) != want[i] {
						errs <- string(raw)
						return
					}
				}
				r.AssessAll(as)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("different output: %s", e)
	}
	assert.Equal(t, rulesBefore, assessJSON(t, r))
}

// A batch large enough to be split among goroutines gives what one pass
// gives: the same items at the same indexes, the same totals to the last
// digit of their text.
func TestBatchParallelEqualsOnePass(t *testing.T) {
	r := Hubei2024(d("940"))
	base := batchInputs()
	as := make([]Applicant, 2*chunk.Size+1001)
	for i := range as {
		a := base[i%len(base)]
		a.Household.Income = a.Household.Income.Add(decimal.New(int64(i%997), -2))
		as[i] = a
	}
	b := r.AssessAll(as)

	var one tally
	items := make([]BatchItem, len(as))
	r.assessRange(as, items, &one)
	var want Batch
	one.into(&want)

	require.Len(t, b.Items, len(as))
	for i := range items {
		if items[i].Err != nil {
			require.Error(t, b.Items[i].Err, i)
			require.Equal(t, items[i].Err.Error(), b.Items[i].Err.Error(), i)
			continue
		}
		require.NoError(t, b.Items[i].Err, i)
		require.Equal(t, assessJSON(t, items[i].Assessment), assessJSON(t, b.Items[i].Assessment), i)
	}
	assert.Equal(t, want.AidTotal.String(), b.AidTotal.String())
	assert.Equal(t, want.Filed, b.Filed)
	assert.Equal(t, want.Failed, b.Failed)
	assert.Positive(t, b.Failed)
}

// AssessAll is per household: shuffling the batch permutes its items the
// same way and keeps the totals, whatever the permutation.
func TestBatchShuffleProperty(t *testing.T) {
	r := Hubei2024(d("940"))
	as := append(batchInputs(), households(40)...)
	b := r.AssessAll(as)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 50; round++ {
		checkShuffled(t, r, as, b, rng.Perm(len(as)))
	}
}

// checkShuffled assesses as in the order perm and compares with b.
func checkShuffled(t *testing.T, r Rules, as []Applicant, b Batch, perm []int) {
	t.Helper()
	shuffled := make([]Applicant, len(as))
	for i, p := range perm {
		shuffled[i] = as[p]
	}
	s := r.AssessAll(shuffled)
	require.Len(t, s.Items, len(as))
	for i, p := range perm {
		require.Equal(t, assessJSON(t, b.Items[p].Assessment), assessJSON(t, s.Items[i].Assessment), "item %d", i)
		require.Equal(t, b.Items[p].Err == nil, s.Items[i].Err == nil)
	}
	require.True(t, b.AidTotal.Equal(s.AidTotal))
	require.Equal(t, b.Filed, s.Filed)
	require.Equal(t, b.Failed, s.Failed)
}

// FuzzBatchOrder shuffles the batch by a fuzzed seed.
func FuzzBatchOrder(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Add(uint64(0), uint64(0))
	r := Hubei2024(d("940"))
	as := append(batchInputs(), households(20)...)
	b := r.AssessAll(as)
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		checkShuffled(t, r, as, b, rand.New(rand.NewPCG(s1, s2)).Perm(len(as)))
	})
}
