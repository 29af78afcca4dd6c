package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// Employer holds the facts about a nominee's employer that bar an honour
// (工人先锋号, 五一劳动奖状 and 奖章): the same-year facts for the year of the
// application, and the dates of events with a lookback window.
type Employer struct {
	// ID identifies the employer.
	ID string `json:"id"`
	// WageArrears: wages in arrears this year (拖欠工资).
	WageArrears bool `json:"wage_arrears,omitempty"`
	// InsuranceArrears: pension, work-injury, medical, unemployment or
	// maternity insurance unpaid this year (欠缴社会保险费).
	InsuranceArrears bool `json:"insurance_arrears,omitempty"`
	// NoUnion: no trade union established (未建工会).
	NoUnion bool `json:"no_union,omitempty"`
	// NoCongress: no workers' congress (职代会) or no collective contract.
	NoCongress bool `json:"no_congress,omitempty"`
	// Incidents are the months of production-safety accidents, serious
	// occupational hazards or mass incidents (安全生产事故、严重职业危害、群体性事件).
	Incidents []union.Period `json:"incidents,omitempty"`
}

// HonourRules is the policy of the employer check for honours.
type HonourRules struct {
	// LookbackMonths is how long an incident bars an application, counted
	// from the incident's month (3 years: 36).
	LookbackMonths int `json:"lookback_months"`
	// Source cites the rules.
	Source string `json:"source,omitempty"`
	// Effective is the period the rules are in force.
	Effective union.Effective `json:"effective,omitzero"`
}

// Honours is the employer bar for the 全国工人先锋号 and the 全国五一劳动奖
// (SourceHonours): wage arrears, unpaid social insurance, no union, or no
// workers' congress or collective contract in the year of application; a
// production-safety accident, serious occupational hazard or mass incident
// within the 3 years before it.
func Honours() HonourRules { return HonourRules{LookbackMonths: 36, Source: SourceHonours} }

// Validate reports a LookbackMonths that is not positive or above
// MaxLookbackMonths, or an invalid Effective period, as ErrPolicy.
func (h HonourRules) Validate() error {
	var errs []error
	if h.LookbackMonths <= 0 {
		errs = append(errs, union.Inconsistent("lookback_months", "invalid.not_positive", strconv.Itoa(h.LookbackMonths)))
	} else if h.LookbackMonths > MaxLookbackMonths {
		errs = append(errs, intRange("lookback_months", h.LookbackMonths, 1, MaxLookbackMonths))
	}
	if err := h.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// Eligibility is the answer of HonourRules.Check.
type Eligibility struct {
	// Eligible is true when nothing bars the employer's nominees.
	Eligible bool `json:"eligible"`
	// Reasons name every bar found, or the clearance.
	Reasons []union.Reason `json:"reasons"`
}

// Check tells whether an employer's staff or teams may be nominated in month
// at. Being barred is an outcome, not an error; an invalid month (at or an
// incident) is ErrInvalid, and so are an incident after at and more than
// MaxIncidents incidents.
func (h HonourRules) Check(e Employer, at union.Period) (Eligibility, error) {
	if err := h.Validate(); err != nil {
		return Eligibility{}, err
	}
	h.Source = cite(h.Source)
	if fe := tooMany("incidents", len(e.Incidents), MaxIncidents); fe != nil {
		return Eligibility{}, fe
	}
	var errs []error
	if !at.Valid() {
		errs = append(errs, union.Invalid("at", "invalid.format", at.String(), "YYYY-MM"))
	}
	for i, p := range e.Incidents {
		f := union.Indexed("incidents", i)
		switch {
		case !p.Valid():
			errs = append(errs, union.Invalid(f, "invalid.format", p.String(), "YYYY-MM"))
		case at.Valid() && p.After(at):
			errs = append(errs, union.Invalid(f, "invalid.inconsistent", p.String(), "at"))
		}
	}
	if len(errs) > 0 {
		return Eligibility{}, errors.Join(errs...)
	}
	var out Eligibility
	bar := func(code string, args ...string) {
		out.Reasons = append(out.Reasons, union.NewReason(code, h.Source, args...))
	}
	if e.WageArrears {
		bar("competition.honour.wage_arrears")
	}
	if e.InsuranceArrears {
		bar("competition.honour.insurance_arrears")
	}
	if e.NoUnion {
		bar("competition.honour.no_union")
	}
	if e.NoCongress {
		bar("competition.honour.no_congress")
	}
	for _, p := range e.Incidents {
		if p.MonthsUntil(at) < h.LookbackMonths {
			bar("competition.honour.incident", p.String(), p.AddMonths(h.LookbackMonths).String())
		}
	}
	out.Eligible = len(out.Reasons) == 0
	if out.Eligible {
		bar("competition.honour.clear")
	}
	return out, nil
}
