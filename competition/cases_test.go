package competition

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quotaCase is one published result in testdata/cases: a list of the given
// length whose groups have the given counts, checked against a preset (its
// golden file name), optionally only on the groups the source publishes.
type quotaCase struct {
	Name   string         `json:"name"`
	Source string         `json:"source"`
	Rules  string         `json:"rules"`
	Total  int            `json:"total"`
	Groups map[string]int `json:"groups"`
	// Only restricts the rules to these groups (the others' counts were not
	// published).
	Only []string `json:"only,omitempty"`
	// DerivedFromPercent lists the counts computed from a published share
	// (percent, one decimal), which the count must reproduce.
	DerivedFromPercent map[string]string `json:"derived_from_percent,omitempty"`
	Want               struct {
		Compliant bool `json:"compliant"`
	} `json:"want"`
}

// TestCases_MayDayResults: the 2022 and 2024 national 五一 results (奖章,
// 奖状, 工人先锋号, regular lists) pass their quotas (SourceMayDay2022,
// SourceMayDay2024, SourceMayDayLists; the figures in SourceMayDayResults2022
// and SourceMayDayResults2024).
func TestCases_MayDayResults(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "may_day_*.json"))
	require.NoError(t, err)
	require.Len(t, files, 6)
	all := presets()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			var c quotaCase
			require.NoError(t, json.Unmarshal(data, &c))
			rules, ok := all[c.Rules].(NominationRules)
			require.True(t, ok, "no nomination preset %q", c.Rules)
			if len(c.Only) > 0 {
				var kept []Quota
				for _, q := range rules.Quotas {
					for _, g := range c.Only {
						if q.Group == g {
							kept = append(kept, q)
						}
					}
				}
				rules.Quotas = kept
			}
			for g, pct := range c.DerivedFromPercent {
				got := strconv.FormatFloat(float64(c.Groups[g])*100/float64(c.Total), 'f', 1, 64)
				require.Equal(t, pct, got, "%s: %d of %d", g, c.Groups[g], c.Total)
			}
			list := make([]Nominee, c.Total)
			for i := range list {
				list[i].ID = fmt.Sprintf("N%04d", i)
			}
			for g, n := range c.Groups {
				for i := range n {
					list[i].Groups = append(list[i].Groups, g)
				}
			}
			got, err := rules.Check(list)
			require.NoError(t, err)
			assert.Equal(t, c.Want.Compliant, got.Compliant, "%s", c.Name)
			for _, line := range got.Shares {
				assert.Equal(t, c.Groups[line.Group], line.Count, line.Group)
				assert.True(t, line.Met, "%s: %s %s", c.Name, line.Group, line.Share)
			}
		})
	}
}

// 全国五一劳动奖 notices (SourceMayDayLists): the non-public share applies to
// 奖状, 奖章 and 先锋号 separately, and 先锋号 needs 班组 at least 70%.
func TestMayDayLists_SourceMayDayLists(t *testing.T) {
	mk := func(n int, groups map[string]int) []Nominee {
		out := make([]Nominee, n)
		for i := range out {
			out[i].ID = fmt.Sprint(i)
		}
		for g, c := range groups {
			for i := range c {
				out[i].Groups = append(out[i].Groups, g)
			}
		}
		return out
	}
	c, err := MayDayCertificates2022().Check(mk(100, map[string]int{GroupNonPublic: 34}))
	require.NoError(t, err)
	assert.False(t, c.Compliant)
	assert.Equal(t, 1, c.Shares[0].Needed)
	v, err := Vanguard2022().Check(mk(100, map[string]int{GroupNonPublic: 40, GroupTeam: 69}))
	require.NoError(t, err)
	assert.False(t, v.Compliant)
	assert.Equal(t, GroupTeam, v.Shares[1].Group)
	assert.False(t, v.Shares[1].Met)
	for _, tl := range []union.Timeline[NominationRules]{MayDayCertificatesTimeline(), VanguardTimeline()} {
		require.Equal(t, 2, tl.Len())
		p, err := tl.At(union.MustPeriod("2023-06"))
		require.NoError(t, err)
		assert.Equal(t, tl.Entries()[0].Policy.Quotas, p.Quotas)
	}
	v, err = Vanguard2024().Check(mk(100, map[string]int{GroupNonPublic: 35, GroupTeam: 70, GroupKeyIndustry: 35}))
	require.NoError(t, err)
	assert.True(t, v.Compliant, "at least: the bound itself passes")
}

// SourceQuota2012: the 2012 final promotes by group — 高级组: top 5 to 技师,
// places 6–15 to 高级工; 中级组: top 5 to 高级工, places 6–15 to 中级工.
func TestQuota2012_PromotesByGroup_SourceQuota2012(t *testing.T) {
	rs := make([]int, 20)
	for i := range rs {
		rs[i] = i + 1
	}
	r := ranking(rs...)
	s := Rubric2018()
	senior, err := s.Award(r, Quota2012())
	require.NoError(t, err)
	inter, err := s.Award(r, Quota2012Intermediate())
	require.NoError(t, err)
	assert.Equal(t, []string{TitlePromoteTechnician, TitleYoungEagle}, senior.Titles["E05"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker, TitleYoungEagle}, senior.Titles["E06"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker}, senior.Titles["E15"])
	assert.Empty(t, senior.Titles["E16"])
	assert.Equal(t, []string{TitlePromoteSeniorWorker, TitleYoungEagle}, inter.Titles["E01"])
	assert.Equal(t, []string{TitlePromoteIntermediate}, inter.Titles["E11"])
}
