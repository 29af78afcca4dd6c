package main

import (
	"testing"

	"github.com/gonghui/gonghui/examples/internal/heading/headingtest"
)

// TestHeadings holds the program's headings to the catalogue's rules: three
// texts each with the same indexed verbs, none registered by the library.
func TestHeadings(t *testing.T) { headingtest.Check(t, headings) }
