package competition

import (
	"slices"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Entry is one entrant's sheet: the judges' scores per indicator, bonus and
// deduction items, a veto, and the completion time.
type Entry struct {
	// ID identifies the entrant (workstation number, badge, member ID); it
	// must be present and unique within one Rank call.
	ID string `json:"id"`
	// Name is an optional display name.
	Name string `json:"name,omitempty"`
	// Scores maps an indicator ID to the judges' scores, one per judge, in
	// the judges' order (a breakdown names a dropped score by its index).
	// For a LowerBetter indicator the values are the measurements (seconds,
	// defects); they must be positive. A missing indicator follows
	// Scheme.Absent.
	Scores map[string][]decimal.Decimal `json:"scores"`
	// Bonus is added to the total (加分), up to Scheme.MaxBonus.
	Bonus decimal.Decimal `json:"bonus,omitzero"`
	// Deduction is taken off the total (扣分), up to Scheme.MaxDeduction.
	Deduction decimal.Decimal `json:"deduction,omitzero"`
	// Veto, when not empty, disqualifies the entrant (一票否决) with this
	// cause: the entrant is listed last, without a rank (SourceVeto).
	Veto string `json:"veto,omitempty"`
	// Time is the completion time in the event's unit; zero: not recorded.
	// A shorter time breaks a tie (SourceTieBreak), and a recorded time
	// beats none.
	Time decimal.Decimal `json:"time,omitzero"`
}

// checkIDs reports every entry without an ID, and every entry whose ID an
// earlier entry already has, as ErrInvalid.
func (p *plan) checkIDs(entries []Entry) []error {
	var errs []error
	ids := make(map[string]struct{}, len(entries))
	for i := range entries {
		id := entries[i].ID
		if id == "" {
			errs = append(errs, union.Invalid(union.Indexed("entries", i)+".id", "invalid.required", ""))
		} else if _, dup := ids[id]; dup {
			errs = append(errs, union.Invalid(union.Indexed("entries", i)+".id", "invalid.duplicate", id))
		} else {
			ids[id] = struct{}{}
		}
	}
	return errs
}

// checkEntry checks the indicator IDs, the bonus, deduction and time
// of entry i (found is the number of the scheme's indicators it has scores
// for) and records every problem in p.errs, each a *union.FieldError wrapping
// union.ErrInvalid with a path such as "entries[3].scores.typo". The scores
// themselves are checked while Rank scales them (see checkScore).
func (p *worker) checkEntry(i int, e *Entry, found int) {
	// Counting the indicators found spots unknown keys without walking the
	// map in the common case.
	if found != len(e.Scores) {
		var unknown []string
		for k := range e.Scores {
			if p.s.indicator(k) < 0 {
				unknown = append(unknown, k)
			}
		}
		slices.Sort(unknown)
		for _, k := range unknown {
			p.errs = append(p.errs, entryError{i, union.Invalid(union.Indexed("entries", i)+".scores."+k, "invalid.unknown", k)})
		}
	}
	for _, v := range []struct {
		name string
		d    decimal.Decimal
	}{{"bonus", e.Bonus}, {"deduction", e.Deduction}, {"time", e.Time}} {
		if fe := checkDecimal("", v.d); fe != nil { // the path is written only for an error
			fe.Field = union.Indexed("entries", i) + "." + v.name
			p.errs = append(p.errs, entryError{i, fe})
		} else if v.d.Sign() < 0 {
			p.errs = append(p.errs, entryError{i, union.Invalid(union.Indexed("entries", i)+"."+v.name, "invalid.negative", v.d.String())})
		}
	}
}

// checkScore checks one judge's score: not negative, not above the
// indicator's Max, positive on a LowerBetter indicator. x is the score scaled
// to 10^sp when ok, so the common case compares integers.
func (p *worker) checkScore(i, j int, in Indicator, v decimal.Decimal, x int64, ok bool) {
	var code string
	var args []string
	switch {
	case v.Sign() < 0:
		code = "invalid.negative"
	case in.Direction == LowerBetter && v.Sign() == 0:
		code = "invalid.not_positive"
	case in.Max.Sign() > 0 && ok && p.maxI[i] >= 0:
		if x <= p.maxI[i] {
			return
		}
		code, args = "invalid.too_large", []string{in.Max.String()}
	case in.Max.Sign() > 0 && v.GreaterThan(in.Max):
		code, args = "invalid.too_large", []string{in.Max.String()}
	default:
		return
	}
	p.errs = append(p.errs, entryError{p.entry, union.Invalid(union.Indexed(union.Indexed("entries", p.entry)+".scores."+in.ID, j), code, v.String(), args...)})
}
