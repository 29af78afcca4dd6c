package dues_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func policyPresets() map[string]dues.Policy {
	return map[string]dues.Policy{
		"national":               dues.National(),
		"national_standard_wage": dues.NationalStandardWage(),
		"legacy1993":             dues.Legacy1993(),
		"shenyang2016":           dues.Shenyang2016(),
		"pingdingshan2018":       dues.Pingdingshan2018(),
		"dongguan2015":           dues.Dongguan2015(),
		"performance2015":        dues.Performance2015(),
	}
}

func fundsPresets() map[string]dues.Funds {
	return map[string]dues.Funds{
		"funds_national":      dues.NationalFunds(),
		"funds_national2009":  dues.NationalFunds2009(),
		"funds_national2001":  dues.NationalFunds2001(),
		"funds_national1992":  dues.NationalFunds1992(),
		"funds_beijing2015":   dues.Beijing2015(),
		"funds_shanghai":      dues.Shanghai(),
		"funds_chongqing2011": dues.Chongqing2011(),
		"funds_guangdong2013": dues.Guangdong2013(),
	}
}

func schemePresets() map[string]dues.Scheme {
	return map[string]dues.Scheme{
		"scheme_standard":    dues.Standard(),
		"scheme_preparatory": dues.PreparatoryScheme(),
	}
}

// checkGolden compares v's JSON with testdata/presets/<name>.json, rewriting
// it under -update, and checks it reads back into an equal value.
func checkGolden[T any](t *testing.T, name string, v T) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", "presets", name+".json")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./dues -run TestPresetGolden -update")
	assert.Equal(t, string(want), string(got), "preset %s changed: review and run with -update", name)

	var back T
	require.NoError(t, json.Unmarshal(want, &back))
	again, err := json.MarshalIndent(back, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(append(again, '\n')), "round trip of %s", name)
}

func TestPresetGolden(t *testing.T) {
	for name, p := range policyPresets() {
		t.Run(name, func(t *testing.T) { checkGolden(t, name, p) })
	}
	for name, f := range fundsPresets() {
		t.Run(name, func(t *testing.T) { checkGolden(t, name, f) })
	}
	for name, s := range schemePresets() {
		t.Run(name, func(t *testing.T) { checkGolden(t, name, s) })
	}
}
