package competition

import (
	"encoding/json"
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
	// Certificate: the award comes with a certificate of award (奖状, the
	// 荣誉证书 of the 1982 table).
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
	// BorrowedLower grades a proposal that borrows a result already applied
	// elsewhere one band lower (1986 第六条第二款). False: such a proposal
	// is refused by GradeProposal, as the table has no rule for it.
	BorrowedLower bool `json:"borrowed_lower,omitempty"`
	// ReserveInLast grades a proposal adopted as a technical reserve, not yet
	// applied, within the last band's limit (1986 第八条). False: refused,
	// as for BorrowedLower.
	ReserveInLast bool `json:"reserve_in_last,omitempty"`
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

// Proposals1986 is the 1986 revision (国发〔1986〕59号), 第六条: 1,000,000 yuan
// a year and above → 2,500–4,000; 500,000 and above → 1,500–2,500; 100,000
// and above → 500–1,500; 10,000 and above → 300–500 and a commendation;
// below → up to 300 and a commendation. Tiers 1–3 carry a certificate of
// award (奖状). 第六条 defines 以上 as including the number and 以下 as
// excluding it, so a benefit exactly on a bound (1,000,000, 500,000, 100,000,
// 10,000) is in the higher band (SourceProposals1986). A result borrowed from
// an achievement already applied is graded one band lower (第六条第二款); a
// technical reserve within the last band's limit (第八条); no project is
// awarded twice, and a re-grading pays only the difference (第八条, 第十一条):
// see GradeProposal.
func Proposals1986() ProposalTable {
	return ProposalTable{
		Bands: []ProposalBand{
			{Tier: 1, From: yuan("1000000"), Min: yuan("2500"), Max: yuan("4000"), Certificate: true},
			{Tier: 2, From: yuan("500000"), Min: yuan("1500"), Max: yuan("2500"), Certificate: true},
			{Tier: 3, From: yuan("100000"), Min: yuan("500"), Max: yuan("1500"), Certificate: true},
			{Tier: 4, From: yuan("10000"), Min: yuan("300"), Max: yuan("500"), Commendation: true},
			{Tier: 5, From: decimal.Zero, Min: decimal.Zero, Max: yuan("300"), Commendation: true},
		},
		BorrowedLower: true,
		ReserveInLast: true,
		Source:        SourceProposals1986,
		Effective:     union.Since(union.MustPeriod("1986-06")),
	}
}

// ProposalsTimeline returns the two tables over time: 1982's from March 1982
// (issued by the State Council on 1982-03-16) to May 1986, 1986's from June
// 1986 (the revision of 1986-06-03 took effect on its publication, 第二十四条).
// Whether the regulation is still in force after later clean-ups of State
// Council regulations is not verified.
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
	// Band is the band the proposal is graded in (after any lowering).
	Band ProposalBand `json:"band"`
	// Lowered is true when the band is one lower than the benefit's own,
	// because the proposal borrows a result applied elsewhere.
	Lowered bool `json:"lowered,omitempty"`
	// Withheld is true when nothing is awarded: the project already holds an
	// award of this band or a higher one (no double award).
	Withheld bool `json:"withheld,omitempty"`
	// PayMin and PayMax are the range of what is still to pay: the band's
	// Min and Max less what was already paid for the project, never below
	// zero; zero when Withheld.
	PayMin decimal.Decimal `json:"pay_min"`
	// PayMax is the upper end of what is still to pay.
	PayMax decimal.Decimal `json:"pay_max"`
	// Reasons explain the band, with the source.
	Reasons []union.Reason `json:"reasons"`
}

// Proposal is one rationalisation proposal or technical improvement to
// grade, with its history.
type Proposal struct {
	// ID identifies the proposal; optional.
	ID string `json:"id,omitempty"`
	// Benefit is the annual economic benefit in yuan, counted over twelve
	// months from adoption (1986 第九条); for a benefit that cannot be
	// measured, the benefit the committee assessed by analogy (第七条).
	Benefit decimal.Decimal `json:"benefit"`
	// Borrowed: the proposal applies a result already applied elsewhere
	// (借鉴已经应用的科技成果, 1986 第六条第二款).
	Borrowed bool `json:"borrowed,omitempty"`
	// Reserve: adopted as a technical reserve, not yet applied (1986 第八条).
	Reserve bool `json:"reserve,omitempty"`
	// PriorTier is the tier of an award the project already received (a
	// reserve award, or an earlier grading); zero: none.
	PriorTier int `json:"prior_tier,omitempty"`
	// PriorPaid is what was already paid for the project; it is deducted
	// from a new award (1986 第八条, 第十一条).
	PriorPaid decimal.Decimal `json:"prior_paid,omitzero"`
}

