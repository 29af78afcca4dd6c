package competition

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// permutations returns every order of xs.
func permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{slices.Clone(xs)}
	}
	var out [][]T
	for i := range xs {
		rest := append(slices.Clone(xs[:i]), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func jsonOf(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// SourceTieBreak (用时少者名次列前): three entrants on equal totals with times
// 3, not recorded and 2. A recorded time beats none, so the order is total
// whatever the order of the entries: 2, then 3, then the one without a time.
// Under NationalSkills every place is decided and none is undecided.
func TestRank_TimeTieBreakTotalOrder_SourceTieBreak(t *testing.T) {
	mk := func(id, time string) Entry {
		e := Entry{ID: id, Scores: map[string][]decimal.Decimal{"theory": decs("80"), "practical": decs("90")}}
		if time != "" {
			e.Time = dec(time)
		}
		return e
	}
	entries := []Entry{mk("A", "3"), mk("B", ""), mk("C", "2")}
	for _, s := range []Scheme{TheoryPractical(), NationalSkills()} {
		var want string
		for _, p := range permutations(entries) {
			r := mustRank(t, s, p)
			assert.Equal(t, []string{"C", "A", "B"}, ids(r), s.Name)
			assert.Equal(t, []int{1, 2, 3}, ranks(r), s.Name)
			assert.Empty(t, r.Ties, s.Name)
			for _, st := range r.Standings {
				assert.Equal(t, TimeKey, st.DecidedBy, st.ID)
				assert.False(t, st.Undecided, st.ID)
			}
			b := standing(t, r, "B")
			assert.Equal(t, "competition.tie.behind.no_time", b.Reasons[len(b.Reasons)-1].Code)
			got := jsonOf(t, r)
			if want == "" {
				want = got
			}
			require.Equal(t, want, got, "%s: same result in every order", s.Name)
		}
	}
}

// SourceTeam (相同时以团体总用时少者列前): the same total order for teams.
func TestRankTeams_TimeTieBreakTotalOrder_SourceTeam(t *testing.T) {
	r := ranking(1, 2, 3, 4, 5, 6)
	for i := range r.Standings {
		r.Standings[i].Total = dec("50")
	}
	teams := []Team{
		{ID: "T1", Members: []string{"E01", "E02"}, Time: dec("3")},
		{ID: "T2", Members: []string{"E03", "E04"}},
		{ID: "T3", Members: []string{"E05", "E06"}, Time: dec("2")},
	}
	var want string
	for _, p := range permutations(teams) {
		got, err := TeamSum3().RankTeams(r, p)
		require.NoError(t, err)
		assert.Equal(t, []string{"T3", "T1", "T2"}, ids(got))
		assert.Equal(t, []int{1, 2, 3}, ranks(got))
		j := jsonOf(t, got)
		if want == "" {
			want = j
		}
		require.Equal(t, want, j)
	}
}

// shuffled returns a copy of xs in an order drawn from seed.
func shuffled[T any](xs []T, seed uint64) []T {
	out := slices.Clone(xs)
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// tieEntries draws entrants with few distinct scores and times, some not
// recorded, so that ties of every kind are common.
func tieEntries(seed uint64, n int) []Entry {
	r := rand.New(rand.NewPCG(seed, 7))
	out := make([]Entry, n)
	for i := range out {
		e := Entry{ID: string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('0'+i/676)),
			Scores: map[string][]decimal.Decimal{}}
		for _, id := range []string{"theory", "practical"} {
			if r.IntN(12) == 0 {
				continue // absent
			}
			vs := make([]decimal.Decimal, 1+r.IntN(3))
			for j := range vs {
				vs[j] = decimal.NewFromInt(int64(90 + r.IntN(3)))
			}
			e.Scores[id] = vs
		}
		if k := r.IntN(4); k > 0 {
			e.Time = decimal.NewFromInt(int64(k))
		}
		if r.IntN(15) == 0 {
			e.Veto = "v"
		}
		out[i] = e
	}
	return out
}

// Property: Rank, RankTeams and Award give the same result (to the byte of
// their JSON) whatever the order of the entries, the teams and the tiers'
// field, on fields full of ties of every kind.
func TestOrderIndependence_Property(t *testing.T) {
	schemes := []Scheme{TheoryPractical(), NationalSkills()}
	ex := NationalSkills()
	ex.TieOn = Exact
	ex.Places = 0
	schemes = append(schemes, ex)
	for seed := range uint64(20) {
		es := tieEntries(seed, 60)
		for _, s := range schemes {
			want := mustRank(t, s, es)
			wantJSON := jsonOf(t, want)
			teams := make([]Team, 0, 30)
			for i := 0; i+1 < len(es); i += 2 {
				tm := Team{ID: "T" + es[i].ID, Members: []string{es[i].ID, es[i+1].ID}}
				if i%3 > 0 {
					tm.Time = decimal.NewFromInt(int64(i % 3))
				}
				teams = append(teams, tm)
			}
			wantTeams, err := TeamSum3().RankTeams(want, teams)
			require.NoError(t, err)
			plan := NationalSkills2020(1)
			wantAward, err := s.Award(want, plan)
			require.NoError(t, err)
			for k := range uint64(4) {
				got := mustRank(t, s, shuffled(es, seed*31+k))
				require.Equal(t, wantJSON, jsonOf(t, got), "Rank, seed %d/%d", seed, k)
				gt, err := TeamSum3().RankTeams(got, shuffled(teams, k))
				require.NoError(t, err)
				require.Equal(t, jsonOf(t, wantTeams), jsonOf(t, gt), "RankTeams, seed %d/%d", seed, k)
				// Award reads the ranking; shuffling standings of equal rank
				// (the order a caller's own sort may leave) changes nothing.
				ga, err := s.Award(shuffleTied(got, k), plan)
				require.NoError(t, err)
				require.Equal(t, jsonOf(t, wantAward), jsonOf(t, ga), "Award, seed %d/%d", seed, k)
				require.Equal(t, Award(want, plan.Tiers), Award(shuffleTied(got, k+1), plan.Tiers))
			}
		}
	}
}

// shuffleTied returns r with the standings of each shared rank in another
// order (ranked ones keep their ranks in ascending order).
func shuffleTied(r Ranking, seed uint64) Ranking {
	out := r
	out.Standings = slices.Clone(r.Standings)
	for i := 0; i < out.Ranked; {
		j := i + 1
		for j < out.Ranked && out.Standings[j].Rank == out.Standings[i].Rank {
			j++
		}
		copy(out.Standings[i:j], shuffled(out.Standings[i:j], seed+uint64(i)))
		i = j
	}
	return out
}

// FuzzRankOrder: Rank and RankTeams of a fuzzed field give the same JSON in
// a shuffled order of entries and teams.
func FuzzRankOrder(f *testing.F) {
	f.Add([]byte{3, 0, 2, 1, 1, 1, 0, 0, 0, 9, 9, 9}, uint64(1), false)
	f.Add([]byte{0, 0, 0, 0, 5, 5, 5, 5, 1, 2, 3}, uint64(7), true)
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, exact bool) {
		if len(data) > 300 {
			return
		}
		var es []Entry
		for i := 0; i+2 < len(data); i += 3 {
			e := Entry{ID: string(rune('a'+len(es)%26)) + string(rune('0'+len(es)/26)),
				Scores: map[string][]decimal.Decimal{}}
			if data[i]%7 != 0 {
				e.Scores["theory"] = []decimal.Decimal{decimal.NewFromInt(int64(data[i] % 4))}
			}
			if data[i+1]%5 != 0 {
				e.Scores["practical"] = []decimal.Decimal{decimal.NewFromInt(int64(data[i+1] % 3))}
			}
			e.Time = decimal.NewFromInt(int64(data[i+2] % 4))
			if data[i+2]%11 == 10 {
				e.Veto = "v"
			}
			es = append(es, e)
		}
		s := NationalSkills()
		s.Indicators[0].Max, s.Indicators[1].Max = decimal.Zero, decimal.Zero
		if exact {
			s.TieOn = Exact
		}
		want, err := s.Rank(es)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Rank(shuffled(es, seed))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := jsonOf(t, want), jsonOf(t, got); a != b {
			t.Fatalf("Rank depends on the order:\n%s\n%s", a, b)
		}
		var teams []Team
		for i := 0; i+1 < len(es); i += 2 {
			teams = append(teams, Team{ID: "T" + es[i].ID, Members: []string{es[i].ID, es[i+1].ID}, Time: es[i].Time})
		}
		wt, err := TeamSum3().RankTeams(want, teams)
		if err != nil {
			t.Fatal(err)
		}
		gt, err := TeamSum3().RankTeams(got, shuffled(teams, seed+1))
		if err != nil {
			t.Fatal(err)
		}
		if a, b := jsonOf(t, wt), jsonOf(t, gt); a != b {
			t.Fatalf("RankTeams depends on the order:\n%s\n%s", a, b)
		}
		tiers := []Tier{{Name: "a", Count: 1}, {Name: "b", Share: decimal.New(3, -1)}, {Name: "c", Reach: decimal.New(7, -1)}}
		if a, b := Award(want, tiers), Award(shuffleTied(got, seed), tiers); !assert.ObjectsAreEqual(a, b) {
			t.Fatalf("Award depends on the order: %v %v", a, b)
		}
	})
}
