package main

import (
	"io"

	"golang.org/x/text/language"
)

// competitionPart shows the competition package at work.
func competitionPart(w io.Writer, tag language.Tag) error {
	return nil
}
