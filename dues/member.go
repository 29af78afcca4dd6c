package dues

import (
	"errors"
	"sort"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Member is what the dues rules need to know of one union member for one
// month: who they are, where and how they work, and their payslip.
//
// Wages maps each payslip item to its amount in yuan for the month; amounts
// must not be negative. Which items count towards the dues base is the
// policy's business (Policy.Bases), so pass the whole payslip.
type Member struct {
	// ID is the caller's identifier of the member (staff number, member card); required.
	ID string `json:"id"`
	// Sector is the sector of the member's employer; it picks the base items.
	Sector union.Sector `json:"sector"`
	// Status is the member's status; retired and unemployed members pay nothing
	// under the national policy (中国工会章程 第八条).
	Status union.MemberStatus `json:"status"`
	// Class is the kind of staff, for class rates and flat fees; Regular by default.
	Class Class `json:"class"`
	// Wages is the month's payslip: item → amount in yuan.
	Wages map[WageItem]decimal.Decimal `json:"wages"`
	// NoFixedIncome marks a member without a fixed monthly income; under a
	// policy with PreviousMonth set, dues are computed on PreviousWages
	// (全总 工发[1978]101号 第三条).
	NoFixedIncome bool `json:"no_fixed_income,omitempty"`
	// PreviousWages is the previous month's payslip, used for members without a
	// fixed income; required when that rule applies.
	PreviousWages map[WageItem]decimal.Decimal `json:"previous_wages,omitempty"`
	// Joined is the first month of membership, when known; AssessPeriod charges
	// no month before it.
	Joined union.Period `json:"joined,omitzero"`
	// Left is the last month of membership, when known; AssessPeriod charges no
	// month after it.
	Left union.Period `json:"left,omitzero"`
}

// validateHeader checks the member's identity and enums; wages are checked
// while they are summed.
func (m *Member) validateHeader(errs []error) []error {
	if m.ID != "" && m.Sector.Valid() && m.Status.Valid() && m.Class.Valid() && m.Joined.IsZero() && m.Left.IsZero() {
		return errs // the common case, checked without building anything
	}
	if m.ID == "" {
		errs = append(errs, union.Invalid("id", "invalid.required", ""))
	}
	if !m.Sector.Valid() {
		errs = append(errs, union.Invalid("sector", "invalid.unknown", strconv.Itoa(int(m.Sector))))
	}
	if !m.Status.Valid() {
		errs = append(errs, union.Invalid("status", "invalid.unknown", strconv.Itoa(int(m.Status))))
	}
	if !m.Class.Valid() {
		errs = append(errs, union.Invalid("class", "invalid.unknown", strconv.Itoa(int(m.Class))))
	}
	for _, f := range []struct {
		name string
		p    union.Period
	}{{"joined", m.Joined}, {"left", m.Left}} {
		if !f.p.IsZero() && !f.p.Valid() {
			errs = append(errs, union.Invalid(f.name, "invalid.format", f.p.String(), "YYYY-MM"))
		}
	}
	if !m.Joined.IsZero() && !m.Left.IsZero() && m.Left.Before(m.Joined) {
		errs = append(errs, union.Invalid("left", "invalid.order", m.Left.String()))
	}
	return errs
}

// validateWages reports an empty item name, an amount outside the decimal
// limits or negative, an item
// neither named nor declared (declared holds the policy's own items), and
// a Chinese name used as a key, with field paths under name
// ("wages.bonus", "wages[bonnus]").
// The problems are sorted by field, so the same payslip always gives the same error.
func validateWages(name string, wages map[WageItem]decimal.Decimal, declared map[WageItem]bool, errs []error) []error {
	bad := false
	for k, v := range wages {
		if k == "" || v.Sign() < 0 || !withinLimits(v) || (!k.Known() && !declared[k]) {
			bad = true
			break
		}
	}
	if !bad {
		return errs
	}
	var found []*union.FieldError
	for k, v := range wages {
		switch {
		case k == "":
			found = append(found, union.Invalid(name, "invalid.empty", v.String()))
			continue
		case k.Known() || declared[k]:
		default:
			f := name + "[" + string(k) + "]"
			if a, ok := aliasOf(string(k)); ok {
				found = append(found, union.Invalid(f, codeItemAlias, string(k), string(a)))
			} else {
				found = append(found, union.Invalid(f, codeItemUnknown, string(k)))
			}
			continue
		}
		if fe := checkDecimal(name+"."+string(k), v); fe != nil {
			found = append(found, fe)
		} else if v.Sign() < 0 {
			found = append(found, union.Invalid(name+"."+string(k), "invalid.negative", v.String()))
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Field < found[j].Field })
	for _, fe := range found {
		errs = append(errs, fe)
	}
	return errs
}

// sortByField orders field errors by field path (validateHeader's come
// first in a fixed order; payslip errors are merged into it), so the same
// member always gives the same error.
func sortByField(errs []error) {
	field := func(e error) string {
		if fe, ok := e.(*union.FieldError); ok {
			return fe.Field
		}
		return ""
	}
	sort.SliceStable(errs, func(i, j int) bool { return field(errs[i]) < field(errs[j]) })
}

// joinErrs returns nil, the one error, or errors.Join of them all.
func joinErrs(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errors.Join(errs...)
}
