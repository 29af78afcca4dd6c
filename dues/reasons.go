package dues

import (
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// The reason codes of member dues. Item, class, status and rounding-mode
// codes are built from these prefixes and the lower-case English word, e.g.
// "dues.counted.position", "dues.class.flat.apprentice", "dues.exempt.retired",
// "dues.base.round.down".
const (
	codeCounted       = "dues.counted."      // + item word; "other" with the item name as argument
	codeExcluded      = "dues.excluded."     // + item word; "other" with the item name as argument
	codeBaseNone      = "dues.base.none"     // no counted item on the payslip
	codeBaseRound     = "dues.base.round."   // + mode word; arg: unit in yuan
	codeRate          = "dues.rate"          // arg: rate as a percentage
	codeAmountRound   = "dues.amount.round." // + mode word; arg: unit in yuan
	codeClassRate     = "dues.class.rate."   // + class word; arg: rate as a percentage
	codeClassFlat     = "dues.class.flat."   // + class word; arg: fee in yuan
	codeExempt        = "dues.exempt."       // + status word
	codePreviousMonth = "dues.reference.previous_month"
)

// percent formats a rate as a percentage, e.g. 0.005 → "0.5%".
func percent(r decimal.Decimal) string { return r.Shift(2).String() + "%" }

// unit formats the rounding unit of places in yuan: 2 → "0.01", -1 → "10".
func unit(places int32) string { return decimal.New(1, -places).String() }

// exemptReasons explains why a member pays nothing.
func (e *engine) exemptReasons(s union.MemberStatus) []union.Reason {
	src := SourceConstitution + " 第四条第（六）项"
	if i := e.exempt[s]; i > 0 {
		src = e.p.Exempt[i-1].Source
		if src == "" {
			src = own(e.p.Source)
		}
	}
	if e.p.Source == "" {
		return []union.Reason{union.NewReason(codeExempt+s.String(), src), ownRule()}
	}
	return []union.Reason{union.NewReason(codeExempt+s.String(), src)}
}

// fixedReasons are the reasons that depend on the policy only, built once per call.
type fixedReasons struct {
	previous, baseRound, rate, amountRound union.Reason
	class                                  [8]union.Reason // rate or flat fee, per class with a rule
}

func newFixedReasons(p *Policy) fixedReasons {
	src := own(p.Source)
	f := fixedReasons{
		previous:    union.NewReason(codePreviousMonth, SourceCircular1978+" 第三条"),
		baseRound:   union.NewReason(codeBaseRound+p.BaseRounding.Mode.String(), src, unit(p.BaseRounding.Places)),
		rate:        union.NewReason(codeRate, src, percent(p.Rate)),
		amountRound: union.NewReason(codeAmountRound+p.AmountRounding.Mode.String(), src, unit(p.AmountRounding.Places)),
	}
	for _, c := range p.Classes {
		csrc := c.Source
		if csrc == "" {
			csrc = src
		}
		if c.Flat {
			f.class[c.Class] = union.NewReason(codeClassFlat+c.Class.String(), csrc, money(c.Fee))
		} else {
			f.class[c.Class] = union.NewReason(codeClassRate+c.Class.String(), csrc, percent(c.Rate))
		}
	}
	return f
}

// slabSize is the number of reasons in one block of a batch's reason lists.
const slabSize = 4096

// money formats an amount with at least two decimals: "0.05", "1.00", "0.125".
func money(d decimal.Decimal) string {
	if d.Exponent() < -2 {
		return d.String()
	}
	return d.StringFixed(2)
}

// dueReasons explains the dues of a paying member whose payslip holds the
// items in key.mask (and the custom items, sorted).
//
// In a batch (fresh false) the list is carved from a shared block; its
// capacity is cut to its length, so an append by the caller copies it.
func (e *engine) dueReasons(key reasonKey, t *sectorTable, custom []WageItem, fresh bool) []union.Reason {
	n := 6 + bits.OnesCount32(key.mask&^customBit) + len(custom)
	if fresh {
		return e.buildReasons(make([]union.Reason, 0, n), key, t, custom)
	}
	if cap(e.slab) < n {
		e.slab = make([]union.Reason, 0, max(slabSize, n))
	}
	rs := e.buildReasons(e.slab[:0:n], key, t, custom)
	e.slab = e.slab[len(rs):len(rs)]
	// The list ends where the next one begins: cut its capacity to its
	// length, so an append by the caller copies instead of writing over the
	// next member's reasons.
	return rs[:len(rs):len(rs)]
}

// buildReasons appends the reasons of dueReasons to rs.
func (e *engine) buildReasons(rs []union.Reason, key reasonKey, t *sectorTable, custom []WageItem) []union.Reason {
	f := &e.fixed
	if key.previous {
		rs = append(rs, f.previous)
	}
	present := key.mask &^ customBit
	for m := present & t.counted; m != 0; m &= m - 1 {
		rs = append(rs, t.item[bits.TrailingZeros32(m)])
	}
	counted := present&t.counted != 0
	for _, it := range custom {
		if t.counts(it, -1) {
			rs = append(rs, union.NewReason(codeCounted+"other", t.source, string(it)))
			counted = true
		}
	}
	for m := present &^ t.counted; m != 0; m &= m - 1 {
		rs = append(rs, t.item[bits.TrailingZeros32(m)])
	}
	for _, it := range custom {
		if !t.counts(it, -1) {
			rs = append(rs, union.NewReason(codeExcluded+"other", t.source, string(it)))
		}
	}
	if !counted {
		rs = append(rs, union.NewReason(codeBaseNone, t.source))
	}
	rs = append(rs, f.baseRound)
	if ci := e.classes[key.class]; ci > 0 {
		rs = append(rs, f.class[key.class])
		if !e.p.Classes[ci-1].Flat {
			rs = append(rs, f.amountRound)
		}
	} else {
		rs = append(rs, f.rate, f.amountRound)
	}
	if e.p.Source == "" {
		rs = append(rs, ownRule())
	}
	return rs
}
