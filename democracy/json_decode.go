package democracy

import (
	"bytes"
	"encoding/json"

	"github.com/gonghui/gonghui/union"
)

// Every policy and input type of the package decodes strictly, through
// json.Unmarshal as through union.DecodeJSON: a key the type has no field
// for, a value of the wrong type or an unknown enum word is a
// *union.FieldError (ErrInvalid) with the JSON path, e.g.
// "limits[2].group" or "delegates[17].category"; every problem is
// reported, not only the first.
//
// A policy (Rules, ElectionRules) may name a preset and override some of
// its fields: {"preset": "shanghai2017", "pass": {"num": 1, "den": 2,
// "strict": true}} is Shanghai2017 with a 过半数 pass rule. Objects are
// merged key by key, to any depth; a list or a value replaces the preset's
// whole (overriding "limits" replaces every limit). The result is
// validated by every entry point like any other policy.

// The wire types carry the fields without the methods, so that decoding
// them does not recurse into UnmarshalJSON.
type (
	rulesWire          Rules
	electionRulesWire  ElectionRules
	electionWire       Election
	rosterWire         Roster
	delegateWire       Delegate
	workforceWire      Workforce
	ballotWire         Ballot
	tallyWire          Tally
	limitWire          Limit
	thresholdWire      Threshold
	bandWire           Band
	presidiumBandWire  PresidiumBand
	formRuleWire       FormRule
	delegateRuleWire   DelegateRule
	presidiumRuleWire  PresidiumRule
	termRuleWire       TermRule
	matterRuleWire     MatterRule
	dispatchedRuleWire DispatchedRule
)

// UnmarshalJSON decodes the rules strictly, from a preset when the object
// names one ("preset") with the other keys overriding its fields.
func (r *Rules) UnmarshalJSON(b []byte) error {
	data, err := presetBase(b, func(name string) (any, error) { return Preset(name) })
	if err != nil {
		return err
	}
	var v Rules // data is the whole policy, the preset's fields included
	if err := union.DecodeJSON(data, (*rulesWire)(&v)); err != nil {
		return err
	}
	*r = v
	return nil
}

// UnmarshalJSON decodes the election rules strictly, from a preset when the
// object names one ("preset") with the other keys overriding its fields.
func (er *ElectionRules) UnmarshalJSON(b []byte) error {
	data, err := presetBase(b, func(name string) (any, error) { return ElectionPreset(name) })
	if err != nil {
		return err
	}
	var v ElectionRules // data is the whole policy, the preset's fields included
	if err := union.DecodeJSON(data, (*electionRulesWire)(&v)); err != nil {
		return err
	}
	*er = v
	return nil
}

// presetBase reads the "preset" key of a policy object. Without one it
// returns b as it is. With one it returns the preset's JSON with the
// object's other keys merged into it (objects key by key, anything else
// replacing); an unknown name is the lookup's error. Input that is not an
// object is returned as it is, for DecodeJSON to report.
func presetBase(b []byte, lookup func(string) (any, error)) ([]byte, error) {
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 || trimmed[0] != '{' || !bytes.Contains(trimmed, []byte(`"preset"`)) {
		return b, nil
	}
	var over map[string]json.RawMessage
	if err := json.Unmarshal(trimmed, &over); err != nil {
		return b, nil // DecodeJSON names the problem
	}
	raw, ok := over["preset"]
	if !ok {
		return b, nil
	}
	var name string
	if err := json.Unmarshal(raw, &name); err != nil {
		v := string(raw)
		if len(v) > 40 {
			v = v[:40] + "…" // the value, not the document
		}
		return nil, union.Invalid("preset", "invalid.type", v, "string")
	}
	base, err := lookup(name)
	if err != nil {
		return nil, err
	}
	delete(over, "preset")
	baseJSON, err := json.Marshal(base)
	if err != nil {
		return nil, union.Invalid("preset", "invalid.json", name)
	}
	return mergeJSON(baseJSON, over)
}

// mergeJSON merges the keys of over into the JSON object base: where both
// hold an object the two are merged the same way, otherwise over's value
// replaces base's.
func mergeJSON(base []byte, over map[string]json.RawMessage) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(base, &m); err != nil {
		return nil, union.Invalid("preset", "invalid.json", "")
	}
	for k, v := range over {
		old, ok := m[k]
		if ok && isObject(old) && isObject(v) {
			var sub map[string]json.RawMessage
			if err := json.Unmarshal(v, &sub); err == nil {
				merged, err := mergeJSON(old, sub)
				if err != nil {
					return nil, err
				}
				m[k] = merged
				continue
			}
		}
		m[k] = v
	}
	return json.Marshal(m)
}

