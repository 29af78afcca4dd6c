package main

import (
	"bytes"
	"encoding/json"
	"sync"

	"github.com/gonghui/gonghui/union"
)

// policySpec is how a caller names the rules: a preset name, or a policy
// document (a whole policy, or {"preset": NAME, ...fields to override}),
// and the month whose rule applies.
type policySpec struct {
	name string
	doc  []byte
	// month picks the rule in force (a preset's timeline); zero: the
	// preset as it stands today.
	month union.Period
}

// withBody completes the spec with what a request body says: its "policy"
// (a preset name as a JSON string, or a policy object) and its "month",
// where the command line said nothing.
func (s policySpec) withBody(policy json.RawMessage, month union.Period) (policySpec, error) {
	if s.month.IsZero() {
		s.month = month
	}
	if s.name != "" || s.doc != nil || len(bytes.TrimSpace(policy)) == 0 || bytes.Equal(bytes.TrimSpace(policy), []byte("null")) {
		return s, nil
	}
	trimmed := bytes.TrimSpace(policy)
	if trimmed[0] == '"' {
		if err := json.Unmarshal(trimmed, &s.name); err != nil {
			return s, asPolicyError(union.Inconsistent("policy", "invalid.type", "", "string or object"))
		}
		return s, nil
	}
	s.doc = trimmed
	return s, nil
}

// resolve returns the policy the spec names from set, validated. Every
// failure is a policy error (exit status 2), its fields under "policy".
func resolve[P policy](set presetSet[P], s policySpec) (P, error) {
	var zero P
	key := ""
	if s.doc == nil && set.kind != "assist" {
		name := s.name
		if name == "" {
			name = set.def
		}
		key = set.kind + "\x00" + name + "\x00" + s.month.String()
		if v, ok := resolved.Load(key); ok {
			return v.(P), nil
		}
	}
	p, err := load(set, s)
	if err != nil {
		return zero, asPolicyError(asPolicy(union.Prefix("policy", err)))
	}
	if err := p.Validate(); err != nil {
		return zero, asPolicyError(union.Prefix("policy", err))
	}
	if !s.month.IsZero() {
		if eff := headOf(p).Effective; !eff.Contains(s.month) {
			return zero, asPolicyError(union.Inconsistent("month", "policy.uncovered", s.month.String()))
		}
	}
	if key != "" {
		resolved.Store(key, p)
	}
	return p, nil
}

// resolved caches the presets resolved and validated, by kind, name and
// month: a preset is built and validated once per process, not per request.
// Policies are values that the packages never change, so sharing one
// between calls is safe.
var resolved sync.Map

// warmPresets resolves every preset once (the service does it at start), so
// that a preset that does not validate is found before the first request.
func warmPresets() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	for _, p := range duesPresets.presets {
		_, err := resolve(duesPresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range fundsPresets.presets {
		_, err := resolve(fundsPresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range schemePresets.presets {
		_, err := resolve(schemePresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range congressPresets.presets {
		_, err := resolve(congressPresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range electionPresets.presets {
		_, err := resolve(electionPresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range rankPresets.presets {
		_, err := resolve(rankPresets, policySpec{name: p.name})
		add(err)
	}
	for _, p := range awardPresets.presets {
		_, err := resolve(awardPresets, policySpec{name: p.name})
		add(err)
	}
	warm(consultPresets, add)
	warm(proposalPresets, add)
	warm(mutualPresets, add)
	warm(homePresets, add)
	warm(homeTitlePresets, add)
	return joinErrors(errs)
}

// load builds the policy the spec names, without validating it.
func load[P policy](set presetSet[P], s policySpec) (P, error) {
	var zero P
	if s.doc == nil {
		name := s.name
		if name == "" {
			name = set.def
		}
		if name == "" {
			return zero, union.Invalid("", "invalid.required", "", set.names())
		}
		return lookup(set, name, s.month)
	}
	if err := decodeStrict(s.doc, new(map[string]json.RawMessage)); err != nil {
		return zero, err
	}
	var head map[string]json.RawMessage
	_ = json.Unmarshal(s.doc, &head)
	raw, ok := head["preset"]
	if !ok {
		var p P
		if err := decodeStrict(s.doc, &p); err != nil {
			return zero, err
		}
		return p, nil
	}
	var name string
	if err := json.Unmarshal(raw, &name); err != nil {
		return zero, union.Invalid("preset", "invalid.type", "", "string")
	}
	base, err := lookup(set, name, s.month)
	if err != nil {
		return zero, union.Prefix("preset", err)
	}
	// Override the preset's fields with the document's, key by key, then
	// decode the result as strictly as a whole policy.
	b, err := json.Marshal(base)
	if err != nil {
		return zero, union.Invalid("preset", "invalid.format", name)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return zero, union.Invalid("preset", "invalid.format", name)
	}
	delete(head, "preset")
	for k, v := range head {
		fields[k] = v
	}
	merged, err := json.Marshal(fields)
	if err != nil {
		return zero, union.Invalid("", "invalid.format", "")
	}
	var p P
	if err := decodeStrict(merged, &p); err != nil {
		return zero, err
	}
	return p, nil
}

// lookup returns the preset called name, in force in month when month is
// set and the preset has a timeline.
func lookup[P policy](set presetSet[P], name string, month union.Period) (P, error) {
	var zero P
	pr, ok := set.find(name)
	if !ok {
		return zero, union.Invalid("", "policy.unknown_preset", name, set.names())
	}
	if pr.timeline != nil && !month.IsZero() {
		if !month.Valid() {
			return zero, union.Invalid("month", "invalid.format", month.String(), "YYYY-MM")
		}
		p, err := pr.timeline().At(month)
		if err != nil {
			return zero, err
		}
		return p, nil
	}
	return pr.build(), nil
}

// asPolicy re-kinds the field errors of a policy document as policy
// errors (union.ErrPolicy): the rules, not the records, are wrong.
func asPolicy(err error) error {
	fes := union.FieldErrors(err)
	if len(fes) == 0 {
		return err
	}
	errs := make([]error, len(fes))
	for i, fe := range fes {
		c := *fe
		c.Kind = union.ErrPolicy
		errs[i] = &c
	}
	return joinErrors(errs)
}

// joinErrors returns nil, the one error, or errors.Join of them.
func joinErrors(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return joinAll(errs)
}

// warm resolves every preset of set once, adding each failure.
func warm[P policy](set presetSet[P], add func(error)) {
	for _, p := range set.presets {
		_, err := resolve(set, policySpec{name: p.name})
		add(err)
	}
}
