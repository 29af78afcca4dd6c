package main

import (
	"io"

	"golang.org/x/text/language"
)

// unionPart shows the union package at work.
func unionPart(w io.Writer, tag language.Tag) error {
	return nil
}
