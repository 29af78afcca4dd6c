package union_test

import (
	"errors"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestCheckDecimal(t *testing.T) {
	ok := []decimal.Decimal{
		{}, decimal.Zero, decimal.RequireFromString("0.00"), decimal.RequireFromString("1234.56"),
		decimal.RequireFromString("-999999999999999.999"), decimal.RequireFromString("999999999999999"),
		decimal.New(1, -18), decimal.New(5, 14), decimal.New(-5, 14), decimal.New(0, 15), decimal.New(0, -18),
	}
	for _, d := range ok {
		assert.Nil(t, union.CheckDecimal("x", d), d.String())
	}
	bad := []decimal.Decimal{
		decimal.New(0, math.MaxInt32), decimal.New(0, math.MinInt32), decimal.New(1, math.MaxInt32),
		decimal.New(1, -100_000_000), decimal.New(7, 100_000_000), decimal.New(1, 15), decimal.New(-1, 15),
		decimal.RequireFromString("1000000000000000"), decimal.RequireFromString("-1000000000000000"),
		decimal.New(1, -19), decimal.RequireFromString("1.0000000000000000000"), decimal.New(0, 16),
		decimal.NewFromBigInt(pow10(1_000_000), 0),
	}
	for _, d := range bad {
		start := time.Now()
		fe := union.CheckDecimal("wages.basic", d)
		require.NotNil(t, fe, "exponent %d", d.Exponent())
		assert.Less(t, time.Since(start), time.Second)
		assert.True(t, errors.Is(fe, union.ErrInvalid))
		assert.Equal(t, "wages.basic", fe.Field)
		assert.Equal(t, "invalid.decimal_range", fe.Code)
		assert.Equal(t, []string{"15", "18"}, fe.Args)
		assert.LessOrEqual(t, len(fe.Value), 64)
	}
	assert.Equal(t, "0e2147483647", union.CheckDecimal("x", decimal.New(0, math.MaxInt32)).Value)
}

func TestCheckDecimalAllocates(t *testing.T) {
	d := decimal.RequireFromString("12345.67")
	neg := decimal.RequireFromString("-3.5")
	allocs := testing.AllocsPerRun(100, func() {
		if union.CheckDecimal("x", d) != nil || union.CheckDecimal("x", neg) != nil {
			t.Fatal("refused")
		}
	})
	assert.Zero(t, allocs)
}

func TestCheckCount(t *testing.T) {
	assert.Nil(t, union.CheckCount("judges", 0, 10))
	assert.Nil(t, union.CheckCount("judges", 10, 10))
	fe := union.CheckCount("judges", 11, 10)
	require.NotNil(t, fe)
	assert.Equal(t, "invalid.too_many", fe.Code)
	assert.Equal(t, []string{"10"}, fe.Args)
	assert.Equal(t, "11", fe.Value)
	assert.Equal(t, "invalid.negative", union.CheckCount("judges", -1, 10).Code)
	assert.Equal(t, "invalid.negative", union.CheckCount("judges", math.MinInt, 10).Code)
	assert.True(t, errors.Is(union.CheckCount("x", math.MaxInt, 10), union.ErrInvalid))
}

// pow10 returns 10^n.
func pow10(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }
