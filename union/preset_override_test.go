package union_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// TestClearOverridden: a list the override sets is replaced, not merged; a
// nested plain object is walked into key by key; a decimal and a field the
// override leaves out keep the preset's value.
func TestClearOverridden(t *testing.T) {
	type inner struct {
		A int `json:"a"`
		B int `json:"b"`
	}
	type policy struct {
		List  []int           `json:"list"`
		Inner inner           `json:"inner"`
		Rate  decimal.Decimal `json:"rate"`
		Name  string          `json:"name"`
	}
	p := policy{List: []int{1, 2, 3}, Inner: inner{A: 1, B: 2}, Rate: decimal.RequireFromString("0.5"), Name: "preset"}
	union.ClearOverridden(&p, []byte(`{"list": [9], "inner": {"a": 7}, "rate": "0.2"}`))
	require.Nil(t, p.List)
	require.Equal(t, inner{A: 0, B: 2}, p.Inner)
	require.True(t, p.Rate.IsZero())
	require.Equal(t, "preset", p.Name)

	q := p
	union.ClearOverridden(&q, []byte(`[1, 2]`)) // not an object: unchanged
	union.ClearOverridden(q, []byte(`{"name": "x"}`))
	require.Equal(t, p, q)
}
