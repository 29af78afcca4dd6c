package competition

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fieldOf returns the first *union.FieldError of err.
func fieldOf(t *testing.T, err error) *union.FieldError {
	t.Helper()
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	return fe
}

// A scheme whose 2×Trim+1 overflowed passed Validate and panicked Rank, on a
// worker goroutine from 4,098 entrants (killing the caller's process). Now
// Trim beyond MaxTrim is a policy error, and Rank returns it.
func TestScheme_HugeTrimRefused(t *testing.T) {
	var bare Scheme
	require.NoError(t, json.Unmarshal([]byte(`{"trim":4611686018427387904,"min_judges":0}`), &bare))
	assert.ErrorIs(t, bare.Validate(), union.ErrPolicy)

	s := Trimmed5()
	s.Trim, s.MinJudges = 4611686018427387904, 0
	err := s.Validate()
	require.ErrorIs(t, err, union.ErrPolicy)
	fe := fieldOf(t, err)
	assert.Equal(t, "trim", fe.Field)
	assert.Equal(t, []string{"0", fmt.Sprint(MaxTrim)}, fe.Args)
	entries := make([]Entry, 4098)
	for i := range entries {
		entries[i] = one1(fmt.Sprintf("E%d", i), "90", "80", "70")
	}
	_, err = s.Rank(entries)
	require.ErrorIs(t, err, union.ErrPolicy)

	s.Trim, s.MinJudges = 3, math.MaxInt
	assert.Equal(t, "min_judges", fieldOf(t, s.Validate()).Field)
}

// A valid trim far above the scores given costs nothing: trim MaxTrim on one
// entrant with three scores allocated 1.2 GB when the store of dropped scores
// was sized by Trim alone.
func TestRank_LargeTrimBoundedMemory(t *testing.T) {
	s := Trimmed5()
	s.Trim, s.MinJudges = MaxTrim, 2*MaxTrim+1
	entries := []Entry{one1("A", "90", "80", "70")}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := mustRank(t, s, entries)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "bytes allocated")
	assert.Equal(t, "80", r.Standings[0].Total.String())
}

// A trimmed mean over MaxJudges scores took 6.6 s at 100k judges (insertion
// sort); it is O(n log n) now, on the integer and on the exact path, and
// drops exactly one instance of a repeated extreme per place (SourceTrim).
func TestRank_ManyJudgesFast_SourceTrim(t *testing.T) {
	for _, exact := range []bool{false, true} {
		vals := make([]decimal.Decimal, MaxJudges)
		for j := range vals {
			vals[j] = decimal.NewFromInt(int64(j % 101))
			if exact {
				vals[j] = vals[j].Add(decimal.New(0, -10)) // more decimals than the integer path takes
			}
		}
		s := Trimmed5()
		s.Trim, s.MinJudges = 1000, 2001
		r, err := s.Rank([]Entry{{ID: "A", Scores: map[string][]decimal.Decimal{"result": vals}}})
		require.NoError(t, err)
		line := r.Standings[0].Scores[0]
		require.Len(t, line.Dropped, 2000)
		assert.Equal(t, MaxJudges-2000, line.Counted)
		// The lowest: the first judges with 0, …; the earliest judge of equal
		// lowest scores goes first.
		assert.Equal(t, 0, line.Dropped[0].Judge)
		assert.Equal(t, 101, line.Dropped[1].Judge)
		assert.True(t, line.Dropped[1999].High)
		assert.Equal(t, MaxJudges-1-(MaxJudges-1)%101+100-101, line.Dropped[1999].Judge, "the latest judge of equal highest")
	}
}

// The trimming order costs O(m log m) comparisons, whatever the trim: counted,
// so the bound holds on a loaded machine too (insertion sort took m²/4, 2.5
// billion at MaxJudges).
func TestTrimOrder_Comparisons(t *testing.T) {
	m := MaxJudges
	xs := make([]int64, m)
	for j := range xs {
		xs[j] = int64((j * 7919) % 1009)
	}
	for _, trim := range []int{2, 1000, MaxTrim} {
		calls := 0
		lo, hi := (&worker{}).trimOrder(&scratch{}, m, trim, func(x, y int) int {
			calls++
			return cmpInt(xs[x], xs[y])
		})
		require.Len(t, lo, trim)
		require.Len(t, hi, trim)
		assert.Less(t, calls, 40*m, "trim %d: %d comparisons for %d scores", trim, calls, m)
	}
}

