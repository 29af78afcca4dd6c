package democracy

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every policy and input type decodes strictly: unknown keys and bad values
// are FieldErrors with their JSON paths, all of them reported.
func TestStrictDecoding(t *testing.T) {
	for _, tc := range []struct {
		name, doc   string
		into        any
		field, code string
	}{
		{"rules: unknown key", `{"quorum": {"num": 2, "den": 3}, "passs": {}}`, &Rules{}, "passs", "invalid.unknown_field"},
		{"rules: nested unknown key", `{"quorum": {"nume": 2}}`, &Rules{}, "quorum.nume", "invalid.unknown_field"},
		{"rules: bad enum in a list", `{"limits": [{"group": "management"}, {"group": "bosses"}]}`, &Rules{}, "limits[1].group", "invalid.enum"},
		{"rules: wrong type", `{"form": {"congress_from": "hundred"}}`, &Rules{}, "form.congress_from", "invalid.type"},
		{"rules: presidium band key", `{"presidium": {"bands": [{"from": 30, "maximum": 5}]}}`, &Rules{}, "presidium.bands[0].maximum", "invalid.unknown_field"},
		{"election rules: bad margin", `{"min_margin": "five percent"}`, &ElectionRules{}, "min_margin", "invalid.decimal"},
		{"election: rules key", `{"seats": 3, "rules": {"preset": "union_election", "win": {"base": "everyone"}}}`, &Election{}, "rules.win.base", "invalid.enum"},
		{"election: unknown key", `{"seats": 3, "candidate": ["a"]}`, &Election{}, "candidate", "invalid.unknown_field"},
		{"election: unknown preset", `{"rules": {"preset": "beijing"}}`, &Election{}, "rules.preset", "democracy.unknown_preset"},
		{"roster: delegate category", `{"workforce": {"headcount": 10}, "delegates": [{"name": "a"}, {"name": "b", "category": "boss"}]}`, &Roster{}, "delegates[1].category", "invalid.enum"},
		{"roster: workforce key", `{"workforce": {"heads": 10}}`, &Roster{}, "workforce.heads", "invalid.unknown_field"},
		{"ballot: wrong type", `{"approve": "王芳"}`, &Ballot{}, "approve", "invalid.type"},
		{"tally: unknown key", `{"for": 3, "agianst": 1}`, &Tally{}, "agianst", "invalid.unknown_field"},
		{"delegate: gender", `{"name": "a", "gender": "x"}`, &Delegate{}, "gender", "invalid.enum"},
		{"limit: unknown key", `{"group": "women", "share": 1}`, &Limit{}, "share", "invalid.unknown_field"},
		{"threshold: base", `{"num": 1, "den": 2, "base": "some"}`, &Threshold{}, "base", "invalid.enum"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, decode := range []func([]byte, any) error{json.Unmarshal, union.DecodeJSON} {
				err := decode([]byte(tc.doc), tc.into)
				require.Error(t, err)
				requireField(t, err, union.ErrInvalid, tc.field, tc.code)
			}
		})
	}
	// A list of ballots: union.DecodeJSON names the element (encoding/json
	// alone cannot: it gives an element's own error as it is).
	err := union.DecodeJSON([]byte(`[{"approve": ["a"]}, {"aprove": ["b"]}]`), &[]Ballot{})
	requireField(t, err, union.ErrInvalid, "[1].aprove", "invalid.unknown_field")
	// An unknown word in a list of enums is reported at its index.
	for _, decode := range []func([]byte, any) error{json.Unmarshal, union.DecodeJSON} {
		err = decode([]byte(`{"margin_kinds": ["committee", "board"]}`), &ElectionRules{})
		requireField(t, err, union.ErrInvalid, "margin_kinds[1]", "invalid.enum")
		err = decode([]byte(`{"limits": [{"group": "frontline", "also": ["technical", "bosses"]}]}`), &Rules{})
		requireField(t, err, union.ErrInvalid, "limits[0].also[1]", "invalid.enum")
	}
	// A preset with lists decodes with exactly the override's problems.
	err = json.Unmarshal([]byte(`{"preset": "union_election", "win": {"base": "everyone"}}`), &ElectionRules{})
	require.Len(t, union.FieldErrors(err), 1, err.Error())

	// Every problem of a document is reported.
	err = union.DecodeJSON([]byte(`{"quorum": {"nume": 2}, "limits": [{"group": "bosses"}], "extra": 1}`), &Rules{})
	requireField(t, err, union.ErrInvalid, "quorum.nume", "invalid.unknown_field")
	requireField(t, err, union.ErrInvalid, "limits[0].group", "invalid.enum")
	requireField(t, err, union.ErrInvalid, "extra", "invalid.unknown_field")
}

