package union

// Effective is the range of months a policy is in force: from From to Until,
// both inclusive. A zero From means "since always", a zero Until "until
// replaced". Its JSON form is {"from": "2022-01", "until": "2026-12"}.
type Effective struct {
	From  Period `json:"from,omitzero"`  // first month in force; zero: since always
	Until Period `json:"until,omitzero"` // last month in force; zero: until replaced
}

// Since returns the open-ended range starting at from.
func Since(from Period) Effective { return Effective{From: from} }

// Between returns the range from from to until, both inclusive.
func Between(from, until Period) Effective { return Effective{From: from, Until: until} }

// Contains reports whether month p falls within the range.
func (e Effective) Contains(p Period) bool {
	if !e.From.IsZero() && p.Before(e.From) {
		return false
	}
	if !e.Until.IsZero() && p.After(e.Until) {
		return false
	}
	return true
}

// Overlaps reports whether e and o share at least one month.
func (e Effective) Overlaps(o Effective) bool {
	if !e.Until.IsZero() && !o.From.IsZero() && e.Until.Before(o.From) {
		return false
	}
	if !o.Until.IsZero() && !e.From.IsZero() && o.Until.Before(e.From) {
		return false
	}
	return true
}

// String returns "2022-01..2026-12", with an empty side for an open end.
func (e Effective) String() string { return e.From.String() + ".." + e.Until.String() }

// Validate reports an invalid month or a From after Until as ErrPolicy.
func (e Effective) Validate() error {
	for _, f := range []struct {
		name string
		p    Period
	}{{"from", e.From}, {"until", e.Until}} {
		if !f.p.IsZero() && !f.p.Valid() {
			return Inconsistent(f.name, "invalid.format", f.p.String(), "YYYY-MM")
		}
	}
	if !e.From.IsZero() && !e.Until.IsZero() && e.Until.Before(e.From) {
		return Inconsistent("until", "invalid.order", e.String())
	}
	return nil
}
