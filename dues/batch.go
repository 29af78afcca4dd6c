package dues

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/internal/chunk"
	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// Batch is the result of AssessAll: Items[i] answers ms[i], Total sums the
// amounts of the good items exactly, and the subtotals by sector and by
// status feed the monthly report.
//
// Batches are shardable: assess the members in shards (on other goroutines
// or machines) and Merge the results in order; the merged batch equals the
// batch of one call.
type Batch struct {
	// Items holds one result or error per member, in input order.
	Items []BatchItem `json:"items"`
	// Total is the sum of the amounts of the items without error.
	Total decimal.Decimal `json:"total"`
	// Paying counts the good items that are not exempt.
	Paying int `json:"paying"`
	// Exempt counts the good items that are exempt.
	Exempt int `json:"exempt"`
	// Failed counts the items with an error.
	Failed int `json:"failed"`
	// BySector subtotals the good items per sector, in sector order; sectors
	// without members are left out.
	BySector []SectorTotal `json:"by_sector"`
	// ByStatus subtotals the good items per status, in status order; statuses
	// without members are left out.
	ByStatus []StatusTotal `json:"by_status"`
}

// BatchItem is one member's result in a Batch: the assessment, or Err when
// the member's record is bad (then the Assessment is the zero value).
//
// Err names fields within the member ("wages.bonus"), not within the batch,
// so shard results merge unchanged; Batch.Err gives the full paths
// ("members[3].wages.bonus").
type BatchItem struct {
	Assessment
	// Err is nil, or the *union.FieldError (or errors.Join of them) that
	// Assess would have returned.
	Err error `json:"-"`
}

// Subtotal is the count and amount of a group of good items.
type Subtotal struct {
	// Members counts the items in the group.
	Members int `json:"members"`
	// Paying counts those that are not exempt.
	Paying int `json:"paying"`
	// Exempt counts those that are exempt.
	Exempt int `json:"exempt"`
	// Amount sums their amounts.
	Amount decimal.Decimal `json:"amount"`
}

// SectorTotal is the subtotal of one sector.
type SectorTotal struct {
	// Sector is the sector subtotalled.
	Sector union.Sector `json:"sector"`
	Subtotal
}

// StatusTotal is the subtotal of one member status.
type StatusTotal struct {
	// Status is the status subtotalled.
	Status union.MemberStatus `json:"status"`
	Subtotal
}

// AssessAll assesses every member under the policy, in order. It never stops
// at a bad record: each result or error sits at its member's index, and the
// totals sum the good items exactly. The policy is validated once for the
// whole batch (linear in its lists, at most MaxListItems entries each); an
// invalid policy puts its Validate error on every item.
//
// A call takes at most MaxBatch members; above it every item carries the
// error on "members" (shard the payroll and Merge the batches instead).
//
// Batches of more than 8192 members are assessed in chunks by up to
// GOMAXPROCS goroutines (at most 16); the result is the same as one pass.
//
// Items are equal to what Assess returns for each member, except that
// members with the same pattern (sector, status, class, payslip items)
// may share one Reasons slice: treat reasons as read-only (do not assign to
// their elements; appending is safe, as every list's capacity is its length,
// so an append copies and never changes another item). (A table of 4096
// lists per goroutine, each slot kept by the first pattern that takes it,
// serves a real payroll's few patterns; with random payslips, most members
// get lists of their own.)
// Bases and amounts are memoised per base, so repeated ones share their
// decimals. Wages with at most
// two decimals are summed in integer fen, which gives the same results as
// decimal arithmetic, several times faster.
func (p Policy) AssessAll(ms []Member) Batch {
	b := Batch{Items: make([]BatchItem, len(ms))}
	err := error(nil)
	if fe := union.CheckCount("members", len(ms), MaxBatch); fe != nil {
		err = fe
	} else if verr := p.Validate(); verr != nil {
		err = verr
	}
	if err != nil {
		for i := range b.Items {
			b.Items[i].Err = err
			b.Items[i].MemberID = ms[i].ID
		}
		b.Failed = len(ms)
		b.Total = zero
		return b
	}
	// Large batches are assessed in chunks on several goroutines, each with
	// its own engine; every item depends on its member only, so the result
	// is the same as one pass.
	workers := chunk.Workers(len(ms))
	sums := make([]summary, workers)
	for w := range sums {
		sums[w].init()
	}
	engines := make([]*engine, workers)
	chunk.Run(len(ms), workers, func(w, lo, hi int) {
		if engines[w] == nil {
			engines[w] = p.batchEngine()
		}
		engines[w].assessRange(ms[lo:hi], b.Items[lo:hi], &sums[w])
	})
	for w := 1; w < workers; w++ {
		sums[0].merge(&sums[w])
	}
	b.finish(&sums[0])
	return b
}

// batchEngine prepares the policy for a batch: shared reason lists and
// cached decimals.
func (p *Policy) batchEngine() *engine {
	e := compile(p)
	e.bases = exact.NewCache(-min(p.BaseRounding.Places, 2))
	e.amounts = exact.NewCache(-p.AmountRounding.Places)
	e.dues = &dueMemo{}
	return e
}