// A policy file names a preset and overrides some fields: objects merge key
// by key, lists and values replace the preset's.
func TestPresetOverride(t *testing.T) {
	var r Rules
	require.NoError(t, json.Unmarshal([]byte(`{"preset": "shanghai2017", "name": "集团",
		"pass": {"strict": true}, "presidium": {"source": "集团实施细则"},
		"limits": [{"group": "women", "bound": "floor", "workforce": true}]}`), &r))
	want := Shanghai2017()
	want.Name = "集团"
	want.Pass.Strict = true
	want.Presidium.Source = "集团实施细则"
	want.Limits = []Limit{{Group: Women, Bound: Floor, Workforce: true}}
	assert.Equal(t, want, r)
	require.NoError(t, r.Validate())

	var er ElectionRules
	require.NoError(t, json.Unmarshal([]byte(`{"preset": "union_election", "margin_kinds": []}`), &er))
	wantE := UnionElection()
	wantE.MarginKinds = []ElectionKind{}
	assert.Equal(t, wantE, er)

	var e Election
	require.NoError(t, json.Unmarshal([]byte(`{"seats": 1, "candidates": ["甲"], "entitled": 30, "issued": 30,
		"kind": "chair", "rules": {"preset": "union_election"}}`), &e))
	assert.Equal(t, UnionElection(), e.Rules)
	assert.Equal(t, Chair, e.Kind)
	require.NoError(t, e.Validate())

	// The preset names a congress rule set for Rules and an election rule set for ElectionRules.
	requireField(t, json.Unmarshal([]byte(`{"preset": "union_election"}`), &r), union.ErrInvalid, "preset", "democracy.unknown_preset")
	requireField(t, json.Unmarshal([]byte(`{"preset": 7}`), &r), union.ErrInvalid, "preset", "invalid.type")
	// A file without a preset is decoded as it is (a caller's own rules).
	var own Rules
	require.NoError(t, json.Unmarshal([]byte(`{"quorum": {"num": 2, "den": 3}}`), &own))
	assert.Equal(t, AtLeast(2, 3), own.Quorum)
	assert.Empty(t, own.Limits)
}

// Presets lists every preset (name, document, months) and each is found by name.
func TestPresetsList(t *testing.T) {
	ps := Presets()
	require.Len(t, ps, len(congressPresets)+len(electionPresets))
	for _, p := range ps {
		assert.NotEmpty(t, p.Document, p.Name)
		assert.NoError(t, p.Effective.Validate(), p.Name)
		r, err := Preset(p.Name)
		if err == nil {
			assert.Equal(t, p.Name, r.Name)
			assert.Equal(t, p.Document, r.Source)
			continue
		}
		er, err := ElectionPreset(p.Name)
		require.NoError(t, err, p.Name)
		assert.Equal(t, p.Name, er.Name)
		assert.Equal(t, p.Document, er.Source)
	}
	_, err := ElectionPreset("x")
	requireField(t, err, union.ErrInvalid, "preset", "democracy.unknown_preset")
	ps[0].Name = "changed"
	assert.Equal(t, "enterprise", Presets()[0].Name)
}

// Every result type round-trips through JSON.
func TestResultsRoundTrip(t *testing.T) {
	for name, call := range entryPoints(t) {
		t.Run(name, func(t *testing.T) {
			v := call()
			b, err := json.Marshal(v)
			require.NoError(t, err)
			back := reflect.New(reflect.TypeOf(v).Elem())
			require.NoError(t, json.Unmarshal(b, back.Interface()))
			again, err := json.Marshal(back.Interface())
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
			if name != "ElectionPresets" { // decimals compare by value, not by representation
				assert.Equal(t, v, back.Interface())
			}
		})
	}
}

// Policies and inputs round-trip too, the presets included.
func TestPoliciesRoundTrip(t *testing.T) {
	for name, p := range presetValues() {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		back := reflect.New(reflect.TypeOf(p))
		require.NoError(t, json.Unmarshal(b, back.Interface()), name)
		again, err := json.Marshal(back.Interface())
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(again), name)
	}
	ro := roster(1200, 400, 85, 10, 30)
	b, err := json.Marshal(ro)
	require.NoError(t, err)
	var back Roster
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, ro, back)
}

// jsonPaths lists the JSON paths of a type's fields, without indices.
func jsonPaths(t reflect.Type, prefix string, out map[string]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t.PkgPath() != reflect.TypeOf(Rules{}).PkgPath() {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		tag := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		p := tag
		if prefix != "" {
			p = prefix + "." + tag
		}
		out[p] = true
		jsonPaths(t.Field(i).Type, p, out)
	}
}

// Every field of a policy or an input has a label in three languages
// ("field.<path>"), for error texts; the generic ones (name, source,
// effective) are the module's.
func TestFieldLabels(t *testing.T) {
	known := map[string]union.Message{}
	for _, m := range union.Messages() {
		known[m.Code] = m
	}
	paths := map[string]bool{}
	for _, v := range []any{Rules{}, ElectionRules{}, Election{}, Roster{}, Ballot{}, Tally{}} {
		jsonPaths(reflect.TypeOf(v), "", paths)
	}
	for _, p := range []string{"present", "requesting", "sizes", "minimum", "method", "ballots",
		"result", "result.tie_seats", "result.unfilled", "tally.for", "tally.against", "tally.abstain", "presidium.non_voting"} {
		paths[p] = true
	}
	var missing []string
	for p := range paths {
		switch p {
		case "name", "source", "effective", "kind", "members":
			continue // generic, or used by other packages for something else
		}
		m, ok := known["field."+p]
		if !ok || m.Hans == "" || m.Hant == "" || m.En == "" {
			missing = append(missing, p)
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing)
}
