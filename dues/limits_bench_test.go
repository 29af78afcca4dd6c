package dues_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// BenchmarkAtLimits runs the dues entry points at their documented limits:
// AssessAll over the largest batch a call takes (the payroll generator's
// random payslips, every path), one member whose payslip holds MaxListItems
// items of the employer's own, and an allocation over MaxListItems shares.
// Run with: go test -run XXX -bench AtLimits -benchtime 3x -benchmem ./dues
func BenchmarkAtLimits(b *testing.B) {
	p := dues.National()
	p.OwnItems = ownItems
	b.Run(fmt.Sprintf("AssessAll/%d", dues.MaxBatch), func(b *testing.B) {
		ms := randomPayroll(dues.MaxBatch, 9, true)
		b.ReportAllocs()
		for b.Loop() {
			if bt := p.AssessAll(ms); bt.Failed != 0 {
				b.Fatal(bt.Err())
			}
		}
	})
	b.Run(fmt.Sprintf("Assess/%d_items", dues.MaxListItems), func(b *testing.B) {
		own := make([]dues.WageItem, dues.MaxListItems-1)
		m := dues.Member{ID: "L1", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: decimal.New(500000, -2)}}
		for i := range own {
			own[i] = dues.WageItem(fmt.Sprintf("own%05d", i))
			m.Wages[own[i]] = decimal.New(int64(i), -2)
		}
		q := dues.National()
		q.OwnItems = own
		b.ReportAllocs()
		for b.Loop() {
			if _, err := q.Assess(m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run(fmt.Sprintf("Allocate/%d_shares", dues.MaxListItems), func(b *testing.B) {
		s := dues.Scheme{Places: 2}
		for i := range dues.MaxListItems {
			s.Shares = append(s.Shares, dues.Share{Party: fmt.Sprintf("p%05d", i), Weight: decimal.NewFromInt(int64(i%7 + 1))})
		}
		total := decimal.RequireFromString("123456789.01")
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Allocate(total); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestAssessAllRefusesOverMaxBatch: one member over the limit puts the
// *union.FieldError on "members", naming the limit, on every item.
func TestAssessAllRefusesOverMaxBatch(t *testing.T) {
	ms := make([]dues.Member, dues.MaxBatch+1)
	b := dues.National().AssessAll(ms)
	if b.Failed != len(ms) || b.Total.Sign() != 0 {
		t.Fatalf("failed %d of %d, total %s", b.Failed, len(ms), b.Total)
	}
	var fe *union.FieldError
	if !errors.As(b.Items[len(ms)-1].Err, &fe) || fe.Field != "members" || fe.Code != "invalid.too_many" || fe.Args[0] != fmt.Sprint(dues.MaxBatch) {
		t.Fatalf("error %v", b.Items[len(ms)-1].Err)
	}
}
