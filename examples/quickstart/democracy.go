package main

import (
	"io"

	"golang.org/x/text/language"
)

// democracyPart shows the democracy package at work.
func democracyPart(w io.Writer, tag language.Tag) error {
	return nil
}
