package competition

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

func one1(id string, scores ...string) Entry {
	return Entry{ID: id, Scores: map[string][]decimal.Decimal{"result": decs(scores...)}}
}

func mustRank(t *testing.T, s Scheme, es []Entry) Ranking {
	t.Helper()
	r, err := s.Rank(es)
	require.NoError(t, err)
	return r
}

func standing(t *testing.T, r Ranking, id string) Standing {
	t.Helper()
	st, ok := r.Find(id)
	require.True(t, ok, id)
	return st
}

// SourceTrim: drop one highest and one lowest of five judges, average the rest.
func TestRank_TrimmedMean_SourceTrim(t *testing.T) {
	cases := []struct {
		name   string
		scores []string
		total  string
		lo, hi int // judges dropped
	}{
		{"distinct", []string{"88", "90", "91", "95", "70"}, "89.67", 4, 3},
		{"repeated extremes drop one instance each", []string{"90", "70", "95", "70", "95"}, "85", 1, 4},
		{"all equal", []string{"90", "90", "90", "90", "90"}, "90", 0, 4},
		{"decimals", []string{"9.5", "9.25", "9.75", "8.5", "10"}, "9.5", 3, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := mustRank(t, Trimmed5(), []Entry{one1("A", c.scores...)})
			st := r.Standings[0]
			assert.Equal(t, c.total, st.Total.String())
			require.Len(t, st.Scores[0].Dropped, 2)
			assert.Equal(t, c.lo, st.Scores[0].Dropped[0].Judge)
			assert.False(t, st.Scores[0].Dropped[0].High)
			assert.Equal(t, c.hi, st.Scores[0].Dropped[1].Judge)
			assert.True(t, st.Scores[0].Dropped[1].High)
			assert.Equal(t, 3, st.Scores[0].Counted)
			assert.Contains(t, union.Codes(st.Reasons), "competition.aggregate.trimmed")
		})
	}
}

// SourceTrim: fewer judges than MinJudges falls back to the plain mean.
func TestRank_FewJudgesPlainMean_SourceTrim(t *testing.T) {
	r := mustRank(t, Trimmed5(), []Entry{one1("A", "80", "90", "100", "70")})
	st := r.Standings[0]
	assert.Equal(t, "85", st.Total.String())
	assert.Empty(t, st.Scores[0].Dropped)
	assert.Contains(t, union.Codes(st.Reasons), "competition.aggregate.few_judges")
}

// SourceMean: the plain mean with a 35/35/30 rubric; means are exact, only
// the total is rounded (1/3 + 2/3 style thirds do not drift).
func TestRank_PlainMeanRubric_SourceMean(t *testing.T) {
	s := Rubric2018()
	r := mustRank(t, s, []Entry{{ID: "A", Scores: map[string][]decimal.Decimal{
		"c1": decs("80", "81", "81"), "c2": decs("90", "90", "91"), "c3": decs("70", "70", "70")}}})
	// 0.35×242/3 + 0.35×271/3 + 0.3×70 = 84.7/3 + 94.85/3 + 21 = 80.85
	assert.Equal(t, "80.85", r.Standings[0].Total.String())
	assert.Equal(t, "80.6667", r.Standings[0].Scores[0].Value.String())
	assert.Contains(t, union.Codes(r.Standings[0].Reasons), "competition.aggregate.mean")
}

// Rounding half-up of the exact total to Places.
func TestRank_RoundHalfUp(t *testing.T) {
	s := Scheme{Indicators: []Indicator{{ID: "x", Weight: dec("1")}}, Places: 1, Source: "t"}
	r := mustRank(t, s, []Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"x": decs("1.25")}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"x": decs("1.249999")}},
		{ID: "C", Scores: map[string][]decimal.Decimal{"x": decs("1", "2", "2")}}, // 5/3
	})
	assert.Equal(t, "1.3", standing(t, r, "A").Total.String())
	assert.Equal(t, "1.2", standing(t, r, "B").Total.String())
	assert.Equal(t, "1.7", standing(t, r, "C").Total.String())
}

