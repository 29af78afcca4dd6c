package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Ratio is a rate shown with what it is made of: Num of Den, and the
// percentage rounded half up to one decimal place (as reports print it).
// Totals must be computed from the counts, never by adding rounded
// percentages (47.2% + 35.4% is reported as 82.5% when the counts give
// 82.6%). With Den 0 the rate is undefined: Defined is false, Percent 0.
type Ratio struct {
	// Num is the numerator.
	Num int `json:"num"`
	// Den is the denominator.
	Den int `json:"den"`
	// Defined reports whether Den is positive.
	Defined bool `json:"defined"`
	// Percent is 100 × Num / Den, rounded half up to one decimal place.
	Percent decimal.Decimal `json:"percent"`
}

// NewRatio returns the ratio num/den; negative counts, or a numerator above
// the denominator, are ErrInvalid naming field.
func NewRatio(field string, num, den int) (Ratio, error) {
	switch {
	case num < 0:
		return Ratio{}, union.Invalid(field, "invalid.negative", itoa(num))
	case den < 0:
		return Ratio{}, union.Invalid(field, "invalid.negative", itoa(den))
	case num > den:
		return Ratio{}, union.Invalid(field, "invalid.too_large", itoa(num), itoa(den))
	}
	return ratio(num, den), nil
}

// ratio builds a Ratio of checked counts.
func ratio(num, den int) Ratio {
	r := Ratio{Num: num, Den: den, Percent: decimal.Zero}
	if den > 0 {
		r.Defined = true
		r.Percent = decimal.NewFromInt(int64(num)).Mul(decimal.NewFromInt(100)).DivRound(decimal.NewFromInt(int64(den)), 1)
	}
	return r
}

// String returns "64/72 = 88.9%", or "0/0" when undefined.
func (r Ratio) String() string {
	s := itoa(r.Num) + "/" + itoa(r.Den)
	if r.Defined {
		s += " = " + r.Percent.StringFixed(1) + "%"
	}
	return s
}

// CoverageInput are the counts behind the coverage of wage consultation in
// an area or an industry.
type CoverageInput struct {
	// Unionised is the number of enterprises with a union (已建工会的企业).
	Unionised int `json:"unionised"`
	// Established is how many of them have a wage-consultation mechanism
	// (建立工资集体协商制度).
	Established int `json:"established"`
	// Workers is the number of workers in the unionised enterprises.
	Workers int `json:"workers"`
	// Covered is how many of them a wage contract covers.
	Covered int `json:"covered"`
}

// Coverage is the result of ConsultationCoverage.
type Coverage struct {
	// Establishment is the 建制率: Established of Unionised.
	Establishment Ratio `json:"establishment"`
	// Workers is the share of workers covered: Covered of Workers.
	Workers Ratio `json:"workers"`
	// Reasons say what each denominator is, with sources.
	Reasons []union.Reason `json:"reasons"`
}

// srcCoverage cites the definition of the 建制率 used in the union's targets.
const srcCoverage = "中华全国总工会 2011—2013 年工资集体协商工作规划（建制率以已建工会的企业为基数；依二手资料）"

// ConsultationCoverage computes the coverage of wage consultation with its
// numerators and denominators: the 建制率 counts enterprises with a
// mechanism among the unionised ones (not among all enterprises), and the
// worker coverage counts covered workers among those of the unionised
// enterprises.
//
// Errors (ErrInvalid): negative counts, a numerator above its denominator.
func ConsultationCoverage(in CoverageInput) (Coverage, error) {
	var errs []error
	est, err := NewRatio("established", in.Established, in.Unionised)
	if err != nil {
		errs = append(errs, err)
	}
	wk, err := NewRatio("covered", in.Covered, in.Workers)
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Coverage{}, errors.Join(errs...)
	}
	return Coverage{
		Establishment: est,
		Workers:       wk,
		Reasons: []union.Reason{
			union.NewReason("democracy.coverage.establishment", srcCoverage, est.String()),
			union.NewReason("democracy.coverage.workers", srcCoverage, wk.String()),
		},
	}, nil
}
