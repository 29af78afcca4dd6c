package assistance

import (
	"errors"
	"sort"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Figures are the local amounts in force from one month: 低保 and, when
// known, the minimum wage. Callers supply them (no source publishes a
// series; 威海 1,001 in 2023 and 乳山 1,062 in 2025 are examples).
type Figures struct {
	// From is the first month the figures apply.
	From union.Period `json:"from"`
	// MinimumLiving is the 低保 per person per month (for Shanghai, the prior year's).
	MinimumLiving decimal.Decimal `json:"minimum_living"`
	// MinimumWage is the monthly minimum wage; zero keeps the preset's.
	MinimumWage decimal.Decimal `json:"minimum_wage"`
}

// MaxFigures is the most sets of figures Yearly takes: a change every month
// for a century.
const MaxFigures = 1200

// Yearly builds a timeline of rules from a preset and the caller's figures:
// each set applies from its month until the month before the next, the last
// one open-ended (a mid-year change of 低保 is simply a second entry in that
// year). Each rule set is validated; every problem is reported at once as
// ErrPolicy, each under figures[i].
//
//	tl, err := assistance.Yearly(assistance.Standard,
//		assistance.Figures{From: union.MustPeriod("2023-01"), MinimumLiving: decimal.NewFromInt(1001)},
//		assistance.Figures{From: union.MustPeriod("2025-01"), MinimumLiving: decimal.NewFromInt(1062)})
//	rules, err := tl.At(union.MustPeriod("2024-06")) // 低保 1,001
func Yearly(preset func(minimumLiving decimal.Decimal) Rules, figures ...Figures) (union.Timeline[Rules], error) {
	if len(figures) == 0 {
		return union.Timeline[Rules]{}, union.Inconsistent("figures", "policy.empty", "")
	}
	if fe := union.CheckCount("figures", len(figures), MaxFigures); fe != nil {
		fe.Kind = union.ErrPolicy
		return union.Timeline[Rules]{}, fe
	}
	fs := append([]Figures(nil), figures...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].From.Before(fs[j].From) })
	var errs []error
	entries := make([]union.Dated[Rules], 0, len(fs))
	for i, f := range fs {
		field := union.Indexed("figures", i)
		var fe *union.FieldError
		if errors.As(f.From.Validate(), &fe) {
			errs = append(errs, union.Inconsistent(field+".from", fe.Code, fe.Value, fe.Args...))
			continue
		}
		if i > 0 && fs[i-1].From == f.From {
			errs = append(errs, union.Inconsistent(field+".from", "invalid.duplicate", f.From.String()))
			continue
		}
		r := preset(f.MinimumLiving)
		if !f.MinimumWage.IsZero() {
			r.MinimumWage = f.MinimumWage
		}
		r.Effective = union.Since(f.From)
		if i+1 < len(fs) && fs[i+1].From.After(f.From) {
			r.Effective.Until = fs[i+1].From.AddMonths(-1)
		}
		if err := r.Validate(); err != nil {
			errs = append(errs, union.Prefix(field, err))
			continue
		}
		entries = append(entries, union.Dated[Rules]{Effective: r.Effective, Policy: r})
	}
	if len(errs) > 0 {
		return union.Timeline[Rules]{}, errors.Join(errs...)
	}
	return union.NewTimeline(entries...)
}

// History returns the two generations of the ACFTU system as a timeline:
// Generation1 until 2017-12 and Standard from 2018-01, each at the 低保
// given, so an archived file is re-assessed under the rules of its month.
func History(oldMinimumLiving, minimumLiving decimal.Decimal) (union.Timeline[Rules], error) {
	g1, g2 := Generation1(oldMinimumLiving), Standard(minimumLiving)
	var errs []error
	if err := g1.Validate(); err != nil {
		errs = append(errs, union.Prefix("generation1", err))
	}
	if err := g2.Validate(); err != nil {
		errs = append(errs, union.Prefix("standard", err))
	}
	if len(errs) > 0 {
		return union.Timeline[Rules]{}, errors.Join(errs...)
	}
	return union.NewTimeline(
		union.Dated[Rules]{Effective: g1.Effective, Policy: g1},
		union.Dated[Rules]{Effective: g2.Effective, Policy: g2},
	)
}
