package main

import (
	"io"

	"golang.org/x/text/language"
)

// duesPart shows the dues package at work.
func duesPart(w io.Writer, tag language.Tag) error {
	return nil
}
