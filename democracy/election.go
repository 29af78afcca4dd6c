package democracy

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gonghui/gonghui/union"
)

// MaxElectionSeats is the largest number of seats an Election may have.
const MaxElectionSeats = 10_000

// Election is one voting round of a union election: the seats, the
// candidates on the ballot, who is entitled to vote (应到会人数) and how many
// ballots were issued.
type Election struct {
	// Seats is the number to elect in this round (应选名额).
	Seats int `json:"seats"`
	// Candidates are the names on the ballot, unique and non-empty.
	Candidates []string `json:"candidates"`
	// Entitled is the number entitled to attend and vote (应到会人数).
	Entitled int `json:"entitled"`
	// Issued is the number of ballots issued (发出选票).
	Issued int `json:"issued"`
	// Rules is the election policy.
	Rules ElectionRules `json:"rules"`
	// Round is the kind of round; the zero value is the first, formal election.
	Round Round `json:"round"`
	// Kind is what the election fills; the zero value is committee members,
	// to whom the 差额 rule applies (ElectionRules.MarginKinds).
	Kind ElectionKind `json:"kind"`
}

// Standing is one person's line in the count record.
type Standing struct {
	// Name is the candidate or written-in name.
	Name string `json:"name"`
	// Votes is the number of valid ballots approving the name.
	Votes int `json:"votes"`
	// WriteIn marks a name that was not on the ballot (另选他人).
	WriteIn bool `json:"write_in,omitempty"`
	// Qualified reports that the votes meet the winning threshold.
	Qualified bool `json:"qualified"`
	// Elected reports that the person won a seat in this round.
	Elected bool `json:"elected"`
	// Tied reports that the person is tied for the last seats.
	Tied bool `json:"tied"`
}

// Result is the full record of a count.
type Result struct {
	// Round is the kind of round counted.
	Round Round `json:"round"`
	// Void reports an election that does not stand: more ballots returned
	// than issued, or fewer taking part than the quorum. It must be re-run.
	Void bool `json:"void"`
	// Returned is the number of ballots returned (收回选票).
	Returned int `json:"returned"`
	// QuorumRequired is the least number of ballots returned for a quorum.
	QuorumRequired int `json:"quorum_required"`
	// Valid and Invalid count the ballots by validity (blank ballots are valid).
	Valid int `json:"valid"`
	// Invalid is the number of invalid ballots.
	Invalid int `json:"invalid"`
	// Required is the least number of votes to win (0 in a tie-break).
	Required int `json:"required"`
	// Votes maps every candidate and written-in name to its votes.
	Votes map[string]int `json:"votes"`
	// Standings are the names by votes, most first; equal votes keep the
	// ballot order of candidates, then written-in names in byte order.
	Standings []Standing `json:"standings"`
	// Elected are the winners in order of votes.
	Elected []string `json:"elected"`
	// Tied are the candidates tied for the last TieSeats seats; a further
	// vote among them decides (Election.Next).
	Tied []string `json:"tied"`
	// TieSeats is the number of seats the tied compete for.
	TieSeats int `json:"tie_seats"`
	// Unfilled is the number of seats nobody won (ties excluded).
	Unfilled int `json:"unfilled"`
	// Fates gives each ballot's fate, by its index in the input.
	Fates []Fate `json:"fates"`
	// Reasons explain the count, with numbers and sources.
	Reasons []union.Reason `json:"reasons"`
}

