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
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Policy
	need := o.need
	if raw, ok := o.take("preset"); ok {
		name, err := readString("preset", raw)
		if err == nil {
			v, err = PresetPolicy(name)
		}
		if err != nil {
			return err
		}
		need = o.take
	}
	if raw, ok := need("rate"); ok {
		v.Rate, err = readDecimal("rate", raw)
		o.add(err)
	}
	if raw, ok := need("base_rounding"); ok {
		v.BaseRounding, err = readRounding("base_rounding", raw, v.BaseRounding, false)
		o.add(err)
	}
	if raw, ok := need("amount_rounding"); ok {
		v.AmountRounding, err = readRounding("amount_rounding", raw, v.AmountRounding, false)
		o.add(err)
	}
	if raw, ok := o.take("whole_yuan"); ok {
		v.WholeYuan, err = readBool("whole_yuan", raw)
		o.add(err)
	}
	if raw, ok := need("bases"); ok {
		v.Bases = []Base{}
		o.add(readList("bases", raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			var b Base
			err := b.UnmarshalJSON(el)
			v.Bases = append(v.Bases, b)
			return union.Prefix(path, err)
		}))
	}
	if raw, ok := need("exempt"); ok {
		v.Exempt = []Exemption{}
		o.add(readList("exempt", raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			var e Exemption
			err := e.UnmarshalJSON(el)
			v.Exempt = append(v.Exempt, e)
			return union.Prefix(path, err)
		}))
	}
	if raw, ok := o.take("own_items"); ok {
		v.OwnItems = []WageItem{}
		o.add(readList("own_items", raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			s, err := readString(path, el)
			v.OwnItems = append(v.OwnItems, WageItem(s))
			return err
		}))
	}
	if raw, ok := o.take("classes"); ok {
		v.Classes = []ClassRule{}
		o.add(readList("classes", raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			var c ClassRule
			err := c.UnmarshalJSON(el)
			v.Classes = append(v.Classes, c)
			return union.Prefix(path, err)
		}))
	}
	if raw, ok := need("previous_month"); ok {
		v.PreviousMonth, err = readBool("previous_month", raw)
		o.add(err)
	}
	if raw, ok := o.take("round_per_span"); ok {
		v.RoundPerSpan, err = readBool("round_per_span", raw)
		o.add(err)
	}
	if raw, ok := need("lapse_months"); ok {
		n, err := readInt("lapse_months", raw, math.MinInt32, math.MaxInt32)
		v.LapseMonths = int(n)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if raw, ok := o.take("effective"); ok {
		v.Effective, err = readEffective("effective", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalJSON reads a base strictly; sector, all_but and items are
// required, class and source optional (a base never becomes an enterprise's, or an "only these items"
// list, by omission). Items accept the English words and the Chinese names
// of the named items (岗位工资); other names are kept as the employer's own.
func (b *Base) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Base
	if raw, ok := o.need("sector"); ok {
		v.Sector, err = readSector("sector", raw)
		o.add(err)
	}
	if raw, ok := o.take("class"); ok {
		v.Class, err = readClass("class", raw)
		o.add(err)
	}
	if raw, ok := o.need("all_but"); ok {
		v.AllBut, err = readBool("all_but", raw)
		o.add(err)
	}
	if raw, ok := o.need("items"); ok {
		v.Items = []WageItem{}
		o.add(readList("items", raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			s, err := readString(path, el)
			item := WageItem(s)
			if known, e := ParseWageItem(s); e == nil {
				item = known
			}
			v.Items = append(v.Items, item)
			return err
		}))
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*b = v
	return nil
}

// UnmarshalJSON reads an exemption strictly; status is required.
func (e *Exemption) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Exemption
	if raw, ok := o.need("status"); ok {
		v.Status, err = readStatus("status", raw)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*e = v
	return nil
}

// UnmarshalJSON reads a class rule strictly; class and flat are required,
// rate and fee optional (zero).
func (c *ClassRule) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v ClassRule
	if raw, ok := o.need("class"); ok {
		v.Class, err = readClass("class", raw)
		o.add(err)
	}
	if raw, ok := o.need("flat"); ok {
		v.Flat, err = readBool("flat", raw)
		o.add(err)
	}
	if raw, ok := o.take("rate"); ok {
		v.Rate, err = readDecimal("rate", raw)
		o.add(err)
	}
	if raw, ok := o.take("fee"); ok {
		v.Fee, err = readDecimal("fee", raw)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*c = v
	return nil
}

// UnmarshalJSON reads a union-funds rule strictly, as Policy.UnmarshalJSON
// reads a policy: either {"preset": "beijing2015", …overrides} or a full
// rule, where rate, daily_late_rate, rounding, preparatory and
// deductible_rate are required (a rule never becomes "0% deductible", "no
// late fee" or "no preparatory funds" by omission); cap_late_fee,
// whole_yuan, place, previous_month_base, due_day, small_firm, source and
// effective are optional.
func (f *Funds) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Funds
	need := o.need
	if raw, ok := o.take("preset"); ok {
		name, err := readString("preset", raw)
		if err == nil {
			v, err = PresetFunds(name)
		}
		if err != nil {
			return err
		}
		need = o.take
	}
	if raw, ok := need("rate"); ok {
		v.Rate, err = readDecimal("rate", raw)
		o.add(err)
	}
	if raw, ok := need("daily_late_rate"); ok {
		v.DailyLateRate, err = readDecimal("daily_late_rate", raw)
		o.add(err)
	}
	if raw, ok := o.take("cap_late_fee"); ok {
		v.CapLateFee, err = readBool("cap_late_fee", raw)
		o.add(err)
	}
	if raw, ok := need("rounding"); ok {
		v.Rounding, err = readRounding("rounding", raw, v.Rounding, false)
		o.add(err)
	}
	if raw, ok := o.take("whole_yuan"); ok {
		v.WholeYuan, err = readBool("whole_yuan", raw)
		o.add(err)
	}
	if raw, ok := o.take("place"); ok {
		v.Place, err = readString("place", raw)
		o.add(err)
	}
	if raw, ok := o.take("previous_month_base"); ok {
		v.PreviousMonthBase, err = readBool("previous_month_base", raw)
		o.add(err)
	}
	if raw, ok := o.take("due_day"); ok {
		n, err := readInt("due_day", raw, 0, 31)
		v.DueDay = int(n)
		o.add(err)
	}
	if raw, ok := need("preparatory"); ok {
		o.add(union.Prefix("preparatory", v.Preparatory.UnmarshalJSON(raw)))
	}
	if raw, ok := o.take("small_firm"); ok {
		o.add(union.Prefix("small_firm", v.SmallFirm.UnmarshalJSON(raw)))
	}
	if raw, ok := need("deductible_rate"); ok {
		v.DeductibleRate, err = readDecimal("deductible_rate", raw)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if raw, ok := o.take("effective"); ok {
		v.Effective, err = readEffective("effective", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*f = v
	return nil
}

// UnmarshalJSON reads the preparatory-funds rule strictly; due is required.
func (p *Preparatory) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Preparatory
	if raw, ok := o.need("due"); ok {
		v.Due, err = readBool("due", raw)
		o.add(err)
	}
	if raw, ok := o.take("after_months"); ok {
		n, err := readInt("after_months", raw, 0, math.MaxInt32)
		v.AfterMonths = int(n)
		o.add(err)
	}
	if raw, ok := o.take("since_required"); ok {
		v.SinceRequired, err = readBool("since_required", raw)
		o.add(err)
	}
	if raw, ok := o.take("as_union_funds"); ok {
		v.AsUnionFunds, err = readBool("as_union_funds", raw)
		o.add(err)
	}
	if raw, ok := o.take("refundable"); ok {
		v.Refundable, err = readBool("refundable", raw)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*p = v
	return nil
}

// UnmarshalJSON reads the small-firm exemption strictly; both keys are optional.
func (s *SmallFirm) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v SmallFirm
	if raw, ok := o.take("below"); ok {
		n, err := readInt("below", raw, 0, math.MaxInt32)
		v.Below = int(n)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*s = v
	return nil
}

// UnmarshalJSON reads an employer strictly: id, payroll, headcount and
// has_union are required (an employer never becomes a small firm or one
// without a union by omission); salaries and since are optional.
func (e *Employer) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Employer
	if raw, ok := o.need("id"); ok {
		v.ID, err = readID("id", raw)
		o.add(err)
	}
	if raw, ok := o.need("payroll"); ok {
		v.Payroll, err = readDecimal("payroll", raw)
		o.add(err)
	}
	if raw, ok := o.take("salaries"); ok {
		v.Salaries, err = readDecimal("salaries", raw)
		o.add(err)
	}
	if raw, ok := o.need("headcount"); ok {
		n, err := readInt("headcount", raw, 0, math.MaxInt32)
		v.Headcount = int(n)
		o.add(err)
	}
	if raw, ok := o.need("has_union"); ok {
		v.HasUnion, err = readBool("has_union", raw)
		o.add(err)
	}
	if raw, ok := o.take("since"); ok {
		v.Since, err = readPeriod("since", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*e = v
	return nil
}

// UnmarshalJSON reads an allocation scheme strictly: either
// {"preset": "standard", …overrides} or a full scheme, where shares and
// places are required (places never defaults to whole yuan); whole_yuan
// and source are optional.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v Scheme
	need := o.need
	if raw, ok := o.take("preset"); ok {
		name, err := readString("preset", raw)
		if err == nil {
			v, err = PresetScheme(name)
		}
		if err != nil {
			return err
		}
		need = o.take
	}
	if raw, ok := need("shares"); ok {
		v.Shares, err = readShares("shares", raw, 1)
		o.add(err)
	}
	if raw, ok := need("places"); ok {
		n, err := readInt("places", raw, int64(union.MinPlaces), int64(union.MaxPlaces))
		v.Places = int32(n)
		o.add(err)
	}
	if raw, ok := o.take("whole_yuan"); ok {
		v.WholeYuan, err = readBool("whole_yuan", raw)
		o.add(err)
	}
	if raw, ok := o.take("source"); ok {
		v.Source, err = readString("source", raw)
		o.add(err)
	}
	if err := o.done(); err != nil {
		return err
	}
	*s = v
	return nil
}

// UnmarshalJSON reads a share strictly; party and weight are required.
func (sh *Share) UnmarshalJSON(data []byte) error {
	v, err := readShare(data, 1)
	if err != nil {
		return err
	}
	*sh = v
	return nil
}

func readShares(field string, raw json.RawMessage, depth int) ([]Share, error) {
	if depth > maxDecodeShareDepth {
		return nil, union.Invalid(field, "invalid.too_large", "", "8")
	}
	out := []Share{}
	err := readList(field, raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
		sh, err := readShare(el, depth)
		out = append(out, sh)
		return union.Prefix(path, err)
	})
	return out, err
}

func readShare(data []byte, depth int) (Share, error) {
	o, err := readObject("", data)
	if err != nil {
		return Share{}, err
	}
	var v Share
	if raw, ok := o.need("party"); ok {
		v.Party, err = readString("party", raw)
		o.add(err)
	}
	if raw, ok := o.need("weight"); ok {
		v.Weight, err = readDecimal("weight", raw)
		o.add(err)
	}
	if raw, ok := o.take("retained"); ok {
		v.Retained, err = readBool("retained", raw)
		o.add(err)
	}
	if raw, ok := o.take("parts"); ok {
		v.Parts, err = readShares("parts", raw, depth+1)
		o.add(err)
	}
	return v, o.done()
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
