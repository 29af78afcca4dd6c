package main

import (
	"io"

	"golang.org/x/text/language"
)

// assistancePart shows the assistance package at work.
func assistancePart(w io.Writer, tag language.Tag) error {
	return nil
}
