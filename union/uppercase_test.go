package union_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// The worked examples and rules of the PBOC writing rules
// (中国人民银行 正确填写票据和结算凭证的基本规定).
func TestUppercaseRules(t *testing.T) {
	tests := []struct {
		rule   string
		amount string
		want   string
	}{
		{"rule 1: 整 after 元", "15", "壹拾伍元整"},
		{"rule 1: no 整 after 角 by default", "1409.50", "壹仟肆佰零玖元伍角"},
		{"rule 1: never 整 after 分", "6007.14", "陆仟零柒元壹角肆分"},
		{"rule 2: a zero between digits", "1409.50", "壹仟肆佰零玖元伍角"},
		{"rule 3: a run of zeros is one 零", "6007.14", "陆仟零柒元壹角肆分"},
		{"rule 4: 元 digit 0, shorter form", "1680.32", "壹仟陆佰捌拾元叁角贰分"},
		{"rule 4: 万 and 元 digits 0, shorter form", "107000.53", "壹拾万柒仟元伍角叁分"},
		{"rule 4: run of zeros ending at 元", "1000.30", "壹仟元叁角"},
		{"rule 5: 角 0 and 分 not", "16409.02", "壹万陆仟肆佰零玖元零贰分"},
		{"rule 5: second example", "325.04", "叁佰贰拾伍元零肆分"},
		{"rule 5: 分 after a round amount", "1000.02", "壹仟元零贰分"},
		{"rule 6: a leading ten is 壹拾", "15.00", "壹拾伍元整"},
		{"rule 6: ten alone", "10", "壹拾元整"},
		{"rule 6: inner ten", "110", "壹佰壹拾元整"},
		{"rule 6: ten thousand tens", "100000", "壹拾万元整"},
		{"zero", "0", "零元整"},
		{"zero with decimals", "0.00", "零元整"},
		{"under one yuan: 角", "0.50", "伍角"},
		{"under one yuan: 分 without 零元 or 零", "0.05", "伍分"},
		{"under one yuan: 角分", "0.55", "伍角伍分"},
		{"one fen", "0.01", "壹分"},
		{"negative", "-1.05", "负壹元零伍分"},
		{"negative round", "-100", "负壹佰元整"},
		{"round 万", "10000", "壹万元整"},
		{"round 十万", "100000", "壹拾万元整"},
		{"round 亿", "100000000", "壹亿元整"},
		{"round 十亿", "1000000000", "壹拾亿元整"},
		{"round 万亿", "1000000000000", "壹万亿元整"},
		{"round 千万亿", "1000000000000000", "壹仟万亿元整"},
		{"zeros straddling 万", "1000700", "壹佰万零柒佰元整"},
		{"a whole 万 group of zeros", "100070000", "壹亿零柒万元整"},
		{"a whole 万 group before 千 is written with 零", "100007000", "壹亿零柒仟元整"},
		{"zeros straddling 亿", "10070000000", "壹佰亿柒仟万元整"},
		{"zeros straddling 亿, 千万 zero too", "10007000000", "壹佰亿零柒佰万元整"},
		{"亿 then a digit", "100000001", "壹亿零壹元整"},
		{"万亿 with a 亿 part", "1000100000000", "壹万零壹亿元整"},
		{"万亿 with a 万 part", "1000000070000", "壹万亿零柒万元整"},
		{"every place", "1234567890123456.78", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿玖仟零壹拾贰万叁仟肆佰伍拾陆元柒角捌分"},
		{"largest", "9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
		{"trailing zeros in the decimal are not places", "1.500", "壹元伍角"},
		{"12,345.67 for the quickstart", "12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"},
	}
	for _, tt := range tests {
		t.Run(tt.rule+" "+tt.amount, func(t *testing.T) {
			got, err := union.Uppercase(d(tt.amount))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			back, err := union.ParseUppercase(got)
			require.NoError(t, err)
			assert.True(t, back.Equal(d(tt.amount)), "read back %s", back)
		})
	}
}

func TestUppercaseOptions(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		o      union.UppercaseOptions
		want   string
	}{
		// Rule 4: each optional 零 on its own reproduces the standard's two forms of 107,000.53.
		{"rule 4, 零 after 元 (first form)", "107000.53", union.UppercaseOptions{ZeroAfterYuan: true}, "壹拾万柒仟元零伍角叁分"},
		{"rule 4, 零 after 万 (second form)", "107000.53", union.UppercaseOptions{ZeroAfterWan: true}, "壹拾万零柒仟元伍角叁分"},
		{"rule 4, both", "107000.53", union.LongForm(), "壹拾万零柒仟元零伍角叁分"},
		{"rule 4, longer form of 1680.32", "1680.32", union.UppercaseOptions{ZeroAfterYuan: true}, "壹仟陆佰捌拾元零叁角贰分"},
		{"rule 4 at 亿", "10070000000", union.UppercaseOptions{ZeroAfterWan: true}, "壹佰亿零柒仟万元整"},
		{"rule 4 does not add to a mandatory 零", "100007000", union.LongForm(), "壹亿零柒仟元整"},
		{"rule 4 needs a non-zero 角", "1680.02", union.LongForm(), "壹仟陆佰捌拾元零贰分"},
		{"rule 4 needs a zero 元 digit", "1681.30", union.LongForm(), "壹仟陆佰捌拾壹元叁角"},
		{"rule 1, 整 after 角", "1409.50", union.UppercaseOptions{ZhengAfterJiao: true}, "壹仟肆佰零玖元伍角整"},
		{"rule 1, 整 after 角 under one yuan", "0.50", union.UppercaseOptions{ZhengAfterJiao: true}, "伍角整"},
		{"rule 1, never 整 after 分", "0.55", union.UppercaseOptions{ZhengAfterJiao: true}, "伍角伍分"},
		{"rule 7, prefix", "15", union.UppercaseOptions{Prefix: true}, "人民币壹拾伍元整"},
		{"rule 7, prefix and negative", "-15", union.UppercaseOptions{Prefix: true}, "人民币负壹拾伍元整"},
		{"圆", "15", union.UppercaseOptions{FullYuan: true}, "壹拾伍圆整"},
		{"圆 for zero", "0", union.UppercaseOptions{FullYuan: true}, "零圆整"},
		{"traditional", "-23600006.02", union.UppercaseOptions{Traditional: true, Prefix: true}, "人民幣負貳仟參佰陸拾萬零陸元零貳分"},
		{"traditional 億 and 圓", "300000000", union.UppercaseOptions{Traditional: true, FullYuan: true}, "參億圓整"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := union.UppercaseWith(d(tt.amount), tt.o)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			back, err := union.ParseUppercase(got)
			require.NoError(t, err)
			assert.True(t, back.Equal(d(tt.amount)), "read back %s", back)
		})
	}
}

