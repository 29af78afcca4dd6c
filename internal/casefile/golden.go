package casefile

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
)

// Golden runs the worked examples held as pairs of files in fsys: every
// file matching pattern (path.Match syntax, e.g. "mutual_*.input.json")
// is one input, and run turns its bytes into a result. The result, as
// indented JSON with a final newline, must equal the file of the same name
// with ".input.json" replaced by ".golden.json". When update is true, write
// first stores the rendering under that name (go test -update). Each input
// is a subtest named for its file; Golden fails the test when no input
// matches.
func Golden(t *testing.T, fsys fs.FS, pattern string, update bool, write func(name string, data []byte) error,
	run func(t *testing.T, input []byte) any) {
	t.Helper()
	inputs, err := fs.Glob(fsys, pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatalf("no inputs match %s", pattern)
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			b, err := fs.ReadFile(fsys, in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(run(t, b), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".input.json") + ".golden.json"
			if update {
				if err := write(golden, got); err != nil {
					t.Fatal(err)
				}
			}
			want, err := fs.ReadFile(fsys, golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(want) != string(got) {
				t.Errorf("%s differs from the result (go test -update rewrites it):\nwant %s\ngot  %s", golden, want, got)
			}
		})
	}
}
