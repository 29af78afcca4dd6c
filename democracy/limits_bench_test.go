package democracy

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gonghui/gonghui/union"
)

// atLimits builds each entry point's input at its documented maxima; the
// benchmark runs every one of them (README lists the figures: each within
// 1 s and 512 MB on the 2-core benchmark machine).
func atLimits() map[string]func(b *testing.B) {
	rng := rand.New(rand.NewPCG(7, 11))
	sizes := func(n int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = 1 + rng.IntN(1000)
		}
		return s
	}
	groups := sizes(MaxConstituencies)

	sh := Shanghai2017()
	wide := Shanghai2017()
	for len(wide.Limits) < MaxLimits {
		wide.Limits = append(wide.Limits, Limit{Group: FrontlineStaff, Also: []Group{TechnicalStaff, Managers}, Bound: Floor, Num: 1, Den: 3, Source: "x"})
	}
	big := Roster{Workforce: Workforce{Headcount: MaxPeople, Women: MaxPeople / 3}}
	big.Delegates = make([]Delegate, MaxDelegateList)
	for i := range big.Delegates {
		big.Delegates[i] = Delegate{Name: fmt.Sprint("d", i), Category: Category(i % 6), Gender: union.Gender(1 + i%2)}
	}

	// Count: 10,000 seats, 20,000 candidates, 1,000,000 ballots, 1,000,000 names.
	wide10k := Election{Seats: MaxElectionSeats, Entitled: MaxBallots, Issued: MaxBallots, Rules: UnionElection()}
	for i := 0; i < MaxCandidates; i++ {
		wide10k.Candidates = append(wide10k.Candidates, fmt.Sprint("c", i))
	}
	many := make([]Ballot, MaxBallots)
	for i := range many {
		many[i] = Ballot{Approve: []string{wide10k.Candidates[rng.IntN(MaxCandidates)]}}
	}
	// Write-ins: 100 ballots of 10,000 names each, MaxWriteIns of them distinct.
	writeIns := make([]Ballot, MaxBallotNames/MaxElectionSeats)
	for i := range writeIns {
		names := make([]string, MaxElectionSeats)
		for j := range names {
			names[j] = fmt.Sprint("w", (i*MaxElectionSeats+j)%MaxWriteIns)
		}
		writeIns[i] = Ballot{Approve: names}
	}
	res, _ := wide10k.Count(many)

	return map[string]func(b *testing.B){
		"Apportion/100k_groups_1M_seats": func(b *testing.B) {
			for b.Loop() {
				if _, err := Apportion(MaxSeats, groups, 0); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Apportion/100k_groups_minimum_5": func(b *testing.B) {
			for b.Loop() {
				if _, err := Apportion(MaxSeats, groups, 5); err != nil {
					b.Fatal(err)
				}
			}
		},
		"ApportionBy/dhondt_1M_seats_100k_groups": func(b *testing.B) {
			for b.Loop() {
				if _, err := ApportionBy(DHondt, MaxSeats, groups, 0); err != nil {
					b.Fatal(err)
				}
			}
		},
		"ApportionBy/sainte_lague_1M_seats_100k_groups": func(b *testing.B) {
			for b.Loop() {
				if _, err := ApportionBy(SainteLague, MaxSeats, groups, 1); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Check/100k_delegates_64_limits": func(b *testing.B) {
			for b.Loop() {
				if _, err := wide.Check(big); err != nil {
					b.Fatal(err)
				}
			}
		},
		"CheckPresidium/100k_members": func(b *testing.B) {
			for b.Loop() {
				if _, err := sh.CheckPresidium(MaxPeople, big.Delegates); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Count/1M_ballots_20k_candidates": func(b *testing.B) {
			for b.Loop() {
				if _, err := wide10k.Count(many); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Count/100_ballots_of_10k_written_in_names": func(b *testing.B) {
			e := wide10k
			e.Issued = len(writeIns)
			e.Entitled = len(writeIns)
			for b.Loop() {
				if _, err := e.Count(writeIns); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Next/20k_candidates": func(b *testing.B) {
			for b.Loop() {
				if _, err := wide10k.Next(res); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Decide/MaxPeople": func(b *testing.B) {
			for b.Loop() {
				if _, err := sh.Decide(MaxPeople, MaxPeople, Tally{For: MaxPeople / 2, Against: MaxPeople / 2}); err != nil {
					b.Fatal(err)
				}
			}
		},
		"Plan/MaxPeople": func(b *testing.B) {
			for b.Loop() {
				if _, err := sh.Plan(MaxPeople); err != nil {
					b.Fatal(err)
				}
			}
		},
		"RecallChair/MaxPeople": func(b *testing.B) {
			for b.Loop() {
				if _, err := UnionElection().RecallChair(MaxPeople, MaxPeople, Tally{For: MaxPeople}); err != nil {
					b.Fatal(err)
				}
			}
		},
	}
}

// BenchmarkAtLimits runs every entry point at its documented maxima.
func BenchmarkAtLimits(b *testing.B) {
	for name, run := range atLimits() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			run(b)
		})
	}
}
