package dues

import (
	"sort"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Assessment is one member's dues for one month, with its explanation.
//
// Reasons list, in order: the reference month when the previous month's
// wages were used, each wage item counted and each left out, the base
// rounding, the rate (or the class rate or flat fee) and the amount
// rounding; or the one exemption that applies. The numbers themselves are in
// Gross, Base, Rate and Amount.
type Assessment struct {
	// MemberID is the member's ID, as given.
	MemberID string `json:"member_id"`
	// Sector, Status and Class are the member's, as given; batch subtotals use them.
	Sector union.Sector       `json:"sector"`
	Status union.MemberStatus `json:"status"`
	Class  Class              `json:"class"`
	// Gross is the sum of the counted wage items, before rounding.
	Gross decimal.Decimal `json:"gross"`
	// Base is Gross after the policy's BaseRounding.
	Base decimal.Decimal `json:"base"`
	// Rate is the rate applied: the policy's or the class's; zero for a flat
	// fee or an exemption.
	Rate decimal.Decimal `json:"rate"`
	// Amount is the dues for the month.
	Amount decimal.Decimal `json:"amount"`
	// Exempt is true when the member pays nothing because of their status.
	Exempt bool `json:"exempt"`
	// Flat is true when Amount is a class's flat fee.
	Flat bool `json:"flat,omitempty"`
	// Reasons explain the assessment; see the type's doc comment.
	Reasons []union.Reason `json:"reasons"`
}

// Assess computes one member's dues for the month under the policy.
//
// The policy is validated first (an invalid policy is returned as its
// Validate error, wrapping union.ErrPolicy); then the member: an empty ID, an
// undefined sector, status or class, an empty wage-item name or a negative
// amount is a *union.FieldError wrapping union.ErrInvalid naming the field
// ("wages.bonus"); all problems are returned at once. A sector the policy
// has no base for is a *union.FieldError (field "sector", code
// "policy.uncovered") wrapping union.ErrPolicy. An exempt member is not an
// error: the assessment says Exempt, with its reason.
func (p Policy) Assess(m Member) (Assessment, error) {
	if err := p.Validate(); err != nil {
		return Assessment{}, err
	}
	e := compile(&p)
	return e.assess(&m, true)
}

// engine is a validated policy prepared for assessing many members: per
// sector tables of counted items, the rate as integers, and a cache of the
// reason lists shared by members with the same pattern.
type engine struct {
	p       *Policy
	sectors [4]sectorTable
	exempt  [8]int // index+1 into p.Exempt, 0 when not exempt
	classes [8]int // index+1 into p.Classes
	rate    fixedRate
	crates  [8]fixedRate
	cache   map[reasonKey][]union.Reason
}

// sectorTable is one sector's base, prepared.
type sectorTable struct {
	ok      bool
	allBut  bool
	listed  [len(knownItems)]bool
	custom  map[WageItem]bool // listed items the package does not name
	counted uint32            // mask of counted named items
	source  string
}

// counts reports whether item counts towards the base.
func (t *sectorTable) counts(item WageItem, idx int) bool {
	if idx >= 0 {
		return t.counted&(1<<idx) != 0
	}
	return t.custom[item] != t.allBut
}

// reasonKey identifies members whose reasons are the same.
type reasonKey struct {
	sector   union.Sector
	status   union.MemberStatus
	class    Class
	previous bool
	mask     uint32
}

// compile prepares a validated policy.
func compile(p *Policy) *engine {
	e := &engine{p: p, rate: newFixedRate(p.Rate)}
	for _, b := range p.Bases {
		t := sectorTable{ok: true, allBut: b.AllBut, source: b.Source}
		for _, it := range b.Items {
			if i := itemIndex(it); i >= 0 {
				t.listed[i] = true
			} else {
				if t.custom == nil {
					t.custom = map[WageItem]bool{}
				}
				t.custom[it] = true
			}
		}
		for i := range knownItems {
			if t.listed[i] != t.allBut {
				t.counted |= 1 << i
			}
		}
		e.sectors[b.Sector] = t
	}
	for i, x := range p.Exempt {
		e.exempt[x.Status] = i + 1
	}
	for i, c := range p.Classes {
		e.classes[c.Class] = i + 1
		e.crates[c.Class] = newFixedRate(c.Rate)
	}
	return e
}

// notMember reports the statuses of people who are no longer members of this union.
func notMember(s union.MemberStatus) bool {
	return s == union.Transferred || s == union.Deceased || s == union.Withdrawn
}

// customBit marks, in a reason mask, that a payslip holds items the package does not name.
const customBit = 1 << 31

// assess computes one member's dues. fresh asks for a reason list of its
// own; otherwise lists are shared with other members of the same pattern.
func (e *engine) assess(m *Member, fresh bool) (Assessment, error) {
	var errs []error
	errs = m.validateHeader(errs)
	errs = validateWages("wages", m.Wages, errs)
	usePrev := m.NoFixedIncome && e.p.PreviousMonth
	if m.PreviousWages != nil {
		errs = validateWages("previous_wages", m.PreviousWages, errs)
	} else if usePrev {
		errs = append(errs, union.Invalid("previous_wages", "invalid.required", ""))
	}
	if len(errs) > 0 {
		return Assessment{}, joinErrs(errs)
	}
	a := Assessment{MemberID: m.ID, Sector: m.Sector, Status: m.Status, Class: m.Class,
		Gross: zero, Base: zero, Rate: zero, Amount: zero}

	if notMember(m.Status) || e.exempt[m.Status] > 0 {
		a.Exempt = true
		key := reasonKey{sector: m.Sector, status: m.Status, class: m.Class}
		a.Reasons = e.reasons(key, fresh, func() []union.Reason { return e.exemptReasons(m.Status) })
		return a, nil
	}
	t := &e.sectors[m.Sector]
	if !t.ok {
		return Assessment{}, union.Inconsistent("sector", "policy.uncovered", m.Sector.String(), m.Sector.String())
	}
	wages := m.Wages
	if usePrev {
		wages = m.PreviousWages
	}

	// Sum the counted items: in fen while exact, in decimal otherwise.
	var mask uint32
	var fen int64
	exact := true
	var custom []WageItem
	for item, v := range wages {
		idx := itemIndex(item)
		if idx >= 0 {
			mask |= 1 << idx
		} else {
			mask |= customBit
			custom = append(custom, item)
		}
		if !t.counts(item, idx) || !exact {
			continue
		}
		f, ok := toFen(v)
		if !ok || fen > maxFen-f {
			exact = false
			continue
		}
		fen += f
	}

	rate, rr, flat := e.p.Rate, e.rate, false
	var fee decimal.Decimal
	if ci := e.classes[m.Class]; ci > 0 {
		c := e.p.Classes[ci-1]
		if c.Flat {
			flat, fee = true, c.Fee
		} else {
			rate, rr = c.Rate, e.crates[m.Class]
		}
	}

	done := false
	if exact {
		if base, ok := roundBaseFen(fen, e.p.BaseRounding); ok {
			a.Gross, a.Base = fenDecimal(fen), fenDecimal(base)
			if !flat {
				if q, ok := amountUnits(base, rr, e.p.AmountRounding); ok {
					a.Amount = unitsDecimal(q, e.p.AmountRounding.Places)
					done = true
				}
			} else {
				done = true
			}
		}
	}
	if !done {
		gross := decimal.Zero
		for item, v := range wages {
			if t.counts(item, itemIndex(item)) {
				gross = gross.Add(v)
			}
		}
		a.Gross = gross
		a.Base = e.p.BaseRounding.Round(gross)
		if !flat {
			a.Amount = e.p.AmountRounding.Round(a.Base.Mul(rate))
		}
	}
	if flat {
		a.Amount, a.Flat = fee, true
	} else {
		a.Rate = rate
	}

	key := reasonKey{sector: m.Sector, status: m.Status, class: m.Class, previous: usePrev, mask: mask}
	if mask&customBit != 0 {
		sort.Slice(custom, func(i, j int) bool { return custom[i] < custom[j] })
		a.Reasons = e.dueReasons(key, t, custom)
	} else {
		a.Reasons = e.reasons(key, fresh, func() []union.Reason { return e.dueReasons(key, t, nil) })
	}
	return a, nil
}

// reasons returns the reason list for key: built fresh, or shared from the cache.
func (e *engine) reasons(key reasonKey, fresh bool, build func() []union.Reason) []union.Reason {
	if fresh {
		return build()
	}
	if rs, ok := e.cache[key]; ok {
		return rs
	}
	rs := build()
	if e.cache == nil {
		e.cache = map[reasonKey][]union.Reason{}
	}
	e.cache[key] = rs
	return rs
}

// fenDecimal returns a whole number of fen as yuan.
func fenDecimal(fen int64) decimal.Decimal {
	if fen == 0 {
		return zero
	}
	return decimal.New(fen, -2)
}

// unitsDecimal returns q units of 10^-places yuan.
func unitsDecimal(q int64, places int32) decimal.Decimal {
	if q == 0 {
		return zero
	}
	return decimal.New(q, -places)
}