func TestUppercaseErrors(t *testing.T) {
	tests := []struct {
		amount string
		code   string
	}{
		{"1.005", "invalid.precision"},
		{"0.001", "invalid.precision"},
		{"-12.345", "invalid.precision"},
		{"10000000000000000", "invalid.too_large"},
		{"-10000000000000000", "invalid.too_large"},
		{"9999999999999999.999", "invalid.too_large"},
		{"1e30", "invalid.decimal_range"},
	}
	for _, tt := range tests {
		got, err := union.Uppercase(d(tt.amount))
		assert.Empty(t, got)
		assert.ErrorIs(t, err, union.ErrInvalid, tt.amount)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "amount", fe.Field)
		assert.Equal(t, tt.code, fe.Code, tt.amount)
	}
}

func TestParseUppercaseAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		// Both forms of every rule-4 example in the standard.
		{"壹仟陆佰捌拾元零叁角贰分", "1680.32"},
		{"壹仟陆佰捌拾元叁角贰分", "1680.32"},
		{"壹拾万柒仟元零伍角叁分", "107000.53"},
		{"壹拾万零柒仟元伍角叁分", "107000.53"},
		{"壹拾万柒仟元伍角叁分", "107000.53"},
		{"壹拾万零柒仟元零伍角叁分", "107000.53"},
		// The other worked examples.
		{"壹仟肆佰零玖元伍角", "1409.50"},
		{"陆仟零柒元壹角肆分", "6007.14"},
		{"壹万陆仟肆佰零玖元零贰分", "16409.02"},
		{"叁佰贰拾伍元零肆分", "325.04"},
		{"壹拾伍元整", "15"},
		// 整 or 正, after 元 or 角.
		{"壹拾伍元正", "15"},
		{"壹仟肆佰零玖元伍角整", "1409.50"},
		{"伍角整", "0.5"},
		// Prefix, sign, both orders.
		{"人民币壹拾伍元整", "15"},
		{"人民幣壹拾伍元整", "15"},
		{"人民币负壹拾伍元整", "-15"},
		{"负人民币壹拾伍元整", "-15"},
		{"负伍分", "-0.05"},
		{"人民币零元整", "0"},
		{"零圓整", "0"},
		// Traditional and variant capitals.
		{"貳萬參仟陸佰圓整", "23600"},
		{"叄億元整", "300000000"},
		{"貮拾元整", "20"},
		{"壹億零柒萬圓整", "100070000"},
		{"負陸角", "-0.6"},
		// Rule 4 read by its letter: the 万 digit is 0 and 千 is not, even where 万 is not written.
		{"壹亿柒仟元整", "100007000"},
		{"壹亿零柒仟元整", "100007000"},
		{"壹佰亿柒仟万元整", "10070000000"},
		{"壹万亿伍仟亿元整", "1500000000000"},
		{"玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "9999999999999999.99"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := union.ParseUppercase(tt.in)
			require.NoError(t, err)
			assert.True(t, got.Equal(d(tt.want)), "got %s, want %s", got, tt.want)
		})
	}
}

