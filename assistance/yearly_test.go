package assistance

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 低保 by year supplied by the caller (Weihai 1,001 in 2023; Rushan 1,062 in 2025).
func TestYearly(t *testing.T) {
	tl, err := Yearly(Hubei2024,
		Figures{From: union.MustPeriod("2025-01"), MinimumLiving: d("1062")},
		Figures{From: union.MustPeriod("2023-01"), MinimumLiving: d("1001")},
		Figures{From: union.MustPeriod("2025-07"), MinimumLiving: d("1100"), MinimumWage: d("2200")},
	)
	require.NoError(t, err)
	require.Equal(t, 3, tl.Len())
	for _, tt := range []struct{ at, want string }{
		{"2023-01", "1001"}, {"2024-12", "1001"}, {"2025-01", "1062"}, {"2025-06", "1062"}, {"2031-01", "1100"},
	} {
		r, err := tl.At(union.MustPeriod(tt.at))
		require.NoError(t, err)
		assert.Equal(t, tt.want, r.MinimumLiving.String(), tt.at)
	}
	r, _ := tl.At(union.MustPeriod("2026-01"))
	assert.Equal(t, "2200", r.MinimumWage.String())
	_, err = tl.At(union.MustPeriod("2022-12"))
	assert.ErrorIs(t, err, union.ErrPolicy)

	// The same household is deep under 2025's 低保 and relative under 2023's.
	a := simple(2, "24600", "0") // 1,025 a month
	r23, _ := tl.At(union.MustPeriod("2023-06"))
	r25, _ := tl.At(union.MustPeriod("2025-06"))
	assert.Equal(t, Relative, mustAssess(t, r23, a).Category)
	assert.Equal(t, Deep, mustAssess(t, r25, a).Category)
}

func TestYearlyBad(t *testing.T) {
	_, err := Yearly(Standard)
	assert.ErrorIs(t, err, union.ErrPolicy)
	_, err = Yearly(Standard,
		Figures{From: union.MustPeriod("2023-01"), MinimumLiving: decimal.Zero},
		Figures{From: union.MustPeriod("2023-01"), MinimumLiving: d("1")},
		Figures{MinimumLiving: d("1")})
	require.ErrorIs(t, err, union.ErrPolicy)
	assert.Len(t, fieldsOf(err), 3)
}

// The rules changed around 2017/2018: an archived 2016 file is re-assessed
// under Generation 1, a 2024 one under the current system.
func TestHistory(t *testing.T) {
	tl, err := History(d("370"), d("1000"))
	require.NoError(t, err)
	old, err := tl.At(union.MustPeriod("2016-05"))
	require.NoError(t, err)
	assert.Equal(t, "generation1", old.Name)
	now, err := tl.At(union.MustPeriod("2024-05"))
	require.NoError(t, err)
	assert.Equal(t, "standard", now.Name)
	_, err = History(d("0"), d("1000"))
	assert.ErrorIs(t, err, union.ErrPolicy)
}
