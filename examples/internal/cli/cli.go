// Package cli is the command line shared by the example programs: a -lang flag
// that picks the language of the output, and the exit codes.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"
)

// Run is an example program's body: it writes its sheet to w in the language tag.
type Run func(w io.Writer, tag language.Tag) error

// Main parses -lang (zh-Hans, zh-Hant or en; zh-Hans by default), calls run
// with standard output, and exits 2 on a bad flag and 1 when run fails, with
// the program's name before the message.
func Main(name string, run Run) {
	lang := flag.String("lang", "zh-Hans", "language of the output: zh-Hans, zh-Hant or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: -lang %q: %v\n", name, *lang, err)
		os.Exit(2)
	}
	if err := run(os.Stdout, tag); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}