// isObject reports whether a JSON value is an object.
func isObject(v json.RawMessage) bool {
	v = bytes.TrimSpace(v)
	return len(v) > 0 && v[0] == '{'
}

// UnmarshalJSON decodes the election strictly; its rules may name a preset.
func (e *Election) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*electionWire)(e)) }

// UnmarshalJSON decodes the roster strictly.
func (ro *Roster) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*rosterWire)(ro)) }

// UnmarshalJSON decodes the delegate strictly.
func (d *Delegate) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*delegateWire)(d)) }

// UnmarshalJSON decodes the workforce strictly.
func (w *Workforce) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*workforceWire)(w)) }

// UnmarshalJSON decodes the ballot strictly.
func (bl *Ballot) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*ballotWire)(bl)) }

// UnmarshalJSON decodes the tally strictly.
func (t *Tally) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*tallyWire)(t)) }

// UnmarshalJSON decodes the limit strictly.
func (l *Limit) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*limitWire)(l)) }

// UnmarshalJSON decodes the threshold strictly.
func (t *Threshold) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*thresholdWire)(t)) }

// UnmarshalJSON decodes the band strictly.
func (bd *Band) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*bandWire)(bd)) }

// UnmarshalJSON decodes the presidium band strictly.
func (p *PresidiumBand) UnmarshalJSON(b []byte) error {
	return union.DecodeJSON(b, (*presidiumBandWire)(p))
}

// UnmarshalJSON decodes the form rule strictly.
func (f *FormRule) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*formRuleWire)(f)) }

// UnmarshalJSON decodes the delegate rule strictly.
func (d *DelegateRule) UnmarshalJSON(b []byte) error {
	return union.DecodeJSON(b, (*delegateRuleWire)(d))
}

// UnmarshalJSON decodes the presidium rule strictly.
func (p *PresidiumRule) UnmarshalJSON(b []byte) error {
	return union.DecodeJSON(b, (*presidiumRuleWire)(p))
}

// UnmarshalJSON decodes the term rule strictly.
func (t *TermRule) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*termRuleWire)(t)) }

// UnmarshalJSON decodes the matter rule strictly.
func (m *MatterRule) UnmarshalJSON(b []byte) error { return union.DecodeJSON(b, (*matterRuleWire)(m)) }

// UnmarshalJSON decodes the dispatched-worker rule strictly.
func (d *DispatchedRule) UnmarshalJSON(b []byte) error {
	return union.DecodeJSON(b, (*dispatchedRuleWire)(d))
}

// ElectionKinds is a list of election kinds (ElectionRules.MarginKinds).
// It decodes a JSON array of words strictly, an unknown word being a
// *union.FieldError at its index.
type ElectionKinds []ElectionKind

// UnmarshalJSON decodes the list, every bad word reported at its index.
func (ks *ElectionKinds) UnmarshalJSON(b []byte) error {
	out, err := decodeWords(b, func(w []byte) (ElectionKind, error) {
		var k ElectionKind
		return k, k.UnmarshalText(w)
	})
	if err == nil {
		*ks = out
	}
	return err
}

// Groups is a list of composition groups (Limit.Also). It decodes a JSON
// array of words strictly, an unknown word being a *union.FieldError at its
// index.
type Groups []Group

// UnmarshalJSON decodes the list, every bad word reported at its index.
func (gs *Groups) UnmarshalJSON(b []byte) error {
	out, err := decodeWords(b, func(w []byte) (Group, error) {
		var g Group
		return g, g.UnmarshalText(w)
	})
	if err == nil {
		*gs = out
	}
	return err
}

// decodeWords decodes a JSON array of enum words (null is an empty list),
// every bad word reported at its index ("[2]").
func decodeWords[E any](b []byte, parse func([]byte) (E, error)) ([]E, error) {
	var words []string
	if err := union.DecodeJSON(b, &words); err != nil {
		return nil, err
	}
	if words == nil {
		return nil, nil
	}
	out := make([]E, len(words))
	var errs []error
	for i, w := range words {
		v, err := parse([]byte(w))
		if err != nil {
			errs = append(errs, union.AtField(union.Indexed("", i), err)) // the word's place, not the enum's own name
			continue
		}
		out[i] = v
	}
	if len(errs) > 0 {
		return nil, joinOrNil(errs)
	}
	return out, nil
}
