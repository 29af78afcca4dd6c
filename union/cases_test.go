package union_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file (except those of
// other tests: names starting with mutual_, home_, consultation_ or
// proposal_) is one case,
//
//	{"name": …, "source": document and article, or publisher and date,
//	 "derivation": how the expected figures follow (optional),
//	 "kind": …, "policy": …, "input": …, "want": …,
//	 "known_defect": what the library gets wrong (optional)}
//
// read strictly (an unknown key fails the file); options are decoded
// strictly from JSON, so each case also crosses the JSON boundary.
//
// A case with known_defect logs its mismatches instead of failing, and
// fails once the library gets it right (remove the field then).
//
// The kinds (an unknown kind fails the file):
//
//   - "uppercase": policy UppercaseOptions (optional); input {"amounts":
//     [...]}; want {"texts": [...]} — UppercaseWith of each amount; each
//     text must also read back to its amount (ParseUppercase).
//   - "parse_uppercase": input {"texts": [...]}; want {"amounts": [...]}
//     (fixed, two decimals) — ParseUppercase of each text.
//   - "resident_id": policy ResidentIDOptions (optional); input {"ids":
//     [...]}; want {"ids": [{"valid", "code", "birth", "gender"}]} —
//     ParseResidentIDWith of each number; "code" is the error's code when
//     not valid, "birth" the birth date (YYYY-MM-DD).
func TestAllCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if otherCases(filepath.Base(f)) {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			var c workedCase
			require.NoError(t, union.DecodeJSON(data, &c))
			require.NotEmpty(t, c.Name, "name")
			require.NotEmpty(t, c.Source, "source")
			run, ok := caseKinds[c.Kind]
			require.True(t, ok, "unknown kind %q", c.Kind)
			var d diffs
			run(t, &c, &d)
			d.report(t, c.KnownDefect)
		})
	}
	require.NotZero(t, n, "no cases")
}

// otherCases reports the files of other tests in the same folder.
func otherCases(name string) bool {
	for _, p := range []string{"mutual_", "home_", "consultation_", "proposal_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// workedCase is one case file; Policy, Input and Want are read by the kind.
type workedCase struct {
	Name        string          `json:"name"`
	Source      string          `json:"source"`
	Derivation  string          `json:"derivation,omitempty"`
	Kind        string          `json:"kind"`
	KnownDefect string          `json:"known_defect,omitempty"`
	Policy      json.RawMessage `json:"policy"`
	Input       json.RawMessage `json:"input"`
	Want        json.RawMessage `json:"want"`
}

// diffs collects the mismatches of one case.
type diffs []string

// eq records a mismatch when got differs from a wanted value; a nil want is
// not checked.
func (d *diffs) eq(what string, want *string, got string) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %s, got %s", what, *want, got))
	}
}

// eqBool is eq for flags.
func (d *diffs) eqBool(what string, want *bool, got bool) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %v, got %v", what, *want, got))
	}
}

// report fails on the mismatches, or logs them for a known defect (and
// fails when a known defect is gone).
func (d diffs) report(t *testing.T, defect string) {
	t.Helper()
	if defect == "" {
		for _, m := range d {
			t.Error(m)
		}
		return
	}
	if len(d) == 0 {
		t.Errorf("known defect no longer shows (%s): remove known_defect", defect)
		return
	}
	t.Logf("known defect: %s", defect)
	for _, m := range d {
		t.Logf("  %s", m)
	}
}

// caseKinds maps each kind to its runner.
var caseKinds = map[string]func(*testing.T, *workedCase, *diffs){
	"uppercase":       runUppercase,
	"parse_uppercase": runParseUppercase,
	"resident_id":     runResidentID,
}

// decodeInto reads part of a case strictly; an absent part is left as it is.
func decodeInto(t *testing.T, what string, raw json.RawMessage, v any) {
	t.Helper()
	if len(raw) == 0 {
		return
	}
	require.NoError(t, union.DecodeJSON(raw, v), what)
}

func runUppercase(t *testing.T, c *workedCase, d *diffs) {
	var o union.UppercaseOptions
	decodeInto(t, "policy", c.Policy, &o)
	var in struct {
		Amounts []decimal.Decimal `json:"amounts"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Texts []string `json:"texts"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Texts, len(in.Amounts))
	for i, a := range in.Amounts {
		at := fmt.Sprintf("texts[%d] (%s)", i, a)
		got, err := union.UppercaseWith(a, o)
		require.NoError(t, err, at)
		d.eq(at, &want.Texts[i], got)
		back, err := union.ParseUppercase(got)
		if err != nil || !back.Equal(a) {
			*d = append(*d, fmt.Sprintf("%s: %s reads back as %s (%v)", at, got, back, err))
		}
	}
}

func runParseUppercase(t *testing.T, c *workedCase, d *diffs) {
	var in struct {
		Texts []string `json:"texts"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Amounts []string `json:"amounts"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Amounts, len(in.Texts))
	for i, s := range in.Texts {
		at := fmt.Sprintf("amounts[%d] (%s)", i, s)
		got, err := union.ParseUppercase(s)
		require.NoError(t, err, at)
		d.eq(at, &want.Amounts[i], got.StringFixed(2))
	}
}

func runResidentID(t *testing.T, c *workedCase, d *diffs) {
	var o union.ResidentIDOptions
	decodeInto(t, "policy", c.Policy, &o)
	var in struct {
		IDs []string `json:"ids"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		IDs []struct {
			Valid  *bool   `json:"valid"`
			Code   *string `json:"code"`
			Birth  *string `json:"birth"`
			Gender *string `json:"gender"`
		} `json:"ids"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.IDs, len(in.IDs))
	for i, s := range in.IDs {
		w, at := want.IDs[i], fmt.Sprintf("ids[%d]", i)
		id, err := union.ParseResidentIDWith(s, o)
		d.eqBool(at+".valid", w.Valid, err == nil)
		if err != nil {
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe), at)
			d.eq(at+".code", w.Code, fe.Code)
			continue
		}
		d.eq(at+".birth", w.Birth, id.Birth().Format("2006-01-02"))
		d.eq(at+".gender", w.Gender, id.Gender().String())
	}
}
