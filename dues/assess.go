package dues

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// Assessment is one member's dues for one month, with its explanation.
//
// Reasons list, in order: the reference month when the previous month's
// wages were used, each wage item counted and each left out, the base
// rounding, the rate (or the class rate or flat fee) and the amount
// rounding; or the one exemption that applies. The numbers themselves are in
// Base, Rate and Amount.
type Assessment struct {
	// MemberID is the member's ID, as given.
	MemberID string `json:"member_id"`
	// Sector is the member's sector, as given; batch subtotals use it.
	Sector union.Sector `json:"sector"`
	// Status is the member's status, as given; batch subtotals use it.
	Status union.MemberStatus `json:"status"`
	// Class is the member's class of staff, as given.
	Class Class `json:"class"`
	// Exempt is true when the member pays nothing because of their status.
	Exempt bool `json:"exempt"`
	// Flat is true when Amount is a class's flat fee.
	Flat bool `json:"flat,omitempty"`
	// Base is the sum of the counted wage items after the policy's
	// BaseRounding (the tail under 10 yuan dropped, nationally).
	Base decimal.Decimal `json:"base"`
	// Rate is the rate applied: the policy's or the class's; zero for a flat
	// fee or an exemption.
	Rate decimal.Decimal `json:"rate"`
	// Amount is the dues for the month.
	Amount decimal.Decimal `json:"amount"`
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
	var a Assessment
	err := e.assess(&m, &a, true)
	return a, err
}

// engine is a validated policy prepared for assessing many members: per
// sector tables of counted items, the rate as integers, and a cache of the
// reason lists shared by members with the same pattern.
type engine struct {
	p       *Policy
	fixed   fixedReasons
	sectors [4]sectorTable
	// classBases holds the bases of one class in one sector (Base.Class);
	// classBase[sector][class] is an index+1 into it.
	classBases []sectorTable
	classBase  [4][8]uint8
	exempt     [8]int // index+1 into p.Exempt, 0 when not exempt
	classes    [8]int // index+1 into p.Classes
	rate       fixedRate
	crates     [8]fixedRate
	// reasons is the batch's table of shared reason lists (nil for Assess).
	reasons *[reasonSlots]reasonSlot
	// declared holds the employer's own items the policy declares
	// (Policy.OwnItems and the names its bases list); nil when there are none.
	declared map[WageItem]bool
	// customIDs numbers the employer's own item names a batch has seen (at
	// most maxCustomNames), so payslips holding them share reason lists too.
	customIDs map[WageItem]uint8
	// amountFen is the last batch amount in fen, when amountFenOK.
	amountFen   int64
	amountFenOK bool
	// scratch is reused for a payslip's custom item names.
	scratch []WageItem
	// slab is the free end of a block that batch reason lists are carved
	// from, so a batch does not allocate one list per member.
	slab []union.Reason
	// bases and amounts cache the decimals of bases (in units of the base
	// rounding) and amounts (in units of the amount rounding); nil for Assess.
	bases, amounts *exact.Cache
	// dues memoises, per base, the base and amount at the policy's rate;
	// nil for Assess.
	dues *dueMemo
}

// reasonSlot is one slot of the engine's direct-mapped table of reason lists.
type reasonSlot struct {
	key customKey
	rs  []union.Reason
	ok  bool
}

// reasonSlots is the size of the table of shared reason lists: a real
// payroll has far fewer patterns; with random payslips, a pattern whose slot
// was taken gets a list of its own.
const reasonSlots = 4096

// customKey identifies members whose reasons are the same: the packed
// reasonKey and, for payslips holding employer's own items, a bit per name.
type customKey struct {
	key, names uint64
}

// maxCustomNames bounds the custom item names one engine numbers; payslips
// with others get reason lists of their own.
const maxCustomNames = 64

