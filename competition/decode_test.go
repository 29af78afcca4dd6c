package competition

import (
	"encoding/json"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// fields returns the paths of every *union.FieldError in err.
func fields(err error) []string {
	var out []string
	for _, fe := range union.FieldErrors(err) {
		out = append(out, fe.Field)
	}
	return out
}

// Every policy and input type decodes strictly: a misspelt key is an error
// naming its path, a bad decimal a FieldError with its path, never
// shopspring's raw error; every problem at once.
func TestDecode_Strict(t *testing.T) {
	cases := []struct {
		name   string
		v      any
		data   string
		fields []string
	}{
		{"scheme key", &Scheme{}, `{"indicators":[{"id":"a","weight":"1","wieght":"1"}],"plases":2}`, []string{"indicators[0].wieght", "plases"}},
		{"scheme decimal", &Scheme{}, `{"indicators":[{"id":"a","weight":"one"}],"max_bonus":"1e"}`, []string{"indicators[0].weight", "max_bonus"}},
		{"entry", &Entry{}, `{"id":"a","scores":{"q":["9","x"]},"bonnus":"1"}`, []string{"scores.q[1]", "bonnus"}},
		{"team", &Team{}, `{"id":"t","member":["a"]}`, []string{"member"}},
		{"team rules", &TeamRules{}, `{"mode":"sum","place":2}`, []string{"place"}},
		{"tier", &Tier{}, `{"name":"a","shar":"0.1"}`, []string{"shar"}},
		{"plan", &AwardPlan{}, `{"tiers":[{"name":"a","share":"0.1x"}],"titles":[{"title":"t","too":3}]}`, []string{"tiers[0].share", "titles[0].too"}},
		{"nomination", &NominationRules{}, `{"quotas":[{"group":"a","mn":"0.1"}]}`, []string{"quotas[0].mn"}},
		{"nominee", &Nominee{}, `{"id":"a","group":["x"]}`, []string{"group"}},
		{"proposals", &ProposalTable{}, `{"bands":[{"tier":1,"form":"0"}]}`, []string{"bands[0].form"}},
		{"proposal", &Proposal{}, `{"benefit":"1,0x"}`, []string{"benefit"}},
		{"honours", &HonourRules{}, `{"lookback":36}`, []string{"lookback"}},
		{"employer", &Employer{}, `{"id":"e","no_unoin":true}`, []string{"no_unoin"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(c.data), c.v)
			require.ErrorIs(t, err, union.ErrInvalid)
			assert.ElementsMatch(t, c.fields, fields(err))
			assert.NotContains(t, err.Error(), "can't convert", "no raw shopspring error")
		})
	}
}

