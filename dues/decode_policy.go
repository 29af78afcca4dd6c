package dues

import (
	"encoding/json"
	"math"

	"github.com/gonghui/gonghui/union"
)

// Limits of decoding policies.
const (
	// MaxPolicyEntries bounds each list of a policy file (bases, exempt,
	// classes, a base's items, a scheme's shares at one level).
	MaxPolicyEntries = 256
	// maxDecodeShareDepth bounds how deep a scheme file's shares may nest
	// while reading; Validate allows 4.
	maxDecodeShareDepth = 8
)

// UnmarshalJSON reads a policy strictly: an unknown key, a value of the
// wrong type or a bad decimal is a *union.FieldError (union.ErrInvalid)
// naming its path ("bases[1].sector"), all reported at once.
//
// A policy file either names a preset and overrides some of its fields —
// {"preset": "national", "amount_rounding": {"places": 0, "mode": "half_up"}}:
// each key given replaces the preset's value whole — or states every field
// whose zero value would change the money: rate, base_rounding,
// amount_rounding, bases, exempt, previous_month and lapse_months are then
// required (whole_yuan, own_items, classes, round_per_span, source and
// effective are optional). A rounding always states both places and mode.
// Wage items in bases may be the English words or the Chinese names of the
// named items (岗位工资 is read as "position"); own_items are kept as
// written. The policy is not validated here: Assess and
// Validate do that.
func (p *Policy) UnmarshalJSON(data []byte) error {
	return readInto(p, data, PresetPolicy, func(v *Policy) []jsonKey {
		return []jsonKey{
			req("rate", &v.Rate, readDecimal),
			req("base_rounding", &v.BaseRounding, readRounding),
			req("amount_rounding", &v.AmountRounding, readRounding),
			opt("whole_yuan", &v.WholeYuan, readBool),
			req("bases", &v.Bases, listOf(readNested[Base])),
			req("exempt", &v.Exempt, listOf(readNested[Exemption])),
			opt("own_items", &v.OwnItems, listOf(readOwnItem)),
			opt("classes", &v.Classes, listOf(readNested[ClassRule])),
			req("previous_month", &v.PreviousMonth, readBool),
			opt("round_per_span", &v.RoundPerSpan, readBool),
			req("lapse_months", &v.LapseMonths, intIn[int](math.MinInt32, math.MaxInt32)),
			opt("source", &v.Source, readString),
			opt("effective", &v.Effective, readEffective),
		}
	})
}

// UnmarshalJSON reads a base strictly; sector, all_but and items are
// required, class and source optional (a base never becomes an enterprise's,
// or an "only these items" list, by omission). Items accept the English
// words and the Chinese names of the named items (岗位工资); other names are
// kept as the employer's own.
func (b *Base) UnmarshalJSON(data []byte) error {
	return readInto(b, data, nil, func(v *Base) []jsonKey {
		return []jsonKey{
			req("sector", &v.Sector, readSector),
			opt("class", &v.Class, readClass),
			req("all_but", &v.AllBut, readBool),
			req("items", &v.Items, listOf(readBaseItem)),
			opt("source", &v.Source, readString),
		}
	})
}

// readBaseItem reads an item of a base: a named item by its English word or
// Chinese name (岗位工资 is PositionWage), any other name as written.
func readBaseItem(field string, raw json.RawMessage) (WageItem, error) {
	item, err := readOwnItem(field, raw)
	if known, e := ParseWageItem(string(item)); e == nil {
		item = known
	}
	return item, err
}

// readOwnItem reads an employer's own wage item, kept as written.
func readOwnItem(field string, raw json.RawMessage) (WageItem, error) {
	s, err := readString(field, raw)
	return WageItem(s), err
}

// UnmarshalJSON reads an exemption strictly; status is required.
func (e *Exemption) UnmarshalJSON(data []byte) error {
	return readInto(e, data, nil, func(v *Exemption) []jsonKey {
		return []jsonKey{req("status", &v.Status, readStatus), opt("source", &v.Source, readString)}
	})
}

// UnmarshalJSON reads a class rule strictly; class and flat are required,
// rate and fee optional (zero).
func (c *ClassRule) UnmarshalJSON(data []byte) error {
	return readInto(c, data, nil, func(v *ClassRule) []jsonKey {
		return []jsonKey{
			req("class", &v.Class, readClass),
			req("flat", &v.Flat, readBool),
			opt("rate", &v.Rate, readDecimal),
			opt("fee", &v.Fee, readDecimal),
			opt("source", &v.Source, readString),
		}
	})
}

// UnmarshalJSON reads a union-funds rule strictly, as Policy.UnmarshalJSON
// reads a policy: either {"preset": "beijing2015", …overrides} or a full
// rule, where rate, daily_late_rate, rounding, preparatory and
// deductible_rate are required (a rule never becomes "0% deductible", "no
// late fee" or "no preparatory funds" by omission); cap_late_fee,
// whole_yuan, place, previous_month_base, due_day, small_firm, source and
// effective are optional.
func (f *Funds) UnmarshalJSON(data []byte) error {
	return readInto(f, data, PresetFunds, func(v *Funds) []jsonKey {
		return []jsonKey{
			req("rate", &v.Rate, readDecimal),
			req("daily_late_rate", &v.DailyLateRate, readDecimal),
			opt("cap_late_fee", &v.CapLateFee, readBool),
			req("rounding", &v.Rounding, readRounding),
			opt("whole_yuan", &v.WholeYuan, readBool),
			opt("place", &v.Place, readString),
			opt("previous_month_base", &v.PreviousMonthBase, readBool),
			opt("due_day", &v.DueDay, intIn[int](0, 31)),
			req("preparatory", &v.Preparatory, readNested[Preparatory]),
			opt("small_firm", &v.SmallFirm, readNested[SmallFirm]),
			req("deductible_rate", &v.DeductibleRate, readDecimal),
			opt("source", &v.Source, readString),
			opt("effective", &v.Effective, readEffective),
		}
	})
}

