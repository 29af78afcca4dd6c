package democracy

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gonghui/gonghui/union"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// congressRules returns every congress preset by name.
func congressRules() map[string]Rules {
	out := map[string]Rules{}
	for _, p := range congressPresets {
		out[p.name] = p.build()
	}
	return out
}

// presetValues returns every preset of the package by file name.
func presetValues() map[string]any {
	out := map[string]any{}
	for name, r := range congressRules() {
		out[name] = r
	}
	for name, er := range ElectionPresets() {
		out[name] = er
	}
	return out
}

func TestPresetsGolden(t *testing.T) {
	for name, p := range presetValues() {
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
			require.NoError(t, err, "run go test ./democracy -run TestPresetsGolden -update")
			assert.Equal(t, string(want), string(got), "preset %s changed: review and run with -update", name)
		})
	}
}

func TestPresetsValid(t *testing.T) {
	for name, r := range congressRules() {
		assert.NoError(t, r.Validate(), name)
		assert.Equal(t, name, r.Name)
		assert.NotEmpty(t, r.Source)
		for _, l := range r.Limits {
			assert.NotEmpty(t, l.Source)
		}
	}
	for name, er := range ElectionPresets() {
		assert.NoError(t, er.Validate(), name)
		assert.Equal(t, name, er.Name)
	}
	assert.Equal(t, Enterprise(), Enterprise2012())
}

func TestPresetsDoNotAlias(t *testing.T) {
	a, b := Shanghai2017(), Shanghai2017()
	a.Limits[0].Num = 3
	a.Delegates.Bands[0].Base = 99
	assert.Equal(t, 1, b.Limits[0].Num)
	assert.Equal(t, 30, b.Delegates.Bands[0].Base)
	assert.Equal(t, 30, Shanghai2017().Delegates.Bands[0].Base)
}

func TestEnterpriseTimeline(t *testing.T) {
	tl := EnterpriseTimeline()
	require.Equal(t, 2, tl.Len())
	_, err := union.NewTimeline(tl.Entries()...)
	require.NoError(t, err)
	r, err := tl.At(union.Period{Year: 2012, Month: 1})
	require.NoError(t, err)
	assert.Equal(t, "state_enterprise1986", r.Name)
	r, err = tl.At(union.Period{Year: 2012, Month: 2})
	require.NoError(t, err)
	assert.Equal(t, "enterprise", r.Name)
	_, err = tl.At(union.Period{Year: 1985, Month: 12})
	require.ErrorIs(t, err, union.ErrPolicy)
}
