package assistance

import (
	"github.com/shopspring/decimal"
)

// Batch is the answer to AssessAll: Items[i] answers applicants[i].
type Batch struct {
	// Items[i] answers applicants[i].
	Items []BatchItem `json:"items"`
	// AidTotal sums the aid of the good items exactly.
	AidTotal decimal.Decimal `json:"aid_total"`
	// Filed counts the good items filed under a category.
	Filed int `json:"filed"`
	// Failed counts the items with an error.
	Failed int `json:"failed"`
}

// BatchItem is one applicant's assessment, or the error that stopped it.
type BatchItem struct {
	Assessment
	// Err is the error that stopped this item (ErrInvalid or ErrPolicy), nil if none.
	Err error `json:"-"`
}

// AssessAll assesses many applicants. It never stops at a bad record: each
// result or error sits at its input's index, and the totals sum the good
// items. Each item equals Assess of that applicant alone, and the rules are
// checked once. Batches can be sharded and merged: the items of a
// concatenation are the concatenation of the items, the totals their sums.
func (r Rules) AssessAll(applicants []Applicant) Batch {
	b := Batch{Items: make([]BatchItem, len(applicants)), AidTotal: decimal.Zero}
	var total sum // summed in 64 bits: one decimal for the batch
	if err := r.Validate(); err != nil {
		for i := range b.Items {
			b.Items[i].Err = err
		}
		b.Failed = len(applicants)
		return b
	}
	for i := range applicants {
		a := &applicants[i]
		if err := a.validate(); err != nil {
			b.Items[i].Err = err
			b.Failed++
			continue
		}
		res := r.assess(a)
		b.Items[i].Assessment = res
		total.add(res.AidTotal)
		if res.Category.Filed() {
			b.Filed++
		}
	}
	b.AidTotal = total.value(decimal.Zero)
	return b
}
