package dues_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// firstField returns the field and kind check of err's first *union.FieldError.
func firstField(t *testing.T, err error, kind error) string {
	t.Helper()
	require.ErrorIs(t, err, kind)
	fes := union.FieldErrors(err)
	require.NotEmpty(t, fes)
	assert.Equal(t, "invalid.decimal_range", fes[0].Code)
	return fes[0].Field
}

func TestExtremeExponentsAreRefused(t *testing.T) {
	// decimal.New(0, math.MaxInt32) as a rate used to pass Validate and panic in Assess.
	for _, huge := range []decimal.Decimal{decimal.New(0, math.MaxInt32), decimal.New(1, math.MinInt32), decimal.New(5, 100_000_000)} {
		m := dues.Member{ID: "a", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{dues.BasicWage: d("3000")}}
		p := dues.National()
		p.Rate = huge
		_, err := p.Assess(m)
		assert.Equal(t, "rate", firstField(t, err, union.ErrPolicy))
		b := p.AssessAll([]dues.Member{m})
		assert.Equal(t, 1, b.Failed)

		p = dues.National()
		p.Classes[0].Fee = huge
		assert.Equal(t, "classes[0].fee", firstField(t, p.Validate(), union.ErrPolicy))

		m.Wages[dues.Bonus] = huge
		_, err = dues.National().Assess(m)
		assert.Equal(t, "wages.bonus", firstField(t, err, union.ErrInvalid))
		b = dues.National().AssessAll([]dues.Member{m})
		assert.Equal(t, "members[0].wages.bonus", firstField(t, b.Err(), union.ErrInvalid))

		f := dues.NationalFunds()
		_, err = f.Due(huge)
		assert.Equal(t, "payroll", firstField(t, err, union.ErrInvalid))
		_, err = f.LateFee(huge, 3)
		assert.Equal(t, "principal", firstField(t, err, union.ErrInvalid))
		_, err = f.Assess(dues.Employer{ID: "a", Payroll: huge, HasUnion: true}, union.MustPeriod("2026-03"))
		assert.Equal(t, "payroll", firstField(t, err, union.ErrInvalid))
		_, err = f.AnnualDeductible(d("1"), huge)
		assert.Equal(t, "salaries", firstField(t, err, union.ErrInvalid))
		f.DailyLateRate = huge
		assert.Equal(t, "daily_late_rate", firstField(t, f.Validate(), union.ErrPolicy))

		_, err = dues.Standard().Allocate(huge)
		assert.Equal(t, "total", firstField(t, err, union.ErrInvalid))
		s := dues.Standard()
		s.Shares[1].Weight = huge
		assert.Equal(t, "shares[1].weight", firstField(t, s.Validate(), union.ErrPolicy))
	}
	_, err := dues.Chongqing2011().LateFee(d("100"), math.MaxInt)
	assert.Equal(t, []string{"days_late invalid.too_large"}, fieldCodes(t, err, union.ErrInvalid))
}

func TestInputListsAreBounded(t *testing.T) {
	// A payslip or a list of paid months longer than MaxListItems is refused, naming it and the limit.
	w := make(map[dues.WageItem]decimal.Decimal, dues.MaxListItems+1)
	for i := 0; i <= dues.MaxListItems; i++ {
		w[dues.WageItem(fmt.Sprint("x", i))] = d("1")
	}
	_, err := dues.National().Assess(dues.Member{ID: "a", Wages: w})
	assert.Equal(t, []string{"wages invalid.too_many"}, fieldCodes(t, err, union.ErrInvalid))
	paid := make([]union.Period, dues.MaxListItems+1)
	_, err = dues.National().Arrears(union.Between(union.MustPeriod("2026-01"), union.MustPeriod("2026-06")), paid)
	assert.Equal(t, []string{"paid invalid.too_many"}, fieldCodes(t, err, union.ErrInvalid))
}
