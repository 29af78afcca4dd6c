package democracy

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecide(t *testing.T) {
	tests := []struct {
		name      string
		rules     Rules
		delegates int
		present   int
		tally     Tally
		quorate   bool
		passed    bool
		quorumReq int
		required  int
	}{
		// 上海市职工代表大会条例 第二十八条: 三分之二以上出席; 第三十一条: 全体职工代表半数以上.
		{"SH art. 28: 99 of 149 is no quorum", Shanghai2017(), 149, 99, Tally{90, 0, 0}, false, false, 100, 75},
		{"SH art. 28: 100 of 149 is a quorum", Shanghai2017(), 149, 100, Tally{75, 20, 5}, true, true, 100, 75},
		{"SH art. 31: exactly half of 150 passes (半数以上)", Shanghai2017(), 150, 120, Tally{75, 40, 5}, true, true, 100, 75},
		{"SH art. 31: 74 of 150 fails", Shanghai2017(), 150, 150, Tally{74, 70, 6}, true, false, 100, 75},
		// 浙江省企业民主管理条例 第十五条: 全体职工代表大会代表过半数同意.
		{"ZJ art. 15: exactly half of 150 fails (过半数)", Zhejiang2010(), 150, 120, Tally{75, 40, 5}, true, false, 100, 76},
		{"ZJ art. 15: 76 of 150 passes", Zhejiang2010(), 150, 120, Tally{76, 40, 4}, true, true, 100, 76},
		// Absentees and abstentions count against: a majority of those present is not enough.
		{"EDM art. 20: majority of present but not of all fails", Enterprise(), 150, 100, Tally{70, 10, 20}, true, false, 100, 76},
		{"no votes at all, quorate", Enterprise(), 30, 30, Tally{}, true, false, 20, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tt.rules.Decide(tt.delegates, tt.present, tt.tally)
			require.NoError(t, err)
			assert.Equal(t, tt.quorate, d.Quorate)
			assert.Equal(t, tt.passed, d.Passed)
			assert.Equal(t, tt.quorumReq, d.QuorumRequired)
			assert.Equal(t, tt.required, d.Required)
			assert.Equal(t, tt.delegates, d.Base)
			assert.Equal(t, tt.passed, d.Binding)
			requireRegistered(t, d.Reasons)
			codes := union.Codes(d.Reasons)
			if !tt.quorate {
				assert.Equal(t, []string{"democracy.quorum.not_met"}, codes)
			} else if tt.passed {
				assert.Contains(t, codes, "democracy.motion.passed")
			} else {
				assert.Contains(t, codes, "democracy.motion.failed")
			}
		})
	}
}

func TestDecideOtherBases(t *testing.T) {
	r := Enterprise()
	r.Pass = Threshold{Num: 1, Den: 2, Strict: true, Base: BasePresent}
	d, err := r.Decide(150, 100, Tally{51, 30, 19})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, 100, d.Base)
	assert.Equal(t, 51, d.Required)
	assert.NotContains(t, union.Codes(d.Reasons), "democracy.motion.base_all")

	r.Pass.Base = BaseCast
	d, err = r.Decide(150, 100, Tally{41, 40, 0})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, 81, d.Base)
}

func TestDecideMatter(t *testing.T) {
	r := Shanghai2017()
	// 上海 第三十四条: an adopted matter binds the unit and all staff.
	d, err := r.DecideMatter(MatterAdopt, 85, 80, Tally{60, 15, 5})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.True(t, d.Binding)
	assert.Contains(t, union.Codes(d.Reasons), "democracy.matter.binding")

	// 上海 第三十三条: not adopted → the unit's decision does not bind staff.
	d, err = r.DecideMatter(MatterAdopt, 85, 80, Tally{40, 35, 5})
	require.NoError(t, err)
	assert.False(t, d.Passed)
	assert.False(t, d.Binding)
	assert.Contains(t, union.Codes(d.Reasons), "democracy.matter.not_binding")
	assert.Equal(t, "上海市职工代表大会条例 第十一条、第三十三条、第三十四条", d.Reasons[len(d.Reasons)-1].Source)

	// Also when the session had no quorum.
	d, err = r.DecideMatter(MatterAdopt, 85, 50, Tally{50, 0, 0})
	require.NoError(t, err)
	assert.False(t, d.Quorate)
	assert.Equal(t, []string{"democracy.quorum.not_met", "democracy.matter.not_binding"}, union.Codes(d.Reasons))

	// 上海 第十条: matters for advice only record an opinion.
	d, err = r.DecideMatter(MatterAdvise, 85, 80, Tally{60, 15, 5})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.False(t, d.Binding)
	assert.Contains(t, union.Codes(d.Reasons), "democracy.matter.advisory")
}

