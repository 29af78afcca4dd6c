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

// 上海市职工代表大会条例 第二十三条: 30 to 100 delegates 可以 (may) elect a
// presidium of 3 to 5, a permissive band whose breach is a warning; 100 or
// more one of at least 7 (不得少于, mandatory). Exactly 100 is in both bands
// (以上 includes the number) and the mandatory 7 governs. Frontline
// delegates are at least half of the presidium.
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
		{"art. 23 可以: 80 with 6 is a warning", 80, 6, 6, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"},
			"democracy.check.presidium.max"},
		{"art. 23 可以: 60 with 6 is a warning", 60, 6, 3, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"},
			"democracy.check.presidium.max"},
		{"art. 23 可以: 60 with 2 is a warning", 60, 2, 1, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"},
			"democracy.check.presidium.min"},
		{"80: 3 with 2 frontline", 80, 3, 2, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.max", "democracy.check.presidium.floor.frontline", "democracy.check.presidium.pass"}, ""},
		{"art. 23 以上: 100 with 5 is too few (7 governs)", 100, 5, 3, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.fail"},
			"democracy.check.presidium.min"},
		{"art. 23 以上: 100 with 7", 100, 7, 4, true,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.pass"}, ""},
		{"art. 23 以上: 100 with 6 is too few", 100, 6, 6, false,
			[]string{"democracy.check.presidium.min", "democracy.check.presidium.floor.frontline",
				"democracy.check.presidium.overlap", "democracy.check.presidium.fail"},
			"democracy.check.presidium.min"},
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

// 上海市职工代表大会条例 第二十三条 at exactly 100 delegates: Plan and
// CheckPresidium take the same band (at least 7), at every size.
func TestPresidiumPlanAndCheckAgreeAt100(t *testing.T) {
	r := Shanghai2017()
	p, err := r.Plan(1500) // 30 + 5×14 = 100 delegates
	require.NoError(t, err)
	require.Equal(t, 100, p.MinDelegates)
	assert.Equal(t, 7, p.PresidiumMin)
	assert.Equal(t, 0, p.PresidiumMax)
	assert.False(t, p.PresidiumSoft)
	assert.True(t, p.PresidiumOverlap)
	for size := 1; size <= 12; size++ {
		c, err := r.CheckPresidium(100, presidium(size, size))
		require.NoError(t, err)
		assert.Equal(t, size >= p.PresidiumMin, c.OK, "size %d", size)
		assert.Equal(t, p.PresidiumMin, c.Checks[0].Limit)
	}
	p, err = r.Plan(1200) // 85 delegates: 3 to 5, permissive
	require.NoError(t, err)
	assert.True(t, p.PresidiumSoft)
}

// 企业民主管理规定 第十九条: 工人、技术人员、管理人员 together at least half of
// the presidium; leaders (and other staff) do not count towards it.
func TestCheckPresidiumEnterpriseArt19(t *testing.T) {
	r := Enterprise()
	mk := func(cats ...Category) []Delegate {
		ds := make([]Delegate, len(cats))
		for i, c := range cats {
			ds[i] = Delegate{Name: fmt.Sprintf("p%d", i), Category: c, Gender: union.Male}
		}
		return ds
	}
	p, err := r.CheckPresidium(200, mk(Frontline, Technical, Manager, Leader, Leader, Leader))
	require.NoError(t, err)
	require.Len(t, p.Checks, 1)
	ch := p.Checks[0]
	assert.Equal(t, "democracy.check.presidium.floor.frontline+technical+managers", ch.Code)
	assert.Equal(t, 3, ch.Count)
	assert.Equal(t, 3, ch.Limit)
	assert.True(t, ch.OK)
	assert.True(t, p.OK)
	assert.Contains(t, ch.Reason.Source, "第十九条")
	assert.Equal(t, "主席团中一线职工、专业技术人员、中层管理人员合计 3 人（共 6 人），下限 3 人（1/2）", ch.Reason.Text(zhHans))

	p, err = r.CheckPresidium(200, mk(Frontline, Technical, Leader, Leader, Other, Leader))
	require.NoError(t, err)
	assert.Equal(t, 2, p.Checks[0].Count)
	assert.False(t, p.OK, "art. 19 is quoted word for word: a hard floor")
}

// A limit over a union of groups validates its groups.
func TestLimitAlsoValidate(t *testing.T) {
	l := Limit{Group: FrontlineStaff, Also: []Group{TechnicalStaff, FrontlineStaff, Group(99)}, Bound: Floor, Num: 1, Den: 2}
	err := l.Validate()
	requireField(t, err, union.ErrPolicy, "also[1]", "invalid.duplicate")
	requireField(t, err, union.ErrPolicy, "also[2]", "invalid.unknown")
	l = Limit{Group: Women, Also: []Group{Disabled}, Bound: Floor, Workforce: true}
	requireField(t, l.Validate(), union.ErrPolicy, "also", "invalid.inconsistent")
	l = Limit{Group: FrontlineStaff, Also: []Group{Managers, TechnicalStaff}, Bound: Floor, Num: 1, Den: 2}
	require.NoError(t, l.Validate())
	assert.Equal(t, "frontline+technical+managers", l.groupCode(), "the code does not depend on the order of Also")
}

// Rules without presidium bands or limits check nothing and pass.
func TestCheckPresidiumNoRules(t *testing.T) {
	p, err := Zhejiang2010().CheckPresidium(60, presidium(5, 0))
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