// Grade returns the band of an annual economic benefit in yuan: Grade(b) is
// GradeProposal(Proposal{Benefit: b}).
func (t ProposalTable) Grade(benefit decimal.Decimal) (ProposalAward, error) {
	return t.GradeProposal(Proposal{Benefit: benefit})
}

// GradeProposal grades a proposal. The benefit picks the band (From
// inclusive unless Strict); a borrowed result goes one band lower
// (BorrowedLower; the last band stays the last), a technical reserve to the
// last band (ReserveInLast). A project already awarded in this band or a
// higher one gets nothing more (no double award, 第十一条: Withheld); one
// re-graded higher is paid the difference: the band's range less PriorPaid
// (第八条, 第十一条). A negative benefit or PriorPaid, a PriorTier outside the
// table, Borrowed or Reserve under a table without the rule, and a value
// outside the decimal limits are ErrInvalid.
func (t ProposalTable) GradeProposal(p Proposal) (ProposalAward, error) {
	if err := t.Validate(); err != nil {
		return ProposalAward{}, err
	}
	var errs []error
	for _, v := range []struct {
		name string
		d    decimal.Decimal
	}{{"benefit", p.Benefit}, {"prior_paid", p.PriorPaid}} {
		if fe := checkDecimal(v.name, v.d); fe != nil {
			errs = append(errs, fe)
		} else if v.d.Sign() < 0 {
			errs = append(errs, union.Invalid(v.name, "invalid.negative", v.d.String()))
		}
	}
	if p.PriorTier < 0 || p.PriorTier > len(t.Bands) {
		errs = append(errs, union.Invalid("prior_tier", "invalid.range", strconv.Itoa(p.PriorTier), "0", strconv.Itoa(len(t.Bands))))
	}
	if p.Borrowed && !t.BorrowedLower {
		errs = append(errs, union.Invalid("borrowed", "competition.proposal.no_rule", "true"))
	}
	if p.Reserve && !t.ReserveInLast {
		errs = append(errs, union.Invalid("reserve", "competition.proposal.no_rule", "true"))
	}
	if len(errs) > 0 {
		return ProposalAward{}, errors.Join(errs...)
	}
	src := cite(t.Source)
	idx := -1
	for i, b := range t.Bands {
		if p.Benefit.GreaterThan(b.From) || (!b.Strict && p.Benefit.Equal(b.From)) {
			idx = i
			break
		}
	}
	if idx < 0 { // unreachable with a valid table (the last band starts at 0)
		return ProposalAward{}, union.Inconsistent("bands", "policy.uncovered", p.Benefit.String(), p.Benefit.String())
	}
	b := t.Bands[idx]
	out := ProposalAward{Reasons: []union.Reason{union.NewReason("competition.proposal.band", src, strconv.Itoa(b.Tier),
		p.Benefit.StringFixed(2), b.Min.StringFixed(2), b.Max.StringFixed(2))}}
	last := len(t.Bands) - 1
	switch {
	case p.Reserve:
		idx = last
		out.Reasons = append(out.Reasons, union.NewReason("competition.proposal.reserve", src, strconv.Itoa(t.Bands[last].Tier)))
	case p.Borrowed && idx < last:
		idx++
		out.Lowered = true
		out.Reasons = append(out.Reasons, union.NewReason("competition.proposal.borrowed", src, strconv.Itoa(b.Tier), strconv.Itoa(t.Bands[idx].Tier)))
	case p.Borrowed:
		out.Reasons = append(out.Reasons, union.NewReason("competition.proposal.borrowed_last", src, strconv.Itoa(b.Tier)))
	}
	out.Band = t.Bands[idx]
	b = out.Band
	if p.PriorTier > 0 && p.PriorTier <= b.Tier {
		out.Withheld = true
		out.PayMin, out.PayMax = decimal.Zero, decimal.Zero
		out.Reasons = append(out.Reasons, union.NewReason("competition.proposal.no_double", src, strconv.Itoa(p.PriorTier), strconv.Itoa(b.Tier)))
		return out, nil
	}
	out.PayMin = decimal.Max(decimal.Zero, b.Min.Sub(p.PriorPaid))
	out.PayMax = decimal.Max(decimal.Zero, b.Max.Sub(p.PriorPaid))
	if p.PriorPaid.Sign() > 0 {
		out.Reasons = append(out.Reasons, union.NewReason("competition.proposal.difference", src, p.PriorPaid.StringFixed(2),
			out.PayMin.StringFixed(2), out.PayMax.StringFixed(2)))
	}
	return out, nil
}

// MarshalJSON writes the award with the amounts still to pay at the fen
// ("2200.00"), as money is written everywhere in the module.
func (a ProposalAward) MarshalJSON() ([]byte, error) {
	type plain ProposalAward
	return json.Marshal(struct {
		plain
		PayMin string `json:"pay_min"`
		PayMax string `json:"pay_max"`
	}{plain(a), a.PayMin.StringFixed(2), a.PayMax.StringFixed(2)})
}
