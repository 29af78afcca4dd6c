package competition

import (
	"encoding/json"
	"errors"

	"github.com/gonghui/gonghui/union"
)

// Strict decoding of every policy and input type: unknown keys, values of the
// wrong type, bad decimals and trailing data are *union.FieldError values
// naming the JSON path (union.DecodeJSON), every problem at once. Keys left
// out are zero, and the entry points' validation refuses the zeros that make
// no sense. A policy (Scheme, AwardPlan, TeamRules, NominationRules,
// ProposalTable, HonourRules) may name a preset and override fields:
//
//	{"preset": "national_skills", "places": 1}
//
// builds NationalSkills() and applies the file's keys: an object is merged
// into the preset's, an array or a value replaces the preset's.

// presetFile is the key a policy file names its preset with.
type presetFile struct {
	Preset *string `json:"preset,omitempty"`
}

// presetBase returns the preset a policy file names (zero when it names
// none), with every field the file sets cleared so that decoding replaces it.
func presetBase[T any](data []byte) (T, error) {
	var zero T
	var head presetFile
	if err := json.Unmarshal(data, &head); err != nil || head.Preset == nil {
		return zero, nil // the strict pass reports whatever is wrong
	}
	v, err := Preset(*head.Preset)
	if err != nil {
		return zero, err
	}
	base, ok := v.(T)
	if !ok {
		return zero, union.Invalid("preset", "competition.unknown_preset", *head.Preset, presetNames[T]())
	}
	union.ClearOverridden(&base, data)
	return base, nil
}

// decodePolicy decodes a policy file into *dst strictly: the preset it names
// (presetBase), then the file's keys over it. file wraps a value as the
// file's wire form: the preset key beside the policy's own fields, which it
// reads through a type without the policy's UnmarshalJSON.
func decodePolicy[T any](data []byte, dst *T, file func(*T) any) error {
	base, err := presetBase[T](data)
	if err != nil {
		return err
	}
	if err := union.DecodeJSON(data, file(&base)); err != nil {
		return err
	}
	*dst = base
	return nil
}

// UnmarshalJSON reads a scheme strictly, optionally from a preset.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	type plain Scheme
	return decodePolicy(data, s, func(v *Scheme) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads an award plan strictly, optionally from a preset.
func (a *AwardPlan) UnmarshalJSON(data []byte) error {
	type plain AwardPlan
	return decodePolicy(data, a, func(v *AwardPlan) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads team rules strictly, optionally from a preset.
func (t *TeamRules) UnmarshalJSON(data []byte) error {
	type plain TeamRules
	return decodePolicy(data, t, func(v *TeamRules) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads nomination rules strictly, optionally from a preset.
func (r *NominationRules) UnmarshalJSON(data []byte) error {
	type plain NominationRules
	return decodePolicy(data, r, func(v *NominationRules) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads a proposal table strictly, optionally from a preset.
func (t *ProposalTable) UnmarshalJSON(data []byte) error {
	type plain ProposalTable
	return decodePolicy(data, t, func(v *ProposalTable) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads honour rules strictly, optionally from a preset.
func (h *HonourRules) UnmarshalJSON(data []byte) error {
	type plain HonourRules
	return decodePolicy(data, h, func(v *HonourRules) any {
		return &struct {
			presetFile
			*plain
		}{plain: (*plain)(v)}
	})
}

// UnmarshalJSON reads an indicator strictly.
func (in *Indicator) UnmarshalJSON(data []byte) error {
	type plain Indicator
	return union.DecodeJSON(data, (*plain)(in))
}

// UnmarshalJSON reads an entrant's sheet strictly; a bad score is named by
// its path, e.g. scores.practical[2].
func (e *Entry) UnmarshalJSON(data []byte) error {
	type plain Entry
	return union.DecodeJSON(data, (*plain)(e))
}

// UnmarshalJSON reads a team strictly.
func (tm *Team) UnmarshalJSON(data []byte) error {
	type plain Team
	return union.DecodeJSON(data, (*plain)(tm))
}

// UnmarshalJSON reads a tier strictly.
func (t *Tier) UnmarshalJSON(data []byte) error {
	type plain Tier
	return union.DecodeJSON(data, (*plain)(t))
}

// UnmarshalJSON reads a title rule strictly.
func (t *TitleRule) UnmarshalJSON(data []byte) error {
	type plain TitleRule
	return union.DecodeJSON(data, (*plain)(t))
}

// UnmarshalJSON reads a quota strictly.
func (q *Quota) UnmarshalJSON(data []byte) error {
	type plain Quota
	return union.DecodeJSON(data, (*plain)(q))
}

// UnmarshalJSON reads a nominee strictly.
func (n *Nominee) UnmarshalJSON(data []byte) error {
	type plain Nominee
	return union.DecodeJSON(data, (*plain)(n))
}

// UnmarshalJSON reads a proposal band strictly.
func (b *ProposalBand) UnmarshalJSON(data []byte) error {
	type plain ProposalBand
	return union.DecodeJSON(data, (*plain)(b))
}

// UnmarshalJSON reads a proposal strictly.
func (p *Proposal) UnmarshalJSON(data []byte) error {
	type plain Proposal
	return union.DecodeJSON(data, (*plain)(p))
}

// UnmarshalJSON reads an employer's facts strictly.
func (e *Employer) UnmarshalJSON(data []byte) error {
	type plain Employer
	return union.DecodeJSON(data, (*plain)(e))
}

// DecodeEntries reads a JSON array of entrants' sheets record by record,
// each strictly (Entry.UnmarshalJSON). It never stops at a bad record: it
// returns one Entry per record, in order (a bad record's is empty but for
// its ID when that could be read), and an error joining one
// *union.RecordError per bad record, with its index, its ID and
// *union.FieldError values whose paths start at the record
// ("entries[17].scores.practical[2]"). A document that is not a JSON array,
// or has more than MaxEntrants records, is one *union.FieldError.
func DecodeEntries(data []byte) ([]Entry, error) {
	var raws []json.RawMessage
	if err := union.DecodeJSON(data, &raws); err != nil {
		return nil, err
	}
	if fe := tooMany("entries", len(raws), MaxEntrants); fe != nil {
		return nil, fe
	}
	out := make([]Entry, len(raws))
	var errs []error
	for i, raw := range raws {
		if err := out[i].UnmarshalJSON(raw); err != nil {
			var id struct {
				ID string `json:"id"`
			}
			_ = json.Unmarshal(raw, &id) // best effort: the record is bad anyway
			out[i] = Entry{ID: id.ID}
			errs = append(errs, union.NewRecordError("entries", i, id.ID, err))
		}
	}
	return out, errors.Join(errs...)
}
