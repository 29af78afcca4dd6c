package main

import (
	"errors"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// fieldErrorJSON is the wire form of one *union.FieldError: the same
// fields union's JSON form of errors carries.
type fieldErrorJSON struct {
	Field   string   `json:"field"`
	Code    string   `json:"code"`
	Value   string   `json:"value,omitempty"`
	Args    []string `json:"args,omitempty"`
	Kind    string   `json:"kind"`
	Message string   `json:"message,omitempty"`
}

// errorsBody is the body of every error answer: {"errors": [...]}.
type errorsBody struct {
	Errors []fieldErrorJSON `json:"errors"`
}

// errorsJSON flattens err (errors.Join trees included) into its wire form,
// with each message in tag. An error that is not a *union.FieldError
// becomes code "invalid.unknown".
func errorsJSON(err error, tag language.Tag) []fieldErrorJSON {
	var out []fieldErrorJSON
	for _, e := range flatten(err) {
		var fe *union.FieldError
		if !errors.As(e, &fe) {
			fe = union.Invalid("", "invalid.unknown", "")
		}
		kind := "invalid"
		if errors.Is(fe, union.ErrPolicy) {
			kind = "policy"
		}
		out = append(out, fieldErrorJSON{Field: fe.Field, Code: fe.Code, Value: fe.Value, Args: fe.Args, Kind: kind, Message: errorText(fe, tag)})
	}
	return out
}

// flatten lists the errors inside err, through errors.Join and through
// errors that wrap several (record errors), in order.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*union.FieldError); ok {
		return []error{err}
	}
	if pe, ok := err.(*policyError); ok {
		return flatten(pe.err)
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

// isPolicyError reports whether err is about the rules rather than the
// input: exit status 2 on the command line.
func isPolicyError(err error) bool {
	var pe *policyError
	return errors.Is(err, union.ErrPolicy) || errors.As(err, &pe)
}

// policyError marks an error in choosing or reading the policy (an unknown
// preset name, a policy file that does not decode).
type policyError struct{ err error }

func (e *policyError) Error() string { return e.err.Error() }
func (e *policyError) Unwrap() error { return e.err }
func asPolicyError(err error) error {
	if err == nil {
		return nil
	}
	return &policyError{err}
}

// joinAll is errors.Join.
func joinAll(errs []error) error { return errors.Join(errs...) }
