package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the output for the embedded sample with
// testdata/<lang>.golden in each language; -update rewrites them.
func TestGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
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
				t.Fatalf("%v (run go test ./examples/payroll -update)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("output differs from %s; run with -update after checking:\n%s", path, buf.String())
			}
		})
	}
}

// TestSampleIsDeterministic: the sample is the same on every call.
func TestSampleIsDeterministic(t *testing.T) {
	a, b := sample(), sample()
	if len(a) != sampleSize || len(a) != len(b) {
		t.Fatalf("sizes %d, %d", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || len(a[i].Wages) != len(b[i].Wages) {
			t.Fatalf("member %d differs", i)
		}
		for k, v := range a[i].Wages {
			if !v.Equal(b[i].Wages[k]) {
				t.Fatalf("member %d item %s differs", i, k)
			}
		}
	}
}
