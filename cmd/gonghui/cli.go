package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// Exit statuses of the command.
const (
	exitOK      = 0 // every record good
	exitRecords = 1 // some records (or the input) failed; the output is complete
	exitUsage   = 2 // a usage or policy error
)

// maxInput bounds an input read whole (JSON, and CSV for funds), in bytes;
// dues CSV streams and has no bound.
const maxInput = 1 << 30

// usage is the command's help.
const usage = `gonghui — the rules of Chinese trade unions for systems in any language

usage:
  gonghui dues      [flags] [FILE]   member dues of a payroll (CSV or JSON)
  gonghui funds     [flags] [FILE]   union funds and late fees of employers (CSV or JSON)
  gonghui allocate  [flags] [AMOUNT | FILE]
  gonghui uppercase [AMOUNT... | FILE]
  gonghui assist | review | plan | check | decide | count | rank | award [flags] [FILE]
  gonghui consult | proposals | mutual | home [flags] [FILE]
  gonghui presets                    every preset: kind, name, document, effective months
  gonghui serve     [-addr 127.0.0.1:8080] [-max-body BYTES]

flags (where they apply):
  -policy NAME        a preset (see gonghui presets)
  -policy-file F      a policy in JSON, or {"preset": NAME, ...fields to override}
  -month YYYY-MM      the month whose rule applies (and the month assessed, for funds)
  -lang TAG           zh-Hans (default), zh-Hant or en
  -compact            dues: the compact JSON form (reasons written once)
  -format json|csv    dues, funds: the output form
  -sector S           dues: the sector of members whose record names none
  -encoding E         dues, funds: the encoding of CSV input: utf-8 (default), gbk or gb18030
  -minimum-living X   assist, review: the local 低保 per person per month
  -plan NAME          award: the award plan preset

exit status: 0 every record good; 1 some records failed (output complete); 2 usage or policy error.
`

// run is the command: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	name, rest := args[0], args[1:]
	switch name {
	case "serve":
		return runServe(ctx, rest, stderr, getenv)
	case "presets":
		return writeResult(stdout, stderr, allPresets(), 0, language.SimplifiedChinese)
	case "dues":
		return runDuesCommand(rest, stdin, stdout, stderr)
	}
	e, ok := findEntry(name)
	if !ok {
		fmt.Fprintf(stderr, "gonghui: unknown subcommand %q\n\n%s", name, usage)
		return exitUsage
	}
	return runEntryCommand(e, rest, stdin, stdout, stderr)
}

// commonFlags are the flags every subcommand shares.
type commonFlags struct {
	policy, policyFile, month, lang, format, sector, minimumLiving, plan, encoding string
	compact                                                                        bool
}

func newFlagSet(name string, stderr io.Writer, f *commonFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("gonghui "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.policy, "policy", "", "preset `name` (see gonghui presets)")
	fs.StringVar(&f.policyFile, "policy-file", "", "policy `file` in JSON")
	fs.StringVar(&f.month, "month", "", "month `YYYY-MM` whose rule applies")
	fs.StringVar(&f.lang, "lang", "zh-Hans", "language of texts: zh-Hans, zh-Hant or en")
	fs.StringVar(&f.format, "format", "json", "output: json or csv (dues, funds)")
	fs.BoolVar(&f.compact, "compact", false, "dues: compact JSON, reasons written once")
	fs.StringVar(&f.sector, "sector", "", "dues: sector of members whose record names none")
	fs.StringVar(&f.minimumLiving, "minimum-living", "", "assist, review: local 低保 per person per month")
	fs.StringVar(&f.plan, "plan", "", "award: award plan preset")
	if name == "dues" || name == "funds" {
		fs.StringVar(&f.encoding, "encoding", "utf-8", "encoding of CSV input: utf-8, gbk or gb18030")
	}
	return fs
}

