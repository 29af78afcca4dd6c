package democracy

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decimal.New(0, math.MaxInt32) as a margin is a FieldError, not a panic in
// Count; so are exponents near ±10^8, refused before any arithmetic.
func TestMarginExtremeExponents(t *testing.T) {
	for _, m := range []decimal.Decimal{
		decimal.New(0, math.MaxInt32), decimal.New(1, math.MaxInt32), decimal.New(5, -100_000_000),
		decimal.New(0, -100_000_000), decimal.New(1, 100_000_000), decimal.New(5, math.MinInt32),
	} {
		e := committee()
		e.Rules.MinMargin = m
		require.NotPanics(t, func() {
			_, err := e.Count(ballots(20, "王芳"))
			require.ErrorIs(t, err, union.ErrPolicy)
			fes := union.FieldErrors(err)
			require.NotEmpty(t, fes)
			assert.Equal(t, "rules.min_margin", fes[0].Field)
		}, m.Exponent())
		assert.Zero(t, e.Rules.MarginNeeded(13))
	}
}

// Tallies never wrap: with math.MaxInt delegates and Tally{For: MaxInt,
// Against: MaxInt} the vote is refused (a count above MaxPeople, and more
// votes than people present), never passed.
func TestTalliesDoNotWrap(t *testing.T) {
	huge := Tally{For: math.MaxInt, Against: math.MaxInt}
	_, err := Shanghai2017().Decide(math.MaxInt, math.MaxInt, huge)
	requireField(t, err, union.ErrInvalid, "delegates", "invalid.too_many")
	requireField(t, err, union.ErrInvalid, "tally.for", "invalid.too_many")
	_, err = UnionElection().RecallChair(math.MaxInt, math.MaxInt, huge)
	requireField(t, err, union.ErrInvalid, "members", "invalid.too_many")

	// At the limit the sum is exact: twice as many votes as present is an error.
	_, err = Shanghai2017().Decide(MaxPeople, MaxPeople, Tally{For: MaxPeople, Against: MaxPeople})
	requireField(t, err, union.ErrInvalid, "tally", "democracy.vote.exceeds_present")
	_, err = UnionElection().RecallChair(MaxPeople, MaxPeople, Tally{For: MaxPeople, Abstain: 1})
	requireField(t, err, union.ErrInvalid, "tally", "democracy.vote.exceeds_present")
	d, err := Shanghai2017().Decide(MaxPeople, MaxPeople, Tally{For: MaxPeople / 2, Against: MaxPeople / 2})
	require.NoError(t, err)
	assert.True(t, d.Passed, "半数以上 of all: exactly half passes")
	assert.Equal(t, math.MaxInt, Tally{For: math.MaxInt, Against: 1}.Cast(), "Cast saturates")
}