// UnmarshalJSON reads the preparatory-funds rule strictly; due is required.
func (p *Preparatory) UnmarshalJSON(data []byte) error {
	return readInto(p, data, nil, func(v *Preparatory) []jsonKey {
		return []jsonKey{
			req("due", &v.Due, readBool),
			opt("after_months", &v.AfterMonths, intIn[int](0, math.MaxInt32)),
			opt("since_required", &v.SinceRequired, readBool),
			opt("as_union_funds", &v.AsUnionFunds, readBool),
			opt("refundable", &v.Refundable, readBool),
			opt("source", &v.Source, readString),
		}
	})
}

// UnmarshalJSON reads the small-firm exemption strictly; both keys are optional.
func (s *SmallFirm) UnmarshalJSON(data []byte) error {
	return readInto(s, data, nil, func(v *SmallFirm) []jsonKey {
		return []jsonKey{opt("below", &v.Below, intIn[int](0, math.MaxInt32)), opt("source", &v.Source, readString)}
	})
}

// UnmarshalJSON reads an employer strictly: id, payroll, headcount and
// has_union are required (an employer never becomes a small firm or one
// without a union by omission); salaries and since are optional.
func (e *Employer) UnmarshalJSON(data []byte) error {
	return readInto(e, data, nil, func(v *Employer) []jsonKey {
		return []jsonKey{
			req("id", &v.ID, readID),
			req("payroll", &v.Payroll, readDecimal),
			opt("salaries", &v.Salaries, readDecimal),
			req("headcount", &v.Headcount, intIn[int](0, math.MaxInt32)),
			req("has_union", &v.HasUnion, readBool),
			opt("since", &v.Since, readPeriod),
		}
	})
}

// UnmarshalJSON reads an allocation scheme strictly: either
// {"preset": "standard", …overrides} or a full scheme, where shares and
// places are required (places never defaults to whole yuan); whole_yuan
// and source are optional.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	return readInto(s, data, PresetScheme, func(v *Scheme) []jsonKey {
		return []jsonKey{
			req("shares", &v.Shares, readShares(1)),
			req("places", &v.Places, readPlaces),
			opt("whole_yuan", &v.WholeYuan, readBool),
			opt("source", &v.Source, readString),
		}
	})
}

// UnmarshalJSON reads a share strictly; party and weight are required.
func (sh *Share) UnmarshalJSON(data []byte) error {
	return readInto(sh, data, nil, shareFields(1))
}

// shareFields are the keys of a share at depth (1 for a scheme's shares).
func shareFields(depth int) func(v *Share) []jsonKey {
	return func(v *Share) []jsonKey {
		return []jsonKey{
			req("party", &v.Party, readString),
			req("weight", &v.Weight, readDecimal),
			opt("retained", &v.Retained, readBool),
			opt("parts", &v.Parts, readShares(depth+1)),
		}
	}
}

// readShares reads a list of shares at depth, refusing one nested deeper
// than maxDecodeShareDepth.
func readShares(depth int) func(field string, raw json.RawMessage) ([]Share, error) {
	return func(field string, raw json.RawMessage) ([]Share, error) {
		if depth > maxDecodeShareDepth {
			return nil, union.Invalid(field, "invalid.too_large", "", "8")
		}
		return listOf(func(path string, el json.RawMessage) (Share, error) {
			var sh Share
			return sh, union.Prefix(path, readInto(&sh, el, nil, shareFields(depth)))
		})(field, raw)
	}
}

// DecodePolicy reads a policy file strictly (see Policy.UnmarshalJSON),
// refusing invalid UTF-8, malformed JSON and trailing data (code
// invalid.json), and validates the policy: the error is the decoding
// problems (union.ErrInvalid) or, once it reads, Validate's (union.ErrPolicy).
func DecodePolicy(data []byte) (Policy, error) {
	var p Policy
	if err := decodeDocument("policy", data, &p); err != nil {
		return Policy{}, err
	}
	if err := p.Validate(); err != nil {
		return Policy{}, err
	}
	return p, nil
}

// DecodeFunds reads a union-funds rule file strictly (see
// Funds.UnmarshalJSON) and validates it, as DecodePolicy does.
func DecodeFunds(data []byte) (Funds, error) {
	var f Funds
	if err := decodeDocument("funds", data, &f); err != nil {
		return Funds{}, err
	}
	if err := f.Validate(); err != nil {
		return Funds{}, err
	}
	return f, nil
}

// DecodeScheme reads an allocation-scheme file strictly (see
// Scheme.UnmarshalJSON) and validates it, as DecodePolicy does.
func DecodeScheme(data []byte) (Scheme, error) {
	var s Scheme
	if err := decodeDocument("scheme", data, &s); err != nil {
		return Scheme{}, err
	}
	if err := s.Validate(); err != nil {
		return Scheme{}, err
	}
	return s, nil
}

// decodeDocument checks data is one well-formed UTF-8 JSON value and reads it.
func decodeDocument(field string, data []byte, v json.Unmarshaler) error {
	if err := checkDocument(field, data); err != nil {
		return err
	}
	return v.UnmarshalJSON(data)
}
