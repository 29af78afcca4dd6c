package dues

import (
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
	}
	return []union.Reason{union.NewReason(codeExempt+s.String(), src)}
}

// dueReasons explains the dues of a paying member whose payslip holds the
// items in key.mask (and the custom items, sorted).
func (e *engine) dueReasons(key reasonKey, t *sectorTable, custom []WageItem) []union.Reason {
	n := 4
	for i := range knownItems {
		if key.mask&(1<<i) != 0 {
			n++
		}
	}
	rs := make([]union.Reason, 0, n+len(custom))
	if key.previous {
		rs = append(rs, union.NewReason(codePreviousMonth, SourceCircular1978+" 第三条"))
	}
	counted := false
	for i, it := range knownItems {
		if key.mask&(1<<i) != 0 && t.counted&(1<<i) != 0 {
			rs = append(rs, union.NewReason(codeCounted+string(it), t.source))
			counted = true
		}
	}
	for _, it := range custom {
		if t.counts(it, -1) {
			rs = append(rs, union.NewReason(codeCounted+"other", t.source, string(it)))
			counted = true
		}
	}
	for i, it := range knownItems {
		if key.mask&(1<<i) != 0 && t.counted&(1<<i) == 0 {
			rs = append(rs, union.NewReason(codeExcluded+string(it), t.source))
		}
	}
	for _, it := range custom {
		if !t.counts(it, -1) {
			rs = append(rs, union.NewReason(codeExcluded+"other", t.source, string(it)))
		}
	}
	if !counted {
		rs = append(rs, union.NewReason(codeBaseNone, t.source))
	}
	p := e.p
	rs = append(rs, union.NewReason(codeBaseRound+p.BaseRounding.Mode.String(), p.Source, unit(p.BaseRounding.Places)))
	if ci := e.classes[key.class]; ci > 0 {
		c := p.Classes[ci-1]
		if c.Flat {
			return append(rs, union.NewReason(codeClassFlat+key.class.String(), c.Source, c.Fee.StringFixed(2)))
		}
		rs = append(rs, union.NewReason(codeClassRate+key.class.String(), c.Source, percent(c.Rate)))
	} else {
		rs = append(rs, union.NewReason(codeRate, p.Source, percent(p.Rate)))
	}
	return append(rs, union.NewReason(codeAmountRound+p.AmountRounding.Mode.String(), p.Source, unit(p.AmountRounding.Places)))
}
