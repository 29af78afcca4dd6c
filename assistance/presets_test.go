package assistance

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// presets are the presets at the sample 低保 figures of the golden files:
// Weihai 1,001 (2023) for Standard, the c. 2009 line of 370 for Generation1,
// Wuhan 940 for Hubei2024, and a sample 1,000 for Shanghai2019 (no
// source gives a Shanghai figure).
func presets() map[string]Rules {
	return map[string]Rules{
		"standard":     Standard(d("1001")),
		"generation1":  Generation1(d("370")),
		"hubei2024":    Hubei2024(d("940")),
		"shanghai2019": Shanghai2019(d("1000")),
	}
}

func TestPresetGolden(t *testing.T) {
	for name, r := range presets() {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(r, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "presets", name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update")
			assert.Equal(t, string(want), string(got))

			// A policy read back from its JSON (how an ERP stores its
			// settings) is the same policy and validates the same way.
			var back Rules
			require.NoError(t, json.Unmarshal(want, &back))
			require.NoError(t, back.Validate())
			again, err := json.MarshalIndent(back, "", "  ")
			require.NoError(t, err)
			assert.Equal(t, string(want), string(append(again, '\n')))
		})
	}
}

// Presets are values: changing a copy's slices never changes another preset.
func TestPresetsDoNotAlias(t *testing.T) {
	a, b := Hubei2024(d("940")), Hubei2024(d("940"))
	a.Bands[0].Multiple = d("5")
	a.Aid.Living[0].Months = d("1")
	a.CountedExpenses[0] = "x"
	assert.Equal(t, "1", b.Bands[0].Multiple.String())
	assert.Equal(t, "12", b.Aid.Living[0].Months.String())
	assert.Equal(t, MedicalExpense, b.CountedExpenses[0])
}
