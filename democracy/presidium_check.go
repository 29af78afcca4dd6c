package democracy

import (
	"errors"

	"github.com/gonghui/gonghui/union"
)

// PresidiumComposition is the result of CheckPresidium: every rule with its
// actual value, its limit and its source, passing ones too.
type PresidiumComposition struct {
	// Size is the number of the presidium's members.
	Size int `json:"size"`
	// Delegates is the number of voting delegates of the congress.
	Delegates int `json:"delegates"`
	// Checks are the rules applied, in order: the smallest and the largest
	// presidium for the congress (where the rules set them; Count is the
	// presidium's size, Of the congress's delegates), then each of
	// Presidium.Limits (Count is the group's members, Of the presidium's size).
	Checks []Check `json:"checks"`
	// OK reports whether every hard check holds.
	OK bool `json:"ok"`
	// Reasons lists each check's reason, in the order of Checks, then the
	// overlap of bands when there is one, then the overall verdict.
	Reasons []union.Reason `json:"reasons"`
}

// CheckPresidium applies the presidium rules to a proposed presidium (主席团)
// of a congress with the given number of voting delegates: its size against
// the band of Presidium.Bands that holds that number, and each of
// Presidium.Limits as a share of the presidium (上海市职工代表大会条例
// 第二十三条: 30 to 100 delegates elect 3 to 5, 100 or more at least 7, and
// 一线职工代表 are at least half of the presidium).
//
// Where two bands hold the number (Shanghai at exactly 100 delegates: 三十人
// 至一百人 and 一百人以上 both include 本数), the governing band applies, as
// in Plan: a mandatory band over a permissive one (不得少于七人 over 可以设三
// 至五人), then the larger minimum; a reason names the overlap. A permissive
// band's checks are Soft: 6 members for 60 delegates is a warning. Where no
// band holds the number, the size is not checked.
//
// A presidium that breaks a rule is a result (OK false), not an error.
// Errors: an inconsistent rule set (ErrPolicy); delegates not positive, an
// empty presidium or one larger than the congress, a non-voting (列席)
// member, an unknown category or gender, a duplicate name (ErrInvalid).
func (r Rules) CheckPresidium(delegates int, presidium []Delegate) (PresidiumComposition, error) {
	if err := r.Validate(); err != nil {
		return PresidiumComposition{}, err
	}
	if err := validatePresidium(delegates, presidium); err != nil {
		return PresidiumComposition{}, err
	}
	p := PresidiumComposition{Size: len(presidium), Delegates: delegates}
	rule := r.Presidium
	band, bands := governingBand(rule.Bands, delegates)
	p.Checks = make([]Check, 0, 2+len(rule.Limits))
	if bands > 0 {
		b := rule.Bands[band]
		p.Checks = append(p.Checks, Check{
			Code: "democracy.check.presidium.min", Count: p.Size, Of: delegates, Limit: b.Min, OK: p.Size >= b.Min, Soft: b.Soft,
			Reason: union.NewReason("democracy.check.presidium.min", cite(rule.Source), itoa(p.Size), itoa(b.Min), itoa(delegates)),
		})
		if b.Max > 0 {
			p.Checks = append(p.Checks, Check{
				Code: "democracy.check.presidium.max", Count: p.Size, Of: delegates, Limit: b.Max, Ceiling: true,
				OK: p.Size <= b.Max, Soft: b.Soft,
				Reason: union.NewReason("democracy.check.presidium.max", cite(rule.Source), itoa(p.Size), itoa(b.Max), itoa(delegates)),
			})
		}
	}
	counts := countDelegates(presidium)
	for _, l := range rule.Limits {
		p.Checks = append(p.Checks, l.measure("democracy.check.presidium.", &counts, p.Size, Workforce{}))
	}
	p.OK, p.Reasons = verdict(p.Checks, 2)
	switch {
	case bands > 1:
		p.Reasons = append(p.Reasons, union.NewReason("democracy.check.presidium.overlap", cite(rule.Source), itoa(delegates)))
	case bands == 0:
		p.Reasons = append(p.Reasons, union.NewReason("democracy.check.presidium.unset", cite(rule.Source), itoa(delegates)))
	}
	p.Reasons = append(p.Reasons, passOrFail(p.OK, "democracy.check.presidium.pass", "democracy.check.presidium.fail", cite(rule.Source)))
	return p, nil
}

// validatePresidium checks CheckPresidium's input (ErrInvalid).
func validatePresidium(delegates int, presidium []Delegate) error {
	var errs []error
	if fe := countError("delegates", delegates, true); fe != nil {
		errs = append(errs, fe)
	}
	switch {
	case len(presidium) == 0:
		errs = append(errs, union.Invalid("presidium", "invalid.empty", ""))
	case len(presidium) > MaxDelegateList:
		return tooMany(union.ErrInvalid, "presidium", len(presidium), MaxDelegateList)
	case delegates > 0 && len(presidium) > delegates:
		errs = append(errs, union.Invalid("presidium", "invalid.too_large", itoa(len(presidium)), itoa(delegates)))
	}
	for i, d := range presidium {
		if d.NonVoting {
			errs = append(errs, union.Invalid(union.Indexed("presidium", i)+".non_voting", "invalid.inconsistent", "true", "presidium"))
		}
	}
	errs = append(errs, delegateErrors("presidium", presidium)...)
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}
