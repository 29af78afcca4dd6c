package competition

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Dropped is a judge's score left out of a trimmed mean.
type Dropped struct {
	// Judge is the score's index in Entry.Scores[indicator].
	Judge int `json:"judge"`
	// Score is the score dropped.
	Score decimal.Decimal `json:"score"`
	// High is true for one of the highest scores, false for one of the lowest.
	High bool `json:"high,omitempty"`
}

// Score is one indicator's line in a standing's breakdown.
type Score struct {
	// Indicator is the indicator's ID.
	Indicator string `json:"indicator"`
	// Weight is the indicator's weight.
	Weight decimal.Decimal `json:"weight"`
	// Judges is the number of scores given.
	Judges int `json:"judges"`
	// Counted is the number of scores the aggregate is the mean of.
	Counted int `json:"counted"`
	// Sum is the sum of the counted scores.
	Sum decimal.Decimal `json:"sum"`
	// Dropped lists the scores trimmed away, lowest first.
	Dropped []Dropped `json:"dropped,omitempty"`
	// Value is the indicator's aggregate on its own scale: for a HigherBetter
	// indicator Sum ÷ Counted rounded half-up to DetailPlaces for display (the
	// total uses the exact mean); for a LowerBetter one the normalised score,
	// exactly as it enters the total.
	Value decimal.Decimal `json:"value"`
	// Absent is true when the entrant has no score on the indicator.
	Absent bool `json:"absent,omitempty"`
	// Failed is true when Value is below the indicator's pass mark.
	Failed bool `json:"failed,omitempty"`
}

// Standing is one entrant's place in a Ranking, with its explanation.
type Standing struct {
	// ID is the entrant's ID.
	ID string `json:"id"`
	// Total is the total rounded half-up to Scheme.Places.
	Total decimal.Decimal `json:"total"`
	// Rank is the place, 1 for the best; entrants who share a place share the
	// rank and the next rank skips (1, 2, 2, 4). Zero for a vetoed or
	// disqualified entrant.
	Rank int `json:"rank"`
	// Vetoed is true when the entrant is out of the ranking: Entry.Veto, an
	// absence under AbsentDisqualify, or a failed pass mark. Reasons say which.
	Vetoed bool `json:"vetoed,omitempty"`
	// Reasons explain the total, the place and any veto, each with its source.
	// Standings of one ranking may share a reason's Args (the same trimming
	// rule, the same total, the same shared rank): do not overwrite them in
	// place. Appending to Reasons, or to any other slice of a result, never
	// changes another standing, another result or a later call.
	Reasons []union.Reason `json:"reasons"`
	// Name is Entry.Name.
	Name string `json:"name,omitempty"`
	// Shared is true when the rank is shared with another entrant.
	Shared bool `json:"shared,omitempty"`
	// Undecided is true for a tie inside Scheme.NoSharedTop: the rank is
	// provisional until the jury decides.
	Undecided bool `json:"undecided,omitempty"`
	// DecidedBy names the tie-break that separated the entrant from a
	// neighbour with the same total: an indicator ID, TimeKey, or "exact"
	// (exact totals, under TieOn Rounded never). Empty when the total alone
	// decided.
	DecidedBy string `json:"decided_by,omitempty"`
	// Scores is the breakdown, one line per indicator in the scheme's order.
	Scores []Score `json:"scores"`
	// Bonus is the bonus counted, after its cap.
	Bonus decimal.Decimal `json:"bonus,omitzero"`
	// Deduction is the deduction counted, after its cap.
	Deduction decimal.Decimal `json:"deduction,omitzero"`
	// Time is Entry.Time.
	Time decimal.Decimal `json:"time,omitzero"`
}

// Tie is a group of entrants sharing a rank.
type Tie struct {
	// Rank is the shared rank.
	Rank int `json:"rank"`
	// IDs are the entrants, in ID order.
	IDs []string `json:"ids"`
	// Undecided is true inside Scheme.NoSharedTop: the jury must decide.
	Undecided bool `json:"undecided,omitempty"`
}

// Ranking is the result of Scheme.Rank: standings best first, then the
// vetoed and disqualified entrants in ID order with rank 0.
type Ranking struct {
	// Standings lists every entrant once.
	Standings []Standing `json:"standings"`
	// Ranked is the number of entrants with a rank (the field for quotas).
	Ranked int `json:"ranked"`
	// Ties lists the shared ranks, best first.
	Ties []Tie `json:"ties,omitempty"`
}

// Find returns the standing of the entrant with id.
func (r Ranking) Find(id string) (Standing, bool) {
	for _, s := range r.Standings {
		if s.ID == id {
			return s, true
		}
	}
	return Standing{}, false
}

// Totals returns each entrant's total, vetoed ones included: the input of an
// outer scheme whose indicator is this ranking's event (the practical
// component of a two-stage contest, a member's score in a team).
func (r Ranking) Totals() map[string]decimal.Decimal {
	out := make(map[string]decimal.Decimal, len(r.Standings))
	for _, s := range r.Standings {
		out[s.ID] = s.Total
	}
	return out
}
