package competition

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func homeD(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func homeAsOf() union.Period { return union.Period{Year: 2025, Month: 3} }

// homeFull reports every Fujian item at full points.
func homeFull(id string) HomeUnit {
	u := HomeUnit{ID: id, AsOf: homeAsOf()}
	for _, c := range HomeFujian2012().Categories {
		for _, it := range c.Items {
			u.Items = append(u.Items, HomeValue{Item: it.ID, Value: it.Points})
		}
	}
	return u
}

func TestHomePresetsValid(t *testing.T) {
	for _, s := range HomeSheets() {
		require.NoError(t, s.Validate(), s.Name)
		assert.True(t, s.Secondary)
		assert.Contains(t, s.Source, "(secondary)")
		assert.True(t, strings.HasPrefix(s.Name, "home_"))
		got, err := HomeSheetPreset(s.Name)
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	require.NoError(t, HomeNationalTitle().Validate())
	assert.Len(t, HomePresets(), 5)
	_, err := HomeSheetPreset("x")
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// The JSON of every preset is kept in testdata/presets (go test ./competition
// -run TestHomePresetsGolden -update rewrites it).
func TestHomePresetsGolden(t *testing.T) {
	values := map[string]any{HomeNationalTitle().Name: HomeNationalTitle()}
	for _, s := range HomeSheets() {
		values[s.Name] = s
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(v, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "presets", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./competition -run TestHomePresetsGolden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
	var s HomeSheet
	b, _ := os.ReadFile(filepath.Join("testdata", "presets", "home_meilong_town.json"))
	require.NoError(t, json.Unmarshal(b, &s))
	again, _ := json.MarshalIndent(s, "", "  ")
	assert.Equal(t, string(b), string(again)+"\n")
}

// Fujian 2012: 必备 items override the total.
func TestHomeFujianEssential(t *testing.T) {
	s := HomeFujian2012()
	s.Grades = []HomeGrade{{Grade: "model", Min: homeD("27"), Source: "test"}}
	res, err := s.Assess(homeFull("U1"))
	require.NoError(t, err)
	assert.Equal(t, "30", res.Total.String())
	assert.Equal(t, "model", res.Grade)
	u := homeFull("U2")
	u.Items[4].Value = homeD("4") // I.5 funds, 必备, not fully met
	res, err = s.Assess(u)
	require.NoError(t, err)
	assert.Equal(t, "29", res.Total.String())
	assert.Equal(t, []string{"I.5"}, res.EssentialUnmet)
	assert.Equal(t, "", res.Grade)
}

// Ningde 2025: wage arrears in the last 3 years veto; older events do not.
func TestHomeNingdeVetoWindow(t *testing.T) {
	tests := []struct {
		month  union.Period
		vetoed bool
	}{
		{union.Period{Year: 2022, Month: 4}, true},  // 35 months before 2025-03
		{union.Period{Year: 2022, Month: 3}, false}, // 36 months: outside
		{union.Period{Year: 2025, Month: 3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.month.String(), func(t *testing.T) {
			u := HomeUnit{ID: "U", AsOf: homeAsOf(), Events: []HomeEvent{{Veto: "wage_arrears", Month: tt.month}}}
			res, err := HomeNingde2025().Assess(u)
			require.NoError(t, err)
			assert.Equal(t, tt.vetoed, len(res.Vetoed) == 1)
			assert.Equal(t, !tt.vetoed, res.Grade == "eligible")
		})
	}
	_, err := HomeNingde2025().Assess(HomeUnit{ID: "U", AsOf: homeAsOf(),
		Events: []HomeEvent{{Veto: "wage_arrears", Month: union.Period{Year: 2025, Month: 4}}}})
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Equal(t, "events[0].month", union.FieldErrors(err)[0].Field)
}

// 梅陇镇: step tables, thresholds that include the number, deductions.
func TestHomeMeilongSteps(t *testing.T) {
	u := HomeUnit{ID: "T", AsOf: homeAsOf(), Items: []HomeValue{
		{Item: "org.targets", Value: homeD("10"), Deductions: []string{"records_unclear"}},
		{Item: "org.legal_person", Value: homeD("0.85")},
		{Item: "org.audit", Value: homeD("0.98")},
		{Item: "org.women", Value: homeD("0.979")},
		{Item: "org.home_rate", Value: homeD("0.49")},
		{Item: "rights.contracts", Value: homeD("0.75")},
		{Item: "rights.special", Value: homeD("8"), Deductions: []string{"wage_contract_missing", "women_contract_missing"}},
	}}
	res, err := HomeMeilongTown().Assess(u)
	require.NoError(t, err)
	scores := map[string]string{}
	for _, c := range res.Categories {
		for _, it := range c.Items {
			scores[it.Item] = it.Score.String()
		}
	}
	assert.Equal(t, map[string]string{"org.targets": "8", "org.legal_person": "2", "org.audit": "2", "org.women": "0",
		"org.home_rate": "0", "rights.contracts": "3", "rights.special": "4"}, scores)
	assert.Equal(t, "19", res.Total.String())
}

// A bank's rule: −0.5 for every 2% short of 25%; partial steps as stated.
func TestHomeShortfallPartialStep(t *testing.T) {
	it := HomeItem{ID: "activists", Points: homeD("3"), Rule: HomeShortfall, Target: homeD("0.25"), Step: homeD("0.02"),
		Deduct: homeD("0.5"), Source: "test"}
	s := HomeSheet{Name: "t", Source: "test", Categories: []HomeCategory{{ID: "c", Items: []HomeItem{it}}}}
	require.Error(t, s.Validate(), "partial_step must be stated")
	for _, tt := range []struct {
		p     HomePartial
		value string
		score string
	}{{HomeWholeSteps, "0.21", "2"}, {HomeAnyPart, "0.21", "2"}, {HomeWholeSteps, "0.22", "2.5"}, {HomeAnyPart, "0.22", "2"}, {HomeAnyPart, "0", "0"}} {
		s.PartialStep = tt.p
		res, err := s.Assess(HomeUnit{ID: "B", AsOf: homeAsOf(), Items: []HomeValue{{Item: "activists", Value: homeD(tt.value)}}})
		require.NoError(t, err)
		assert.Equal(t, tt.score, res.Total.String(), "%s %s", tt.p, tt.value)
	}
}

func TestHomeNursingStars(t *testing.T) {
	report := func(area string, feats ...string) HomeUnit {
		u := HomeUnit{ID: "R", AsOf: homeAsOf(), Items: []HomeValue{{Item: "area_8", Value: homeD(area)}, {Item: "area_10", Value: homeD(area)}}}
		for _, f := range feats {
			u.Items = append(u.Items, HomeValue{Item: f, Value: homeD("1")})
		}
		return u
	}
	for _, tt := range []struct {
		u    HomeUnit
		want string
	}{
		{report("7.5", "window"), ""},
		{report("8", "window"), "3_star"},
		{report("10", "window", "storage"), "4_star"},
		{report("12", "window", "storage", "sink", "two_places"), "5_star"},
		{report("9", "window", "storage", "sink", "two_places"), "3_star"},
	} {
		res, err := HomeShanghaiNursingRoom().Assess(tt.u)
		require.NoError(t, err)
		assert.Equal(t, tt.want, res.Grade)
	}
}

// The national title: ≥90% membership and satisfaction, compared exactly.
func TestHomeNationalTitle(t *testing.T) {
	r := HomeNationalTitle()
	res, err := r.Check(HomeUnit{ID: "G", Staff: 1000, Members: 900, Surveyed: 200, Satisfied: 179, LowerTitle: true,
		LargeGroup: true, SecondLevelUnits: 10, SecondLevelTitled: 6})
	require.NoError(t, err)
	assert.False(t, res.Eligible)
	got := map[string]bool{}
	for _, c := range res.Checks {
		got[c.Check] = c.Met
		for _, tag := range union.Languages() {
			assert.NotContains(t, c.Reason.Text(tag), "%!")
		}
	}
	assert.Equal(t, map[string]bool{"membership": true, "satisfaction": false, "lower_title": true, "group_units": true}, got)
	_, err = r.Check(HomeUnit{ID: "G", Staff: 10, Members: 11})
	require.ErrorIs(t, err, union.ErrInvalid)
	s := HomeFujian2012()
	title := HomeNationalTitle()
	s.Title = &title
	u := homeFull("U")
	u.Staff, u.Members = 100, 89
	out, err := s.Assess(u)
	require.NoError(t, err)
	require.NotNil(t, out.Title)
	assert.False(t, out.Title.Eligible)
}

func TestHomeBadInput(t *testing.T) {
	s := HomeMeilongTown()
	tests := []struct {
		name  string
		u     HomeUnit
		field string
	}{
		{"no month", HomeUnit{ID: "x"}, "as_of"},
		{"negative value", HomeUnit{ID: "x", AsOf: homeAsOf(), Items: []HomeValue{{Item: "org.audit", Value: homeD("-1")}}}, "items[0].value"},
		{"unknown item", HomeUnit{ID: "x", AsOf: homeAsOf(), Items: []HomeValue{{Item: "nope"}}}, "items[0].item"},
		{"repeated item", HomeUnit{ID: "x", AsOf: homeAsOf(), Items: []HomeValue{{Item: "org.audit"}, {Item: "org.audit"}}}, "items[1].item"},
		{"unknown deduction", HomeUnit{ID: "x", AsOf: homeAsOf(), Items: []HomeValue{{Item: "org.targets", Deductions: []string{"z"}}}}, "items[0].deductions[0]"},
		{"too many", HomeUnit{ID: "x", AsOf: homeAsOf(), Items: make([]HomeValue, MaxHomeItems+1)}, "items"},
		{"negative staff", HomeUnit{ID: "x", AsOf: homeAsOf(), Staff: -1}, "staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Assess(tt.u)
			require.ErrorIs(t, err, union.ErrInvalid)
			var fields []string
			for _, fe := range union.FieldErrors(err) {
				fields = append(fields, fe.Field)
				assert.NotContains(t, fe.Text(language.English), "%!")
			}
			assert.Contains(t, fields, tt.field)
		})
	}
	require.ErrorIs(t, HomeSheet{}.Validate(), union.ErrPolicy)
	bad := HomeMeilongTown()
	bad.Categories[0].Items[1].Steps[1].AtLeast = homeD("0.6")
	require.ErrorIs(t, bad.Validate(), union.ErrPolicy)
}

// The same units in any order give the same results and distribution.
func TestHomeAssessAllShuffle(t *testing.T) {
	s := HomeShanghaiNursingRoom()
	var units []HomeUnit
	for i, area := range []string{"6", "8", "10", "12", "9", "11"} {
		u := HomeUnit{ID: string(rune('a' + i)), AsOf: homeAsOf(), Items: []HomeValue{{Item: "area_8", Value: homeD(area)},
			{Item: "area_10", Value: homeD(area)}, {Item: "window", Value: homeD("1")}, {Item: "storage", Value: homeD("1")}}}
		if i%2 == 1 {
			u.Items = append(u.Items, HomeValue{Item: "sink", Value: homeD("1")}, HomeValue{Item: "two_places", Value: homeD("1")})
		}
		units = append(units, u)
	}
	want, dist, err := s.AssessAll(units)
	require.NoError(t, err)
	byID := map[string]HomeResult{}
	for _, r := range want {
		byID[r.Unit] = r
	}
	assert.Equal(t, []HomeDistribution{{"5_star", 2}, {"4_star", 1}, {"3_star", 2}, {"", 1}}, dist)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		sh := append([]HomeUnit(nil), units...)
		rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		for i := range sh {
			rng.Shuffle(len(sh[i].Items), func(a, b int) { sh[i].Items[a], sh[i].Items[b] = sh[i].Items[b], sh[i].Items[a] })
		}
		got, d2, err := s.AssessAll(sh)
		require.NoError(t, err)
		assert.Equal(t, dist, d2)
		for _, r := range got {
			assert.Equal(t, byID[r.Unit], r)
		}
	}
	units[1].ID = "a"
	_, _, err = s.AssessAll(units)
	var re *union.RecordError
	require.ErrorAs(t, err, &re)
}

func TestHomeJSONStrict(t *testing.T) {
	u := homeFull("U")
	b, err := json.Marshal(u)
	require.NoError(t, err)
	var back HomeUnit
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Items[0].Value.Equal(u.Items[0].Value))
	require.ErrorIs(t, json.Unmarshal([]byte(`{"id":"U","as_of":"2025-03","itemz":[]}`), &back), union.ErrInvalid)
	res, err := HomeFujian2012().Assess(u)
	require.NoError(t, err)
	rb, err := json.Marshal(res)
	require.NoError(t, err)
	var rback HomeResult
	require.NoError(t, union.DecodeJSON(rb, &rback))
	assert.Equal(t, res.Reasons, rback.Reasons)
	assert.True(t, rback.Total.Equal(res.Total))
	var s HomeSheet
	require.ErrorIs(t, json.Unmarshal([]byte(`{"name":"x","categories":[{"id":"a","itemz":[]}]}`), &s), union.ErrInvalid)
}

// Codes built at run time (the title's checks) have texts.
func TestHomeRuntimeCodes(t *testing.T) {
	have := map[string]bool{}
	for _, m := range union.Messages() {
		have[m.Code] = m.Hans != "" && m.Hant != "" && m.En != ""
	}
	for _, n := range []string{"membership", "satisfaction", "group_units"} {
		for _, suffix := range []string{"_met", "_short"} {
			assert.True(t, have["competition.home."+n+suffix], n+suffix)
		}
	}
}

func FuzzHomeAssess(f *testing.F) {
	b, _ := json.Marshal(homeFull("U"))
	f.Add(string(b), "home_fujian2012")
	f.Add(`{"id":"T","as_of":"2025-03","items":[{"item":"org.legal_person","value":"0.8"}],"staff":3,"members":2}`, "home_meilong_town")
	f.Add(`{"id":"N","as_of":"2025-03","events":[{"veto":"funds","month":"2024-01"}]}`, "home_ningde2025")
	f.Fuzz(func(t *testing.T, data, preset string) {
		var u HomeUnit
		if err := json.Unmarshal([]byte(data), &u); err != nil {
			return
		}
		s, err := HomeSheetPreset(preset)
		if err != nil {
			s = HomeShanghaiNursingRoom()
		}
		res, err := s.Assess(u)
		if err != nil {
			require.ErrorIs(t, err, union.ErrInvalid)
			require.NotEmpty(t, union.FieldErrors(err))
			return
		}
		require.False(t, res.Total.GreaterThan(res.Max))
		require.False(t, res.Total.IsNegative())
		_, _ = HomeNationalTitle().Check(u)
	})
}

func FuzzHomeSheetJSON(f *testing.F) {
	for _, s := range HomeSheets() {
		b, _ := json.Marshal(s)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, data string) {
		var s HomeSheet
		if err := json.Unmarshal([]byte(data), &s); err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			require.NotEmpty(t, union.FieldErrors(err))
			return
		}
		_, _ = s.Assess(homeFull("U"))
	})
}

// Presets and results share no memory.
func TestHomeNoAliasing(t *testing.T) {
	a := HomeMeilongTown()
	a.Categories[0].Items[1].Steps[0].Points = homeD("9")
	a.Categories[0].Items[0].Deductions[0].ID = "x"
	b := HomeMeilongTown()
	assert.Equal(t, "1", b.Categories[0].Items[1].Steps[0].Points.String())
	assert.Equal(t, "target_missed", b.Categories[0].Items[0].Deductions[0].ID)
	res, _, err := HomeShanghaiNursingRoom().AssessAll([]HomeUnit{
		{ID: "a", AsOf: homeAsOf(), Items: []HomeValue{{Item: "area_8", Value: homeD("9")}}},
		{ID: "b", AsOf: homeAsOf(), Items: []HomeValue{{Item: "area_8", Value: homeD("9")}}},
	})
	require.NoError(t, err)
	res[0].Reasons[0].Code = "x"
	res[0].Categories[0].Items[0].Reasons[0].Code = "x"
	assert.NotEqual(t, "x", res[1].Reasons[0].Code)
	assert.NotEqual(t, "x", res[1].Categories[0].Items[0].Reasons[0].Code)
}
