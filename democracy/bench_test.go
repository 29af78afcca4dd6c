package democracy

import (
	"fmt"
	"strings"
	"testing"
)

// benchElection is 15 candidates for 7 seats, 120,000 entitled, 100,000 ballots.
func benchElection() (Election, []Ballot) {
	e := Election{Seats: 7, Entitled: 120000, Issued: 100000, Rules: UnionElection()}
	for i := 0; i < 15; i++ {
		e.Candidates = append(e.Candidates, fmt.Sprintf("候选人%02d", i))
	}
	bs := make([]Ballot, 100000)
	x := uint32(2463534242)
	for i := range bs {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		k := int(x % 8) // 0..7 names; some ballots get a duplicate or a write-in
		names := make([]string, 0, k)
		for j := 0; j < k; j++ {
			c := int((x >> (3 * j)) % 16)
			name := "另选" // a write-in when c == 15
			if c < 15 {
				name = e.Candidates[c]
			}
			names = append(names, strings.Clone(name)) // fresh strings, as from JSON
		}
		bs[i] = Ballot{Approve: names}
	}
	return e, bs
}

// mapCount is the baseline: a straightforward count with the same validity
// checks (too many names, empty names, duplicates, write-ins, spoiled),
// counting into a map keyed by name.
func mapCount(e Election, bs []Ballot) (map[string]int, int) {
	isCandidate := map[string]bool{}
	for _, c := range e.Candidates {
		isCandidate[c] = true
	}
	votes := map[string]int{}
	valid := 0
	for _, b := range bs {
		if b.Spoiled || len(b.Approve) > e.Seats {
			continue
		}
		seen := map[string]bool{}
		ok := true
		for _, n := range b.Approve {
			if n == "" || seen[n] || (!isCandidate[n] && !e.Rules.WriteIns) {
				ok = false
				break
			}
			seen[n] = true
		}
		if !ok {
			continue
		}
		valid++
		for _, n := range b.Approve {
			votes[n]++
		}
	}
	return votes, valid
}

func TestBaselineAgreesWithCount(t *testing.T) {
	e, bs := benchElection()
	r, err := e.Count(bs)
	if err != nil {
		t.Fatal(err)
	}
	votes, valid := mapCount(e, bs)
	if valid != r.Valid {
		t.Fatalf("valid %d vs %d", valid, r.Valid)
	}
	for n, v := range votes {
		if r.Votes[n] != v {
			t.Fatalf("%s: %d vs %d", n, r.Votes[n], v)
		}
	}
}

func BenchmarkCount(b *testing.B) {
	e, bs := benchElection()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Count(bs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCountBaselineMap(b *testing.B) {
	e, bs := benchElection()
	b.ReportAllocs()
	for b.Loop() {
		mapCount(e, bs)
	}
}

func BenchmarkDecide(b *testing.B) {
	r := Shanghai2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.DecideMatter(MatterAdopt, 150, 120, Tally{80, 30, 10}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlan(b *testing.B) {
	r := Zhejiang2010()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Plan(1000); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkApportion(b *testing.B) {
	sizes := []int{400, 300, 250, 150, 100, 80, 60, 40}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Apportion(175, sizes, 3); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	ro := roster(1200, 480, 85, 17, 34)
	r := Shanghai2017()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Check(ro); err != nil {
			b.Fatal(err)
		}
	}
}
