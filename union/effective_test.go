package union_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestEffectiveContains(t *testing.T) {
	p := union.MustPeriod
	tests := []struct {
		name string
		e    union.Effective
		in   []string
		out  []string
	}{
		{"closed", union.Between(p("2022-01"), p("2022-12")), []string{"2022-01", "2022-06", "2022-12"}, []string{"2021-12", "2023-01"}},
		{"open end", union.Since(p("2022-01")), []string{"2022-01", "9999-12"}, []string{"2021-12"}},
		{"open start", union.Effective{Until: p("2021-12")}, []string{"0001-01", "2021-12"}, []string{"2022-01"}},
		{"always", union.Effective{}, []string{"0001-01", "2026-11", "9999-12"}, nil},
		{"one month", union.Between(p("2026-11"), p("2026-11")), []string{"2026-11"}, []string{"2026-10", "2026-12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, s := range tt.in {
				assert.True(t, tt.e.Contains(p(s)), "%s should contain %s", tt.e, s)
			}
			for _, s := range tt.out {
				assert.False(t, tt.e.Contains(p(s)), "%s should not contain %s", tt.e, s)
			}
		})
	}
}

func TestEffectiveOverlaps(t *testing.T) {
	p := union.MustPeriod
	a := union.Between(p("2021-01"), p("2021-12"))
	tests := []struct {
		b    union.Effective
		want bool
	}{
		{union.Between(p("2022-01"), p("2022-12")), false},
		{union.Between(p("2021-12"), p("2022-12")), true},
		{union.Between(p("2020-01"), p("2020-12")), false},
		{union.Between(p("2020-01"), p("2021-01")), true},
		{union.Since(p("2022-01")), false},
		{union.Since(p("2021-06")), true},
		{union.Effective{Until: p("2020-12")}, false},
		{union.Effective{Until: p("2021-01")}, true},
		{union.Effective{}, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, a.Overlaps(tt.b), "%s vs %s", a, tt.b)
		assert.Equal(t, tt.want, tt.b.Overlaps(a), "%s vs %s", tt.b, a)
	}
}

func TestEffectiveValidate(t *testing.T) {
	p := union.MustPeriod
	require.NoError(t, union.Effective{}.Validate())
	require.NoError(t, union.Between(p("2022-01"), p("2022-01")).Validate())
	for _, e := range []union.Effective{
		union.Between(p("2022-02"), p("2022-01")),
		{From: union.Period{Year: 2022, Month: 13}},
		{Until: union.Period{Year: 0, Month: 1}},
	} {
		err := e.Validate()
		assert.ErrorIs(t, err, union.ErrPolicy, "%+v", e)
	}
	assert.Equal(t, "2022-01..", union.Since(p("2022-01")).String())
	assert.Equal(t, "..2021-12", union.Effective{Until: p("2021-12")}.String())
}

func TestEffectiveJSON(t *testing.T) {
	p := union.MustPeriod
	for _, tt := range []struct {
		e    union.Effective
		json string
	}{
		{union.Between(p("2022-01"), p("2026-12")), `{"from":"2022-01","until":"2026-12"}`},
		{union.Since(p("2022-01")), `{"from":"2022-01"}`},
		{union.Effective{}, `{}`},
	} {
		b, err := json.Marshal(tt.e)
		require.NoError(t, err)
		assert.JSONEq(t, tt.json, string(b))
		var back union.Effective
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, tt.e, back)
	}
}