// Every count and list an entry point takes has a documented maximum,
// checked with a FieldError naming the field and carrying the limit.
func TestDocumentedMaxima(t *testing.T) {
	sh := Shanghai2017()
	big := func(n int) []Delegate {
		ds := make([]Delegate, n)
		for i := range ds {
			ds[i] = Delegate{Category: Frontline, Gender: union.Male}
		}
		return ds
	}
	limitArg := func(t *testing.T, err error, field string, max int) {
		t.Helper()
		for _, fe := range union.FieldErrors(err) {
			if fe.Field == field && fe.Code == "invalid.too_many" {
				require.Equal(t, []string{itoa(max)}, fe.Args)
				return
			}
		}
		t.Fatalf("no limit on %s in %v", field, err)
	}
	_, err := sh.Plan(MaxPeople + 1)
	limitArg(t, err, "headcount", MaxPeople)
	_, err = sh.Decide(10, 10, Tally{For: MaxPeople + 1})
	limitArg(t, err, "tally.for", MaxPeople)
	_, err = sh.CallSession(MaxPeople+1, 1)
	limitArg(t, err, "delegates", MaxPeople)
	_, err = sh.Check(Roster{Workforce: Workforce{Headcount: MaxPeople}, Delegates: big(MaxDelegateList + 1)})
	limitArg(t, err, "delegates", MaxDelegateList)
	_, err = sh.Check(Roster{Workforce: Workforce{Headcount: MaxPeople + 1, Women: MaxPeople + 1}, Delegates: big(1)})
	limitArg(t, err, "workforce.headcount", MaxPeople)
	limitArg(t, err, "workforce.women", MaxPeople)
	_, err = sh.CheckPresidium(MaxPeople, big(MaxDelegateList+1))
	limitArg(t, err, "presidium", MaxDelegateList)
	_, err = Apportion(10, make([]int, MaxConstituencies+1), 0)
	limitArg(t, err, "sizes", MaxConstituencies)
	_, err = Apportion(MaxSeats+1, []int{1}, 0)
	limitArg(t, err, "seats", MaxSeats)
	_, err = Apportion(10, []int{MaxPeople + 1}, MaxSeats+1)
	limitArg(t, err, "sizes[0]", MaxPeople)
	limitArg(t, err, "minimum", MaxSeats)

	e := Election{Seats: 1, Entitled: MaxPeople + 1, Issued: MaxPeople + 1, Rules: UnionElection(), Kind: Chair}
	for i := 0; i <= MaxCandidates; i++ {
		e.Candidates = append(e.Candidates, itoa(i))
	}
	err = e.Validate()
	limitArg(t, err, "candidates", MaxCandidates)
	limitArg(t, err, "entitled", MaxPeople)
	e.Candidates, e.Entitled, e.Issued = []string{"a"}, MaxBallots+1, MaxBallots+1
	_, err = e.Count(make([]Ballot, MaxBallots+1))
	limitArg(t, err, "ballots", MaxBallots)
	e.Seats, e.Candidates = MaxElectionSeats, make([]string, MaxElectionSeats)
	for i := range e.Candidates {
		e.Candidates[i] = "c" + itoa(i)
	}
	bs := make([]Ballot, MaxBallotNames/MaxElectionSeats+1)
	for i := range bs {
		bs[i].Approve = e.Candidates
	}
	_, err = e.Count(bs)
	limitArg(t, err, "ballots", MaxBallotNames)
	// Distinct written-in names.
	e.Entitled, e.Issued = 11, 11
	ws := make([]Ballot, 11)
	for i := range ws {
		ws[i].Approve = make([]string, MaxElectionSeats)
		for j := range ws[i].Approve {
			ws[i].Approve[j] = "w" + itoa(i*MaxElectionSeats+j)
		}
	}
	_, err = e.Count(ws)
	limitArg(t, err, "ballots", MaxWriteIns)

	r := Shanghai2017()
	for len(r.Limits) <= MaxLimits {
		r.Limits = append(r.Limits, r.Limits[0])
	}
	r.Delegates.Bands = make([]Band, MaxBands+1)
	err = r.Validate()
	require.ErrorIs(t, err, union.ErrPolicy)
	limitArg(t, err, "limits", MaxLimits)
	limitArg(t, err, "delegates.bands", MaxBands)
}

// shuffledDelegates returns ds in a random order.
func shuffledDelegates(rng *rand.Rand, ds []Delegate) []Delegate {
	out := make([]Delegate, len(ds))
	for i, p := range rng.Perm(len(ds)) {
		out[i] = ds[p]
	}
	return out
}

// randomRoster is a roster of random delegates (categories, genders,
// disability, non-voting).
func randomRoster(rng *rand.Rand) Roster {
	n := 1 + rng.IntN(120)
	r := Roster{Workforce: Workforce{Headcount: 200 + rng.IntN(3000)}}
	r.Workforce.Women = rng.IntN(r.Workforce.Headcount)
	r.Workforce.Disabled = rng.IntN(20)
	for i := 0; i < n; i++ {
		r.Delegates = append(r.Delegates, Delegate{
			Name: "d" + itoa(i), Category: Category(rng.IntN(categoryEnum.Len())), Gender: union.Gender(rng.IntN(3)),
			Disabled: rng.IntN(10) == 0, Dispatched: rng.IntN(10) == 0, NonVoting: rng.IntN(12) == 0,
		})
	}
	return r
}

// Order independence: Check and CheckPresidium give the same result for
// the delegates in any order, under every preset.
func TestCheckOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	presets := []Rules{Enterprise(), Shanghai2017(), Zhejiang2010(), School2012(), StateEnterprise1986()}
	for k := 0; k < 300; k++ {
		r := presets[k%len(presets)]
		ro := randomRoster(rng)
		want, err := r.Check(ro)
		require.NoError(t, err)
		ro.Delegates = shuffledDelegates(rng, ro.Delegates)
		got, err := r.Check(ro)
		require.NoError(t, err)
		require.Equal(t, want, got)

		var pres []Delegate
		for _, d := range ro.Delegates {
			if !d.NonVoting {
				pres = append(pres, d)
			}
		}
		if len(pres) == 0 {
			continue
		}
		n := len(pres) + rng.IntN(200)
		wantP, err := r.CheckPresidium(n, pres)
		require.NoError(t, err)
		gotP, err := r.CheckPresidium(n, shuffledDelegates(rng, pres))
		require.NoError(t, err)
		require.Equal(t, wantP, gotP)
	}
}

// The bucket counts of a roster cover every category and gender.
func TestDelegateCountsCoverEveryValue(t *testing.T) {
	var c delegateCounts
	assert.Len(t, c, categoryEnum.Len())
	assert.Len(t, c[0], 3, "union.Gender: unknown, female, male")
	assert.False(t, union.Gender(3).Valid())
}
