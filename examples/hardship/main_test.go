package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := run(&buf, language.MustParse(lang)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", lang+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("output differs from %s:\n%s", path, buf.String())
			}
		})
	}
}