// Extreme exponents in scores, weights, bonuses, caps and times are field
// errors, found at once, never a panic or a hang.
func TestRank_ExtremeExponents(t *testing.T) {
	extremes := []decimal.Decimal{
		decimal.New(0, math.MaxInt32), decimal.New(1, math.MaxInt32), decimal.New(1, math.MinInt32),
		decimal.New(7, 100_000_000), decimal.New(7, -100_000_000), decimal.New(1, 15),
	}
	places := []struct {
		field string
		kind  error
		edit  func(s *Scheme, e *Entry, x decimal.Decimal)
	}{
		{"entries[0].scores.practical[1]", union.ErrInvalid, func(_ *Scheme, e *Entry, x decimal.Decimal) { e.Scores["practical"][1] = x }},
		{"entries[0].bonus", union.ErrInvalid, func(_ *Scheme, e *Entry, x decimal.Decimal) { e.Bonus = x }},
		{"entries[0].deduction", union.ErrInvalid, func(_ *Scheme, e *Entry, x decimal.Decimal) { e.Deduction = x }},
		{"entries[0].time", union.ErrInvalid, func(_ *Scheme, e *Entry, x decimal.Decimal) { e.Time = x }},
		{"indicators[0].weight", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.Indicators[0].Weight = x }},
		{"indicators[0].weight_cap", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.Indicators[0].WeightCap = x }},
		{"indicators[1].max", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.Indicators[1].Max = x }},
		{"indicators[1].full", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.Indicators[1].Full = x }},
		{"indicators[1].pass", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.Indicators[1].Pass = x }},
		{"max_bonus", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.MaxBonus = x }},
		{"max_deduction", union.ErrPolicy, func(s *Scheme, _ *Entry, x decimal.Decimal) { s.MaxDeduction = x }},
	}
	for _, x := range extremes {
		for _, pl := range places {
			t.Run(fmt.Sprintf("%s=%de%d", pl.field, x.Coefficient(), x.Exponent()), func(t *testing.T) {
				s := TheoryPractical()
				e := Entry{ID: "A", Scores: map[string][]decimal.Decimal{"theory": decs("80"), "practical": decs("90", "91")}}
				pl.edit(&s, &e, x)
				done := make(chan error, 1)
				go func() {
					_, err := s.Rank([]Entry{e, {ID: "B"}})
					done <- err
				}()
				select {
				case err := <-done:
					require.ErrorIs(t, err, pl.kind)
					assert.Equal(t, pl.field, fieldOf(t, err).Field)
				case <-time.After(5 * time.Second):
					t.Fatal("Rank did not return")
				}
			})
		}
	}
}

// TestLimits: each documented limit is a field error naming the field, with
// the limit in its Args.
func TestLimits(t *testing.T) {
	s := Rubric2018()
	many := make([]Entry, MaxEntrants+1)
	_, err := s.Rank(many)
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.Equal(t, "entries", fieldOf(t, err).Field)
	assert.Contains(t, fieldOf(t, err).Args, fmt.Sprint(MaxEntrants))

	wide := Scheme{Places: 2}
	for i := range MaxIndicators + 1 {
		wide.Indicators = append(wide.Indicators, Indicator{ID: fmt.Sprint(i), Weight: decimal.New(1, -2)})
	}
	assert.Equal(t, "indicators", fieldOf(t, wide.Validate()).Field)

	twenty := Scheme{Places: 2}
	for i := range 20 {
		twenty.Indicators = append(twenty.Indicators, Indicator{ID: fmt.Sprint(i), Weight: decimal.New(5, -2)})
	}
	lines := make([]Entry, MaxLines/20+1)
	_, err = twenty.Rank(lines)
	assert.Equal(t, "competition.too_many_lines", fieldOf(t, err).Code)

	keys := map[string][]decimal.Decimal{}
	for i := range MaxIndicators + 1 {
		keys[fmt.Sprint(i)] = nil
	}
	_, err = s.Rank([]Entry{{ID: "A", Scores: keys}})
	assert.Equal(t, "entries[0].scores", fieldOf(t, err).Field)

	long := make([]decimal.Decimal, MaxJudges+1)
	_, err = s.Rank([]Entry{{ID: "A", Scores: map[string][]decimal.Decimal{"c1": long}}})
	assert.Equal(t, "entries[0].scores.c1", fieldOf(t, err).Field)

	var lots []Entry
	per := make([]decimal.Decimal, MaxJudges)
	for i := range MaxScores/MaxJudges + 1 {
		lots = append(lots, Entry{ID: fmt.Sprint(i), Scores: map[string][]decimal.Decimal{"c1": per}})
	}
	_, err = s.Rank(lots)
	assert.Equal(t, "entries.scores", fieldOf(t, err).Field)

	_ = errors.Join
}

