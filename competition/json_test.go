package competition

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/presets")

// presets lists every preset under its golden file name.
func presets() map[string]any {
	return map[string]any{
		"scheme_theory_practical":              TheoryPractical(),
		"scheme_trimmed5":                      Trimmed5(),
		"scheme_rubric2018":                    Rubric2018(),
		"scheme_national_skills":               NationalSkills(),
		"award_quota2012":                      Quota2012(),
		"award_quota2012_intermediate":         Quota2012Intermediate(),
		"nomination_may_day_certificates_2022": MayDayCertificates2022(),
		"nomination_may_day_certificates_2024": MayDayCertificates2024(),
		"nomination_vanguard_2022":             Vanguard2022(),
		"nomination_vanguard_2024":             Vanguard2024(),
		"award_national_skills_2020":           NationalSkills2020(1),
		"award_national_skills_2020_team2":     NationalSkills2020(2),
		"award_national_skills_2020_team3":     NationalSkills2020(3),
		"award_worker_skills_2015":             WorkerSkills2015(),
		"award_worker_skills_8":                WorkerSkills8(),
		"award_guizhou_2023":                   Guizhou2023(),
		"award_hebei":                          Hebei(),
		"team_sum3":                            TeamSum3(),
		"honours":                              Honours(),
		"nomination_may_day_2022":              MayDay2022(),
		"nomination_may_day_2024":              MayDay2024(),
		"nomination_xiamen_2016":               Xiamen2016(),
		"proposals_1982":                       Proposals1982(),
		"proposals_1986":                       Proposals1986(),
		"timeline_may_day":                     MayDayTimeline().Entries(),
		"timeline_may_day_certificates":        MayDayCertificatesTimeline().Entries(),
		"timeline_vanguard":                    VanguardTimeline().Entries(),
		"timeline_proposals":                   ProposalsTimeline().Entries(),
	}
}

// TestPresetsGolden keeps the JSON of every preset in testdata/presets, so a
// change of a preset is always a visible diff (go test -update rewrites them).
func TestPresetsGolden(t *testing.T) {
	for name, p := range presets() {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(p, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "presets", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create %s", path)
			assert.Equal(t, string(want), string(got))
		})
	}
}

// validator is every policy type of the package.
type validator interface{ Validate() error }

// TestPresetsValid: every preset validates, and survives a JSON round trip
// into an equal, still valid value.
func TestPresetsValid(t *testing.T) {
	for name, p := range presets() {
		v, ok := p.(validator)
		if !ok {
			continue
		}
		require.NoError(t, v.Validate(), name)
		b, err := json.Marshal(p)
		require.NoError(t, err)
		var back any
		switch p.(type) {
		case Scheme:
			var x Scheme
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		case AwardPlan:
			var x AwardPlan
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		case TeamRules:
			var x TeamRules
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		case HonourRules:
			var x HonourRules
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		case NominationRules:
			var x NominationRules
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		case ProposalTable:
			var x ProposalTable
			require.NoError(t, json.Unmarshal(b, &x))
			back = x
		}
		require.NoError(t, back.(validator).Validate(), name)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2), name)
	}
}

// Presets are fresh values: changing one never changes the next.
func TestPresetsDoNotAlias(t *testing.T) {
	a := TheoryPractical()
	a.Indicators[0].Weight = decimal.NewFromInt(1)
	a.TieBreak[0] = "x"
	assert.Equal(t, "0.3", TheoryPractical().Indicators[0].Weight.String())
	assert.Equal(t, TimeKey, TheoryPractical().TieBreak[0])
	p := MayDay2024()
	p.Quotas[0].Group = "x"
	assert.Equal(t, GroupIndustrial, MayDay2024().Quotas[0].Group)
}

