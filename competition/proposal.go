package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// ProposalBand is one tier of a rationalisation-proposal award table
// (合理化建议和技术改进奖): benefits from From (inclusive, or exclusive when
// Strict) up to the next band's bound earn an award between Min and Max.
type ProposalBand struct {
	// Tier is the tier's number, 1 for the highest.
	Tier int `json:"tier"`
	// From is the band's lower bound of annual economic benefit, in yuan.
	From decimal.Decimal `json:"from"`
	// Strict makes From exclusive (">1,000,000").
	Strict bool `json:"strict,omitempty"`
	// Min is the smallest award of the band (zero: "up to Max").
	Min decimal.Decimal `json:"min"`
	// Max is the largest award of the band.
	Max decimal.Decimal `json:"max"`
	// Certificate: the award comes with a certificate (荣誉证书).
	Certificate bool `json:"certificate,omitempty"`
	// Commendation: the award comes with a commendation (表扬).
	Commendation bool `json:"commendation,omitempty"`
}

// ProposalTable is the award policy for rationalisation proposals: bands by
// annual economic benefit, the highest first. The benefit is counted over one
// year from adoption (SourceProposals1982).
type ProposalTable struct {
	// Bands are the tiers, highest first; the last starts at 0.
	Bands []ProposalBand `json:"bands"`
	// Source cites the regulation and article.
	Source string `json:"source,omitempty"`
	// Effective is the period the table is in force.
	Effective union.Effective `json:"effective,omitzero"`
}