// sectorTable is one sector's base, prepared.
type sectorTable struct {
	ok      bool
	allBut  bool
	listed  [len(knownItems)]bool
	custom  map[WageItem]bool // listed items the package does not name
	counted uint32            // mask of counted named items
	source  string
	// item holds, per named item, its "counted" or "excluded" reason.
	item [len(knownItems)]union.Reason
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

// pack folds the key into one word for a fast map lookup.
func (k reasonKey) pack() uint64 {
	v := uint64(k.mask) | uint64(k.sector)<<32 | uint64(k.status)<<40 | uint64(k.class)<<48
	if k.previous {
		v |= 1 << 56
	}
	return v
}

// compile prepares a validated policy.
func compile(p *Policy) *engine {
	e := &engine{p: p, rate: newFixedRate(p.Rate)}
	for _, b := range p.Bases {
		src := b.Source
		if src == "" {
			src = own(p.Source)
		}
		t := sectorTable{ok: true, allBut: b.AllBut, source: src}
		for _, it := range b.Items {
			if i := itemIndex(it); i >= 0 {
				t.listed[i] = true
			} else {
				if e.declared == nil {
					e.declared = map[WageItem]bool{}
				}
				e.declared[it] = true
				if t.custom == nil {
					t.custom = map[WageItem]bool{}
				}
				t.custom[it] = true
			}
		}
		for i := range knownItems {
			if t.listed[i] != t.allBut {
				t.counted |= 1 << i
				t.item[i] = union.NewReason(countedCodes[i], src)
			} else {
				t.item[i] = union.NewReason(excludedCodes[i], src)
			}
		}
		if b.Class != Regular {
			e.classBases = append(e.classBases, t)
			e.classBase[b.Sector][b.Class] = uint8(len(e.classBases))
			continue
		}
		e.sectors[b.Sector] = t
	}
	for _, it := range p.OwnItems {
		if e.declared == nil {
			e.declared = map[WageItem]bool{}
		}
		e.declared[it] = true
	}
	for i, x := range p.Exempt {
		e.exempt[x.Status] = i + 1
	}
	for i, c := range p.Classes {
		e.classes[c.Class] = i + 1
		e.crates[c.Class] = newFixedRate(c.Rate)
	}
	e.fixed = newFixedReasons(p)
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
// The result is written to a, which must be the zero Assessment; on error a
// is left zero.
func (e *engine) assess(m *Member, a *Assessment, fresh bool) error {
	var errs []error
	errs = m.validateHeader(errs)
	if len(m.Wages) > MaxListItems || len(m.PreviousWages) > MaxListItems {
		// A payslip longer than any real one is refused before it is read.
		if fe := union.CheckCount("wages", len(m.Wages), MaxListItems); fe != nil {
			errs = append(errs, fe)
		}
		if fe := union.CheckCount("previous_wages", len(m.PreviousWages), MaxListItems); fe != nil {
			errs = append(errs, fe)
		}
		return joinErrs(errs)
	}
	usePrev := m.NoFixedIncome && e.p.PreviousMonth
	wages, other, wname, oname := m.Wages, m.PreviousWages, "wages", "previous_wages"
	if usePrev {
		wages, other, wname, oname = m.PreviousWages, m.Wages, "previous_wages", "wages"
		if m.PreviousWages == nil {
			errs = append(errs, union.Invalid("previous_wages", "invalid.required", ""))
		}
	}
	if other != nil {
		errs = validateWages(oname, other, e.declared, errs)
	}
	t := &e.sectors[0]
	classBase := false
	if m.Sector.Valid() {
		t = &e.sectors[m.Sector]
		if m.Class.Valid() {
			if i := e.classBase[m.Sector][m.Class]; i > 0 {
				t, classBase = &e.classBases[i-1], true
			}
		}
	}

	// One pass over the payslip: check each item and sum the counted ones,
	// in fen while exact (the decimal path below takes over otherwise).
	var mask uint32
	var fen int64
	exact, bad := true, false
	custom := e.scratch[:0]
	for item, v := range wages {
		if item == "" || v.Sign() < 0 || !withinLimits(v) {
			bad = true
			continue
		}
		idx := itemIndex(item)
		if idx >= 0 {
			mask |= 1 << idx
		} else {
			if !e.declared[item] {
				bad = true // neither named nor declared: never counted, never dropped
				continue
			}
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
	e.scratch = custom[:0]
	if bad {
		errs = validateWages(wname, wages, e.declared, errs)
		sortByField(errs)
	}
	if len(errs) > 0 {
		return joinErrs(errs)
	}
	if !t.ok && !notMember(m.Status) && e.exempt[m.Status] == 0 {
		return union.Inconsistent("sector", "policy.uncovered", m.Sector.String(), m.Sector.String())
	}
	// Zero amounts stay the zero decimal.Decimal, which is 0: no write needed.
	a.MemberID, a.Sector, a.Status, a.Class = m.ID, m.Sector, m.Status, m.Class

	if notMember(m.Status) || e.exempt[m.Status] > 0 {
		a.Exempt = true
		e.amountFen, e.amountFenOK = 0, true
		key := reasonKey{status: m.Status} // never Active, so never a paying member's key
		if fresh {
			a.Reasons = e.exemptReasons(m.Status)
			return nil
		}
		ck := customKey{key: key.pack()}
		slot := e.slot(ck)
		if slot.ok && slot.key == ck {
			a.Reasons = slot.rs
			return nil
		}
		a.Reasons = e.exemptReasons(m.Status)
		if !slot.ok {
			*slot = reasonSlot{key: ck, rs: a.Reasons, ok: true}
		}
		return nil
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
		base, ok := roundBaseFen(fen, e.p.BaseRounding)
		if ok && !flat && e.dues != nil && rr == e.rate {
			if d := e.dueAt(base); d != nil {
				a.Base, a.Amount = d.base, d.amount
				e.amountFen, e.amountFenOK = d.fen, d.fenOK
				done = true
			}
		}
		if ok && !done {
			a.Base = e.baseDecimal(base)
			if !flat {
				if q, ok := amountUnits(base, rr, e.p.AmountRounding); ok {
					a.Amount = e.amountDecimal(q.Coef())
					e.amountFen, e.amountFenOK = fenOf(q)
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

	// A paying member's reasons do not depend on the status, nor on a class
	// without a rule of its own: leave them out of the key, so more members share.
	key := reasonKey{sector: m.Sector, previous: usePrev, mask: mask}
	if e.classes[m.Class] > 0 || classBase {
		key.class = m.Class
	}
	var slot *reasonSlot
	ck, share := e.customKey(key, custom, fresh)
	if share {
		if slot = e.slot(ck); slot.ok && slot.key == ck {
			a.Reasons = slot.rs
			return nil
		}
	}
	if mask&customBit != 0 {
		slices.Sort(custom)
		a.Reasons = e.dueReasons(key, t, custom, fresh)
	} else {
		a.Reasons = e.dueReasons(key, t, nil, fresh)
	}
	if share && !slot.ok {
		*slot = reasonSlot{key: ck, rs: a.Reasons, ok: true}
	}
	return nil
}

// slot returns the table slot of key: it holds key's list when ok and its
// key is key. An empty slot is filled by the first pattern that maps to it
// and kept for the batch, so random payslips do not churn the table.
func (e *engine) slot(key customKey) *reasonSlot {
	if e.reasons == nil {
		e.reasons = new([reasonSlots]reasonSlot)
	}
	h := (key.key ^ key.names*0xBF58476D1CE4E5B9) * 0x9E3779B97F4A7C15 >> 52
	return &e.reasons[h%reasonSlots]
}

// customKey returns the table key of a batch member, numbering the custom
// item names not seen before; false when the list is not to be shared
// (Assess, or too many distinct names).
func (e *engine) customKey(key reasonKey, custom []WageItem, fresh bool) (customKey, bool) {
	if fresh {
		return customKey{}, false
	}
	ck := customKey{key: key.pack()}
	for _, it := range custom {
		id, ok := e.customIDs[it]
		if !ok {
			if len(e.customIDs) >= maxCustomNames {
				return customKey{}, false
			}
			if e.customIDs == nil {
				e.customIDs = map[WageItem]uint8{}
			}
			id = uint8(len(e.customIDs))
			e.customIDs[it] = id
		}
		ck.names |= 1 << id
	}
	return ck, true
}

// baseDecimal returns a base in fen as yuan, from the cache when there is one.
func (e *engine) baseDecimal(fen int64) decimal.Decimal {
	if e.bases == nil {
		return unitsDecimal(fen, 2)
	}
	if p := e.p.BaseRounding.Places; p < 2 {
		d, _ := exact.Pow10(2 - p)
		return e.bases.Get(fen / d)
	}
	return e.bases.Get(fen)
}

// amountDecimal returns q units of the amount rounding, from the cache when there is one.
func (e *engine) amountDecimal(q int64) decimal.Decimal {
	if e.amounts == nil {
		return unitsDecimal(q, e.p.AmountRounding.Places)
	}
	return e.amounts.Get(q)
}

// unitsDecimal returns q units of 10^-places yuan.
func unitsDecimal(q int64, places int32) decimal.Decimal {
	if q == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(q, -places)
}

// dueMemo holds, per base in units of the base rounding (below 65536), the
// decimals of the base and of its amount at the policy's rate: a payroll's
// bases repeat, so most members cost one lookup. Pages are allocated on
// first use; the memo lives for one engine and is never shared.
type dueMemo struct {
	pages [memoPages]*[memoPage]dueEntry
}

const (
	memoPage  = 256
	memoPages = 256
)

// dueEntry is one memoised base; set tells a built entry from an empty one.
type dueEntry struct {
	base, amount decimal.Decimal
	fen          int64 // amount in fen, when fenOK
	fenOK, set   bool
}

// dueAt returns the memoised base and amount for a base in fen at the
// policy's rate, or nil when the base is not memoised (too large, or off the
// integer path).
func (e *engine) dueAt(baseFen int64) *dueEntry {
	u := baseFen
	if p := e.p.BaseRounding.Places; p < 2 {
		d, _ := exact.Pow10(2 - p)
		u /= d
	}
	if u < 0 || u >= memoPage*memoPages {
		return nil
	}
	pg := e.dues.pages[u/memoPage]
	if pg == nil {
		pg = new([memoPage]dueEntry)
		e.dues.pages[u/memoPage] = pg
	}
	d := &pg[u%memoPage]
	if d.set {
		return d
	}
	q, ok := amountUnits(baseFen, e.rate, e.p.AmountRounding)
	if !ok {
		return nil
	}
	*d = dueEntry{base: e.baseDecimal(baseFen), amount: e.amountDecimal(q.Coef()), set: true}
	d.fen, d.fenOK = fenOf(q)
	return d
}