// Lower-is-better indicators are normalised against the field: best ÷ value × full marks.
func TestRank_LowerBetterNormalised(t *testing.T) {
	s := Scheme{Indicators: []Indicator{
		{ID: "quality", Weight: dec("0.6"), Max: dec("100")},
		{ID: "time", Weight: dec("0.4"), Direction: LowerBetter},
	}, Places: 2, Source: "t"}
	s.Indicators[1].ID = "minutes"
	r := mustRank(t, s, []Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"quality": decs("90"), "minutes": decs("40")}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"quality": decs("95"), "minutes": decs("60")}},
		{ID: "V", Scores: map[string][]decimal.Decimal{"quality": decs("99"), "minutes": decs("20")}, Veto: "cheating"},
	})
	a, b := standing(t, r, "A"), standing(t, r, "B")
	assert.Equal(t, "100", a.Scores[1].Value.String()) // the vetoed 20 minutes do not set the bar
	assert.Equal(t, "66.6667", b.Scores[1].Value.String())
	assert.Equal(t, "94", a.Total.String())    // 54 + 40
	assert.Equal(t, "83.67", b.Total.String()) // 57 + 26.66668
	assert.Equal(t, "A", r.Standings[0].ID)
	assert.Contains(t, union.Codes(b.Reasons), "competition.normalised")
}

// Bonus and deduction within their caps; the total never goes below zero.
func TestRank_BonusDeductionCapsAndFloor(t *testing.T) {
	s := Trimmed5()
	s.MaxBonus, s.MaxDeduction = dec("5"), dec("20")
	e1 := one1("A", "80", "80", "80", "80", "80")
	e1.Bonus = dec("8")
	e2 := one1("B", "10", "10", "10", "10", "10")
	e2.Deduction = dec("30")
	e3 := one1("C", "80", "80", "80", "80", "80")
	e3.Deduction = dec("2.5")
	r := mustRank(t, s, []Entry{e1, e2, e3})
	a, b, c := standing(t, r, "A"), standing(t, r, "B"), standing(t, r, "C")
	assert.Equal(t, "85", a.Total.String())
	assert.Equal(t, "5", a.Bonus.String())
	assert.Contains(t, union.Codes(a.Reasons), "competition.bonus.capped")
	assert.Equal(t, "0", b.Total.String())
	assert.Contains(t, union.Codes(b.Reasons), "competition.deduction.capped")
	assert.Contains(t, union.Codes(b.Reasons), "competition.total.floor")
	assert.Equal(t, "77.5", c.Total.String())
}

// SourceVeto: a veto puts the entrant last without a rank, with its cause.
func TestRank_Veto_SourceVeto(t *testing.T) {
	e := one1("A", "99", "99", "99", "99", "99")
	e.Veto = "serious injury"
	r := mustRank(t, Trimmed5(), []Entry{e, one1("B", "60", "60", "60", "60", "60"), one1("C", "70", "70", "70", "70", "70")})
	require.Equal(t, []string{"C", "B", "A"}, ids(r))
	last := r.Standings[2]
	assert.Equal(t, 0, last.Rank)
	assert.True(t, last.Vetoed)
	assert.Equal(t, "competition.veto", last.Reasons[0].Code)
	assert.Equal(t, []string{"serious injury"}, last.Reasons[0].Args)
	assert.Equal(t, SourceVeto, last.Reasons[0].Source)
	assert.Equal(t, 2, r.Ranked)
}

// Absence from a component: zero or disqualification, a policy choice; pass marks per component.
func TestRank_AbsenceAndPassMarks(t *testing.T) {
	s := TheoryPractical()
	es := []Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"practical": decs("90")}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"theory": decs("50"), "practical": decs("80")}},
	}
	r := mustRank(t, s, es)
	assert.Equal(t, "63", standing(t, r, "A").Total.String())
	assert.Contains(t, union.Codes(standing(t, r, "A").Reasons), "competition.absent.zero")

	s.Absent = AbsentDisqualify
	r = mustRank(t, s, es)
	assert.True(t, standing(t, r, "A").Vetoed)
	assert.Contains(t, union.Codes(standing(t, r, "A").Reasons), "competition.absent.disqualified")

	s.Absent = AbsentZero
	s.Indicators[0].Pass = dec("60")
	r = mustRank(t, s, es)
	b := standing(t, r, "B")
	assert.True(t, b.Vetoed)
	assert.True(t, b.Scores[0].Failed)
	assert.Contains(t, union.Codes(b.Reasons), "competition.pass.failed")
}

// SourceTieBreak: time, then practical, then theory, then a shared rank (1, 2, 2, 4).
func TestRank_TieChain_SourceTieBreak(t *testing.T) {
	s := TheoryPractical()
	mk := func(id, th, pr, tm string) Entry {
		e := Entry{ID: id, Scores: map[string][]decimal.Decimal{"theory": decs(th), "practical": decs(pr)}}
		if tm != "" {
			e.Time = dec(tm)
		}
		return e
	}
	r := mustRank(t, s, []Entry{
		mk("top", "100", "100", ""),
		mk("p", "80", "90", ""),    // 87
		mk("t", "90", "85.71", ""), // 86.997 → 87.00: rounded tie with p, practical decides
		mk("s1", "70", "70", "60"),
		mk("s2", "70", "70", "60"),
		mk("s3", "70", "70", "50"),
		mk("last", "0", "0", ""),
	})
	assert.Equal(t, []string{"top", "p", "t", "s3", "s1", "s2", "last"}, ids(r))
	assert.Equal(t, []int{1, 2, 3, 4, 5, 5, 7}, ranks(r))
	assert.Equal(t, "practical", standing(t, r, "p").DecidedBy)
	assert.Equal(t, TimeKey, standing(t, r, "s3").DecidedBy)
	assert.True(t, standing(t, r, "s1").Shared)
	require.Len(t, r.Ties, 1)
	assert.Equal(t, Tie{Rank: 5, IDs: []string{"s1", "s2"}}, r.Ties[0])
}