// callFromFlags builds the parts of a call the flags give.
func callFromFlags(f *commonFlags) (*call, error) {
	c := &call{plan: f.plan, minimumLiving: f.minimumLiving, sector: f.sector, encHint: "-encoding gbk"}
	if f.encoding != "" {
		enc, ok := parseEncoding(f.encoding)
		if !ok {
			return nil, fmt.Errorf("-encoding %q: use %s", f.encoding, encodingNames)
		}
		c.enc = enc
	}
	tag, err := language.Parse(f.lang)
	if err != nil {
		return nil, fmt.Errorf("-lang %q: not a language tag", f.lang)
	}
	c.tag = union.MatchLanguage(tag)
	switch {
	case f.compact:
		c.format = formatCompact
	case f.format == "csv":
		c.format = formatCSV
	case f.format == "json":
	default:
		return nil, fmt.Errorf("-format %q: use json or csv", f.format)
	}
	if f.policy != "" && f.policyFile != "" {
		return nil, errors.New("-policy and -policy-file: give one")
	}
	c.spec.name = f.policy
	if f.policyFile != "" {
		b, err := readLimited(f.policyFile, nil)
		if err != nil {
			return nil, fmt.Errorf("-policy-file: %v", err)
		}
		c.spec.doc = b
	}
	if f.month != "" {
		p, err := union.ParsePeriod(f.month)
		if err != nil {
			return nil, fmt.Errorf("-month %q: use YYYY-MM", f.month)
		}
		c.spec.month = p
	}
	return c, nil
}

// readLimited reads a file ("-" or "" with stdin: standard input) whole,
// up to maxInput bytes.
func readLimited(path string, stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if path == "" || path == "-" {
		if stdin == nil {
			return nil, errors.New("no input")
		}
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, errors.New(strings.TrimPrefix(err.Error(), "open "))
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("input over %d bytes", maxInput)
	}
	return b, nil
}

// runEntryCommand runs one of the entries on a file or standard input.
func runEntryCommand(e entry, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f commonFlags
	fs := newFlagSet(e.name, stderr, &f)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	c, err := callFromFlags(&f)
	if err != nil {
		fmt.Fprintf(stderr, "gonghui %s: %v\n", e.name, err)
		return exitUsage
	}
	rest := fs.Args()
	switch {
	case e.name == "uppercase" && len(rest) > 0 && !isFile(rest[0]):
		return uppercaseArgs(rest, stdout, stderr, c.tag)
	case e.name == "allocate" && len(rest) == 1 && !isFile(rest[0]):
		b, _ := json.Marshal(map[string]string{"total": rest[0]})
		c.body = b
	case len(rest) > 1:
		fmt.Fprintf(stderr, "gonghui %s: one input file at most\n", e.name)
		return exitUsage
	default:
		path := ""
		if len(rest) == 1 {
			path = rest[0]
		}
		b, err := readLimited(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "gonghui %s: %v\n", e.name, err)
			return exitUsage
		}
		c.body = b
		c.csv = isCSV(path, b)
		if c.enc != encUTF8 && !c.csv {
			fmt.Fprintf(stderr, "gonghui %s: -encoding %s: for CSV input only; JSON is always UTF-8\n", e.name, f.encoding)
			return exitUsage
		}
	}
	res, failed, err := e.run(c)
	if err != nil {
		return writeError(stdout, stderr, e.name, err, c.tag)
	}
	if e.name == "funds" && c.format == formatCSV {
		if _, err := stdout.Write(fundsSheet(res.(fundsResult), c)); err != nil {
			return exitRecords
		}
		if failed > 0 {
			return exitRecords
		}
		return exitOK
	}
	return writeResult(stdout, stderr, res, failed, c.tag)
}

// isFile reports whether path names an existing file.
func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// isCSV tells CSV input from JSON: by the file's extension, else by the
// first byte that is not a space.
func isCSV(path string, b []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return true
	case ".json":
		return false
	}
	t := bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	return len(t) > 0 && t[0] != '[' && t[0] != '{'
}