func yuan(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Proposals1982 is the 1982 table of the State Council regulation
// (国发〔1982〕43号, 第六条): ≥ 1,000,000 yuan a year → 1,000–2,000 and a
// certificate; ≥ 100,000 → 500–1,000; ≥ 10,000 → 200–500; below → up to
// 200 and a commendation (SourceProposals1982).
func Proposals1982() ProposalTable {
	return ProposalTable{
		Bands: []ProposalBand{
			{Tier: 1, From: yuan("1000000"), Min: yuan("1000"), Max: yuan("2000"), Certificate: true},
			{Tier: 2, From: yuan("100000"), Min: yuan("500"), Max: yuan("1000")},
			{Tier: 3, From: yuan("10000"), Min: yuan("200"), Max: yuan("500")},
			{Tier: 4, From: decimal.Zero, Min: decimal.Zero, Max: yuan("200"), Commendation: true},
		},
		Source:    SourceProposals1982,
		Effective: union.Between(union.MustPeriod("1982-03"), union.MustPeriod("1986-05")),
	}
}

// Proposals1986 is the 1986 revision (国发〔1986〕59号): > 1,000,000 →
// 2,500–4,000; 500,000–1,000,000 → 1,500–2,500; 100,000–500,000 → 500–1,500;
// 10,000–100,000 → 300–500 and a commendation; below → up to 300 and a
// commendation (SourceProposals1986). The reference gives the ranges with
// shared end points; a benefit exactly on one (500,000, 100,000, 10,000)
// goes to the higher band, 1,000,000 to the second ("> 1,000,000").
func Proposals1986() ProposalTable {
	return ProposalTable{
		Bands: []ProposalBand{
			{Tier: 1, From: yuan("1000000"), Strict: true, Min: yuan("2500"), Max: yuan("4000")},
			{Tier: 2, From: yuan("500000"), Min: yuan("1500"), Max: yuan("2500")},
			{Tier: 3, From: yuan("100000"), Min: yuan("500"), Max: yuan("1500")},
			{Tier: 4, From: yuan("10000"), Min: yuan("300"), Max: yuan("500"), Commendation: true},
			{Tier: 5, From: decimal.Zero, Min: decimal.Zero, Max: yuan("300"), Commendation: true},
		},
		Source:    SourceProposals1986,
		Effective: union.Since(union.MustPeriod("1986-06")),
	}
}

// ProposalsTimeline returns the two tables over time: 1982's from March 1982
// (issue of 国发〔1982〕43号) to May 1986, 1986's from June 1986. The months
// are not in the reference (it gives the years); adjust them if the texts
// you hold date them otherwise. Whether the regulation is still in force
// after later clean-ups is not verified.
func ProposalsTimeline() union.Timeline[ProposalTable] {
	t, err := union.NewTimeline(
		union.Dated[ProposalTable]{Effective: Proposals1982().Effective, Policy: Proposals1982()},
		union.Dated[ProposalTable]{Effective: Proposals1986().Effective, Policy: Proposals1986()},
	)
	if err != nil { // the presets are consistent; a test holds it
		return union.Timeline[ProposalTable]{}
	}
	return t
}

// Validate reports every problem at once as ErrPolicy: no bands; bands not
// in strictly descending order of From; a last band not starting at 0; a
// negative bound or award; a Min above the Max; an invalid Effective period;
// more than MaxBands bands, a bound or award outside the decimal limits.
func (t ProposalTable) Validate() error {
	var errs []error
	bad := func(field, code, value string, args ...string) {
		errs = append(errs, union.Inconsistent(field, code, value, args...))
	}
	if len(t.Bands) == 0 {
		bad("bands", "policy.empty", "")
	}
	if fe := tooManyPolicy("bands", len(t.Bands), MaxBands); fe != nil {
		return fe
	}
	for i, b := range t.Bands {
		f := union.Indexed("bands", i)
		if err := errors.Join(nilIfOK(checkPolicyDecimal(f+".from", b.From)), nilIfOK(checkPolicyDecimal(f+".min", b.Min)),
			nilIfOK(checkPolicyDecimal(f+".max", b.Max))); err != nil {
			return errors.Join(append(errs, err)...) // no comparison with a value outside the limits
		}
		if b.From.Sign() < 0 {
			bad(f+".from", "invalid.negative", b.From.String())
		}
		if b.Min.Sign() < 0 {
			bad(f+".min", "invalid.negative", b.Min.String())
		}
		if b.Max.Sign() < 0 {
			bad(f+".max", "invalid.negative", b.Max.String())
		}
		if b.Min.GreaterThan(b.Max) {
			bad(f+".min", "invalid.too_large", b.Min.String(), b.Max.String())
		}
		if i > 0 && !b.From.LessThan(t.Bands[i-1].From) {
			bad(f+".from", "policy.overlap", b.From.String(), union.Indexed("bands", i-1))
		}
	}
	if n := len(t.Bands); n > 0 && (!t.Bands[n-1].From.IsZero() || t.Bands[n-1].Strict) {
		bad(union.Indexed("bands", n-1)+".from", "policy.gap", t.Bands[n-1].From.String(), "0")
	}
	if err := t.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// ProposalAward is the tier and award range of a proposal.
type ProposalAward struct {
	// Band is the band the benefit falls in.
	Band ProposalBand `json:"band"`
	// Reasons explain the band, with the source.
	Reasons []union.Reason `json:"reasons"`
}

// Grade returns the band of an annual economic benefit in yuan. A negative
// benefit is ErrInvalid. A proposal whose benefit cannot be measured is
// graded by analogy (1986 revision): pass the benefit the committee assessed.
func (t ProposalTable) Grade(benefit decimal.Decimal) (ProposalAward, error) {
	if err := t.Validate(); err != nil {
		return ProposalAward{}, err
	}
	if fe := checkDecimal("benefit", benefit); fe != nil {
		return ProposalAward{}, fe
	}
	if benefit.Sign() < 0 {
		return ProposalAward{}, union.Invalid("benefit", "invalid.negative", benefit.String())
	}
	for _, b := range t.Bands {
		if benefit.GreaterThan(b.From) || (!b.Strict && benefit.Equal(b.From)) {
			r := union.NewReason("competition.proposal.band", t.Source, strconv.Itoa(b.Tier), benefit.StringFixed(2),
				b.Min.StringFixed(2), b.Max.StringFixed(2))
			return ProposalAward{Band: b, Reasons: []union.Reason{r}}, nil
		}
	}
	// Unreachable with a valid table (the last band starts at 0).
	return ProposalAward{}, union.Inconsistent("bands", "policy.uncovered", benefit.String(), benefit.String())
}
