// Command quickstart is the first program a newcomer runs: it shows each
// gonghui package at work on a few lines of data, in the language -lang picks.
//
//	go run ./examples/quickstart -lang en
package main

import (
	"io"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/examples/internal/cli"
)

func main() { cli.Main("quickstart", run) }

// run prints every package's part in turn; each part lives in a file named for its package.
func run(w io.Writer, tag language.Tag) error {
	for _, part := range []func(io.Writer, language.Tag) error{
		unionPart, duesPart, assistancePart, democracyPart, competitionPart,
	} {
		if err := part(w, tag); err != nil {
			return err
		}
	}
	return nil
}
