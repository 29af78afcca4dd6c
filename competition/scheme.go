package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// TimeKey is the reserved name of the completion time in Scheme.TieBreak:
// listing it places the time comparison at that point of the chain. No
// indicator may use it as its ID.
const TimeKey = "time"

// DetailPlaces is the number of decimals of Score.Value, the per-indicator
// mean shown in a standing's breakdown. It is for display only: the total is
// computed from the exact means and rounded once.
const DetailPlaces int32 = 4

// DefaultNormPlaces is the number of decimals of a normalised lower-is-better
// score when Scheme.NormPlaces is zero.
const DefaultNormPlaces int32 = 4

// The limits Validate puts on a scheme's places.
const (
	// MaxPlaces is the largest Scheme.Places accepted.
	MaxPlaces int32 = 6
	// MaxNormPlaces is the largest Scheme.NormPlaces accepted.
	MaxNormPlaces int32 = 10
)

var (
	one        = decimal.NewFromInt(1)
	hundred    = decimal.NewFromInt(100)
	theoryCap  = decimal.RequireFromString("0.3")
	theoryPart = decimal.RequireFromString("0.3")
	practPart  = decimal.RequireFromString("0.7")
)

// Indicator is one scored item of a scheme: a judged criterion, a measured
// quantity, or a whole component (theory, practical) of a two-stage contest.
type Indicator struct {
	// ID names the indicator in Entry.Scores and Scheme.TieBreak.
	ID string `json:"id"`
	// Weight is the indicator's share of the total; the weights of a scheme
	// add up to 1 exactly.
	Weight decimal.Decimal `json:"weight"`
	// Name is an optional label for result sheets.
	Name string `json:"name,omitempty"`
	// Max is the highest score a judge may give; a score above it is bad
	// input. Zero: no maximum.
	Max decimal.Decimal `json:"max,omitzero"`
	// Direction says whether higher (judged scores) or lower (time, defects)
	// raw values are better.
	Direction Direction `json:"direction,omitzero"`
	// Full is the full mark a LowerBetter indicator is normalised to: the best
	// value in the field earns Full, another value best ÷ value × Full
	// (the 基准值法 of Chinese scoring rules). Zero: 100.
	Full decimal.Decimal `json:"full,omitzero"`
	// Pass is the pass mark of a component: an entrant whose aggregate (mean,
	// or normalised score) is below it is out of the ranking, with a reason.
	// Zero: no pass mark.
	Pass decimal.Decimal `json:"pass,omitzero"`
	// WeightCap, when set, is the highest weight the rules allow this
	// indicator, checked by Validate (the theory share is capped at 30% by
	// the 2015 MOHURD notice, SourceTheoryCap).
	WeightCap decimal.Decimal `json:"weight_cap,omitzero"`
}

// full returns the full mark of a lower-is-better indicator.
func (in Indicator) full() decimal.Decimal {
	if in.Full.IsZero() {
		return hundred
	}
	return in.Full
}