// Validate checks the election setup: ErrPolicy for inconsistent rules;
// ErrInvalid for seats not positive (or above MaxElectionSeats), an empty or
// duplicate candidate name, fewer candidates than seats, a first round whose
// candidate list breaks the 差额 rule, entitled not positive, ballots issued
// negative or above the entitled, an unknown round. Every problem is reported.
func (e Election) Validate() error {
	if err := e.Rules.Validate(); err != nil {
		return union.Prefix("rules", err)
	}
	var errs []error
	switch {
	case e.Seats <= 0:
		errs = append(errs, union.Invalid("seats", "invalid.not_positive", itoa(e.Seats)))
	case e.Seats > MaxElectionSeats:
		errs = append(errs, tooMany(union.ErrInvalid, "seats", e.Seats, MaxElectionSeats))
	}
	if !e.Round.Valid() {
		errs = append(errs, union.Invalid("round", "invalid.unknown", e.Round.String()))
	}
	if !e.Kind.Valid() {
		errs = append(errs, union.Invalid("kind", "invalid.unknown", e.Kind.String()))
	}
	switch {
	case len(e.Candidates) == 0:
		errs = append(errs, union.Invalid("candidates", "invalid.empty", ""))
	case len(e.Candidates) > MaxCandidates:
		errs = append(errs, tooMany(union.ErrInvalid, "candidates", len(e.Candidates), MaxCandidates))
	}
	cands := e.Candidates
	if len(cands) > MaxCandidates {
		cands = nil // not read further: the list is beyond any election
	}
	seen := make(map[string]struct{}, len(cands))
	for i, c := range cands {
		if c == "" {
			errs = append(errs, union.Invalid(union.Indexed("candidates", i), "invalid.empty", ""))
			continue
		}
		if _, dup := seen[c]; dup {
			errs = append(errs, union.Invalid(union.Indexed("candidates", i), "invalid.duplicate", c))
		}
		seen[c] = struct{}{}
	}
	if e.Seats > 0 && len(cands) > 0 {
		if e.Round == First && e.Kind.Valid() {
			need := e.Rules.MarginFor(e.Kind, e.Seats)
			if len(e.Candidates) < e.Seats+need {
				errs = append(errs, union.Invalid("candidates", "democracy.election.margin", itoa(len(e.Candidates)),
					itoa(e.Seats), itoa(e.Seats+need), e.Rules.marginText()))
			}
		} else if e.Round == TieBreak && len(e.Candidates) <= e.Seats {
			errs = append(errs, union.Invalid("candidates", "invalid.too_small", itoa(len(e.Candidates)), itoa(e.Seats+1)))
		}
	}
	fe, fi := countError("entitled", e.Entitled, true), countError("issued", e.Issued, false)
	if fe != nil {
		errs = append(errs, fe)
	}
	switch {
	case fi != nil:
		errs = append(errs, fi)
	case fe == nil && e.Issued > e.Entitled:
		errs = append(errs, union.Invalid("issued", "invalid.too_large", itoa(e.Issued), itoa(e.Entitled)))
	}
	return joinOrNil(errs)
}

// Count counts the ballots of one round under the election rules
// (工会基层组织选举工作条例, as quoted):
//
//   - more ballots returned than issued void the election (Void, to be re-run);
//   - fewer ballots returned than Quorum of the entitled void it too;
//   - a ballot is invalid when spoiled, when it marks more names than seats
//     (write-ins included), names the same person twice, approves an empty
//     name, or writes in where write-ins are not allowed; blank ballots are valid;
//   - a person wins with at least Required votes (Win of the entitled: more
//     than half of 应到会人数); when more qualify than there are seats, the
//     most votes win; a tie at the last seat is reported (Tied, TieSeats) for
//     a further vote; seats nobody wins stay Unfilled, for a further round or
//     vacant as Shortfall says.
//
// The outcome never depends on the order of the ballots. A bad setup is an
// error (see Validate), and so are more than MaxBallots ballots or more than
// MaxBallotNames names read on them (a ballot marking more names than seats
// is not read); otherwise ballots are never an error: each gets its fate in
// Result.Fates.
func (e Election) Count(ballots []Ballot) (Result, error) {
	if err := e.Validate(); err != nil {
		return Result{}, err
	}
	if len(ballots) > MaxBallots {
		return Result{}, tooMany(union.ErrInvalid, "ballots", len(ballots), MaxBallots)
	}
	names := 0
	for i := range ballots {
		if n := len(ballots[i].Approve); n <= e.Seats {
			names += n
		}
	}
	if names > MaxBallotNames {
		return Result{}, tooMany(union.ErrInvalid, "ballots", names, MaxBallotNames)
	}
	er := e.Rules.cited()
	res := Result{Round: e.Round, Returned: len(ballots)}
	res.QuorumRequired = er.Quorum.Required(e.Entitled)
	switch {
	case e.Round != First:
	case er.MarginApplies(e.Kind):
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.margin_ok", er.MarginSource,
			itoa(len(e.Candidates)), itoa(e.Seats), itoa(e.Seats+er.MarginNeeded(e.Seats)), er.marginText()))
	default:
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.margin_exempt", er.MarginSource,
			itoa(len(e.Candidates)), itoa(e.Seats)))
	}
	if len(ballots) > e.Issued {
		res.Void = true
		res.Fates = uncounted(len(ballots))
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.void.excess", er.BallotSource,
			itoa(len(ballots)), itoa(e.Issued)))
		return res, nil
	}
	if len(ballots) < res.QuorumRequired {
		res.Void = true
		res.Fates = uncounted(len(ballots))
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.void.quorum", er.VoteSource,
			itoa(len(ballots)), itoa(e.Entitled), itoa(res.QuorumRequired)))
		return res, nil
	}
	res.Reasons = append(res.Reasons, union.NewReason("democracy.election.quorum", er.VoteSource,
		itoa(len(ballots)), itoa(e.Entitled), itoa(res.QuorumRequired)))

	votes, writeIns, err := e.tally(ballots, &res)
	if err != nil {
		return Result{}, err
	}
	res.Reasons = append(res.Reasons, union.NewReason("democracy.election.ballots", er.BallotSource,
		itoa(res.Returned), itoa(res.Valid), itoa(res.Invalid)))

	switch {
	case e.Round == TieBreak:
		res.Required = 0
	case er.Win.Base == BasePresent:
		res.Required = er.Win.Required(res.Returned)
	case er.Win.Base == BaseCast:
		res.Required = er.Win.Required(res.Valid)
	default:
		res.Required = er.Win.Required(e.Entitled)
	}
	e.decide(votes, writeIns, &res)
	return res, nil
}