// An ERP stores its scheme as JSON: a scheme unmarshalled with bad weights is
// refused by Rank exactly as a hand-built one; an unknown enum word is ErrInvalid.
func TestJSON_UnmarshalledPolicyValidated(t *testing.T) {
	const stored = `{"indicators":[{"id":"a","weight":"0.5"},{"id":"b","weight":"0.6"}],"trim":0,"min_judges":0,"places":2,"tie_on":"rounded","absent":"zero"}`
	var s Scheme
	require.NoError(t, json.Unmarshal([]byte(stored), &s))
	_, err := s.Rank([]Entry{{ID: "x"}})
	assert.ErrorIs(t, err, union.ErrPolicy)

	err = json.Unmarshal([]byte(strings.Replace(stored, `"rounded"`, `"roundish"`, 1)), &s)
	assert.ErrorIs(t, err, union.ErrInvalid)
	for _, bad := range []string{`{"direction":"sideways"}`} {
		var in Indicator
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &in), union.ErrInvalid)
	}
	var l SkillLevel
	assert.ErrorIs(t, json.Unmarshal([]byte(`"guru"`), &l), union.ErrInvalid)
	var m TeamMode
	assert.ErrorIs(t, json.Unmarshal([]byte(`"max"`), &m), union.ErrInvalid)
	var a Absence
	assert.ErrorIs(t, json.Unmarshal([]byte(`"maybe"`), &a), union.ErrInvalid)
	_, err = json.Marshal(Direction(9))
	assert.Error(t, err)
}

// Inputs and results round-trip through JSON: entries, rankings, awards.
func TestJSON_RoundTrip(t *testing.T) {
	s := TheoryPractical()
	s.MaxBonus = dec("5")
	es := []Entry{
		{ID: "A", Name: "甲", Scores: map[string][]decimal.Decimal{"theory": decs("80"), "practical": decs("90.5", "91")}, Bonus: dec("2"), Time: dec("55.5")},
		{ID: "B", Scores: map[string][]decimal.Decimal{"theory": decs("70"), "practical": decs("80")}, Deduction: dec("1"), Veto: "作弊"},
	}
	b, err := json.Marshal(es)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"bonus":"2"`)
	var back []Entry
	require.NoError(t, json.Unmarshal(b, &back))
	r1, err := s.Rank(es)
	require.NoError(t, err)
	r2, err := s.Rank(back)
	require.NoError(t, err)
	j1, _ := json.Marshal(r1)
	j2, _ := json.Marshal(r2)
	assert.JSONEq(t, string(j1), string(j2))

	var rr Ranking
	require.NoError(t, json.Unmarshal(j1, &rr))
	j3, _ := json.Marshal(rr)
	assert.JSONEq(t, string(j1), string(j3))

	a, err := s.Award(rr, Quota2012())
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	var aa Awards
	require.NoError(t, json.Unmarshal(ja, &aa))
	assert.Equal(t, a, aa)
}

// Every code the package builds at run time has its three texts.
func TestRuntimeCodesRegistered(t *testing.T) {
	registered := map[string]union.Message{}
	for _, m := range union.Messages() {
		registered[m.Code] = m
	}
	var codes []string
	for _, w := range skillEnum.Words()[1:] {
		codes = append(codes, "competition.promotion."+w, "competition.level."+w)
	}
	for _, w := range directionEnum.Words() {
		codes = append(codes, "competition.direction."+w)
	}
	for _, side := range []string{"ahead", "behind"} {
		for _, k := range []string{"time", "exact", "indicator"} {
			codes = append(codes, "competition.tie."+side+"."+k)
		}
	}
	for _, tier := range []string{TierFirst, TierSecond, TierThird, TierGold, TierSilver, TierBronze, TierExcellence} {
		codes = append(codes, "competition.tier_name."+tier)
	}
	for _, title := range []string{TitleNationalSkillExpert, TitleProvincialSkillExpert, TitleNationalMayDayMedal, TitleProvincialMayDayMedal,
		TitleMedal, TitlePromoteTechnician, TitlePromoteSeniorWorker, TitlePromoteIntermediate, TitlePromoteOneLevel, TitleYoungEagle, TitleProvincialCraftsman} {
		codes = append(codes, "competition.title_name."+title)
	}
	for _, c := range codes {
		m, ok := registered[c]
		if assert.True(t, ok, c) {
			assert.NotEmpty(t, m.Hans+m.Hant+m.En)
		}
	}
	assert.Equal(t, "Gold medal", TierText(TierGold, languageEn))
	assert.Equal(t, "my-tier", TierText("my-tier", languageEn))
}

var languageEn = union.Languages()[2]
