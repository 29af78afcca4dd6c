package assistance

import (
	"encoding/json"
	"errors"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// UnmarshalJSON reads rules strictly: unknown keys, wrong types, bad
// decimals and trailing data are *union.FieldError values naming the JSON
// path (union.DecodeJSON). Keys left out are zero, and Validate (which
// Assess, AssessAll and Review call) refuses rules whose zeros make no
// sense, such as a missing minimum_living or exit.
//
// A policy file may start from a preset and override some fields:
//
//	{"preset": "shanghai2019", "minimum_living": "1420", "aid": {"temporary_cap": "2000"}}
//
// builds Shanghai2019 and then applies the file's keys: an object is merged
// into the preset's (aid keeps its living, study and medical tables), an
// array or a value replaces the preset's. The 低保 is never taken from a
// preset: state minimum_living in the file.
//
// Read a whole file with union.DecodeJSON(data, &rules): json.Unmarshal
// checks a document's syntax before this method runs and returns
// encoding/json's own error for a broken one.
func (r *Rules) UnmarshalJSON(data []byte) error {
	type plain Rules
	var head struct {
		Preset *string `json:"preset"`
	}
	// The preset's name first (no strictness needed: the strict pass follows).
	if err := json.Unmarshal(data, &head); err != nil {
		head.Preset = nil
	}
	base := Rules{}
	if head.Preset != nil {
		p, err := Preset(*head.Preset, decimal.Zero)
		if err != nil {
			return err
		}
		base = p
		union.ClearOverridden(&base, data)
	}
	file := struct {
		Preset *string `json:"preset,omitempty"`
		*plain
	}{plain: (*plain)(&base)}
	if err := union.DecodeJSON(data, &file); err != nil {
		return err
	}
	*r = base
	return nil
}

// UnmarshalJSON reads an applicant strictly: unknown keys, wrong types, bad
// decimals and trailing data are *union.FieldError values naming the JSON
// path, e.g. household.persons[1].medical_self_paid (union.DecodeJSON).
//
// The household's income must be stated, even when it is 0:
// household.income, unless household.income_items gives the income by kind.
// Left out, it is invalid.required: read as zero, a missing income would
// file the household as in hardship. Other keys left out are zero, the
// documented default of every field; for rigid_expenses and hardship_costs
// that is the safe side (nothing is deducted).
func (a *Applicant) UnmarshalJSON(data []byte) error {
	type plain Applicant
	var x plain
	err := union.DecodeJSON(data, &x)
	if top, ok := readKeys(data); ok {
		if hh, ok := readKeys(top["household"]); ok {
			if _, byKind := hh["income_items"]; !byKind {
				err = errors.Join(err, hh.missing("household", "income"))
			}
		}
	}
	if err != nil {
		return err
	}
	*a = Applicant(x)
	return nil
}

// UnmarshalJSON reads a file strictly (union.DecodeJSON): unknown keys and
// malformed months are *union.FieldError values naming the JSON path.
func (f *File) UnmarshalJSON(data []byte) error {
	type plain File
	var x plain
	if err := union.DecodeJSON(data, &x); err != nil {
		return err
	}
	*f = File(x)
	return nil
}

// UnmarshalJSON reads a set of yearly figures strictly (union.DecodeJSON).
func (f *Figures) UnmarshalJSON(data []byte) error {
	type plain Figures
	var x plain
	if err := union.DecodeJSON(data, &x); err != nil {
		return err
	}
	*f = Figures(x)
	return nil
}