// uncounted returns n Uncounted fates.
func uncounted(n int) []Fate {
	f := make([]Fate, n)
	for i := range f {
		f[i] = Uncounted
	}
	return f
}

// tally checks every ballot and counts the valid ones into a []int indexed
// by name: the candidates first, then written-in names in the order they
// first appear (returned in writeIns; one that appears only on invalid
// ballots keeps 0 votes). A name twice on a ballot is found with one bit
// per name, so a ballot costs O(names on it). More than MaxWriteIns
// distinct written-in names is an error.
func (e Election) tally(ballots []Ballot, res *Result) (votes []int, writeIns []string, err error) {
	index := make(map[string]int, len(e.Candidates))
	for i, c := range e.Candidates {
		index[c] = i
	}
	writeInsAllowed := e.Rules.WriteIns && e.Round == First
	votes = make([]int, len(e.Candidates))
	seen := make([]uint64, (len(e.Candidates)+63)/64)
	idx := make([]int, 0, 64) // the names of the ballot being read, by index; reused
	res.Fates = make([]Fate, len(ballots))
	for bi := range ballots {
		b := &ballots[bi]
		fate := Valid
		switch {
		case b.Spoiled:
			fate = Spoiled
		case len(b.Approve) == 0:
			fate = Blank
		case len(b.Approve) > e.Seats:
			fate = TooMany
		default:
			idx = idx[:0]
			for _, name := range b.Approve {
				if name == "" {
					fate = EmptyName
					break
				}
				i, ok := index[name]
				if !ok {
					if !writeInsAllowed {
						fate = WriteInRefused
						break
					}
					if len(writeIns) == MaxWriteIns {
						return nil, nil, tooMany(union.ErrInvalid, "ballots", MaxWriteIns+1, MaxWriteIns)
					}
					i = len(votes)
					index[name] = i
					votes = append(votes, 0)
					writeIns = append(writeIns, name)
					if i>>6 >= len(seen) {
						seen = append(seen, 0)
					}
				}
				w, bit := i>>6, uint64(1)<<(i&63)
				if seen[w]&bit != 0 {
					fate = Duplicate
					break
				}
				seen[w] |= bit
				idx = append(idx, i)
			}
			for _, i := range idx {
				seen[i>>6] = 0
			}
			if fate == Valid {
				for _, i := range idx {
					votes[i]++
				}
			}
		}
		res.Fates[bi] = fate
		if fate.Counted() {
			res.Valid++
		} else {
			res.Invalid++
		}
	}
	return votes, writeIns, nil
}