// assessRange assesses ms into items (same length) and counts them in s.
func (e *engine) assessRange(ms []Member, items []BatchItem, s *summary) {
	for i := range ms {
		it := &items[i]
		e.amountFenOK = false
		it.Err = e.assess(&ms[i], &it.Assessment, false)
		if it.Err != nil {
			it.MemberID = ms[i].ID // an error item keeps the input's ID
		}
		s.add(it, e.amountFen, e.amountFenOK)
	}
}

// groupTotal accumulates one subtotal.
type groupTotal struct {
	members, paying, exempt int
	amount                  exact.Total
}

func (g *groupTotal) add(exempt bool, amount decimal.Decimal, fen int64, fenOK bool) {
	g.members++
	if exempt {
		g.exempt++
	} else {
		g.paying++
	}
	addAmount(&g.amount, amount, fen, fenOK)
}

func (g *groupTotal) merge(o *groupTotal) {
	g.members += o.members
	g.paying += o.paying
	g.exempt += o.exempt
	g.amount.Merge(o.amount)
}

func (g *groupTotal) subtotal() Subtotal {
	return Subtotal{Members: g.members, Paying: g.paying, Exempt: g.exempt, Amount: g.amount.Value()}
}

// summary accumulates a batch's totals; exact sums do not depend on the
// order items are added in, so shards and workers can each keep one.
type summary struct {
	paying, exempt, failed int
	all                    exact.Total
	sectors                [4]groupTotal
	statuses               [8]groupTotal
}

// init empties the summary; its totals count fen.
func (s *summary) init() {
	*s = summary{all: exact.NewTotal(-2)}
	for i := range s.sectors {
		s.sectors[i].amount = exact.NewTotal(-2)
	}
	for i := range s.statuses {
		s.statuses[i].amount = exact.NewTotal(-2)
	}
}

// addAmount adds an item's amount to t: fen of it when fenOK.
func addAmount(t *exact.Total, amount decimal.Decimal, fen int64, fenOK bool) {
	if fenOK {
		t.Add(fenAmount(fen))
		return
	}
	t.AddDecimal(amount)
}

// add counts one item; fen is its amount in fen when fenOK.
func (s *summary) add(it *BatchItem, fen int64, fenOK bool) {
	if it.Err != nil {
		s.failed++
		return
	}
	if it.Exempt {
		s.exempt++
	} else {
		s.paying++
	}
	addAmount(&s.all, it.Amount, fen, fenOK)
	if int(it.Sector) < len(s.sectors) {
		s.sectors[it.Sector].add(it.Exempt, it.Amount, fen, fenOK)
	}
	if int(it.Status) < len(s.statuses) {
		s.statuses[it.Status].add(it.Exempt, it.Amount, fen, fenOK)
	}
}

func (s *summary) merge(o *summary) {
	s.paying += o.paying
	s.exempt += o.exempt
	s.failed += o.failed
	s.all.Merge(o.all)
	for i := range s.sectors {
		s.sectors[i].merge(&o.sectors[i])
	}
	for i := range s.statuses {
		s.statuses[i].merge(&o.statuses[i])
	}
}

// finish writes the summary into the batch.
func (b *Batch) finish(s *summary) {
	b.Paying, b.Exempt, b.Failed = s.paying, s.exempt, s.failed
	b.Total = s.all.Value()
	b.BySector, b.ByStatus = nil, nil
	for i := range s.sectors {
		if s.sectors[i].members > 0 {
			b.BySector = append(b.BySector, SectorTotal{Sector: union.Sector(i), Subtotal: s.sectors[i].subtotal()})
		}
	}
	for i := range s.statuses {
		if s.statuses[i].members > 0 {
			b.ByStatus = append(b.ByStatus, StatusTotal{Status: union.MemberStatus(i), Subtotal: s.statuses[i].subtotal()})
		}
	}
}

// summarise computes the totals and subtotals from the items.
func (b *Batch) summarise() {
	var s summary
	s.init()
	for i := range b.Items {
		s.add(&b.Items[i], 0, false)
	}
	b.finish(&s)
}

// Merge returns the batch of b's items followed by each of others' items, in
// order, with totals and subtotals recomputed exactly. Merging the batches of
// consecutive shards of a member list gives the batch of the whole list.
// b and others are not changed.
func (b Batch) Merge(others ...Batch) Batch {
	n := len(b.Items)
	for _, o := range others {
		n += len(o.Items)
	}
	out := Batch{Items: make([]BatchItem, 0, n)}
	out.Items = append(out.Items, b.Items...)
	for _, o := range others {
		out.Items = append(out.Items, o.Items...)
	}
	out.summarise()
	return out
}

// Err returns the errors of the batch with full field paths
// ("members[3].wages.bonus"), joined; nil when every item is good.
func (b Batch) Err() error {
	var errs []error
	for i, it := range b.Items {
		if it.Err != nil {
			errs = append(errs, union.Prefix(union.Indexed("members", i), it.Err))
		}
	}
	return errors.Join(errs...)
}