func TestParseUppercaseRejects(t *testing.T) {
	tests := []struct{ why, in string }{
		{"empty", ""},
		{"prefix only", "人民币"},
		{"sign only", "负"},
		{"rule 6: bare leading 拾", "拾伍元整"},
		{"rule 6: bare inner 拾", "壹佰拾伍元整"},
		{"rules 2 and 3: missing 零", "壹仟玖元整"},
		{"rules 2 and 3: missing 零 after 万", "壹万伍元整"},
		{"rule 3: two 零", "陆仟零零柒元整"},
		{"零 where nothing is skipped", "壹仟零贰佰元整"},
		{"零 before 角 when 元 digit is not 0", "壹元零伍角"},
		{"rule 5: missing 零 before 分", "壹元伍分"},
		{"rule 5: missing 零 before 分, round", "壹仟元贰分"},
		{"leading 零", "零伍角"},
		{"零元 before 角", "零元伍角"},
		{"trailing 零", "壹元零"},
		{"rule 1: 整 after 分", "壹元伍角贰分整"},
		{"rule 1: 整 missing after 元", "壹拾伍元"},
		{"整 in the middle", "壹拾整伍元"},
		{"元 missing", "壹佰"},
		{"元 missing before 角", "壹佰伍角"},
		{"元 twice", "壹元元整"},
		{"units out of order", "壹佰壹仟元整"},
		{"unit repeated", "壹佰壹佰元整"},
		{"万 twice", "壹万万元整"},
		{"亿 twice", "壹亿亿元整"},
		{"万 out of order", "壹万壹拾万元整"},
		{"亿 over 亿", "壹亿壹万亿元整"},
		{"digit after digit", "壹贰元整"},
		{"unit without digit", "佰元整"},
		{"角 then 分 out of order", "伍分伍角"},
		{"角 twice", "伍角伍角"},
		{"lower-case numerals", "一百元整"},
		{"两", "两元整"},
		{"毛", "伍毛"},
		{"Arabic digits", "15元整"},
		{"space", "壹拾 伍元整"},
		{"negative zero", "负零元整"},
		{"prefix twice", "人民币人民币壹元整"},
		{"sign twice", "负负壹元整"},
		{"prefix after the amount", "壹元整人民币"},
		{"零元 followed by more", "零元整伍角"},
		{"beyond 仟万亿", "壹万万亿元整"},
		{"亿亿", "壹亿亿元整"},
		{"invalid UTF-8", "壹\xff元整"},
		{"long garbage", "壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾壹拾"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := union.ParseUppercase(tt.in)
			require.Error(t, err, "accepted as %s", got)
			assert.ErrorIs(t, err, union.ErrInvalid)
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "amount", fe.Field)
			assert.Equal(t, "uppercase.syntax", fe.Code)
			require.Len(t, fe.Args, 1)
		})
	}
}

