package competition

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// limitScheme has k indicators of equal weight (k divides 100), two judges'
// scores each, no trimming: the widest field MaxLines and MaxScores allow.
func limitScheme(k int) Scheme {
	s := Scheme{Places: 2, TieBreak: []string{"i0"}, NoSharedTop: 3}
	for i := range k {
		s.Indicators = append(s.Indicators, Indicator{ID: fmt.Sprintf("i%d", i), Weight: decimal.New(int64(100/k), -2), Max: hundred})
	}
	return s
}

// limitEntries draws n entrants with per scores on every indicator.
func limitEntries(s Scheme, n, per int) []Entry {
	es := make([]Entry, n)
	for i := range es {
		e := Entry{ID: fmt.Sprintf("E%06d", i), Scores: make(map[string][]decimal.Decimal, len(s.Indicators))}
		for k, in := range s.Indicators {
			vs := make([]decimal.Decimal, per)
			for j := range vs {
				vs[j] = decimal.New(int64(600+(i*7+k*13+j*31)%400), -1)
			}
			e.Scores[in.ID] = vs
		}
		if i%100 == 0 {
			e.Time = decimal.NewFromInt(int64(i % 7))
		}
		es[i] = e
	}
	return es
}

// cpuTime returns the CPU time the process has used (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measured runs f b.N times and reports, besides ns/op, the CPU time per
// operation (cpu-ms/op): on a machine shared with other work the wall time
// grows with the load, the CPU time much less.
func measured(b *testing.B, f func()) {
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkLimits runs each entry point at its documented limits: Rank at
// MaxEntrants × 5 indicators (MaxLines) with MaxScores scores, at 10,000
// entrants × MaxIndicators, and on MaxJudges scores trimmed by MaxTrim;
// RankTeams on MaxEntrants members; Scheme.Award with MaxTiers and MaxTitles
// over MaxEntrants; Check on MaxNominees names.
//
//	go test -run '^$' -bench Limits -benchtime=1x -benchmem ./competition
func BenchmarkLimits(b *testing.B) {
	wide := limitScheme(MaxLines / MaxEntrants)
	entries := limitEntries(wide, MaxEntrants, MaxScores/MaxLines)
	b.Run("Rank/entrants", func(b *testing.B) {
		measured(b, func() {
			if _, err := wide.Rank(entries); err != nil {
				b.Fatal(err)
			}
		})
	})
	many := limitScheme(MaxIndicators)
	manyEntries := limitEntries(many, MaxLines/MaxIndicators, MaxScores/MaxLines)
	b.Run("Rank/indicators", func(b *testing.B) {
		measured(b, func() {
			if _, err := many.Rank(manyEntries); err != nil {
				b.Fatal(err)
			}
		})
	})
	judges := Trimmed5()
	judges.Trim, judges.MinJudges = MaxTrim, MaxJudges
	panel := limitEntries(judges, MaxScores/MaxJudges, MaxJudges)
	b.Run("Rank/judges", func(b *testing.B) {
		measured(b, func() {
			if _, err := judges.Rank(panel); err != nil {
				b.Fatal(err)
			}
		})
	})
	r, err := wide.Rank(entries)
	if err != nil {
		b.Fatal(err)
	}
	teams := make([]Team, 0, MaxEntrants/2)
	for i := 0; i+1 < len(entries); i += 2 {
		teams = append(teams, Team{ID: fmt.Sprintf("T%06d", i), Members: []string{entries[i].ID, entries[i+1].ID}, Time: decimal.NewFromInt(int64(i % 5))})
	}
	b.Run("RankTeams", func(b *testing.B) {
		measured(b, func() {
			if _, err := TeamSum3().RankTeams(r, teams); err != nil {
				b.Fatal(err)
			}
		})
	})
	plan := AwardPlan{}
	var names []string
	for i := range MaxTiers {
		plan.Tiers = append(plan.Tiers, Tier{Name: fmt.Sprintf("t%d", i), Count: MaxEntrants / MaxTiers / 2})
		names = append(names, fmt.Sprintf("t%d", i))
	}
	for i := range MaxTitles {
		plan.Titles = append(plan.Titles, TitleRule{Title: fmt.Sprintf("x%d", i), To: MaxEntrants, Tiers: names})
	}
	b.Run("Award", func(b *testing.B) {
		measured(b, func() {
			if _, err := wide.Award(r, plan); err != nil {
				b.Fatal(err)
			}
			_ = Award(r, plan.Tiers)
		})
	})
	list := make([]Nominee, MaxNominees)
	groups := [][]string{{GroupIndustrial, GroupNonPublic, GroupKeyIndustry}, {GroupFrontline}, {GroupScienceEducation}, {GroupMigrant, GroupNonPublic}}
	for i := range list {
		list[i] = Nominee{ID: fmt.Sprintf("N%07d", i), Groups: groups[i%len(groups)]}
	}
	b.Run("Check", func(b *testing.B) {
		measured(b, func() {
			if _, err := MayDay2024().Check(list); err != nil {
				b.Fatal(err)
			}
		})
	})
}
