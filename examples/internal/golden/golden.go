// Package golden holds an example program's output to golden files, one per
// language, so that a change in any package's behaviour or texts shows as a
// diff in review.
package golden

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Languages are the languages every example is checked in.
var Languages = []string{"zh-Hans", "zh-Hant", "en"}

// Check runs run in each of Languages and compares its output with
// testdata/<lang>.golden; with -update it rewrites the files first.
func Check(t *testing.T, run func(w io.Writer, tag language.Tag) error) {
	t.Helper()
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := run(&buf, language.MustParse(lang)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", lang+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update in this folder)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("output differs from %s; check it, then run with -update:\n%s", path, buf.String())
			}
		})
	}
}