// DecodeEntries reads an array record by record: every bad record by index
// with its ID, paths from the list.
func TestDecodeEntries_RecordByRecord(t *testing.T) {
	es, err := DecodeEntries([]byte(`[{"id":"a","scores":{"q":["1"]}},{"id":"b","tiem":"3"},{"id":"c","bonus":"x"}]`))
	require.ErrorIs(t, err, union.ErrInvalid)
	require.Len(t, es, 3)
	assert.Equal(t, "1", es[0].Scores["q"][0].String())
	assert.Equal(t, "b", es[1].ID)
	assert.Equal(t, []string{"entries[1].tiem", "entries[2].bonus"}, fields(err))
	var re *union.RecordError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, re.Index)
	assert.Equal(t, "b", re.ID)
	_, err = DecodeEntries([]byte(`{"id":"a"}`))
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// A policy file names a preset and overrides some fields; an unknown preset
// name is an error listing the names.
func TestDecode_PresetWithOverrides(t *testing.T) {
	var s Scheme
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"national_skills","places":1,"no_shared_top":5}`), &s))
	want := NationalSkills()
	want.Places, want.NoSharedTop = 1, 5
	assert.Equal(t, jsonOf(t, want), jsonOf(t, s))

	var p AwardPlan
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"quota2012","min_field":10,"tiers":[{"name":"first","share":"0.2"}]}`), &p))
	assert.Equal(t, 10, p.MinField)
	require.Len(t, p.Tiers, 1, "an array replaces the preset's")
	assert.Len(t, p.Titles, 3)

	var n NominationRules
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"vanguard_2024"}`), &n))
	assert.Equal(t, jsonOf(t, Vanguard2024()), jsonOf(t, n))
	var tb ProposalTable
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"proposals_1986","borrowed_lower":false}`), &tb))
	assert.False(t, tb.BorrowedLower)
	assert.True(t, tb.ReserveInLast)
	var tr TeamRules
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"team_sum3","mode":"mean"}`), &tr))
	assert.Equal(t, TeamMean, tr.Mode)
	var h HonourRules
	require.NoError(t, json.Unmarshal([]byte(`{"preset":"honours"}`), &h))
	assert.Equal(t, Honours(), h)

	err := json.Unmarshal([]byte(`{"preset":"nationl_skills"}`), &s)
	require.ErrorIs(t, err, union.ErrInvalid)
	fe := fieldOf(t, err)
	assert.Equal(t, "preset", fe.Field)
	assert.Contains(t, fe.Args[0], "national_skills")
	err = json.Unmarshal([]byte(`{"preset":"quota2012"}`), &s)
	assert.Equal(t, "preset", fieldOf(t, err).Field, "a plan's name is no scheme")
}

// Presets lists every preset with its document and months, and Preset finds
// each by name.
func TestPresets_Lookup(t *testing.T) {
	list := Presets()
	require.Len(t, list, len(presets())-4, "every golden preset but the four timelines")
	seen := map[string]bool{}
	for _, p := range list {
		assert.False(t, seen[p.Name], "duplicate %s", p.Name)
		seen[p.Name] = true
		assert.NotEmpty(t, p.Document, p.Name)
		v, err := Preset(p.Name)
		require.NoError(t, err, p.Name)
		require.NoError(t, v.(interface{ Validate() error }).Validate(), p.Name)
	}
	list[0].Name = "changed"
	assert.NotEqual(t, "changed", Presets()[0].Name)
	_, err := Preset("nope")
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// Field labels: every path a competition error names has a label in three
// languages ("field.<path without indices>").
func TestFieldLabels(t *testing.T) {
	for _, path := range []string{"indicators.weight", "trim", "min_judges", "entries.scores", "entries.bonus", "tiers.share",
		"titles.to", "quotas.min", "nominees.groups", "benefit", "prior_paid", "lookback_months", "teams.members", "incidents"} {
		for _, tag := range union.Languages() {
			got := union.Label(tag, "field."+path)
			assert.NotEqual(t, "field."+path, got, "%s %s", path, tag)
		}
	}
	assert.Equal(t, "去掉最高分和最低分的个数", union.Label(language.SimplifiedChinese, "field.trim"))
}

// Every result type round-trips through JSON: written, read back and
// written again, the bytes are the same.
func TestJSON_ResultsRoundTrip(t *testing.T) {
	s := NationalSkills()
	r := mustRank(t, s, tieEntries(5, 30))
	teams, err := TeamSum3().RankTeams(r, []Team{{ID: "T", Members: []string{r.Standings[0].ID}}})
	require.NoError(t, err)
	aw, err := s.Award(r, NationalSkills2020(1))
	require.NoError(t, err)
	c, err := MayDay2024().Check([]Nominee{{ID: "a", Groups: []string{GroupIndustrial}}})
	require.NoError(t, err)
	e, err := Honours().Check(Employer{NoUnion: true}, union.MustPeriod("2024-05"))
	require.NoError(t, err)
	pa, err := Proposals1986().GradeProposal(Proposal{Benefit: dec("600000"), PriorTier: 5, PriorPaid: dec("100")})
	require.NoError(t, err)
	roundTrip := func(v any, into any) {
		b := jsonOf(t, v)
		require.NoError(t, json.Unmarshal([]byte(b), into))
		assert.Equal(t, b, jsonOf(t, into))
	}
	roundTrip(r, &Ranking{})
	roundTrip(teams, &Ranking{})
	roundTrip(aw, &Awards{})
	roundTrip(c, &Compliance{})
	roundTrip(e, &Eligibility{})
	roundTrip(pa, &ProposalAward{})
	for _, p := range presets() {
		switch v := p.(type) {
		case Scheme:
			roundTrip(v, &Scheme{})
		case AwardPlan:
			roundTrip(v, &AwardPlan{})
		case NominationRules:
			roundTrip(v, &NominationRules{})
		case ProposalTable:
			roundTrip(v, &ProposalTable{})
		case TeamRules:
			roundTrip(v, &TeamRules{})
		case HonourRules:
			roundTrip(v, &HonourRules{})
		}
	}
}

// Enum input accepts the words Text prints (越低越好, 技师, "senior
// technician"), and an error lists the accepted values.
func TestDecode_EnumWordsTextPrints(t *testing.T) {
	var in Indicator
	require.NoError(t, json.Unmarshal([]byte(`{"id":"t","weight":"1","direction":"越低越好"}`), &in))
	assert.Equal(t, LowerBetter, in.Direction)
	var l SkillLevel
	require.NoError(t, json.Unmarshal([]byte(`"技师"`), &l))
	assert.Equal(t, Technician, l)
	require.NoError(t, json.Unmarshal([]byte(`"senior technician"`), &l))
	assert.Equal(t, SeniorTechnician, l)
	err := json.Unmarshal([]byte(`"guru"`), &l)
	fe := fieldOf(t, err)
	assert.Equal(t, "invalid.enum", fe.Code)
	assert.Contains(t, fe.Text(language.SimplifiedChinese), "高级技师")
}
