package dues

import (
	"encoding/json"
	"errors"

	"github.com/gonghui/gonghui/union"
)

// FieldErrorJSON is the JSON form of a *union.FieldError inside a BatchItem,
// so a batch with bad records can cross a service boundary and come back
// with its errors intact.
type FieldErrorJSON struct {
	// Field is the field path within the member, e.g. "wages.bonus".
	Field string `json:"field"`
	// Code is the stable error code, e.g. "invalid.negative".
	Code string `json:"code"`
	// Value is the offending value as text, if any.
	Value string `json:"value,omitempty"`
	// Args are the extra arguments of the text.
	Args []string `json:"args,omitempty"`
	// Kind is "invalid" (union.ErrInvalid) or "policy" (union.ErrPolicy).
	Kind string `json:"kind"`
}

// batchItemJSON is the wire form of BatchItem.
type batchItemJSON struct {
	Assessment
	Errors []FieldErrorJSON `json:"errors,omitempty"`
}

// MarshalJSON writes the assessment's fields and, for a bad record, its
// errors as a list of FieldErrorJSON.
func (it BatchItem) MarshalJSON() ([]byte, error) {
	w := batchItemJSON{Assessment: it.Assessment}
	for _, e := range flatten(it.Err) {
		var fe *union.FieldError
		if !errors.As(e, &fe) {
			fe = union.Invalid("", "invalid.unknown", e.Error())
		}
		kind := "invalid"
		if errors.Is(fe, union.ErrPolicy) {
			kind = "policy"
		}
		w.Errors = append(w.Errors, FieldErrorJSON{Field: fe.Field, Code: fe.Code, Value: fe.Value, Args: fe.Args, Kind: kind})
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes: the errors come back as
// *union.FieldError values (joined when more than one). An unknown kind is
// a *union.FieldError wrapping union.ErrInvalid.
func (it *BatchItem) UnmarshalJSON(b []byte) error {
	var w batchItemJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	errs := make([]error, 0, len(w.Errors))
	for i, e := range w.Errors {
		var kind error
		switch e.Kind {
		case "invalid":
			kind = union.ErrInvalid
		case "policy":
			kind = union.ErrPolicy
		default:
			return union.Invalid(union.Indexed("errors", i)+".kind", "invalid.unknown", e.Kind)
		}
		errs = append(errs, &union.FieldError{Field: e.Field, Code: e.Code, Value: e.Value, Args: e.Args, Kind: kind})
	}
	*it = BatchItem{Assessment: w.Assessment, Err: joinErrs(errs)}
	return nil
}

// flatten lists the errors inside err (through errors.Join), in order.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}