// uppercaseArgs writes each amount given on the command line in capitals,
// one a line.
func uppercaseArgs(args []string, stdout, stderr io.Writer, tag language.Tag) int {
	code := exitOK
	for i, a := range args {
		d, err := parseDecimalArg(a)
		if err == nil {
			var s string
			s, err = union.Uppercase(d)
			if err == nil {
				fmt.Fprintln(stdout, s)
				continue
			}
		}
		fmt.Fprintf(stderr, "gonghui uppercase: %s\n", union.ErrorText(union.Prefix(union.Indexed("amounts", i), err), tag))
		code = exitRecords
	}
	return code
}

// writeResult writes a result as JSON with the texts in tag, and returns
// the exit status for failed records.
func writeResult(stdout, stderr io.Writer, res any, failed int, tag language.Tag) int {
	b, err := json.Marshal(res)
	if err != nil {
		fmt.Fprintf(stderr, "gonghui: cannot write the result: %v\n", err)
		return exitRecords
	}
	b = append(localize(b, tag), '\n')
	if _, err := stdout.Write(b); err != nil {
		return exitRecords
	}
	if failed > 0 {
		return exitRecords
	}
	return exitOK
}

// writeError writes {"errors": [...]} to stdout and the texts to stderr:
// exit 2 for a policy error, 1 for bad input.
func writeError(stdout, stderr io.Writer, name string, err error, tag language.Tag) int {
	body := errorsBody{Errors: errorsJSON(err, tag)}
	b, _ := json.Marshal(body)
	stdout.Write(append(b, '\n'))
	for _, e := range body.Errors {
		fmt.Fprintf(stderr, "gonghui %s: %s\n", name, e.Message)
	}
	if isPolicyError(err) {
		return exitUsage
	}
	return exitRecords
}

// runDuesCommand is `gonghui dues`: the payroll streams from the file or
// standard input through the workers to standard output.
func runDuesCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f commonFlags
	fs := newFlagSet("dues", stderr, &f)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	c, err := callFromFlags(&f)
	if err != nil {
		fmt.Fprintf(stderr, "gonghui dues: %v\n", err)
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "gonghui dues: one input file at most")
		return exitUsage
	}
	var in io.Reader = stdin
	path := fs.Arg(0)
	if path != "" && path != "-" {
		file, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "gonghui dues: %s\n", strings.TrimPrefix(err.Error(), "open "))
			return exitUsage
		}
		defer file.Close()
		in = file
	}
	// The pipeline holds a few chunks at a time (about 10 MB live): let the
	// heap grow before collecting, within a bound (unless GOGC or
	// GOMEMLIMIT says otherwise). Not much more: every page of a larger
	// heap costs a page fault when first touched, which on this kind of
	// virtual machine outweighs the collections saved (150 measured best
	// on a 1,000,000-row payroll, against 100, 200 and 400).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(150)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(192 << 20)
	}
	br := bufio.NewReaderSize(in, 1<<16)
	head, _ := br.Peek(512)
	c.csv = isCSV(path, head)
	if c.enc != encUTF8 && !c.csv {
		fmt.Fprintf(stderr, "gonghui dues: -encoding %s: for CSV input only; JSON is always UTF-8\n", f.encoding)
		return exitUsage
	}
	var rows atomic.Int64
	stop := startProgress(stderr, &rows)
	out := bufio.NewWriterSize(stdout, 1<<20)
	failed, err := duesRun(c, br, out, &rows)
	stop()
	if err != nil {
		out.Flush()
		return writeError(stdout, stderr, "dues", err, c.tag)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "gonghui dues: %v\n", err)
		return exitRecords
	}
	if failed > 0 {
		return exitRecords
	}
	return exitOK
}

// startProgress prints rows and rows per second to stderr twice a second
// while it is a terminal; the returned function stops it.
func startProgress(stderr io.Writer, rows *atomic.Int64) func() {
	f, ok := stderr.(*os.File)
	if !ok {
		return func() {}
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(finished)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				n := rows.Load()
				fmt.Fprintf(f, "\r%d rows, %.0f rows/s\n", n, float64(n)/time.Since(start).Seconds())
				return
			case <-t.C:
				n := rows.Load()
				fmt.Fprintf(f, "\r%d rows, %.0f rows/s", n, float64(n)/time.Since(start).Seconds())
			}
		}
	}()
	return func() { close(done); <-finished }
}
