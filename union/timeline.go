package union

import (
	"encoding/json"
	"errors"
	"sort"
)

// Dated is a policy with the months it is in force.
type Dated[P any] struct {
	Effective Effective `json:"effective"` // the months the policy is in force
	Policy    P         `json:"policy"`    // the policy itself
}

// Timeline is a sequence of policies of one kind, each in force for its own
// months, with no gaps and no overlaps between them. A payroll system that
// re-runs March 2021 asks the timeline for the policy At March 2021 and gets
// the rules of that month, not today's.
//
// A Timeline is immutable; the zero Timeline holds no policy.
type Timeline[P any] struct {
	entries []Dated[P]
}

// MaxTimelineEntries is the largest number of policies a Timeline holds: one
// a month for 1,000 years is 12,000, far below it.
const MaxTimelineEntries = 1 << 16

// NewTimeline orders the entries by their start and checks them: each range
// must be valid, only the first may be open at the start, only the last open
// at the end, and each must begin the month after the previous one ends. Any
// overlap or gap is a *FieldError wrapping ErrPolicy; all problems are
// reported at once (errors.Join). More than MaxTimelineEntries entries is a
// *FieldError (code "invalid.too_many") wrapping ErrPolicy.
func NewTimeline[P any](entries ...Dated[P]) (Timeline[P], error) {
	if len(entries) == 0 {
		return Timeline[P]{}, Inconsistent("timeline", "policy.empty", "")
	}
	if fe := CheckCount("timeline", len(entries), MaxTimelineEntries); fe != nil {
		fe.Kind = ErrPolicy
		return Timeline[P]{}, fe
	}
	es := append([]Dated[P](nil), entries...)
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].Effective.From, es[j].Effective.From
		if a.IsZero() != b.IsZero() {
			return a.IsZero()
		}
		return a.Before(b)
	})
	var errs []error
	for i, e := range es {
		field := Indexed("timeline", i)
		if err := e.Effective.Validate(); err != nil {
			errs = append(errs, Prefix(field+".effective", err))
			continue
		}
		if i == 0 {
			continue
		}
		prev := es[i-1].Effective
		switch {
		case prev.Until.IsZero() || e.Effective.From.IsZero() || e.Effective.Overlaps(prev):
			errs = append(errs, Inconsistent(field+".effective", "policy.overlap", e.Effective.String(), prev.String()))
		case prev.Until.Next() != e.Effective.From:
			errs = append(errs, Inconsistent(field+".effective", "policy.gap", e.Effective.String(), prev.String()))
		}
	}
	if len(errs) > 0 {
		return Timeline[P]{}, errors.Join(errs...)
	}
	return Timeline[P]{entries: es}, nil
}

// At returns the policy in force in month p. A month no entry covers is a
// *FieldError (field "period", code "policy.uncovered") wrapping ErrPolicy; a
// p that is no real month (the zero Period, 2024-13, 0000-01: see
// Period.Validate) is refused as ErrInvalid, whatever the timeline holds.
func (t Timeline[P]) At(p Period) (P, error) {
	if err := p.Validate(); err != nil {
		var zero P
		return zero, err
	}
	// Entries are ordered and disjoint: find the last one starting at or before p.
	i := sort.Search(len(t.entries), func(i int) bool {
		f := t.entries[i].Effective.From
		return !f.IsZero() && f.After(p)
	})
	if i > 0 && t.entries[i-1].Effective.Contains(p) {
		return t.entries[i-1].Policy, nil
	}
	var zero P
	return zero, Inconsistent("period", "policy.uncovered", p.String(), p.String())
}

// Entries returns a copy of the dated policies, earliest first.
func (t Timeline[P]) Entries() []Dated[P] { return append([]Dated[P](nil), t.entries...) }

// Len returns the number of policies on the timeline.
func (t Timeline[P]) Len() int { return len(t.entries) }

// MarshalJSON writes the timeline as the JSON array of its dated policies,
// earliest first: [{"effective": {...}, "policy": {...}}, ...].
func (t Timeline[P]) MarshalJSON() ([]byte, error) {
	if t.entries == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(t.entries)
}

// UnmarshalJSON reads an array of dated policies strictly (DecodeJSON: an
// unknown key is an error) and checks it as NewTimeline does, so a timeline
// stored by a caller (an ERP's province settings) is never used with a gap or
// an overlap: those are ErrPolicy, and malformed JSON is ErrInvalid, with
// paths relative to the array ("[1].effective.from"). An empty array gives
// the zero Timeline.
func (t *Timeline[P]) UnmarshalJSON(b []byte) error {
	var es []Dated[P]
	if err := DecodeJSON(b, &es); err != nil {
		return err
	}
	if len(es) == 0 {
		*t = Timeline[P]{}
		return nil
	}
	v, err := NewTimeline(es...)
	if err != nil {
		return err
	}
	*t = v
	return nil
}
