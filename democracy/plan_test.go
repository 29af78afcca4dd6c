package democracy

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlanShanghai(t *testing.T) {
	r := Shanghai2017()
	tests := []struct {
		name      string
		headcount int
		form      Form
		optional  bool
		min       int
		pmin      int
		pmax      int
		overlap   bool
		single    bool
	}{
		// 上海市职工代表大会条例 第四条: < 100 normally a general meeting; 第二十三条: ≤ 30 single chair.
		{"art. 4, 23: 30 staff, single chair", 30, GeneralMeeting, true, 30, 3, 5, false, true},
		{"art. 4: 99 staff, general meeting", 99, GeneralMeeting, true, 30, 3, 5, false, false},
		{"art. 21: a unit of 20 never needs more delegates than staff", 20, GeneralMeeting, true, 20, 0, 0, false, true},
		// 第二十一条: 30 + 5 per further 100 above 100.
		{"art. 21: 100 staff", 100, Congress, false, 30, 3, 5, false, false},
		{"art. 21: 199 staff (partial hundred not counted)", 199, Congress, false, 30, 3, 5, false, false},
		{"art. 21: 200 staff", 200, Congress, false, 35, 3, 5, false, false},
		{"art. 21: 1,200 staff", 1200, Congress, false, 85, 3, 5, false, false},
		// 100 delegates at 1,500 staff: 第二十三条 三十人至一百人 and 一百人以上 both hold 100.
		{"art. 23: 100 delegates in two presidium bands", 1500, Congress, false, 100, 7, 0, true, false},
		{"art. 21: 2,999 staff", 2999, Congress, false, 170, 7, 0, false, false},
		{"art. 21: 3,000 staff meet 175 exactly", 3000, Congress, false, 175, 7, 0, false, false},
		{"art. 21: 20,000 staff", 20000, Congress, false, 175, 7, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := r.Plan(tt.headcount)
			require.NoError(t, err)
			assert.Equal(t, tt.form, p.Form)
			assert.Equal(t, tt.optional, p.Optional)
			assert.Equal(t, tt.min, p.MinDelegates)
			assert.Equal(t, tt.pmin, p.PresidiumMin)
			assert.Equal(t, tt.pmax, p.PresidiumMax)
			assert.Equal(t, tt.overlap, p.PresidiumOverlap)
			assert.Equal(t, tt.single, p.SingleChair)
			assert.False(t, p.Gap)
			assert.Equal(t, 3, p.TermMin)
			assert.Equal(t, 5, p.TermMax)
			assert.Equal(t, 1, p.PostponeYears)
			assert.Equal(t, 1, p.SessionsPerYear)
			requireRegistered(t, p.Reasons)
			if tt.overlap {
				assert.Contains(t, union.Codes(p.Reasons), "democracy.plan.presidium_overlap")
			}
		})
	}
}

func TestPlanZhejiangBands(t *testing.T) {
	tests := []struct {
		name      string
		gap       GapPolicy
		headcount int
		min       int
		isGap     bool
	}{
		// 浙江省企业民主管理条例 第十条.
		{"art. 10: fewer than 100 holding a congress", GapLarger, 99, 30, false},
		{"art. 10: exactly 100 is in no band (larger: 40)", GapLarger, 100, 40, true},
		{"art. 10: exactly 100, band below", GapBelow, 100, 30, true},
		{"art. 10: exactly 100, band above", GapAbove, 100, 40, true},
		{"art. 10: 101", GapLarger, 101, 40, false},
		{"art. 10: 200 → 40 + 7", GapLarger, 200, 47, false},
		{"art. 10: 999 → 40 + 7×8", GapLarger, 999, 96, false},
		{"art. 10: exactly 1,000 is in no band (larger: 103)", GapLarger, 1000, 103, true},
		{"art. 10: exactly 1,000, band above", GapAbove, 1000, 100, true},
		{"art. 10: exactly 1,000, band below", GapBelow, 1000, 103, true},
		{"art. 10: 1,001", GapLarger, 1001, 100, false},
		{"art. 10: 2,000 → 100 + 20", GapLarger, 2000, 120, false},
		{"art. 10: 4,999 → 100 + 20×3", GapLarger, 4999, 160, false},
		{"art. 10: 5,000 and above: 200", GapLarger, 5000, 200, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Zhejiang2010()
			r.Delegates.Gap = tt.gap
			p, err := r.Plan(tt.headcount)
			require.NoError(t, err)
			assert.Equal(t, tt.min, p.MinDelegates)
			assert.Equal(t, tt.isGap, p.Gap)
			codes := union.Codes(p.Reasons)
			if tt.isGap {
				assert.Contains(t, codes, "democracy.plan.band_gap."+tt.gap.String())
			}
			requireRegistered(t, p.Reasons)
		})
	}
	p, err := Zhejiang2010().Plan(80)
	require.NoError(t, err)
	assert.Equal(t, GeneralMeeting, p.Form, "ZJ art. 7: below 100 a general meeting may serve")
	assert.True(t, p.Optional)
	assert.Equal(t, 10, p.ExtraSession, "ZJ art. 15: a third of the 30 delegates a congress would have")
}

func TestPlanUnverifiedPresetsSaySo(t *testing.T) {
	for _, r := range []Rules{Enterprise(), School2012()} {
		p, err := r.Plan(1200)
		require.NoError(t, err)
		assert.True(t, p.Unverified, r.Name)
		assert.Contains(t, union.Codes(p.Reasons), "democracy.plan.unverified", r.Name)
	}
	p, err := Enterprise().Plan(1200)
	require.NoError(t, err)
	assert.Equal(t, 60, p.MinDelegates, "5% of 1,200")
	p, err = School2012().Plan(150)
	require.NoError(t, err)
	assert.Equal(t, 45, p.MinDelegates, "30% of 150")
}

func TestPlanErrors(t *testing.T) {
	_, err := Shanghai2017().Plan(0)
	requireField(t, err, union.ErrInvalid, "headcount", "invalid.not_positive")
	_, err = Shanghai2017().Plan(-5)
	requireField(t, err, union.ErrInvalid, "headcount", "invalid.not_positive")

	r := Shanghai2017()
	r.Quorum = Threshold{Num: 2}
	r.Pass = AtLeast(3, 2)
	r.Delegates.Bands = append(r.Delegates.Bands, Band{From: 10})
	_, err = r.Plan(100)
	requireField(t, err, union.ErrPolicy, "quorum.den", "invalid.not_positive")
	requireField(t, err, union.ErrPolicy, "pass.num", "democracy.threshold.above_one")
	requireField(t, err, union.ErrPolicy, "delegates.bands[3].from", "policy.overlap")
}

// Plan allocates once: the reasons, the plan's own slice.
func TestPlanAllocatesOnce(t *testing.T) {
	for _, r := range congressRules() {
		for _, h := range []int{20, 100, 1000, 1200, 1500, 3000, 6000} {
			allocs := testing.AllocsPerRun(50, func() {
				if _, err := r.Plan(h); err != nil {
					t.Fatal(err)
				}
			})
			assert.LessOrEqual(t, allocs, 1.0, "%s at %d", r.Name, h)
		}
	}
}

func TestPlanCustomSourcesStillExplain(t *testing.T) {
	r := Shanghai2017()
	r.Delegates.Source = "某集团职工代表大会实施细则 第五条"
	p, err := r.Plan(1200)
	require.NoError(t, err)
	require.Len(t, p.Reasons, 4)
	assert.Equal(t, "某集团职工代表大会实施细则 第五条", p.Reasons[1].Source)
}
