package democracy

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ballots returns n copies of a ballot approving names.
func ballots(n int, names ...string) []Ballot {
	out := make([]Ballot, n)
	for i := range out {
		out[i] = Ballot{Approve: append([]string(nil), names...)}
	}
	return out
}

func concat(parts ...[]Ballot) []Ballot {
	var out []Ballot
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func committee() Election {
	return Election{Seats: 3, Candidates: []string{"王芳", "李强", "张伟", "刘洋"}, Entitled: 30, Issued: 28, Rules: UnionElection()}
}

func TestCountMargin(t *testing.T) {
	// 工会基层组织选举工作条例: 差额率 ≥ 5%; 13 seats need ⌈0.65⌉ = 1 more candidate.
	e := Election{Seats: 13, Entitled: 100, Issued: 100, Rules: UnionElection()}
	for i := 0; i < 13; i++ {
		e.Candidates = append(e.Candidates, fmt.Sprint("c", i))
	}
	assert.Equal(t, 1, e.Rules.MarginNeeded(13))
	assert.Equal(t, 2, e.Rules.MarginNeeded(21))
	_, err := e.Count(nil)
	requireField(t, err, union.ErrInvalid, "candidates", "democracy.election.margin")

	e.Rules.MinMargin = decimal.Zero // 等额 allowed
	_, err = e.Count(nil)
	require.NoError(t, err)

	e.Rules = UnionElection()
	e.Candidates = append(e.Candidates, "c13")
	r, err := e.Count(ballots(70, e.Candidates[:13]...))
	require.NoError(t, err)
	assert.Len(t, r.Elected, 13)
	assert.Equal(t, "democracy.election.margin_ok", r.Reasons[0].Code)
}

func TestCountVoid(t *testing.T) {
	// Ballots returned above ballots issued void the election.
	e := committee()
	r, err := e.Count(ballots(29, "王芳"))
	require.NoError(t, err)
	assert.True(t, r.Void)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.void.excess")
	assert.Len(t, r.Fates, 29)
	assert.Equal(t, Uncounted, r.Fates[0])

	// Fewer than 2/3 of the 30 entitled (20) take part.
	r, err = e.Count(ballots(19, "王芳"))
	require.NoError(t, err)
	assert.True(t, r.Void)
	assert.Equal(t, 20, r.QuorumRequired)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.void.quorum")
	requireRegistered(t, r.Reasons)

	next, err := e.Next(r)
	require.NoError(t, err)
	assert.Equal(t, e.Candidates, next.Candidates, "a void election is re-run as it was")
	assert.Equal(t, First, next.Round)
}

func TestCountBallotValidity(t *testing.T) {
	e := committee()
	bs := concat(
		ballots(16, "王芳", "李强", "张伟"),
		[]Ballot{
			{Approve: []string{"王芳", "李强", "张伟", "刘洋"}}, // too many
			{Approve: []string{"王芳", "王芳"}},             // duplicate
			{Approve: []string{"赵敏", "赵敏"}},             // duplicate write-in
			{Approve: []string{""}},                     // empty name
			{Approve: []string{"王芳"}, Spoiled: true},    // spoiled
			{},                              // blank: valid
			{Approve: []string{"赵敏", "刘洋"}}, // write-in counts
		},
	)
	r, err := e.Count(bs)
	require.NoError(t, err)
	assert.False(t, r.Void)
	assert.Equal(t, 23, r.Returned)
	assert.Equal(t, 18, r.Valid)
	assert.Equal(t, 5, r.Invalid)
	assert.Equal(t, []Fate{TooMany, Duplicate, Duplicate, EmptyName, Spoiled, Blank, Valid}, r.Fates[16:])
	assert.Equal(t, 1, r.Votes["赵敏"])
	assert.Equal(t, 1, r.Votes["刘洋"])
	// More than half of the 30 entitled: 16.
	assert.Equal(t, 16, r.Required)
	assert.Equal(t, []string{"王芳", "李强", "张伟"}, r.Elected)
	assert.Zero(t, r.Unfilled)
	requireRegistered(t, r.Reasons)

	// Without 另选他人 a write-in makes the ballot invalid.
	e.Rules.WriteIns = false
	r, err = e.Count(bs)
	require.NoError(t, err)
	assert.Equal(t, WriteInRefused, r.Fates[22])
	assert.Equal(t, WriteInRefused, r.Fates[18])
	_, ok := r.Votes["赵敏"]
	assert.False(t, ok)
}

func TestCountWinThresholdAndShortfall(t *testing.T) {
	// A winner needs more than half of the entitled, not of those voting.
	e := committee()
	bs := concat(ballots(15, "王芳", "李强"), ballots(8, "张伟"), ballots(1, "王芳"))
	r, err := e.Count(bs)
	require.NoError(t, err)
	assert.Equal(t, []string{"王芳"}, r.Elected, "李强's 15 of 30 is not more than half")
	assert.Equal(t, 2, r.Unfilled)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.unfilled.further")

	// 另行选举 among the candidates not elected, for the unfilled seats.
	next, err := e.Next(r)
	require.NoError(t, err)
	assert.Equal(t, Further, next.Round)
	assert.Equal(t, 2, next.Seats)
	assert.Equal(t, []string{"李强", "张伟", "刘洋"}, next.Candidates)
	r2, err := next.Count(concat(ballots(17, "李强", "张伟"), ballots(5, "刘洋")))
	require.NoError(t, err)
	assert.Equal(t, []string{"李强", "张伟"}, r2.Elected)
	_, err = next.Next(r2)
	requireField(t, err, union.ErrInvalid, "result", "democracy.next.none")

	// Further rounds take no write-ins.
	r2, err = next.Count(concat(ballots(22, "李强", "赵敏")))
	require.NoError(t, err)
	assert.Equal(t, WriteInRefused, r2.Fates[0])

	e.Rules.Shortfall = Vacant
	r, err = e.Count(bs)
	require.NoError(t, err)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.unfilled.vacant")
	_, err = e.Next(r)
	requireField(t, err, union.ErrInvalid, "result", "democracy.next.none")
}

func TestCountMoreQualifiersThanSeatsAndTies(t *testing.T) {
	e := committee()
	e.Issued = 30
	// Everyone qualifies (≥ 16); the most votes win.
	bs := concat(ballots(18, "王芳", "李强", "张伟"), ballots(12, "王芳", "刘洋", "李强"))
	r, err := e.Count(bs)
	require.NoError(t, err)
	assert.Equal(t, []string{"王芳", "李强", "张伟"}, r.Elected)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.complete")

	// A tie at the last seat: 张伟 and 刘洋 both 16, both above the threshold.
	bs = concat(ballots(4, "王芳", "张伟", "刘洋"), ballots(12, "王芳", "李强", "张伟"),
		ballots(12, "王芳", "李强", "刘洋"), ballots(2, "李强"))
	r, err = e.Count(bs)
	require.NoError(t, err)
	assert.Equal(t, 16, r.Votes["张伟"])
	assert.Equal(t, r.Votes["张伟"], r.Votes["刘洋"])
	assert.Equal(t, []string{"王芳", "李强"}, r.Elected)
	assert.Equal(t, []string{"张伟", "刘洋"}, r.Tied)
	assert.Equal(t, 1, r.TieSeats)
	assert.Contains(t, union.Codes(r.Reasons), "democracy.election.tie")

	tb, err := e.Next(r)
	require.NoError(t, err)
	assert.Equal(t, TieBreak, tb.Round)
	assert.Equal(t, 1, tb.Seats)
	assert.Equal(t, []string{"张伟", "刘洋"}, tb.Candidates)
	r3, err := tb.Count(concat(ballots(11, "张伟"), ballots(12, "刘洋"), ballots(2)))
	require.NoError(t, err)
	assert.Equal(t, 0, r3.Required, "a tie-break goes by more votes")
	assert.Equal(t, []string{"刘洋"}, r3.Elected)
}

func TestCountWriteInWins(t *testing.T) {
	e := committee()
	r, err := e.Count(concat(ballots(20, "王芳", "赵敏", "李强"), ballots(5, "张伟")))
	require.NoError(t, err)
	assert.Equal(t, []string{"王芳", "李强", "赵敏"}, r.Elected)
	for _, s := range r.Standings {
		if s.Name == "赵敏" {
			assert.True(t, s.WriteIn)
			assert.True(t, s.Elected)
		}
	}
}

func TestCountSetupErrors(t *testing.T) {
	e := Election{Seats: 0, Candidates: []string{"a", "a", ""}, Entitled: 0, Issued: -1, Rules: UnionElection(), Round: Round(8)}
	_, err := e.Count(nil)
	requireField(t, err, union.ErrInvalid, "seats", "invalid.not_positive")
	requireField(t, err, union.ErrInvalid, "candidates[1]", "invalid.duplicate")
	requireField(t, err, union.ErrInvalid, "candidates[2]", "invalid.empty")
	requireField(t, err, union.ErrInvalid, "entitled", "invalid.not_positive")
	requireField(t, err, union.ErrInvalid, "issued", "invalid.negative")
	requireField(t, err, union.ErrInvalid, "round", "invalid.unknown")

	e = committee()
	e.Issued = 31
	_, err = e.Count(nil)
	requireField(t, err, union.ErrInvalid, "issued", "invalid.too_large")

	e = committee()
	e.Rules.Win = Threshold{Num: 1, Den: 0}
	e.Rules.Quorum = AtLeast(5, 3)
	e.Rules.MinMargin = decimal.NewFromInt(-1)
	_, err = e.Count(nil)
	requireField(t, err, union.ErrPolicy, "rules.win.den", "invalid.not_positive")
	requireField(t, err, union.ErrPolicy, "rules.quorum.num", "democracy.threshold.above_one")
	requireField(t, err, union.ErrPolicy, "rules.min_margin", "policy.range")
	assert.NotErrorIs(t, err, union.ErrInvalid)
}

// Property: the result never depends on the order of the ballots.
func TestCountOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	e := Election{Seats: 3, Candidates: []string{"a", "b", "c", "d", "e"}, Entitled: 60, Issued: 60, Rules: UnionElection()}
	names := []string{"a", "b", "c", "d", "e", "x", "", "a"}
	for trial := 0; trial < 200; trial++ {
		bs := make([]Ballot, 40+rng.IntN(21))
		for i := range bs {
			k := rng.IntN(5)
			for j := 0; j < k; j++ {
				bs[i].Approve = append(bs[i].Approve, names[rng.IntN(len(names))])
			}
			bs[i].Spoiled = rng.IntN(30) == 0
		}
		want, err := e.Count(bs)
		require.NoError(t, err)
		perm := rng.Perm(len(bs))
		shuffled := make([]Ballot, len(bs))
		for i, p := range perm {
			shuffled[i] = bs[p]
		}
		got, err := e.Count(shuffled)
		require.NoError(t, err)
		for i, p := range perm {
			require.Equal(t, want.Fates[p], got.Fates[i])
		}
		got.Fates, want.Fates = nil, nil
		require.Equal(t, want, got)
	}
}

// Property: the same input gives the same output from many goroutines (run with -race).
func TestConcurrentSameOutput(t *testing.T) {
	e := committee()
	bs := concat(ballots(16, "王芳", "李强", "张伟"), ballots(12, "王芳", "刘洋", "赵敏"))
	want, err := e.Count(bs)
	require.NoError(t, err)
	r := Shanghai2017()
	wantD, err := r.DecideMatter(MatterAdopt, 85, 80, Tally{60, 15, 5})
	require.NoError(t, err)
	wantP, err := r.Plan(1200)
	require.NoError(t, err)
	wantA, err := Apportion(85, []int{400, 300, 250, 150, 100}, 5)
	require.NoError(t, err)

	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				got, _ := e.Count(bs)
				d, _ := r.DecideMatter(MatterAdopt, 85, 80, Tally{60, 15, 5})
				p, _ := r.Plan(1200)
				a, _ := Apportion(85, []int{400, 300, 250, 150, 100}, 5)
				if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(d) != fmt.Sprint(wantD) ||
					fmt.Sprint(p) != fmt.Sprint(wantP) || fmt.Sprint(a) != fmt.Sprint(wantA) {
					errs <- "different output"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
