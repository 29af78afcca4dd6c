package assistance

import (
	"github.com/gonghui/gonghui/internal/chunk"
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
//
// In JSON a good item is its ID beside the assessment's fields; a bad item
// is its ID and "errors" only, each error in union.FieldErrorJSON form, with
// no figures that could be mistaken for data. Both read back as they were.
type BatchItem struct {
	// ID is the applicant's Worker.ID, so an item can be matched to its
	// record however the batch is sorted or sharded.
	ID string `json:"id"`
	Assessment
	// Err is the error that stopped this item (ErrInvalid or ErrPolicy), nil if none.
	Err error `json:"-"`
}

// AssessAll assesses many applicants. It never stops at a bad record: each
// result or error sits at its input's index, and the totals sum the good
// items. Each item equals Assess of that applicant alone, and the rules are
// checked once. Batches can be sharded and merged: the items of a
// concatenation are the concatenation of the items, the totals their sums.
//
// Batches of more than 2 × 4096 applicants are assessed in chunks of 4096
// by up to GOMAXPROCS goroutines (at most 16). Every item depends on its
// applicant only and the totals are exact sums, so the result is the same as
// one pass.
func (r Rules) AssessAll(applicants []Applicant) Batch {
	b := Batch{Items: make([]BatchItem, len(applicants)), AidTotal: decimal.Zero}
	if err := r.validate(); err != nil {
		for i := range b.Items {
			b.Items[i].ID, b.Items[i].Err = applicants[i].Worker.ID, err
		}
		b.Failed = len(applicants)
		return b
	}
	workers := chunk.Workers(len(applicants))
	tallies := make([]tally, workers)
	chunk.Run(len(applicants), workers, func(w, lo, hi int) {
		r.assessRange(applicants[lo:hi], b.Items[lo:hi], &tallies[w])
	})
	for w := 1; w < workers; w++ {
		tallies[0].merge(&tallies[w])
	}
	tallies[0].into(&b)
	return b
}

// tally sums the items of one goroutine's chunks.
type tally struct {
	aid    sum // aid of the good items, summed in 64 bits while it fits
	filed  int
	failed int
}

// assessRange assesses as into items (same length) with validated rules and
// counts them in t.
func (r *Rules) assessRange(as []Applicant, items []BatchItem, t *tally) {
	for i := range as {
		a := &as[i]
		items[i].ID = a.Worker.ID
		if err := a.validate(); err != nil {
			items[i].Err = err
			t.failed++
			continue
		}
		res := r.assess(a)
		items[i].Assessment = res
		t.aid.add(res.AidTotal)
		if res.Category.Filed() {
			t.filed++
		}
	}
}

// merge adds u's counts and sum to t. Sums are exact, so the order in
// which tallies merge does not change the total.
func (t *tally) merge(u *tally) {
	t.aid.add(u.aid.value(decimal.Zero))
	t.filed += u.filed
	t.failed += u.failed
}

// into writes the totals into b.
func (t *tally) into(b *Batch) {
	b.AidTotal = t.aid.value(decimal.Zero)
	b.Filed, b.Failed = t.filed, t.failed
}