// TestUppercaseRoundTripGrid writes and reads back a grid of amounts across
// every place, in every combination of options.
func TestUppercaseRoundTripGrid(t *testing.T) {
	opts := []union.UppercaseOptions{{}, union.LongForm(), {ZeroAfterWan: true}, {ZeroAfterYuan: true},
		{Prefix: true, FullYuan: true, ZhengAfterJiao: true}, {Traditional: true, ZeroAfterWan: true}}
	digits := []string{"0", "1", "10", "101", "1001", "10001", "100010", "1000100", "10010001", "100100100",
		"1000000001", "10101010101", "100000000000", "1010000010000", "9009009009009009"}
	for _, n := range digits {
		for _, frac := range []string{".00", ".01", ".10", ".11", ".05", ".50"} {
			for _, sign := range []string{"", "-"} {
				amount := d(sign + n + frac)
				for _, o := range opts {
					s, err := union.UppercaseWith(amount, o)
					require.NoError(t, err)
					back, err := union.ParseUppercase(s)
					require.NoError(t, err, "%s → %s", amount, s)
					assert.True(t, back.Equal(amount), "%s → %s → %s", amount, s, back)
				}
			}
		}
	}
}

// TestUppercaseExtremeExponents: decimal.New(0, math.MaxInt32) once passed a
// policy's validation and then panicked Uppercase; exponents near ±10^8 ran
// for minutes.
func TestUppercaseExtremeExponents(t *testing.T) {
	for _, a := range []decimal.Decimal{
		decimal.New(0, math.MaxInt32), decimal.New(1, math.MaxInt32), decimal.New(0, math.MinInt32),
		decimal.New(5, 100_000_000), decimal.New(5, -100_000_000), decimal.New(-1, math.MaxInt32-1),
	} {
		start := time.Now()
		var s string
		var err error
		require.NotPanics(t, func() { s, err = union.UppercaseWith(a, union.LongForm()) })
		assert.Less(t, time.Since(start), time.Second)
		assert.Empty(t, s)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "invalid.decimal_range", fe.Code)
		assert.Equal(t, "amount", fe.Field)
	}
	// Zero written with an exponent inside the limits is still zero.
	s, err := union.Uppercase(decimal.New(0, 15))
	require.NoError(t, err)
	assert.Equal(t, "零元整", s)
}

// TestUppercaseZeroYiGroupUnderWanYi: a zero 亿 group under 万亿 keeps 亿 (as
// part of 万亿), so the optional 零 of rule 4 is left out unless asked for.
func TestUppercaseZeroYiGroupUnderWanYi(t *testing.T) {
	short, err := union.Uppercase(decimal.RequireFromString("12000012412421"))
	require.NoError(t, err)
	assert.Equal(t, "壹拾贰万亿壹仟贰佰肆拾壹万贰仟肆佰贰拾壹元整", short)
	long, err := union.UppercaseWith(decimal.RequireFromString("12000012412421"), union.UppercaseOptions{ZeroAfterWan: true})
	require.NoError(t, err)
	assert.Equal(t, "壹拾贰万亿零壹仟贰佰肆拾壹万贰仟肆佰贰拾壹元整", long)
	// A zero group whose unit is not written always gets its 零.
	s, err := union.Uppercase(decimal.RequireFromString("100000000070000"))
	require.NoError(t, err)
	assert.Equal(t, "壹佰万亿零柒万元整", s)
}

// TestUppercaseVoucherForm: 会计基础工作规范 第五十二条 (整 after 角 on
// accounting vouchers) and the PBOC rules' 人民币 where the form does not print it.
func TestUppercaseVoucherForm(t *testing.T) {
	s, err := union.UppercaseWith(decimal.RequireFromString("15.5"), union.UppercaseOptions{Prefix: true, ZhengAfterJiao: true})
	require.NoError(t, err)
	assert.Equal(t, "人民币壹拾伍元伍角整", s)
	v, err := union.ParseUppercase(s)
	require.NoError(t, err)
	assert.Equal(t, "15.5", v.String())
}