// Scheme is a scoring scheme: the policy Rank applies to judges' sheets.
//
// A total is Σ weight × aggregate over the indicators, plus the bonus and
// minus the deduction (each within its cap), never below zero, rounded once
// half-up to Places. The aggregate of an indicator is the plain mean of the
// judges' scores, or the trimmed mean (drop Trim highest and Trim lowest,
// one instance of a repeated extreme each) when at least MinJudges judges
// scored it (SourceTrim; SourceMean for the plain mean). Means are exact: no
// rounding happens before the total's.
//
// A Scheme is a plain value; Rank never changes it. Build one from a preset
// (TheoryPractical, Trimmed5, Rubric2018) or by hand, and call Validate.
type Scheme struct {
	// Name is an optional label.
	Name string `json:"name,omitempty"`
	// Indicators are the scored items; their weights add up to 1.
	Indicators []Indicator `json:"indicators"`
	// Trim is how many of the highest and of the lowest judges' scores are
	// dropped per indicator…
	Trim int `json:"trim"`
	// MinJudges …when at least this many judges scored it; below, the plain
	// mean is taken. With Trim > 0 it must be at least 2×Trim+1.
	MinJudges int `json:"min_judges"`
	// Places is the number of decimals of the totals, rounded half-up (0–6).
	Places int32 `json:"places"`
	// TieBreak lists indicator IDs (and optionally TimeKey) compared in order
	// when totals tie, higher aggregate first (for a LowerBetter indicator:
	// its normalised score, so the smaller raw value). Completion time, when
	// TimeKey is not listed, is compared after them: the shorter time first,
	// and an entrant with a recorded time before one without (a total order,
	// so the ranking never depends on the order of the entries; the reason
	// competition.tie.*.no_time says so). Entrants still equal share a rank
	// (1, 2, 2, 4) (SourceTieBreak).
	TieBreak []string `json:"tie_break,omitempty"`
	// TieOn says whether the rounded (published) totals or the exact totals
	// decide a tie. Default Rounded.
	TieOn TieBasis `json:"tie_on"`
	// NoSharedTop, when positive, forbids shared ranks in the first
	// NoSharedTop places (medal places, SourceNoSharedRank): a tie left there
	// after every tie-break is reported in Ranking.Ties and on the standings
	// (Undecided) for the jury to decide, instead of being published.
	NoSharedTop int `json:"no_shared_top,omitempty"`
	// MaxBonus caps Entry.Bonus; zero: no cap.
	MaxBonus decimal.Decimal `json:"max_bonus,omitzero"`
	// MaxDeduction caps Entry.Deduction; zero: no cap.
	MaxDeduction decimal.Decimal `json:"max_deduction,omitzero"`
	// NormPlaces is the number of decimals of a normalised LowerBetter score,
	// rounded half-up (0 means DefaultNormPlaces). It is the one rounding
	// before the total's, because best ÷ value rarely terminates.
	NormPlaces int32 `json:"norm_places,omitempty"`
	// Absent says what a missing indicator means for an entrant: zero
	// (default) or disqualification.
	Absent Absence `json:"absent"`
	// Source cites the rules the scheme encodes.
	Source string `json:"source,omitempty"`
	// Effective is the period the scheme is in force.
	Effective union.Effective `json:"effective,omitzero"`
}

// normPlaces returns the places of normalised scores.
func (s Scheme) normPlaces() int32 {
	if s.NormPlaces == 0 {
		return DefaultNormPlaces
	}
	return s.NormPlaces
}

// indicator returns the index of the indicator with id, or -1.
func (s Scheme) indicator(id string) int {
	for i, in := range s.Indicators {
		if in.ID == id {
			return i
		}
	}
	return -1
}

