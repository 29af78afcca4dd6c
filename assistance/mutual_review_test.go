package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 民法典 第二百零二条: a period of months ends on the day before the matching
// day, or on the last day of the month when it has no matching day — the
// month's end itself, not the day before it.
func TestMutualCoverEnd民法典第二百零二条(t *testing.T) {
	tests := []struct {
		name   string
		start  string
		months int
		end    string
	}{
		{"matching day exists", "2021-01-01", 12, "2021-12-31"},
		{"mid-month", "2021-03-15", 1, "2021-04-14"},
		{"no 31 February: the month's end", "2025-01-31", 1, "2025-02-28"},
		{"no 30 February: the month's end", "2025-01-30", 1, "2025-02-28"},
		{"no 29 February in a leap year: the month's end", "2024-01-30", 1, "2024-02-29"},
		{"29 February exists in 2024", "2024-01-29", 1, "2024-02-28"},
		{"no 31 April: the month's end", "2025-03-31", 1, "2025-04-30"},
		{"leap day, a year on", "2024-02-29", 12, "2025-02-28"},
		{"leap day, four years on", "2024-02-29", 48, "2028-02-28"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MutualXiamen2021()
			p.Effective = union.Since(union.Period{Year: 2021, Month: 1})
			p.PeriodMonths = tt.months
			c := mutualStayClaim("C1")
			c.CoverStart = union.MustDate(tt.start)
			end := union.MustDate(tt.end)
			c.Stay.Admitted, c.Stay.Discharged = end, end
			out, err := p.Claim(c)
			require.NoError(t, err)
			assert.Equal(t, tt.end, out.CoverEnd.String())
			// a stay admitted on the last day of cover is within it.
			assert.NotContains(t, union.Codes(out.Reasons), "assistance.mutual.after_cover")
			assert.True(t, out.Inpatient.IsPositive())
		})
	}
}

// ClaimAll carries a member's caps and once-per-period grants from claim to
// claim by member ID (上海市社会救助条例 第二十一条 counts what the plan already
// paid). A claim with no member ID cannot be carried: two claims that leave it
// out must not share one member's cap.
func TestMutualClaimAllMemberIDRequired(t *testing.T) {
	p := MutualFuzhou2012Enterprise()
	a, b := mutualStayClaim("C1"), mutualStayClaim("C2")
	a.Member.ID, b.Member.ID = "", ""
	for _, c := range []*MutualClaim{&a, &b} {
		c.Stay.Total, c.Stay.OutOfCatalogue, c.Stay.BasicInsurance = mutualD("400000"), mutualD("0"), mutualD("300000")
	}
	_, err := p.ClaimAll([]MutualClaim{a, b})
	require.Error(t, err)
	assert.ErrorIs(t, err, union.ErrInvalid)
	var fields []string
	for _, fe := range union.FieldErrors(err) {
		fields = append(fields, fe.Field)
	}
	assert.Contains(t, fields, "claims[0].member.id")
	assert.Contains(t, fields, "claims[1].member.id")

	// each with its own ID, each gets the full 13% up to its own cap.
	a.Member.ID, b.Member.ID = "M1", "M2"
	outs, err := p.ClaimAll([]MutualClaim{a, b})
	require.NoError(t, err)
	assert.Equal(t, "50000", outs[0].Inpatient.String())
	assert.Equal(t, "50000", outs[1].Inpatient.String())
}

// A member holds one number of shares for a period, and the caps are per
// share (福州 第三期: 每期累计最高5万元). Two claims of one member's period that
// state different shares contradict each other: before, each claim's cap was
// worked out from its own figure, so the member was paid past the cap of the
// shares held.
func TestMutualClaimAllSharesOfOnePeriod(t *testing.T) {
	p := MutualFuzhou2012Enterprise()
	p.MaxShares = 3
	a, b := mutualStayClaim("C1"), mutualStayClaim("C2")
	b.Stay.Admitted, b.Stay.Discharged = union.MustDate("2021-06-01"), union.MustDate("2021-06-10")
	for _, c := range []*MutualClaim{&a, &b} {
		c.Stay.Total, c.Stay.OutOfCatalogue, c.Stay.BasicInsurance = mutualD("1000000"), mutualD("0"), mutualD("600000")
	}
	a.Shares, b.Shares = 1, 3
	for _, claims := range [][]MutualClaim{{a, b}, {b, a}} {
		_, err := p.ClaimAll(claims)
		require.Error(t, err)
		var fields []string
		for _, fe := range union.FieldErrors(err) {
			fields = append(fields, fe.Field+" "+fe.Code)
		}
		assert.Len(t, fields, 1)
		assert.Contains(t, fields[0], ".shares_held invalid.inconsistent")
	}
	b.Shares = 1
	outs, err := p.ClaimAll([]MutualClaim{a, b})
	require.NoError(t, err)
	assert.Equal(t, "50000", outs[0].Inpatient.String())
	assert.Equal(t, "0", outs[1].Inpatient.String())
}

// Money carries at most MoneyPlaces decimals (the fen), as everywhere in the
// package. A claim's cost of 30000.005 was accepted, and its
// MedicalRemaining of 7640.005 was then refused by Rules.Assess as the
// person's MedicalSelfPaid (上海市社会救助条例 第二十一条 nets mutual aid off
// before hardship aid assesses the rest).
func TestMutualAmountsInFen上海社会救助条例第二十一条(t *testing.T) {
	c := mutualStayClaim("C1")
	c.Stay.Total = mutualD("30000.005")
	_, err := MutualXiamen2021().Claim(c)
	require.Error(t, err)
	assert.ErrorIs(t, err, union.ErrInvalid)
	fes := union.FieldErrors(err)
	require.Len(t, fes, 1)
	assert.Equal(t, "stay.total", fes[0].Field)
	assert.Equal(t, "invalid.precision", fes[0].Code)

	c = mutualStayClaim("C1")
	c.Commercial = mutualD("0.001")
	_, err = MutualXiamen2021().Claim(c)
	require.Error(t, err)
	assert.Equal(t, "commercial", union.FieldErrors(err)[0].Field)

	// trailing zeros are still fen.
	c = mutualStayClaim("C1")
	c.Stay.Total = mutualD("30000.000")
	_, err = MutualXiamen2021().Claim(c)
	require.NoError(t, err)

	p := MutualXiamen2021()
	p.Contribution = mutualD("60.001")
	err = p.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, union.ErrPolicy)
	assert.Equal(t, "contribution", union.FieldErrors(err)[0].Field)
	assert.Equal(t, "invalid.precision", union.FieldErrors(err)[0].Code)
}

// A plan's own errors wrap union.ErrPolicy, a decimal out of range included;
// the claim's wrap union.ErrInvalid.
func TestMutualPlanDecimalRangeIsPolicy(t *testing.T) {
	p := MutualXiamen2021()
	p.Contribution = decimal.New(1, 1000)
	p.Inpatient.Share = decimal.New(1, -1000)
	err := p.Validate()
	require.Error(t, err)
	fes := union.FieldErrors(err)
	require.Len(t, fes, 2)
	for _, fe := range fes {
		assert.Equal(t, "invalid.decimal_range", fe.Code, fe.Field)
		assert.ErrorIs(t, fe, union.ErrPolicy, fe.Field)
		assert.NotErrorIs(t, fe, union.ErrInvalid, fe.Field)
	}
	c := mutualStayClaim("C1")
	c.Stay.Total = decimal.New(1, 1000)
	_, err = MutualXiamen2021().Claim(c)
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.NotErrorIs(t, err, union.ErrPolicy)
}