// TieOn: rounded totals (default) tie; exact totals may separate them.
func TestRank_TieOnRoundedOrExact(t *testing.T) {
	s := Scheme{Indicators: []Indicator{{ID: "x", Weight: dec("1")}}, Places: 1, Source: "t"}
	es := []Entry{
		{ID: "A", Scores: map[string][]decimal.Decimal{"x": decs("8.04")}},
		{ID: "B", Scores: map[string][]decimal.Decimal{"x": decs("8.01")}},
	}
	r := mustRank(t, s, es)
	assert.Equal(t, []int{1, 1}, ranks(r))
	s.TieOn = Exact
	r = mustRank(t, s, es)
	assert.Equal(t, []int{1, 2}, ranks(r))
	assert.Equal(t, "exact", r.Standings[0].DecidedBy)
	assert.Contains(t, union.Codes(r.Standings[1].Reasons), "competition.tie.behind.exact")
}

// SourceNoSharedRank: a tie in the medal places is reported for the jury.
func TestRank_NoSharedMedalPlaces_SourceNoSharedRank(t *testing.T) {
	s := NationalSkills()
	mk := func(id, p string) Entry {
		return Entry{ID: id, Scores: map[string][]decimal.Decimal{"theory": decs("80"), "practical": decs(p)}}
	}
	r := mustRank(t, s, []Entry{mk("a", "90"), mk("b", "85"), mk("c", "85"), mk("d", "70"), mk("e", "70")})
	require.Len(t, r.Ties, 2)
	assert.True(t, r.Ties[0].Undecided)
	assert.Equal(t, 2, r.Ties[0].Rank)
	assert.False(t, r.Ties[1].Undecided)
	assert.True(t, standing(t, r, "b").Undecided)
	assert.Contains(t, union.Codes(standing(t, r, "b").Reasons), "competition.tie.undecided")
	assert.Contains(t, union.Codes(standing(t, r, "d").Reasons), "competition.tie.shared")
	a, err := s.Award(r, NationalSkills2020(1))
	require.NoError(t, err)
	assert.Contains(t, union.Codes(a.Reasons), "competition.award.provisional")
}

// Bad input: every problem at once, each a *union.FieldError with ErrInvalid.
func TestRank_BadInput(t *testing.T) {
	s := Trimmed5()
	cases := []struct {
		name  string
		es    []Entry
		field string
		code  string
	}{
		{"unknown indicator", []Entry{{ID: "A", Scores: map[string][]decimal.Decimal{"result": decs("1"), "typo": decs("1")}}}, "entries[0].scores.typo", "invalid.unknown"},
		{"negative score", []Entry{one1("A", "1", "-1")}, "entries[0].scores.result[1]", "invalid.negative"},
		{"above max", []Entry{one1("A", "100.5")}, "entries[0].scores.result[0]", "invalid.too_large"},
		{"above max, many decimals", []Entry{one1("A", "100.00000001")}, "entries[0].scores.result[0]", "invalid.too_large"},
		{"no id", []Entry{one1("", "1")}, "entries[0].id", "invalid.required"},
		{"duplicate id", []Entry{one1("A", "1"), one1("A", "2")}, "entries[1].id", "invalid.duplicate"},
		{"negative bonus", []Entry{{ID: "A", Bonus: dec("-1")}}, "entries[0].bonus", "invalid.negative"},
		{"negative time", []Entry{{ID: "A", Time: dec("-1")}}, "entries[0].time", "invalid.negative"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.Rank(c.es)
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrInvalid)
			var fe *union.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, c.field, fe.Field)
			assert.Equal(t, c.code, fe.Code)
		})
	}
	_, err := s.Rank([]Entry{one1("", "-1", "101")})
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 3, "every problem at once")
}

