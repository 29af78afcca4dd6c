package democracy

import (
	"fmt"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roster builds n voting delegates: the first managers are Manager, the next
// women are female frontline workers, the rest male frontline workers.
func roster(headcount, women, n, managers, femaleDelegates int) Roster {
	r := Roster{Workforce: Workforce{Headcount: headcount, Women: women}}
	for i := 0; i < n; i++ {
		d := Delegate{Name: fmt.Sprintf("d%03d", i), Category: Frontline, Gender: union.Male}
		switch {
		case i < managers:
			d.Category = Manager
		case i < managers+femaleDelegates:
			d.Gender = union.Female
		}
		r.Delegates = append(r.Delegates, d)
	}
	return r
}

func checkByCode(c Composition, code string) Check {
	for _, ch := range c.Checks {
		if ch.Code == code {
			return ch
		}
	}
	return Check{}
}

func TestCheckShanghai(t *testing.T) {
	// 上海市职工代表大会条例 第二十一条: 1,200 staff need 85 delegates;
	// 第十六条: management at most 20% (17 of 85); women in proportion (guidance).
	c, err := Shanghai2017().Check(roster(1200, 480, 85, 17, 30))
	require.NoError(t, err)
	assert.True(t, c.OK)
	assert.Equal(t, 85, c.Voting)
	mg := checkByCode(c, "democracy.check.ceiling.management")
	assert.Equal(t, 17, mg.Count)
	assert.Equal(t, 17, mg.Limit)
	assert.True(t, mg.OK)
	w := checkByCode(c, "democracy.check.floor.women")
	assert.Equal(t, 34, w.Limit, "480/1200 of 85 is 34")
	assert.False(t, w.OK)
	assert.True(t, w.Soft, "Shanghai: women's share is guidance (一般)")
	require.Len(t, c.Reasons, len(c.Checks)+1)
	assert.Equal(t, "democracy.check.pass", c.Reasons[len(c.Reasons)-1].Code)
	requireRegistered(t, c.Reasons)

	c, err = Shanghai2017().Check(roster(1200, 480, 85, 18, 40))
	require.NoError(t, err)
	assert.False(t, c.OK, "SH art. 16: 18 managers of 85 exceed 20%")
	assert.Equal(t, "democracy.check.fail", c.Reasons[len(c.Reasons)-1].Code)
}

func TestCheckZhejiang(t *testing.T) {
	// 浙江省企业民主管理条例 第十一条: women not below their share — a hard floor.
	r := roster(1200, 480, 100, 20, 39)
	c, err := Zhejiang2010().Check(r)
	require.NoError(t, err)
	w := checkByCode(c, "democracy.check.floor.women")
	assert.Equal(t, 40, w.Limit)
	assert.False(t, w.Soft)
	assert.False(t, c.OK)

	// Dispatched workers attend without a vote (第十一条); non-voting delegates are not counted.
	r = roster(1200, 480, 100, 20, 40)
	r.Delegates = append(r.Delegates, Delegate{Name: "p1", Dispatched: true, NonVoting: true, Category: Manager})
	c, err = Zhejiang2010().Check(r)
	require.NoError(t, err)
	assert.True(t, c.OK)
	assert.Equal(t, 100, c.Voting)
	assert.Equal(t, 1, c.NonVoting)
	assert.Equal(t, 20, checkByCode(c, "democracy.check.ceiling.management").Count)

	r.Delegates[len(r.Delegates)-1].NonVoting = false
	c, err = Zhejiang2010().Check(r)
	require.NoError(t, err)
	assert.False(t, c.OK)
	assert.False(t, checkByCode(c, "democracy.check.dispatched").OK)
}

func TestCheckSchoolTeachers(t *testing.T) {
	// 学校教职工代表大会规定: teachers at least 60% of delegates.
	r := Roster{Workforce: Workforce{Headcount: 150, Women: 90}}
	for i := 0; i < 45; i++ {
		cat := Teacher
		if i >= 27 {
			cat = Other
		}
		g := union.Female
		if i%5 < 2 {
			g = union.Male
		}
		r.Delegates = append(r.Delegates, Delegate{Name: fmt.Sprint(i), Category: cat, Gender: g})
	}
	c, err := School2012().Check(r)
	require.NoError(t, err)
	tch := checkByCode(c, "democracy.check.floor.teachers")
	assert.Equal(t, 27, tch.Count)
	assert.Equal(t, 27, tch.Limit)
	assert.True(t, c.OK)
}

func TestCheckTooFewDelegates(t *testing.T) {
	c, err := Shanghai2017().Check(roster(1200, 0, 84, 0, 0))
	require.NoError(t, err)
	assert.False(t, c.OK, "SH art. 21: 84 < 85")
	d := checkByCode(c, "democracy.check.delegates")
	assert.Equal(t, 85, d.Limit)
}

func TestCheckErrors(t *testing.T) {
	r := roster(10, 20, 3, 0, 0)
	r.Delegates = append(r.Delegates, Delegate{Name: "d000", Category: Category(40), Gender: union.Gender(9), Age: -1})
	_, err := Shanghai2017().Check(r)
	requireField(t, err, union.ErrInvalid, "workforce.women", "invalid.too_large")
	requireField(t, err, union.ErrInvalid, "delegates[3].name", "invalid.duplicate")
	requireField(t, err, union.ErrInvalid, "delegates[3].category", "invalid.unknown")
	requireField(t, err, union.ErrInvalid, "delegates[3].gender", "invalid.unknown")
	requireField(t, err, union.ErrInvalid, "delegates[3].age", "invalid.negative")
	_, err = Shanghai2017().Check(Roster{})
	requireField(t, err, union.ErrInvalid, "workforce.headcount", "invalid.not_positive")
	requireField(t, err, union.ErrInvalid, "delegates", "invalid.empty")

	bad := Shanghai2017()
	bad.Limits = append(bad.Limits, Limit{Group: Management, Bound: Ceiling, Num: 6, Den: 5}, Limit{Group: Teachers, Workforce: true})
	_, err = bad.Check(roster(100, 0, 30, 0, 0))
	requireField(t, err, union.ErrPolicy, "limits[3].num", "democracy.threshold.above_one")
	requireField(t, err, union.ErrPolicy, "limits[4].bound", "invalid.inconsistent")
	requireField(t, err, union.ErrPolicy, "limits[4].group", "invalid.inconsistent")
}
