package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"
	"testing"
)

// Case is one case file. Policy, Input and Want are left raw for the kind's
// runner to decode.
type Case struct {
	File        string          `json:"-"`                      // the file's name without ".json"
	Name        string          `json:"name"`                   // what the case shows; required
	Source      string          `json:"source"`                 // document and article, or publisher and date; required
	Derivation  string          `json:"derivation,omitempty"`   // how the expected figures follow
	Kind        string          `json:"kind"`                   // which runner of Kinds checks it
	KnownDefect string          `json:"known_defect,omitempty"` // what the library gets wrong, if anything
	Policy      json.RawMessage `json:"policy"`                 // the rules, as the kind reads them
	Input       json.RawMessage `json:"input"`                  // the figures the rules apply to
	Want        json.RawMessage `json:"want"`                   // the expected results
}

// Load reads every *.json file at the top of fsys, in name order, except
// those whose name matches one of the skip patterns (path.Match syntax:
// "mutual_*", "*.golden.json"), which belong to other tests. Each file is
// decoded strictly (an unknown key or trailing data fails the test) and must
// have a name and a source. Load fails the test when no case is left.
func Load(t testing.TB, fsys fs.FS, skip ...string) []Case {
	t.Helper()
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []Case
	for _, name := range names {
		if skipped(name, skip) {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		c := Case{File: strings.TrimSuffix(name, ".json")}
		if err := decodeStrict(data, &c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c.Name == "" || c.Source == "" {
			t.Fatalf("%s: a case needs a name and a source", name)
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	return cases
}

// skipped reports whether name matches one of the patterns.
func skipped(name string, patterns []string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, name); ok {
			return true
		}
	}
	return false
}

// decodeStrict decodes one JSON value into v, rejecting unknown keys and
// anything after the value.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the case")
	}
	return nil
}

// Kinds maps each kind of case to its runner, which checks the case and
// records its mismatches in d.
type Kinds map[string]func(t *testing.T, c *Case, d *Diffs)

// Run runs each case as a subtest named for its file: an unknown kind fails
// it, and the runner's mismatches are reported as Diffs.Report does.
func Run(t *testing.T, cases []Case, kinds Kinds) {
	t.Helper()
	for i := range cases {
		c := &cases[i]
		t.Run(c.File, func(t *testing.T) {
			run, ok := kinds[c.Kind]
			if !ok {
				t.Fatalf("unknown kind %q", c.Kind)
			}
			var d Diffs
			run(t, c, &d)
			d.Report(t, c.KnownDefect)
		})
	}
}
