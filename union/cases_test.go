package union_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file that belongs to
// no other test is one case in the format of package casefile (which also
// handles known_defect). Options are decoded
// strictly from JSON, so each case also crosses the JSON boundary.
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
	casefile.Run(t, casefile.Load(t, os.DirFS(filepath.Join("testdata", "cases")),
		"mutual_*", "home_*", "consultation_*", "proposal_*"), caseKinds)
}

// caseKinds maps each kind to its runner.
var caseKinds = casefile.Kinds{
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

func runUppercase(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.Eq(at, &want.Texts[i], got)
		back, err := union.ParseUppercase(got)
		if err != nil || !back.Equal(a) {
			*d = append(*d, fmt.Sprintf("%s: %s reads back as %s (%v)", at, got, back, err))
		}
	}
}

func runParseUppercase(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.Eq(at, &want.Amounts[i], got.StringFixed(2))
	}
}

func runResidentID(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.EqBool(at+".valid", w.Valid, err == nil)
		if err != nil {
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe), at)
			d.Eq(at+".code", w.Code, fe.Code)
			continue
		}
		d.Eq(at+".birth", w.Birth, id.Birth().Format("2006-01-02"))
		d.Eq(at+".gender", w.Gender, id.Gender().String())
	}
}
