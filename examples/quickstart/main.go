// Command quickstart is the first program a newcomer runs: it shows each
// gonghui package at work on a few lines of data, in the language -lang picks.
//
//	go run ./examples/quickstart -lang en
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh-Hans", "language of the output: zh-Hans, zh-Hant or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "quickstart: -lang %q: %v\n", *lang, err)
		os.Exit(2)
	}
	if err := run(os.Stdout, tag); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

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
