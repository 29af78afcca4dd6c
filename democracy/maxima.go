package democracy

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// The documented maxima of every count and list an entry point accepts.
// Each is far above any real union (the national congress of the ACFTU has
// about 2,000 delegates; the largest enterprise union a few hundred
// thousand members) and low enough that every entry point finishes within
// a second at its limits (see BenchmarkAtLimits). A value above its maximum
// is a *union.FieldError naming the field, with the maximum as argument.
const (
	// MaxPeople bounds every count of people: delegates, members, staff,
	// those present, the votes of a tally, signatures, the entitled, the
	// ballots issued, a headcount.
	MaxPeople = 1_000_000_000
	// MaxDelegateList bounds a roster's or a presidium's list of delegates.
	MaxDelegateList = 100_000
	// MaxConstituencies bounds the constituencies Apportion divides seats between.
	MaxConstituencies = 100_000
	// MaxCandidates bounds an election's candidate list.
	MaxCandidates = 20_000
	// MaxBallots bounds the ballots of one count.
	MaxBallots = 1_000_000
	// MaxBallotNames bounds the names marked on all ballots of one count
	// together (a ballot marking more names than seats is invalid and not
	// read, so at most MaxElectionSeats of each ballot count towards it).
	MaxBallotNames = 1_000_000
	// MaxWriteIns bounds the distinct written-in names (另选他人) of one count.
	MaxWriteIns = 20_000
	// MaxLimits bounds the composition limits of a rule set (Rules.Limits,
	// PresidiumRule.Limits).
	MaxLimits = 64
	// MaxBands bounds the bands of a rule set (delegate and presidium bands).
	MaxBands = 1_000
)

// tooMany is the error of a count or list length n above its documented
// maximum max (code "invalid.too_many", as union.CheckCount, whose Args are
// max), of the given kind (union.ErrInvalid or union.ErrPolicy).
func tooMany(kind error, field string, n, max int) *union.FieldError {
	return &union.FieldError{Field: field, Code: "invalid.too_many", Value: itoa(n), Args: []string{itoa(max)}, Kind: kind}
}

// countError checks a count of people: not negative (or not positive when
// positive is set) and at most MaxPeople; nil when it holds.
func countError(field string, n int, positive bool) *union.FieldError {
	switch {
	case positive && n <= 0:
		return union.Invalid(field, "invalid.not_positive", itoa(n))
	case n < 0:
		return union.Invalid(field, "invalid.negative", itoa(n))
	case n > MaxPeople:
		return tooMany(union.ErrInvalid, field, n, MaxPeople)
	}
	return nil
}

// marginError checks a margin's decimal before any arithmetic on it:
// union.CheckDecimal first (its exponent, so that decimal.New(0,
// math.MaxInt32) or an exponent near ±10^8 is refused in O(1), then its
// digits), then its range 0 to 1. Both are policy errors.
func marginError(field string, d decimal.Decimal) *union.FieldError {
	if fe := union.CheckDecimal(field, d); fe != nil {
		fe.Kind = union.ErrPolicy
		return fe
	}
	if d.Sign() < 0 || d.GreaterThan(decimal.NewFromInt(1)) {
		return union.Inconsistent(field, "policy.range", d.String(), "0", "1")
	}
	return nil
}