func TestDecideErrors(t *testing.T) {
	r := Shanghai2017()
	tests := []struct {
		name               string
		delegates, present int
		tally              Tally
		field, code        string
	}{
		{"no delegates", 0, 0, Tally{}, "delegates", "invalid.not_positive"},
		{"negative present", 10, -1, Tally{}, "present", "invalid.negative"},
		{"more present than delegates", 10, 11, Tally{}, "present", "invalid.too_large"},
		{"negative for", 10, 10, Tally{For: -1}, "tally.for", "invalid.negative"},
		{"negative against", 10, 10, Tally{Against: -1}, "tally.against", "invalid.negative"},
		{"negative abstain", 10, 10, Tally{Abstain: -1}, "tally.abstain", "invalid.negative"},
		{"more votes than present", 10, 8, Tally{5, 3, 1}, "tally", "democracy.vote.exceeds_present"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.Decide(tt.delegates, tt.present, tt.tally)
			requireField(t, err, union.ErrInvalid, tt.field, tt.code)
			assert.NotErrorIs(t, err, union.ErrPolicy)
		})
	}
	_, err := r.DecideMatter(Matter(9), 10, 10, Tally{})
	requireField(t, err, union.ErrInvalid, "kind", "invalid.unknown")

	bad := r
	bad.Pass = Threshold{Num: 3, Den: 2}
	bad.Quorum = Threshold{Num: 2, Den: 0}
	_, err = bad.Decide(10, 10, Tally{10, 0, 0})
	requireField(t, err, union.ErrPolicy, "pass.num", "democracy.threshold.above_one")
	requireField(t, err, union.ErrPolicy, "quorum.den", "invalid.not_positive")

	bad = r
	bad.Quorum.Base = BasePresent
	_, err = bad.Decide(10, 10, Tally{10, 0, 0})
	requireField(t, err, union.ErrPolicy, "quorum.base", "democracy.policy.quorum_base")
}

// Decide allocates once: the reasons, the result's own slice.
func TestDecideAllocatesOnce(t *testing.T) {
	for _, r := range congressRules() {
		for _, c := range []struct {
			kind      Matter
			delegates int
			present   int
			t         Tally
		}{
			{MatterVote, 150, 120, Tally{80, 30, 10}},
			{MatterVote, 150, 90, Tally{80, 10, 0}},
			{MatterAdopt, 150, 150, Tally{70, 80, 0}},
			{MatterAdvise, 150, 150, Tally{150, 0, 0}},
			{MatterElect, 150, 149, Tally{100, 0, 0}},
		} {
			allocs := testing.AllocsPerRun(50, func() {
				if _, err := r.DecideMatter(c.kind, c.delegates, c.present, c.t); err != nil {
					t.Fatal(err)
				}
			})
			assert.LessOrEqual(t, allocs, 1.0, "%s %v", r.Name, c)
		}
	}
}

func TestCallSession(t *testing.T) {
	// 上海 第二十二条 / 浙江 第十五条: 三分之一以上职工代表提议.
	d, err := Shanghai2017().CallSession(85, 29)
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, 29, d.Required)
	d, err = Zhejiang2010().CallSession(85, 28)
	require.NoError(t, err)
	assert.False(t, d.Passed)
	assert.Equal(t, []string{"democracy.extra_session.not_called"}, union.Codes(d.Reasons))
	requireRegistered(t, d.Reasons)
	_, err = Shanghai2017().CallSession(85, 86)
	requireField(t, err, union.ErrInvalid, "requesting", "invalid.too_large")
	_, err = Shanghai2017().CallSession(0, -1)
	requireField(t, err, union.ErrInvalid, "delegates", "invalid.not_positive")
	requireField(t, err, union.ErrInvalid, "requesting", "invalid.negative")
}

func TestRecallChair(t *testing.T) {
	// 工会法 第十八条: 全体会员或者全体代表过半数通过.
	er := UnionElection()
	d, err := er.RecallChair(200, 150, Tally{100, 40, 10})
	require.NoError(t, err)
	assert.False(t, d.Passed, "100 of 200 is not more than half")
	assert.Equal(t, 101, d.Required)
	d, err = er.RecallChair(200, 150, Tally{101, 40, 9})
	require.NoError(t, err)
	assert.True(t, d.Passed)
	assert.Equal(t, "中华人民共和国工会法（2021年修正） 第十八条", d.Reasons[0].Source)
	requireRegistered(t, d.Reasons)
	_, err = er.RecallChair(0, 0, Tally{})
	requireField(t, err, union.ErrInvalid, "members", "invalid.not_positive")
}
