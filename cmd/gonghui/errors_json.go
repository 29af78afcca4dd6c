package main

import (
	"errors"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// fieldErrorJSON is the wire form of one *union.FieldError.
type fieldErrorJSON = union.FieldErrorJSON

// errorsBody is the body of every error answer: {"errors": [...]}.
type errorsBody struct {
	Errors []fieldErrorJSON `json:"errors"`
}

// errorsJSON is union.ErrorsJSON, with the texts of the codes only the
// command and the service use.
func errorsJSON(err error, tag language.Tag) []fieldErrorJSON {
	if pe, ok := err.(*policyError); ok {
		err = pe.err
	}
	out := union.ErrorsJSON(err, tag)
	for i := range out {
		if !knownCodes()[out[i].Code] {
			out[i].Message = errorText(&union.FieldError{Field: out[i].Field, Code: out[i].Code, Value: out[i].Value, Args: out[i].Args}, tag)
		}
	}
	return out
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
