package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestQuickstartGolden holds the tour's output in each language to its golden
// file, so a change in any package's behaviour or texts shows as a diff.
func TestQuickstartGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(lang, func(t *testing.T) {
			tag, err := language.Parse(lang)
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, run(&buf, tag))
			path := filepath.Join("testdata", lang+".golden")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./examples/quickstart -update")
			assert.Equal(t, string(want), buf.String())
		})
	}
}
