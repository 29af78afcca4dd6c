package main

import (
	"testing"

	"github.com/gonghui/gonghui/examples/internal/golden"
)

// TestGolden holds the output for the embedded sample, in each language, to
// testdata/<lang>.golden (go test -update rewrites them).
func TestGolden(t *testing.T) { golden.Check(t, run) }