// The policies and inputs beyond Rank keep their limits too, and extreme
// exponents there are field errors (or, in Award, count as documented).
func TestLimits_AwardsNominationsProposals(t *testing.T) {
	huge, tiny := decimal.New(1, math.MaxInt32), decimal.New(1, -100_000_000)
	tiers := make([]Tier, MaxTiers+1)
	for i := range tiers {
		tiers[i] = Tier{Name: fmt.Sprint(i), Count: 1}
	}
	assert.Equal(t, "tiers", fieldOf(t, ValidateTiers(tiers)).Field)
	assert.Equal(t, "tiers[0].share", fieldOf(t, ValidateTiers([]Tier{{Name: "a", Share: huge}})).Field)
	assert.Equal(t, "tiers[0].count", fieldOf(t, ValidateTiers([]Tier{{Name: "a", Count: math.MaxInt}})).Field)
	r := ranking(1, 2, 3, 4)
	assert.Equal(t, map[string]string{"E01": "a", "E02": "a", "E03": "a", "E04": "a"}, Award(r, []Tier{{Name: "a", Share: huge}}))
	assert.Equal(t, map[string]string{"E01": "b"}, Award(r, []Tier{{Name: "a", Share: tiny}, {Name: "b", Count: 1}}))
	assert.Equal(t, map[string]string{"E01": "a", "E02": "a", "E03": "a", "E04": "a"}, Award(r, []Tier{{Name: "a", Reach: decimal.New(3, 100_000_000)}}))

	plan := AwardPlan{Titles: []TitleRule{{Title: "x", To: math.MaxInt}}}
	assert.Equal(t, "titles[0].to", fieldOf(t, plan.Validate()).Field)

	q := NominationRules{Quotas: []Quota{{Group: "a", Min: huge}}}
	assert.Equal(t, "quotas[0].min", fieldOf(t, q.Validate()).Field)
	groups := make([]string, MaxQuotas+1)
	for i := range groups {
		groups[i] = GroupMigrant
	}
	_, err := MayDay2022().Check([]Nominee{{ID: "a", Groups: groups}})
	assert.Equal(t, "nominees[0].groups", fieldOf(t, err).Field)

	tb := Proposals1986()
	_, err = tb.Grade(huge)
	assert.Equal(t, "benefit", fieldOf(t, err).Field)
	tb.Bands[0].From = tiny
	assert.Equal(t, "bands[0].from", fieldOf(t, tb.Validate()).Field)

	h := Honours()
	h.LookbackMonths = math.MaxInt
	assert.Equal(t, "lookback_months", fieldOf(t, h.Validate()).Field)
	_, err = Honours().Check(Employer{Incidents: make([]union.Period, MaxIncidents+1)}, union.MustPeriod("2024-01"))
	assert.Equal(t, "incidents", fieldOf(t, err).Field)

	_, err = TeamSum3().RankTeams(r, []Team{{ID: "T", Members: []string{"E01"}, Time: huge}})
	assert.Equal(t, "teams[0].time", fieldOf(t, err).Field)
	bad := ranking(1, 2)
	bad.Standings[1].Total = huge
	_, err = TeamSum3().RankTeams(bad, []Team{{ID: "T", Members: []string{"E01", "E02"}}})
	assert.Equal(t, "ranking.standings[1].total", fieldOf(t, err).Field)
}
