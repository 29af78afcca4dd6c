package democracy

import (
	"fmt"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// presidium builds n members, the first frontline of them Frontline and the
// rest Technical.
func presidium(n, frontline int) []Delegate {
	ps := make([]Delegate, n)
	for i := range ps {
		ps[i] = Delegate{Name: fmt.Sprintf("p%02d", i), Category: Technical, Gender: union.Female}
		if i < frontline {
			ps[i].Category = Frontline
		}
	}
	return ps
}

// codes lists the reason codes of a result, in order.
func codes(rs []union.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Code
	}
	return out
}

// 上海市职工代表大会条例 第二十三条: 30 to 100 delegates elect a presidium of 3
// to 5, 100 or more one of at least 7 (exactly 100 is in both bands), and
// frontline delegates are at least half of it.
func TestCheckPresidiumShanghai(t *testing.T) {
	r := Shanghai2017()
	for _, tc := range []struct {
		name                string
		delegates, size, fl int
		ok                  bool
		want                []string
		failing             string
	}{
		{"150: 7 with 4 frontline", 150, 7, 4, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"}, ""},
		{"150: 7 with 3 frontline", 150, 7, 3, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.fail"},
			"democracy.check.presidium.floor.frontline"},
		{"150: 5 is too few", 150, 5, 5, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.fail"},
			"democracy.check.presidium.min"},
		{"80: 6 is too many", 80, 6, 6, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.fail"},
			"democracy.check.presidium.max"},
		{"80: 3 with 2 frontline", 80, 3, 2, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"}, ""},
		{"100: 5 fits the lower band", 100, 5, 3, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.pass"}, ""},
		{"100: 9 fits the upper band", 100, 9, 5, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.pass"}, ""},
		{"100: 6 fits neither", 100, 6, 6, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.fail"},
			"democracy.check.presidium.max"},
		{"20: no size is set", 20, 3, 1, false,
			[]string{"democracy.check.presidium.floor.frontline", "democracy.check.presidium.unset", "democracy.check.presidium.fail"},
			"democracy.check.presidium.floor.frontline"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := r.CheckPresidium(tc.delegates, presidium(tc.size, tc.fl))
			require.NoError(t, err)
			assert.Equal(t, tc.ok, p.OK)
			assert.Equal(t, tc.size, p.Size)
			assert.Equal(t, tc.delegates, p.Delegates)
			assert.Equal(t, tc.want, codes(p.Reasons))
			for _, ch := range p.Checks {
				assert.Equal(t, ch.Code != tc.failing, ch.OK, ch.Code)
				assert.NotEmpty(t, ch.Reason.Source, ch.Code)
			}
		})
	}
}

// The frontline floor is half of the presidium, rounded up: 4 of 7.
func TestCheckPresidiumFloorNumbers(t *testing.T) {
	p, err := Shanghai2017().CheckPresidium(150, presidium(7, 4))
	require.NoError(t, err)
	ch := p.Checks[1]
	assert.Equal(t, Check{Code: "democracy.check.presidium.floor.frontline", Count: 4, Of: 7, Limit: 4, OK: true, Reason: ch.Reason}, ch)
	assert.Equal(t, []string{"4", "7", "4", "1/2"}, ch.Reason.Args)
}

// Rules without presidium bands or limits check nothing and pass.
func TestCheckPresidiumNoRules(t *testing.T) {
	p, err := Enterprise().CheckPresidium(60, presidium(5, 0))
	require.NoError(t, err)
	assert.True(t, p.OK)
	assert.Empty(t, p.Checks)
	assert.Equal(t, []string{"democracy.check.presidium.unset", "democracy.check.presidium.pass"}, codes(p.Reasons))
}

func TestCheckPresidiumBadInput(t *testing.T) {
	dup := presidium(3, 2)
	dup[2].Name = dup[0].Name
	nonVoting := presidium(3, 2)
	nonVoting[1].NonVoting = true
	unknown := presidium(3, 2)
	unknown[0].Category = Category(99)
	for _, tc := range []struct {
		name      string
		delegates int
		members   []Delegate
		field     string
	}{
		{"no delegates", 0, presidium(3, 2), "delegates"},
		{"empty presidium", 50, nil, "presidium"},
		{"larger than the congress", 2, presidium(3, 2), "presidium"},
		{"a non-voting member", 50, nonVoting, "presidium[1].non_voting"},
		{"a duplicate name", 50, dup, "presidium[2].name"},
		{"an unknown category", 50, unknown, "presidium[0].category"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Shanghai2017().CheckPresidium(tc.delegates, tc.members)
			require.ErrorIs(t, err, union.ErrInvalid)
			assert.Contains(t, fieldsOf(err), tc.field)
		})
	}
}

// A workforce share cannot apply to a presidium: ErrPolicy.
func TestCheckPresidiumWorkforceLimitIsPolicyError(t *testing.T) {
	r := Shanghai2017()
	r.Presidium.Limits = []Limit{{Group: Women, Bound: Floor, Workforce: true, Source: "x"}}
	_, err := r.CheckPresidium(150, presidium(7, 4))
	require.ErrorIs(t, err, union.ErrPolicy)
	assert.Contains(t, fieldsOf(err), "presidium.limits[0].workforce")
}

// fieldsOf lists the fields of the *union.FieldError values in err.
func fieldsOf(err error) []string {
	var out []string
	for _, fe := range union.FieldErrors(err) {
		out = append(out, fe.Field)
	}
	return out
}
