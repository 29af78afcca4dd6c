package assistance

import (
	"errors"
	"sort"
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// ClaimAll computes the payouts of many claims at once, returned in the
// order given, with the caps and once-per-period grants carried from each
// member's earlier claims to later ones. Claims are grouped by member ID and
// CoverStart (one period of one member) and taken in the order of their event
// day (the stay's admission, else the diagnosis), then claim ID, so the
// result is the same whatever order the claims come in.
//
// Only a member's first claim in a period may carry PaidBefore (what was
// paid before the batch); a later one that does is an error, as are an empty
// or repeated claim ID, an empty member ID (claims are carried by it), and
// claims of one member's period that state different shares. Every bad claim is reported, as a *union.RecordError
// under "claims[i]", joined; more than MaxMutualClaims claims is a
// *union.FieldError on field "claims" (code "invalid.too_many").
func (p MutualPlan) ClaimAll(claims []MutualClaim) ([]MutualPayout, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if fe := union.CheckCount("claims", len(claims), MaxMutualClaims); fe != nil {
		return nil, fe
	}
	var errs []error
	seen := make(map[string]bool, len(claims))
	for i, c := range claims {
		err := p.checkClaim(c)
		switch {
		case c.ID == "":
			err = errors.Join(err, union.Invalid("id", "invalid.required", ""))
		case seen[c.ID]:
			err = errors.Join(err, union.Invalid("id", "invalid.duplicate", c.ID))
		}
		seen[c.ID] = true
		if c.Member.ID == "" {
			// claims are carried by member ID: without one, two people's
			// claims would share one cap.
			err = errors.Join(err, union.Invalid("member.id", "invalid.required", ""))
		}
		if err != nil {
			errs = append(errs, union.NewRecordError("claims", i, c.ID, err))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	order := make([]int, len(claims))
	for i := range order {
		order[i] = i
	}
	event := func(c MutualClaim) MutualDate {
		if c.Stay != nil {
			return c.Stay.Admitted
		}
		return c.Diagnosis.Date
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := claims[order[a]], claims[order[b]]
		switch {
		case x.Member.ID != y.Member.ID:
			return x.Member.ID < y.Member.ID
		case x.CoverStart != y.CoverStart:
			return x.CoverStart.Before(y.CoverStart)
		case event(x) != event(y):
			return event(x).Before(event(y))
		}
		return x.ID < y.ID
	})
	out := make([]MutualPayout, len(claims))
	for k, i := range order {
		c := claims[i]
		if k > 0 {
			prev := claims[order[k-1]]
			if prev.Member.ID == c.Member.ID && prev.CoverStart == c.CoverStart {
				if c.Shares != prev.Shares {
					// one member holds one number of shares in a period: the caps are per share.
					errs = append(errs, union.NewRecordError("claims", i, c.ID,
						union.Invalid("shares_held", "invalid.inconsistent", strconv.Itoa(c.Shares), prev.ID)))
					continue
				}
				if !mutualPaidZero(c.PaidBefore) {
					errs = append(errs, union.NewRecordError("claims", i, c.ID,
						union.Invalid("paid_before", "assistance.mutual.paid_before_later", "", prev.ID)))
					continue
				}
				c.PaidBefore = out[order[k-1]].PaidAfter
				c.PaidBefore.Diseases = append([]string(nil), c.PaidBefore.Diseases...)
			}
		}
		out[i] = p.pay(c)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// mutualPaidZero reports whether nothing was paid before.
func mutualPaidZero(m MutualPaid) bool {
	return m.Inpatient.IsZero() && m.Allowance.IsZero() && len(m.Diseases) == 0
}
