package democracy

import (
	"errors"
	"math"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThresholdRequired(t *testing.T) {
	tests := []struct {
		name string
		th   Threshold
		base int
		want int
	}{
		// 上海市职工代表大会条例 第二十八条: 三分之二以上出席; 2/3 of 149 is 99⅓ → 100.
		{"SH art. 28 quorum 2/3 of 149", AtLeast(2, 3), 149, 100},
		{"2/3 of 150 at least", AtLeast(2, 3), 150, 100},
		{"2/3 of 150 more than", MoreThan(2, 3), 150, 101},
		{"2/3 of 149 more than", MoreThan(2, 3), 149, 100},
		// 上海 第三十一条 半数以上 (at least half) vs 浙江 第十五条 过半数 (more than half).
		{"SH art. 31 半数以上 of 150", AtLeast(1, 2), 150, 75},
		{"ZJ art. 15 过半数 of 150", MoreThan(1, 2), 150, 76},
		{"SH art. 31 半数以上 of 149", AtLeast(1, 2), 149, 75},
		{"ZJ art. 15 过半数 of 149", MoreThan(1, 2), 149, 75},
		{"SH art. 22 one third of 100", AtLeast(1, 3), 100, 34},
		{"one third of 99", AtLeast(1, 3), 99, 33},
		{"zero base at least", AtLeast(1, 2), 0, 0},
		{"zero base more than", MoreThan(1, 2), 0, 1},
		{"zero share more than", MoreThan(0, 1), 10, 1},
		{"all at least", AtLeast(1, 1), 7, 7},
		{"huge base exact", AtLeast(2, 3), math.MaxInt64 - 1, 6148914691236517204},
		{"zero denominator never met", Threshold{Num: 1}, 10, math.MaxInt},
		{"negative numerator never met", Threshold{Num: -1, Den: 2}, 10, math.MaxInt},
		{"negative base never met", AtLeast(1, 2), -4, math.MaxInt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.th.Required(tt.base))
			if tt.want != math.MaxInt {
				assert.True(t, tt.th.Met(tt.want, tt.base))
			}
			if tt.want > 0 {
				assert.False(t, tt.th.Met(tt.want-1, tt.base))
			}
		})
	}
}

func TestThresholdRequiredAgreesWithRationalComparison(t *testing.T) {
	for den := 1; den <= 12; den++ {
		for num := 0; num <= den; num++ {
			for base := 0; base <= 200; base++ {
				for _, strict := range []bool{false, true} {
					th := Threshold{Num: num, Den: den, Strict: strict}
					req := th.Required(base)
					meets := func(c int) bool {
						if strict {
							return c*den > num*base
						}
						return c*den >= num*base
					}
					require.True(t, meets(req), "%v base %d: %d should meet", th, base, req)
					if req > 0 {
						require.False(t, meets(req-1), "%v base %d: %d should not meet", th, base, req-1)
					}
				}
			}
		}
	}
}

func TestThresholdValidate(t *testing.T) {
	require.NoError(t, AtLeast(2, 3).Validate())
	require.NoError(t, MoreThan(1, 2).Validate())
	tests := []struct {
		name  string
		th    Threshold
		field string
		code  string
	}{
		{"zero denominator", Threshold{Num: 1}, "den", "invalid.not_positive"},
		{"above one", AtLeast(4, 3), "num", "democracy.threshold.above_one"},
		{"more than all", MoreThan(1, 1), "num", "democracy.threshold.above_one"},
		{"negative", Threshold{Num: -1, Den: 3}, "num", "invalid.negative"},
		{"unknown base", Threshold{Num: 1, Den: 2, Base: 9}, "base", "invalid.unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.th.Validate()
			require.ErrorIs(t, err, union.ErrPolicy)
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tt.field, fe.Field)
			assert.Equal(t, tt.code, fe.Code)
		})
	}
}

func TestThresholdText(t *testing.T) {
	assert.Equal(t, "全体（应到）人数的 2/3 以上", AtLeast(2, 3).Text(zhHans))
	assert.Equal(t, "more than 1/2 of all entitled", MoreThan(1, 2).Text(en))
	assert.Equal(t, "超過全體（應到）人數的 1/2", MoreThan(1, 2).Text(zhHant))
	assert.Equal(t, "2/3 at least of all", AtLeast(2, 3).String())
}