// Validate reports every problem of the scheme at once (errors.Join of
// *union.FieldError, each wrapping union.ErrPolicy): no indicators; an
// indicator without an ID, with a duplicate or reserved ID, a weight that is
// not positive or above its WeightCap, a negative Max, Full or Pass, a Pass
// above Max, an unknown Direction; weights that do not add up to 1; a negative
// Trim, or MinJudges below 2×Trim+1; Places outside 0–6; NormPlaces outside
// 0–10; a TieBreak naming an unknown indicator or repeating one; an unknown
// TieOn or Absent; negative NoSharedTop, MaxBonus or MaxDeduction; an invalid
// Effective period. It also enforces the limits: at most MaxIndicators
// indicators (and MaxIndicators+1 tie-breaks), Trim at most MaxTrim,
// MinJudges at most MaxJudges, NoSharedTop at most MaxEntrants, and every
// decimal within the module's decimal limits (checked before any arithmetic
// on it, so an extreme exponent is an error, never a hang or a panic).
func (s Scheme) Validate() error {
	var errs []error
	bad := func(field, code, value string, args ...string) {
		errs = append(errs, union.Inconsistent(field, code, value, args...))
	}
	if len(s.Indicators) == 0 {
		bad("indicators", "policy.empty", "")
	}
	if fe := tooManyPolicy("indicators", len(s.Indicators), MaxIndicators); fe != nil {
		return fe // nothing else is worth checking on a list this long
	}
	if fe := tooManyPolicy("tie_break", len(s.TieBreak), MaxIndicators+1); fe != nil {
		return fe
	}
	seen := make(map[string]bool, len(s.Indicators))
	sum, sumOK := decimal.Zero, true
	for i, in := range s.Indicators {
		f := union.Indexed("indicators", i)
		switch {
		case in.ID == "":
			bad(f+".id", "invalid.required", "")
		case in.ID == TimeKey:
			bad(f+".id", "competition.indicator.reserved", in.ID, TimeKey)
		case seen[in.ID]:
			bad(f+".id", "invalid.duplicate", in.ID)
		}
		seen[in.ID] = true
		inRange := true
		for _, v := range []struct {
			name string
			d    decimal.Decimal
		}{{"weight", in.Weight}, {"weight_cap", in.WeightCap}, {"max", in.Max}, {"full", in.Full}, {"pass", in.Pass}} {
			if fe := checkPolicyDecimal(f+"."+v.name, v.d); fe != nil {
				errs = append(errs, fe)
				inRange = false
			}
		}
		if !inRange { // no arithmetic on a value outside the limits
			sumOK = false
			continue
		}
		if in.Weight.Sign() <= 0 {
			bad(f+".weight", "invalid.not_positive", in.Weight.String())
		}
		if in.WeightCap.Sign() < 0 {
			bad(f+".weight_cap", "invalid.negative", in.WeightCap.String())
		} else if in.WeightCap.Sign() > 0 && in.Weight.GreaterThan(in.WeightCap) {
			bad(f+".weight", "policy.range", in.Weight.String(), "0", in.WeightCap.String())
		}
		for _, v := range []struct {
			name string
			d    decimal.Decimal
		}{{"max", in.Max}, {"full", in.Full}, {"pass", in.Pass}} {
			if v.d.Sign() < 0 {
				bad(f+"."+v.name, "invalid.negative", v.d.String())
			}
		}
		if in.Direction == HigherBetter && in.Max.Sign() > 0 && in.Pass.GreaterThan(in.Max) {
			bad(f+".pass", "invalid.too_large", in.Pass.String(), in.Max.String())
		}
		if !in.Direction.Valid() {
			bad(f+".direction", "invalid.unknown", strconv.Itoa(int(in.Direction)))
		}
		sum = sum.Add(in.Weight)
	}
	if len(s.Indicators) > 0 && sumOK && !sum.Equal(one) {
		bad("indicators", "policy.sum", sum.String(), "1", sum.String())
	}
	trimOK := false
	switch {
	case s.Trim < 0:
		bad("trim", "invalid.negative", strconv.Itoa(s.Trim))
	case s.Trim > MaxTrim:
		errs = append(errs, intRange("trim", s.Trim, 0, MaxTrim))
	default:
		trimOK = true
	}
	switch {
	case s.MinJudges < 0:
		bad("min_judges", "invalid.negative", strconv.Itoa(s.MinJudges))
	case s.MinJudges > MaxJudges:
		errs = append(errs, intRange("min_judges", s.MinJudges, 0, MaxJudges))
	case trimOK && s.Trim > 0 && s.MinJudges < 2*s.Trim+1: // both bounded: no overflow
		bad("min_judges", "invalid.too_small", strconv.Itoa(s.MinJudges), strconv.Itoa(2*s.Trim+1))
	}
	if s.Places < 0 || s.Places > MaxPlaces {
		bad("places", "policy.range", strconv.Itoa(int(s.Places)), "0", strconv.Itoa(int(MaxPlaces)))
	}
	if s.NormPlaces < 0 || s.NormPlaces > MaxNormPlaces {
		bad("norm_places", "policy.range", strconv.Itoa(int(s.NormPlaces)), "0", strconv.Itoa(int(MaxNormPlaces)))
	}
	tb := make(map[string]bool, len(s.TieBreak))
	for i, id := range s.TieBreak {
		f := union.Indexed("tie_break", i)
		switch {
		case id != TimeKey && !seen[id]:
			bad(f, "invalid.unknown", id)
		case tb[id]:
			bad(f, "invalid.duplicate", id)
		}
		tb[id] = true
	}
	if !s.TieOn.Valid() {
		bad("tie_on", "invalid.unknown", strconv.Itoa(int(s.TieOn)))
	}
	if !s.Absent.Valid() {
		bad("absent", "invalid.unknown", strconv.Itoa(int(s.Absent)))
	}
	if s.NoSharedTop < 0 {
		bad("no_shared_top", "invalid.negative", strconv.Itoa(s.NoSharedTop))
	} else if s.NoSharedTop > MaxEntrants {
		errs = append(errs, intRange("no_shared_top", s.NoSharedTop, 0, MaxEntrants))
	}
	if fe := checkPolicyDecimal("max_bonus", s.MaxBonus); fe != nil {
		errs = append(errs, fe)
	} else if s.MaxBonus.Sign() < 0 {
		bad("max_bonus", "invalid.negative", s.MaxBonus.String())
	}
	if fe := checkPolicyDecimal("max_deduction", s.MaxDeduction); fe != nil {
		errs = append(errs, fe)
	} else if s.MaxDeduction.Sign() < 0 {
		bad("max_deduction", "invalid.negative", s.MaxDeduction.String())
	}
	if err := s.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// TheoryPractical is the two-stage scheme of the national worker skills
// competition: a closed-book theory exam and a practical test, each out of
// 100, weighted 3 : 7 (SourceTheoryPractical), with the theory share capped
// at 30% (SourceTheoryCap) so an organiser who adjusts the weights cannot go
// above it. Totals to 2 places; ties broken by the shorter completion time,
// then the practical, then the theory score, then a shared rank
// (SourceTieBreak). An entrant absent from a component scores zero on it;
// set Absent to AbsentDisqualify where the event rules disqualify, and a
// component's Pass to require a pass mark.
func TheoryPractical() Scheme {
	return Scheme{
		Name: "theory_practical",
		Indicators: []Indicator{
			{ID: "theory", Name: "理论", Weight: theoryPart, Max: hundred, WeightCap: theoryCap},
			{ID: "practical", Name: "实操", Weight: practPart, Max: hundred},
		},
		Places:   2,
		TieBreak: []string{TimeKey, "practical", "theory"},
		Source:   SourceTheoryPractical + "；" + SourceTheoryCap + "；" + SourceTieBreak,
	}
}

// Trimmed5 is a judged event scored by five judges on one 100-point
// criterion: the highest and the lowest score are dropped and the remaining
// three averaged (SourceTrim); with fewer than five judges the plain mean is
// taken. Totals to 2 places, ties share a rank. Replace Indicators with the
// event's own criteria (their weights adding up to 1).
func Trimmed5() Scheme {
	return Scheme{
		Name:       "trimmed5",
		Indicators: []Indicator{{ID: "result", Name: "结果评分", Weight: one, Max: hundred}},
		Trim:       1,
		MinJudges:  5,
		Places:     2,
		Source:     SourceTrim,
	}
}

// Rubric2018 is the individual rubric of a 2018 enterprise labour
// competition: three criteria weighted 35 / 35 / 30, each the plain mean of
// the judges' scores out of 100 (SourceMean). Totals to 2 places.
func Rubric2018() Scheme {
	return Scheme{
		Name: "rubric2018",
		Indicators: []Indicator{
			{ID: "c1", Name: "评分项一", Weight: decimal.RequireFromString("0.35"), Max: hundred},
			{ID: "c2", Name: "评分项二", Weight: decimal.RequireFromString("0.35"), Max: hundred},
			{ID: "c3", Name: "评分项三", Weight: decimal.RequireFromString("0.3"), Max: hundred},
		},
		Places: 2,
		Source: SourceMean,
	}
}

// NationalSkills is the national skills competition's ranking: TheoryPractical
// with no shared rank in the three medal places (SourceNoSharedRank): a tie
// left there after every tie-break is reported for the jury's decision.
func NationalSkills() Scheme {
	s := TheoryPractical()
	s.Name = "national_skills"
	s.NoSharedTop = 3
	s.Source += "；" + SourceNoSharedRank
	return s
}
