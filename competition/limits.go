package competition

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// The sizes the entry points accept. Each is far above any real contest (a
// national final has a few thousand entrants, a rubric a few dozen criteria,
// a panel a few dozen judges) and low enough that one call at every limit at
// once stays within a second and 512 MB (BenchmarkLimits). A larger input is
// ErrInvalid, a larger policy ErrPolicy, each a *union.FieldError naming the
// field, with the limit in its Args.
const (
	// MaxEntrants is the most entries of one Rank call, standings of a
	// ranking given to RankTeams, and teams of one RankTeams call.
	MaxEntrants = 100_000
	// MaxIndicators is the most indicators of a scheme, and the most keys of
	// one Entry.Scores.
	MaxIndicators = 100
	// MaxJudges is the most scores of one entrant on one indicator, and the
	// largest MinJudges.
	MaxJudges = 100_000
	// MaxTrim is the largest Trim: 2 × MaxTrim + 1 judges still fit MaxJudges.
	MaxTrim = (MaxJudges - 1) / 2
	// MaxScores is the most judges' scores of one Rank call, all entrants
	// and indicators together.
	MaxScores = 1_000_000
	// MaxLines is the most breakdown lines of one Rank call: entrants ×
	// indicators.
	MaxLines = 500_000
	// MaxTiers is the most tiers of a tier list or plan, and of one title's
	// Tiers.
	MaxTiers = 100
	// MaxTitles is the most title rules of an award plan.
	MaxTitles = 20
	// MaxQuotas is the most quotas of nomination rules, and the most groups
	// one nominee lists.
	MaxQuotas = 100
	// MaxNominees is the most names of one nomination list.
	MaxNominees = 100_000
	// MaxBands is the most bands of a proposal table.
	MaxBands = 100
	// MaxIncidents is the most incidents of one employer.
	MaxIncidents = 1_000
	// MaxLookbackMonths is the longest HonourRules.LookbackMonths (100 years).
	MaxLookbackMonths = 1_200
)

// checkDecimal reports a decimal outside the module's limits
// (union.CheckDecimal: its exponent first, so an extreme exponent costs
// nothing) as ErrInvalid, or nil.
func checkDecimal(field string, d decimal.Decimal) *union.FieldError {
	return union.CheckDecimal(field, d)
}

// checkPolicyDecimal is checkDecimal for a policy field: ErrPolicy.
func checkPolicyDecimal(field string, d decimal.Decimal) *union.FieldError {
	if fe := checkDecimal(field, d); fe != nil {
		fe.Kind = union.ErrPolicy
		return fe
	}
	return nil
}

// tooMany reports a list longer than max as ErrInvalid.
func tooMany(field string, n, max int) *union.FieldError {
	return union.CheckCount(field, n, max)
}

// tooManyPolicy reports a policy list longer than max as ErrPolicy.
func tooManyPolicy(field string, n, max int) *union.FieldError {
	if fe := tooMany(field, n, max); fe != nil {
		fe.Kind = union.ErrPolicy
		return fe
	}
	return nil
}

// intRange reports a policy integer outside lo–hi as ErrPolicy.
func intRange(field string, v, lo, hi int) *union.FieldError {
	if v < lo || v > hi {
		return union.Inconsistent(field, "policy.range", strconv.Itoa(v), strconv.Itoa(lo), strconv.Itoa(hi))
	}
	return nil
}

// fraction returns a share or reach Award may compute with: d itself when it
// is within the decimal limits; otherwise 1 for a value above 1 and zero for
// anything else (a negative value, or a positive one too small or too
// precise to write), so bad tiers never cost more than good ones.
func fraction(d decimal.Decimal) decimal.Decimal {
	if checkDecimal("", d) == nil {
		return d
	}
	if d.Sign() > 0 && int64(d.Exponent())+int64(d.NumDigits()) > 1 {
		return one
	}
	return decimal.Zero
}
