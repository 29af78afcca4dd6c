package union

import (
	"bytes"
	"encoding/json"
	"errors"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// FieldErrorJSON is the JSON form of a *FieldError, the one every package and
// the gonghui command write, so errors cross a service boundary and come back
// intact (ErrorFromJSON):
//
//	{"field": "members[17].wages.basic", "code": "invalid.negative", "value": "-5",
//	 "kind": "invalid", "message": "字段 基本工资：不能为负数（值为“-5”）",
//	 "record": 17, "id": "E017"}
//
// Message is for people and is never read back; Field, Code, Value, Args and
// Kind are the error.
type FieldErrorJSON struct {
	// Field is the path of the offending field, e.g. "members[17].wages.basic".
	Field string `json:"field"`
	// Code is the stable error code, e.g. "invalid.negative".
	Code string `json:"code"`
	// Value is the offending value as text, if any.
	Value string `json:"value,omitempty"`
	// Args are the extra arguments of the text (limits, accepted words).
	Args []string `json:"args,omitempty"`
	// Kind is "invalid" (ErrInvalid) or "policy" (ErrPolicy).
	Kind string `json:"kind"`
	// Message is the error's text in the language asked for (FieldError.Text).
	Message string `json:"message,omitempty"`
	// Record is the index of the bad record the error belongs to (a
	// RecordError's Index), or nil when it belongs to none.
	Record *int `json:"record,omitempty"`
	// ID is the bad record's own identifier (a RecordError's ID), if any.
	ID string `json:"id,omitempty"`
}

// The words of FieldErrorJSON.Kind.
const (
	kindInvalid = "invalid"
	kindPolicy  = "policy"
)

// toJSON is the JSON form of e with its text in tag.
func (e *FieldError) toJSON(tag language.Tag) FieldErrorJSON {
	kind := kindInvalid
	if errors.Is(e.kind(), ErrPolicy) {
		kind = kindPolicy
	}
	var args []string
	if len(e.Args) > 0 {
		args = append([]string(nil), e.Args...)
	}
	return FieldErrorJSON{Field: e.Field, Code: e.Code, Value: e.Value, Args: args, Kind: kind, Message: e.Text(tag)}
}

// fieldError turns the JSON form back into a *FieldError; at is the path of
// the form for the error about an unknown kind.
func (j FieldErrorJSON) fieldError(at string) (*FieldError, error) {
	var kind error
	switch j.Kind {
	case kindInvalid:
		kind = ErrInvalid
	case kindPolicy:
		kind = ErrPolicy
	default:
		return nil, Invalid(at+"kind", "invalid.unknown", j.Kind, kindInvalid, kindPolicy)
	}
	var args []string
	if len(j.Args) > 0 {
		args = append([]string(nil), j.Args...)
	}
	return &FieldError{Field: j.Field, Code: j.Code, Value: j.Value, Args: args, Kind: kind}, nil
}

// ErrorsJSON returns every error in err in its JSON form, in order, with each
// Message in the language that best matches tag. It flattens errors.Join
// trees and *RecordError values (whose Index and ID go into Record and ID);
// an error that is not a *FieldError becomes code "invalid.unknown" with its
// Error() as the value. It returns nil for nil.
func ErrorsJSON(err error, tag language.Tag) []FieldErrorJSON {
	var out []FieldErrorJSON
	leaves(err, nil, func(e error, rec *RecordError) {
		var fe *FieldError
		if !errors.As(e, &fe) {
			fe = Invalid("", "invalid.unknown", enum.Clip(e.Error()))
		}
		j := fe.toJSON(tag)
		if rec != nil {
			i := rec.Index
			j.Record, j.ID = &i, rec.ID
		}
		out = append(out, j)
	})
	return out
}

// ErrorFromJSON is the inverse of ErrorsJSON: the errors come back as
// *FieldError values, those of one record (consecutive entries with the same
// Record) inside one *RecordError, all joined with errors.Join. An empty list
// gives nil; an unknown kind is a *FieldError (field "errors[i].kind",
// ErrInvalid).
func ErrorFromJSON(list []FieldErrorJSON) error {
	var errs []error
	var group []error
	var rec *RecordError
	flush := func() {
		if rec != nil {
			rec.Err = joinOne(group)
			errs = append(errs, rec)
		} else {
			errs = append(errs, group...)
		}
		group, rec = nil, nil
	}
	for i, j := range list {
		fe, err := j.fieldError(Indexed("errors", i) + ".")
		if err != nil {
			return err
		}
		same := (rec == nil && j.Record == nil) || (rec != nil && j.Record != nil && rec.Index == *j.Record && rec.ID == j.ID)
		if !same {
			flush()
			if j.Record != nil {
				rec = &RecordError{Index: *j.Record, ID: j.ID}
			}
		}
		group = append(group, fe)
	}
	flush()
	return joinOne(errs)
}

// joinOne is errors.Join that returns a single error as it is.
func joinOne(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errors.Join(errs...)
}

// MarshalJSON writes the error as its FieldErrorJSON, with the message in
// zh-Hans.
func (e *FieldError) MarshalJSON() ([]byte, error) {
	return json.Marshal(e.toJSON(language.SimplifiedChinese))
}

// UnmarshalJSON reads what MarshalJSON writes (the message is ignored).
// Unknown keys and an unknown kind are a *FieldError wrapping ErrInvalid.
func (e *FieldError) UnmarshalJSON(b []byte) error {
	var j FieldErrorJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return jsonError("", err)
	}
	fe, err := j.fieldError("")
	if err != nil {
		return err
	}
	*e = *fe
	return nil
}
