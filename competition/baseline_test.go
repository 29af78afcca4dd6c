package competition

import (
	"encoding/json"
	"github.com/gonghui/gonghui/internal/chunk"
	"slices"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRankEqualsBaseline holds the integer fast path to the plain shopspring
// implementation: identical totals, ranks and order on random inputs.
func TestRankEqualsBaseline(t *testing.T) {
	s := benchScheme()
	for seed := uint64(1); seed <= 5; seed++ {
		entries := randomEntries(seed, s, 2000, 7, 85) // narrow range: many ties
		got, err := s.Rank(entries)
		require.NoError(t, err)
		want := baselineRank(s, entries)
		require.Len(t, got.Standings, len(want))
		for i, w := range want {
			g := got.Standings[i]
			assert.Equal(t, w.ID, g.ID, "seed %d position %d", seed, i)
			assert.Equal(t, w.Total.StringFixed(2), g.Total.StringFixed(2), "seed %d %s", seed, w.ID)
			assert.Equal(t, w.Rank, g.Rank, "seed %d %s", seed, w.ID)
		}
	}
}

// TestRankEqualsFullBaseline holds Rank to the plain shopspring
// implementation of the same output: the whole Ranking (breakdowns, dropped
// scores, reasons, ties) is identical, as JSON, on random inputs.
func TestRankEqualsFullBaseline(t *testing.T) {
	s := benchScheme()
	for seed := uint64(1); seed <= 3; seed++ {
		entries := randomEntries(seed, s, 1500, 7, 85)
		got, err := s.Rank(entries)
		require.NoError(t, err)
		want, err := baselineRankFull(s, entries)
		require.NoError(t, err)
		gj, err := json.Marshal(got)
		require.NoError(t, err)
		wj, err := json.Marshal(want)
		require.NoError(t, err)
		require.True(t, string(wj) == string(gj), "seed %d: the JSON differs", seed) // byte equality: JSONEq is slow on 10k standings
	}
}

// TestRank_ParallelChunks: from 2 × chunk.Size entrants Rank aggregates in parallel
// chunks; the result still equals the plain implementation, and errors stay
// in the order of the entries.
func TestRank_ParallelChunks(t *testing.T) {
	s := benchScheme()
	entries := randomEntries(42, s, 2*chunk.Size+100, 7, 80)
	got, err := s.Rank(entries)
	require.NoError(t, err)
	want, err := baselineRankFull(s, entries)
	require.NoError(t, err)
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	require.True(t, string(wj) == string(gj), "the JSON differs")

	bad := slices.Clone(entries)
	bad[10].Bonus = dec("-1")
	bad[4000].Scores = map[string][]decimal.Decimal{"i0": decs("101")}
	bad[3].ID = ""
	_, err = s.Rank(bad)
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fields = append(fields, e.(*union.FieldError).Field)
	}
	assert.Equal(t, []string{"entries[3].id", "entries[10].bonus", "entries[4000].scores.i0[0]"}, fields)
}
