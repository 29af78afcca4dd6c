package union_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// d reads a decimal literal in tests.
func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// ds reads decimal literals in tests.
func ds(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = d(s)
	}
	return out
}

// fixed formats decimals with places decimals (0 for negative places), for comparison.
func fixed(parts []decimal.Decimal, places int32) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.StringFixed(max(places, 0))
	}
	return strings.Join(out, " ")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		total   string
		weights []string
		places  int32
		want    string
	}{
		{"60/40 of a fund", "12345.67", []string{"60", "40"}, 2, "7407.40 4938.27"},
		{"fractions split like percentages", "12345.67", []string{"0.6", "0.4"}, 2, "7407.40 4938.27"},
		{"equal remainders go to the lower index", "100", []string{"1", "1", "1"}, 2, "33.34 33.33 33.33"},
		{"two leftover fen go to the first two of equal remainders", "0.05", []string{"1", "1", "1"}, 2, "0.02 0.02 0.01"},
		{"largest remainder wins over index", "1", []string{"1", "2"}, 2, "0.33 0.67"},
		{"fewer fen than parts", "0.02", []string{"1", "1", "1"}, 2, "0.01 0.01 0.00"},
		{"single weight takes all", "10.01", []string{"3"}, 2, "10.01"},
		{"zero total", "0", []string{"1", "2"}, 2, "0.00 0.00"},
		{"total rounded half-up to places first", "10.005", []string{"1"}, 2, "10.01"},
		{"total rounded half-up, three parts", "0.035", []string{"1", "1"}, 2, "0.02 0.02"},
		{"places 1 (jiao)", "1", []string{"1", "1", "1"}, 1, "0.4 0.3 0.3"},
		{"places 0 (yuan)", "10", []string{"1", "1", "1"}, 0, "4 3 3"},
		{"places -1 (ten yuan)", "1234", []string{"1", "1"}, -1, "620 610"},
		{"negative total mirrors", "-100", []string{"1", "1", "1"}, 2, "-33.34 -33.33 -33.33"},
		{"negative 60/40 mirrors", "-12345.67", []string{"60", "40"}, 2, "-7407.40 -4938.27"},
		{"exact split", "100", []string{"25", "25", "50"}, 2, "25.00 25.00 50.00"},
		{"tiny weights with many places", "1", []string{"0.000000000000000001", "0.000000000000000002"}, 2, "0.33 0.67"},
		{"largest total", "999999999999999.999999999999999999", []string{"1", "1"}, 2,
			"500000000000000.00 500000000000000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := union.Split(d(tt.total), ds(tt.weights...), tt.places)
			require.NoError(t, err)
			assert.Equal(t, tt.want, fixed(parts, tt.places))
			sum := decimal.Zero
			for _, p := range parts {
				sum = sum.Add(p)
			}
			assert.True(t, sum.Equal(d(tt.total).Round(tt.places)), "parts add up to %s, not %s", sum, d(tt.total).Round(tt.places))
		})
	}
}

func TestSplitPlacesBounds(t *testing.T) {
	_, err := union.Split(d("1"), ds("1"), union.MinPlaces)
	require.NoError(t, err)
	_, err = union.Split(d("1"), ds("1"), union.MaxPlaces)
	require.NoError(t, err)
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name    string
		weights []decimal.Decimal
		places  int32
		field   string
		code    string
	}{
		{"nil weights", nil, 2, "weights", "invalid.empty"},
		{"empty weights", []decimal.Decimal{}, 2, "weights", "invalid.empty"},
		{"zero weight", ds("1", "0"), 2, "weights[1]", "invalid.not_positive"},
		{"negative weight", ds("-1", "2"), 2, "weights[0]", "invalid.not_positive"},
		{"too many weight places", ds("1", "0.0000000000000000001"), 2, "weights[1]", "invalid.precision"},
		{"places too small", ds("1"), union.MinPlaces - 1, "places", "invalid.range"},
		{"places too large", ds("1"), union.MaxPlaces + 1, "places", "invalid.range"},
		{"weight beyond the limits", ds("1", "1e15"), 2, "weights[1]", "invalid.decimal_range"},
		{"weight exponent near 2^31", []decimal.Decimal{decimal.New(1, math.MaxInt32)}, 2, "weights[0]", "invalid.decimal_range"},
		{"weight exponent near -10^8", []decimal.Decimal{decimal.New(1, -100_000_000)}, 2, "weights[0]", "invalid.precision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := union.Split(d("100"), tt.weights, tt.places)
			require.Error(t, err)
			assert.Nil(t, parts)
			assert.ErrorIs(t, err, union.ErrInvalid)
			assert.NotErrorIs(t, err, union.ErrPolicy)
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tt.field, fe.Field)
			assert.Equal(t, tt.code, fe.Code)
		})
	}
}

// TestSplitExtremeTotals: Split(10^2147483647, [1,1], 2) once returned [0 0]
// with no error, and totals with exponents near ±10^8 ran for minutes.
func TestSplitExtremeTotals(t *testing.T) {
	for _, total := range []decimal.Decimal{
		decimal.New(1, math.MaxInt32), decimal.New(0, math.MaxInt32), decimal.New(1, math.MinInt32),
		decimal.New(1, 100_000_000), decimal.New(1, -100_000_000), d("1000000000000000"), d("-1e15"),
		d("123456789012345678901234567890.01"),
	} {
		start := time.Now()
		parts, err := union.Split(total, ds("1", "1"), 2)
		assert.Less(t, time.Since(start), time.Second)
		assert.Nil(t, parts)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe), "exponent %d", total.Exponent())
		assert.Equal(t, "total", fe.Field)
		assert.Equal(t, "invalid.decimal_range", fe.Code)
	}
	_, err := union.Split(d("1"), make([]decimal.Decimal, union.MaxWeights+1), 2)
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "invalid.too_many", fe.Code)
}

// TestSplitConservation checks on a grid of totals and weights that the parts
// always add up to the rounded total, differ from the exact share by less than
// one unit, and that a negative total mirrors the positive one.
func TestSplitConservation(t *testing.T) {
	weightSets := [][]string{{"1"}, {"1", "1"}, {"60", "40"}, {"1", "2", "3", "4", "5"}, {"0.7", "0.2", "0.1"}, {"3", "3", "3", "1"}}
	for cents := int64(-1003); cents <= 1003; cents += 17 {
		total := decimal.New(cents, -2)
		for _, ws := range weightSets {
			for _, places := range []int32{-1, 0, 1, 2} {
				parts, err := union.Split(total, ds(ws...), places)
				require.NoError(t, err)
				neg, err := union.Split(total.Neg(), ds(ws...), places)
				require.NoError(t, err)
				sum := decimal.Zero
				wsum := decimal.Zero
				for _, w := range ds(ws...) {
					wsum = wsum.Add(w)
				}
				unit := decimal.New(1, -places)
				for i, p := range parts {
					sum = sum.Add(p)
					assert.True(t, p.Neg().Equal(neg[i]), "negative total must mirror: %s vs %s", p, neg[i])
					exact := total.Round(places).Mul(ds(ws...)[i]).DivRound(wsum, 30)
					assert.True(t, p.Sub(exact).Abs().LessThan(unit), "part %s too far from share %s", p, exact)
				}
				assert.True(t, sum.Equal(total.Round(places)), "total %s places %d weights %v: sum %s", total, places, ws, sum)
			}
		}
	}
}