// decide ranks the names and fills in winners, ties and unfilled seats.
func (e Election) decide(votes []int, writeIns []string, res *Result) {
	er := e.Rules.cited()
	nc := len(e.Candidates)
	type written struct {
		name  string
		votes int
	}
	ws := make([]written, 0, len(writeIns))
	for j, n := range writeIns {
		if v := votes[nc+j]; v > 0 { // a name only on invalid ballots is not a write-in
			ws = append(ws, written{n, v})
		}
	}
	slices.SortFunc(ws, func(a, b written) int { return strings.Compare(a.name, b.name) })
	res.Votes = make(map[string]int, nc+len(ws))
	st := make([]Standing, 0, nc+len(ws))
	for i, c := range e.Candidates {
		res.Votes[c] = votes[i]
		st = append(st, Standing{Name: c, Votes: votes[i]})
	}
	for _, w := range ws {
		res.Votes[w.name] = w.votes
		st = append(st, Standing{Name: w.name, Votes: w.votes, WriteIn: true})
	}
	slices.SortStableFunc(st, func(a, b Standing) int { return cmp.Compare(b.Votes, a.Votes) })

	q := 0
	for i := range st {
		if st[i].Votes >= res.Required {
			st[i].Qualified = true
			q++
		}
	}
	res.Elected = []string{}
	res.Tied = []string{}
	if q <= e.Seats {
		for i := 0; i < q; i++ {
			st[i].Elected = true
			res.Elected = append(res.Elected, st[i].Name)
		}
		res.Unfilled = e.Seats - q
	} else {
		cut := st[e.Seats-1].Votes
		if st[e.Seats].Votes != cut {
			for i := 0; i < e.Seats; i++ {
				st[i].Elected = true
				res.Elected = append(res.Elected, st[i].Name)
			}
		} else {
			for i := 0; i < q; i++ {
				switch {
				case st[i].Votes > cut:
					st[i].Elected = true
					res.Elected = append(res.Elected, st[i].Name)
				case st[i].Votes == cut:
					st[i].Tied = true
					res.Tied = append(res.Tied, st[i].Name)
				}
			}
			res.TieSeats = e.Seats - len(res.Elected)
		}
	}
	res.Standings = st

	for _, s := range st {
		switch {
		case s.Elected && e.Round == TieBreak:
			res.Reasons = append(res.Reasons, union.NewReason("democracy.election.elected.most", er.RoundSource,
				s.Name, itoa(s.Votes)))
		case s.Elected:
			res.Reasons = append(res.Reasons, union.NewReason("democracy.election.elected", er.VoteSource,
				s.Name, itoa(s.Votes), itoa(res.Required)))
		case s.Tied:
		case s.Qualified:
			res.Reasons = append(res.Reasons, union.NewReason("democracy.election.outvoted", er.VoteSource,
				s.Name, itoa(s.Votes)))
		case !s.WriteIn:
			res.Reasons = append(res.Reasons, union.NewReason("democracy.election.below", er.VoteSource,
				s.Name, itoa(s.Votes), itoa(res.Required)))
		}
	}
	if len(res.Tied) > 0 {
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.tie", er.RoundSource,
			strings.Join(res.Tied, "、"), itoa(cut(st, res.Tied)), itoa(res.TieSeats)))
	}
	if res.Unfilled > 0 {
		code := "democracy.election.unfilled.further"
		if er.Shortfall == Vacant {
			code = "democracy.election.unfilled.vacant"
		}
		res.Reasons = append(res.Reasons, union.NewReason(code, er.RoundSource, itoa(res.Unfilled)))
	}
	if len(res.Tied) == 0 && res.Unfilled == 0 {
		res.Reasons = append(res.Reasons, union.NewReason("democracy.election.complete", er.VoteSource, itoa(e.Seats)))
	}
}

// cut returns the votes of the tied names.
func cut(st []Standing, tied []string) int {
	for _, s := range st {
		if s.Name == tied[0] {
			return s.Votes
		}
	}
	return 0
}

// Next builds the round that follows a result, as the rules say:
//
//   - a void election is re-run as it was (the same round; update Issued
//     for the new ballots);
//   - a tie at the last seats goes to a TieBreak among the tied, for the
//     seats they compete for;
//   - unfilled seats, under FurtherRound, go to a Further round (另行选举)
//     among the candidates of this round who were not elected.
//
// When nothing remains to vote on (all seats filled, unfilled seats left
// vacant, or no candidate left), Next returns a *union.FieldError with code
// "democracy.next.none" wrapping ErrInvalid. Entitled and Issued are carried
// over; set Issued to the ballots of the new round.
func (e Election) Next(r Result) (Election, error) {
	if err := e.Validate(); err != nil {
		return Election{}, err
	}
	n := e
	n.Candidates = nil
	n.Rules.MarginKinds = slices.Clone(e.Rules.MarginKinds) // the new round shares nothing with this one
	switch {
	case r.Void:
		n.Candidates = slices.Clone(e.Candidates)
		return n, nil
	case len(r.Tied) > 0:
		if r.TieSeats <= 0 || r.TieSeats >= len(r.Tied) {
			return Election{}, union.Invalid("result.tie_seats", "invalid.range", itoa(r.TieSeats), "1", itoa(len(r.Tied)-1))
		}
		n.Round, n.Seats = TieBreak, r.TieSeats
		n.Candidates = slices.Clone(r.Tied)
		return n, nil
	case r.Unfilled > 0 && e.Rules.Shortfall == FurtherRound:
		if r.Unfilled > e.Seats {
			return Election{}, union.Invalid("result.unfilled", "invalid.too_large", itoa(r.Unfilled), itoa(e.Seats))
		}
		elected := make(map[string]struct{}, len(r.Elected))
		for _, c := range r.Elected {
			elected[c] = struct{}{}
		}
		for _, c := range e.Candidates {
			if _, ok := elected[c]; !ok {
				n.Candidates = append(n.Candidates, c)
			}
		}
		if len(n.Candidates) > 0 {
			n.Round, n.Seats = Further, r.Unfilled
			return n, nil
		}
	}
	return Election{}, union.Invalid("result", "democracy.next.none", "")
}
