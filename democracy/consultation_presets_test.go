package democracy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// consultationPresetValues returns the consultation and proposal presets by
// golden file name.
func consultationPresetValues() map[string]any {
	out := map[string]any{}
	for _, r := range ConsultationPresets() {
		out[r.Name] = r
	}
	for _, r := range ProposalPresets() {
		out[r.Name] = r
	}
	return out
}

// The JSON of every preset is kept in testdata/presets (go test ./democracy
// -run TestConsultationPresetsGolden -update rewrites it).
func TestConsultationPresetsGolden(t *testing.T) {
	for name, p := range consultationPresetValues() {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(p, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "presets", name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./democracy -run TestConsultationPresetsGolden -update")
			assert.Equal(t, string(want), string(got), "preset %s changed: review and run with -update", name)
		})
	}
}

func TestConsultationPresetsValid(t *testing.T) {
	rs := ConsultationPresets()
	require.Len(t, rs, 9)
	for _, r := range rs {
		require.NoError(t, r.Validate(), r.Name)
		assert.True(t, strings.HasPrefix(r.Name, "consultation_"))
		// Every set article cites its document.
		for _, s := range []string{r.Negotiators.Source, r.Vote.Source, r.Term.Source, r.Content.MinimumSource, r.Steps.Reply.Source, r.Steps.Filing.Source, r.Steps.Review.Source} {
			assert.Contains(t, s, "第", r.Name)
		}
		back := roundTripStrict[ConsultationRules](t, r)
		assert.Equal(t, r, back, r.Name)
	}
	assert.True(t, ConsultationNational2004().Unverified)
	ps := ProposalPresets()
	require.Len(t, ps, 5)
	for _, p := range ps {
		require.NoError(t, p.Validate(), p.Name)
		back := roundTripStrict[ProposalRules](t, p)
		assert.Equal(t, p, back, p.Name)
	}
}

func TestConsultationPresetsDoNotAlias(t *testing.T) {
	a := ConsultationHenan2013()
	a.Negotiators.WorkerExcluded[0] = RelationUnionStaff
	a.Negotiators.Representation[0].Source = "x"
	b := ConsultationHenan2013()
	assert.Equal(t, RelationHead, b.Negotiators.WorkerExcluded[0])
	assert.NotEqual(t, "x", b.Negotiators.Representation[0].Source)
	ps := ConsultationPresets()
	ps[0].Name = "x"
	assert.NotEqual(t, "x", ConsultationPresets()[0].Name)
}

// roundTripStrict marshals v, decodes it strictly into a fresh T and checks
// the JSON is unchanged.
func roundTripStrict[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	return back
}

// Results cross JSON intact, and inputs and policies reject unknown keys.
func TestConsultationJSON(t *testing.T) {
	c := hangzhouConsultation()
	back := roundTripStrict[Consultation](t, c)
	assert.Equal(t, c.Negotiators, back.Negotiators)
	assert.True(t, back.Raise.Equal(*c.Raise))
	rep, err := ConsultationHangzhou2014().Check(c, cal2025())
	require.NoError(t, err)
	rb := roundTripStrict[ConsultationReport](t, rep)
	assert.Equal(t, rep.Schedule, rb.Schedule)
	assert.Equal(t, rep.Negotiators, rb.Negotiators)
	assert.Equal(t, *rep.Vote, *rb.Vote)
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"step":"reply"`)
	assert.Contains(t, string(b), `"effect":"in_force"`)
	assert.Contains(t, string(b), `"due":"2025-03-17"`)

	prep, err := ProposalsNWNU().Process(shenzhenSession())
	require.NoError(t, err)
	pb := roundTripStrict[ProposalReport](t, prep)
	assert.Equal(t, prep.Cases, pb.Cases)
	assert.True(t, prep.Stats.Filing.Percent.Equal(pb.Stats.Filing.Percent))
	sess := roundTripStrict[ProposalSession](t, shenzhenSession())
	assert.Equal(t, shenzhenSession().Items, sess.Items)

	for _, s := range []struct {
		into any
		json string
	}{
		{&ConsultationRules{}, `{"name":"x","nmae":"y"}`},
		{&ConsultationRules{}, `{"negotiators":{"min":3,"minimum":3}}`},
		{&ConsultationRules{}, `{"steps":{"reply":{"n":10,"unit":"weeks"}}}`},
		{&ConsultationRules{}, `{"negotiators":{"balance":"fair"}}`},
		{&Consultation{}, `{"events":{"requested":"2025-02-30"}}`},
		{&Consultation{}, `{"events":{"requested":"2025-03-01","signed_on":"2025-03-02"}}`},
		{&Consultation{}, `{"negotiators":[{"name":"a","side":"union"}]}`},
		{&Consultation{}, `{"guideline":{"year":2025,"uper":"0.1"}}`},
		{&ProposalRules{}, `{"late":"ignore"}`},
		{&ProposalRules{}, `{"min_seconder":2}`},
		{&ProposalSession{}, `{"items":[{"id":"1","decision":"approve"}]}`},
		{&ProposalSession{}, `{"items":[{"id":"1","second":["a"]}]}`},
		{&ProposalSession{}, `{"delegates":[{"name":"a","formal":true}]}`},
		{&ProposalSession{}, `{"calendar":{"from":"2025-01-01","until":"2025-12-31","days":[]}}`},
	} {
		err := json.Unmarshal([]byte(s.json), s.into)
		require.ErrorIs(t, err, union.ErrInvalid, s.json)
	}
	_, err = json.Marshal(Date{Year: 2025, Month: 2, Day: 30})
	require.Error(t, err)
	var g WageGuideline
	require.NoError(t, json.Unmarshal([]byte(`{"year":2018,"upper":"0.11","base":"0.07","lower":"0.03","source":"s"}`), &g))
	assert.True(t, g.Upper.Equal(decimal.RequireFromString("0.11")))
}

func TestPresetLists(t *testing.T) {
	list := ConsultationPresetList()
	require.Len(t, list, len(ConsultationPresets()))
	for _, p := range list {
		r, err := ConsultationPreset(p.Name)
		require.NoError(t, err)
		assert.Equal(t, r.Source, p.Document)
	}
	_, err := ConsultationPreset("consultation_mars")
	mustField(t, err, union.ErrInvalid, "preset", "invalid.unknown")
	for _, p := range ProposalPresetList() {
		r, err := ProposalPreset(p.Name)
		require.NoError(t, err)
		assert.Equal(t, p.Name, r.Name)
	}
	_, err = ProposalPreset("")
	mustField(t, err, union.ErrInvalid, "preset", "invalid.unknown")
	// Decoding errors name the JSON path.
	var c Consultation
	err = json.Unmarshal([]byte(`{"events":{"requested":"2025-03-01","signed_on":"x"}}`), &c)
	mustField(t, err, union.ErrInvalid, "events.signed_on", "invalid.unknown_field")
}
