package dues_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// snapshot is a deep copy of a batch's reasons, as text, for comparison.
func snapshot(b dues.Batch) []string {
	var out []string
	for _, it := range b.Items {
		out = append(out, fmt.Sprint(it.MemberID, it.Reasons))
	}
	out = append(out, fmt.Sprint(b.BySector), fmt.Sprint(b.ByStatus))
	return out
}

// appendEverywhere appends to every slice of every result of the batch, one
// result at a time, and checks after each that no other result changed.
func appendEverywhere(t *testing.T, b dues.Batch) {
	t.Helper()
	want := snapshot(b)
	junk := union.NewReason("junk", "junk", "junk")
	for i := range b.Items {
		it := &b.Items[i]
		_ = append(it.Reasons, junk)
		for j := range it.Reasons {
			_ = append(it.Reasons[j].Args, "junk")
		}
		got := snapshot(b)
		require.Equal(t, want, got, "appending to the reasons of item %d changed another result", i)
	}
	_ = append(b.Items, dues.BatchItem{})
	_ = append(b.BySector, dues.SectorTotal{})
	_ = append(b.ByStatus, dues.StatusTotal{})
	assert.Equal(t, want, snapshot(b))
}

func TestAssessAllResultsShareNoSpareCapacity(t *testing.T) {
	// Reasons lists of a batch are carved from one block: a list of 4 with spare capacity
	// would let an append overwrite the next member's first reason.
	var ms []dues.Member
	patterns := []map[dues.WageItem]decimal.Decimal{
		{dues.BasicWage: d("3000")},
		{dues.BasicWage: d("3000"), dues.Bonus: d("100")},
		{dues.PositionWage: d("2000"), dues.GradeWage: d("800")},
		{dues.BasicWage: d("5000"), dues.SkillWage: d("300"), dues.Overtime: d("200"), dues.Allowance: d("50")},
	}
	for i := 0; i < 200; i++ {
		m := dues.Member{ID: fmt.Sprint(i), Sector: union.Enterprise, Wages: patterns[i%len(patterns)]}
		switch i % 7 {
		case 3:
			m.Sector = union.Institution
		case 5:
			m.Status = union.Retired
		case 6:
			m.Class = dues.Apprentice
		}
		ms = append(ms, m)
	}
	for _, p := range []dues.Policy{dues.National(), dues.Legacy1993(), dues.Dongguan2015()} {
		b := p.AssessAll(ms)
		appendEverywhere(t, b)
		appendEverywhere(t, b.Merge(p.AssessAll(ms[:10])))
		// A later call is not changed either.
		again := p.AssessAll(ms)
		for i := range again.Items {
			assert.Equal(t, fmt.Sprint(again.Items[i].Reasons), fmt.Sprint(b.Items[i].Reasons))
		}
	}
}

func TestValidateIsLinearAndBounded(t *testing.T) {
	// A policy list longer than MaxListItems is refused, naming the list and the limit; a list
	// at the limit is checked in linear time (100k items took 10 s with a quadratic check).
	p := dues.National()
	long := make([]dues.WageItem, dues.MaxListItems+1)
	for i := range long {
		long[i] = dues.WageItem(fmt.Sprintf("item%d", i))
	}
	p.Bases[0].Items = long
	err := p.Validate()
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "bases[0].items", fe.Field)
	assert.Equal(t, "invalid.too_large", fe.Code)
	assert.Equal(t, []string{fmt.Sprint(dues.MaxListItems)}, fe.Args)
	assert.ErrorIs(t, err, union.ErrPolicy)

	p.Bases[0].Items = long[:dues.MaxListItems]
	p.Bases[0].Items[dues.MaxListItems-1] = p.Bases[0].Items[0]
	assert.Equal(t, []string{fmt.Sprintf("bases[0].items[%d] invalid.duplicate", dues.MaxListItems-1)}, fieldCodes(t, p.Validate(), union.ErrPolicy))

	s := dues.Scheme{Places: 2}
	for i := 0; i <= dues.MaxListItems; i++ {
		s.Shares = append(s.Shares, dues.Share{Party: fmt.Sprint(i), Weight: d("1")})
	}
	assert.Equal(t, []string{"shares invalid.too_large"}, fieldCodes(t, s.Validate(), union.ErrPolicy))
}

func TestAssessAllRandomPayslipsShareNoSpareCapacity(t *testing.T) {
	// The same on random payslips (fixed seeds), where lists are both shared and carved
	// from the batch's block.
	p := dues.National()
	p.OwnItems = ownItems
	for seed := uint64(1); seed <= 3; seed++ {
		appendEverywhere(t, p.AssessAll(randomPayroll(300, seed, seed%2 == 0)))
	}
}