// Schemes: weights must add up to 1, theory share capped at 30% (SourceTheoryCap), and more.
func TestScheme_Validate(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Scheme)
		field string
		code  string
	}{
		{"weights not 1", func(s *Scheme) { s.Indicators[1].Weight = dec("0.6") }, "indicators", "policy.sum"},
		{"theory above 30%", func(s *Scheme) { s.Indicators[0].Weight, s.Indicators[1].Weight = dec("0.4"), dec("0.6") }, "indicators[0].weight", "policy.range"},
		{"no indicators", func(s *Scheme) { s.Indicators = nil }, "indicators", "policy.empty"},
		{"duplicate id", func(s *Scheme) { s.Indicators[1].ID = "theory" }, "indicators[1].id", "invalid.duplicate"},
		{"reserved id", func(s *Scheme) { s.Indicators[1].ID = TimeKey }, "indicators[1].id", "competition.indicator.reserved"},
		{"min judges too small", func(s *Scheme) { s.Trim, s.MinJudges = 2, 4 }, "min_judges", "invalid.too_small"},
		{"places", func(s *Scheme) { s.Places = 7 }, "places", "policy.range"},
		{"tie break unknown", func(s *Scheme) { s.TieBreak = []string{"nope"} }, "tie_break[0]", "invalid.unknown"},
		{"negative cap", func(s *Scheme) { s.MaxBonus = dec("-1") }, "max_bonus", "invalid.negative"},
		{"bad enum", func(s *Scheme) { s.TieOn = 9 }, "tie_on", "invalid.unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := TheoryPractical()
			c.edit(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrPolicy)
			var fe *union.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, c.field, fe.Field)
			assert.Equal(t, c.code, fe.Code)
			_, err = s.Rank(nil)
			assert.ErrorIs(t, err, union.ErrPolicy, "Rank validates the scheme first")
		})
	}
}

// Property: the ranking never depends on the order of the entries.
func TestRank_OrderIndependent(t *testing.T) {
	s := benchScheme()
	s.TieBreak = nil // leave many complete ties: resolved by rule (shared rank, ID order)
	es := randomEntries(7, s, 500, 5, 90)
	want := mustRank(t, s, es)
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		sh := slices.Clone(es)
		r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		assert.Equal(t, want, mustRank(t, s, sh))
	}
	assert.NotEmpty(t, want.Ties)
}

// Property: the same output from many goroutines (run with -race).
func TestRank_Concurrent(t *testing.T) {
	s := benchScheme()
	es := randomEntries(3, s, 300, 7, 80)
	want := mustRank(t, s, es)
	var wg sync.WaitGroup
	results := make([]Ranking, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := s.Rank(es)
			if err == nil {
				results[g] = r
			}
		}()
	}
	wg.Wait()
	for _, r := range results {
		assert.Equal(t, want, r)
	}
}

// The integer path and the exact decimal path agree, including means that do
// not terminate (3 or 6 counted scores) and weights with many decimals.
func TestRank_FastEqualsExact(t *testing.T) {
	s := benchScheme()
	for i := range s.Indicators {
		s.Indicators[i].Weight = dec("0.125")
	}
	s.Indicators[8].Weight, s.Indicators[9].Weight = dec("0"), dec("0")
	s.Indicators = s.Indicators[:8]
	s.MinJudges = 5
	es := randomEntries(11, s, 400, 6, 50)
	fast := mustRank(t, s, es)
	// Force the exact path: scores with more decimals than the integer scale.
	slow := slices.Clone(es)
	for i := range slow {
		sc := map[string][]decimal.Decimal{}
		for k, v := range slow[i].Scores {
			vv := make([]decimal.Decimal, len(v))
			for j := range v {
				vv[j] = v[j].Add(decimal.New(0, -(scoreScale + 2))) // same value, exponent −8
			}
			sc[k] = vv
		}
		slow[i].Scores = sc
	}
	exact := mustRank(t, s, slow)
	require.Equal(t, len(fast.Standings), len(exact.Standings))
	for i := range fast.Standings {
		f, x := fast.Standings[i], exact.Standings[i]
		assert.Equal(t, f.ID, x.ID)
		assert.Equal(t, f.Rank, x.Rank)
		assert.True(t, f.Total.Equal(x.Total), "%s %s %s", f.ID, f.Total, x.Total)
		for j := range f.Scores {
			assert.True(t, f.Scores[j].Value.Equal(x.Scores[j].Value))
			assert.True(t, f.Scores[j].Sum.Equal(x.Scores[j].Sum))
		}
	}
}

func ids(r Ranking) []string {
	var out []string
	for _, s := range r.Standings {
		out = append(out, s.ID)
	}
	return out
}

func ranks(r Ranking) []int {
	var out []int
	for _, s := range r.Standings {
		out = append(out, s.Rank)
	}
	return out
}

var _ = errors.Join
var _ = fmt.Sprint
