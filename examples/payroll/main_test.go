package main

import (
	"testing"

	"github.com/gonghui/gonghui/examples/internal/golden"
)

// TestGolden holds the output for the embedded sample, in each language, to
// testdata/<lang>.golden (go test -update rewrites them).
func TestGolden(t *testing.T) { golden.Check(t, run) }

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
