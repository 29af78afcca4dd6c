package union

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
)

// ErrInvalid is the error every bad input wraps: errors.Is(err, union.ErrInvalid)
// holds for any error a gonghui entry point returns because of what the caller
// passed in (a negative wage, a malformed identifier, an empty ballot setup).
var ErrInvalid = errors.New("invalid input")

// ErrPolicy is the error every inconsistent policy wraps: shares that do not add
// up, weights that do not sum to 1, a threshold above 1, a rate out of range.
var ErrPolicy = errors.New("inconsistent policy")

// FieldError says which field of an input or a policy is wrong and why.
//
// It is always returned as *FieldError, so errors.As finds it; errors.Is(err,
// ErrInvalid) or errors.Is(err, ErrPolicy) holds for it, depending on Kind.
// Code is a stable machine code from the module's catalogue of codes (see
// Messages); Text gives it in zh-Hans, zh-Hant or en.
type FieldError struct {
	// Field is the path of the offending field, e.g. "wages.bonus",
	// "members[3].id" or "shares[1].weight".
	Field string
	// Code is the stable reason code, e.g. "invalid.negative".
	Code string
	// Value is the offending value as text, when there is one.
	Value string
	// Args are extra arguments for the localized text (limits, allowed values).
	Args []string
	// Kind is ErrInvalid or ErrPolicy; nil is taken as ErrInvalid.
	Kind error
}

// Invalid returns a *FieldError of kind ErrInvalid.
func Invalid(field, code, value string, args ...string) *FieldError {
	return &FieldError{Field: field, Code: code, Value: value, Args: args, Kind: ErrInvalid}
}

// InvalidUTF8 returns the *FieldError of text that is not valid UTF-8, code
// "invalid.utf8", whose argument is the byte offset in text of its first
// invalid sequence (len(text) when there is none).
func InvalidUTF8(field string, text []byte) *FieldError {
	at := len(text)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 {
			at = i
			break
		}
		i += n
	}
	return Invalid(field, "invalid.utf8", "", strconv.Itoa(at))
}

// Inconsistent returns a *FieldError of kind ErrPolicy.
func Inconsistent(field, code, value string, args ...string) *FieldError {
	return &FieldError{Field: field, Code: code, Value: value, Args: args, Kind: ErrPolicy}
}

// kind returns the sentinel the error wraps.
func (e *FieldError) kind() error {
	if e.Kind == nil {
		return ErrInvalid
	}
	return e.Kind
}

// Error returns the English text, prefixed with the kind, e.g.
// `invalid input: wages.bonus: must not be negative (value "-5")`.
func (e *FieldError) Error() string {
	return e.kind().Error() + ": " + e.Text(language.English)
}

// Unwrap returns ErrInvalid or ErrPolicy, so errors.Is works.
func (e *FieldError) Unwrap() error { return e.kind() }

// Text returns the localized explanation: the field, the reason and the value.
//
// In zh-Hans and zh-Hant the field is named by its label (FieldLabel:
// 公民身份号码 for resident_id, 奖金 for wages.bonus), so an officer reads
// the form's words, not the JSON path. English keeps the path itself (members[17].wages.basic):
// English text is what Error returns and what developers log, search and
// match, and the path is what they need there; FieldLabel gives the English
// words where a sheet wants them.
func (e *FieldError) Text(tag language.Tag) string {
	msg := Reason{Code: e.Code, Args: e.Args}.Text(tag)
	field := e.Field
	switch {
	case field == "":
		field = "-"
	case matchIndex(tag) != catalog.English:
		field = FieldLabel(tag, field)
	}
	if e.Value == "" {
		return printerFor(tag).Sprintf("error.field", field, msg)
	}
	return printerFor(tag).Sprintf("error.field.value", field, msg, e.Value)
}

// Reason returns the error as a Reason, so results can list it.
func (e *FieldError) Reason() Reason {
	return Reason{Code: e.Code, Args: e.Args}
}

// Within returns a copy of e whose Field is prefixed with prefix, e.g.
// Within("members[3]") turns "wages.bonus" into "members[3].wages.bonus".
func (e *FieldError) Within(prefix string) *FieldError {
	c := *e
	switch {
	case prefix == "":
	case c.Field == "":
		c.Field = prefix
	case c.Field[0] == '[':
		c.Field = prefix + c.Field
	default:
		c.Field = prefix + "." + c.Field
	}
	return &c
}

// At returns a copy of e naming field instead of its own: the error of a
// value read on its own (a RoundingMode's "rounding_mode") moved to where the
// value stands ("amount_rounding.mode").
func (e *FieldError) At(field string) *FieldError {
	c := *e
	c.Field = field
	return &c
}

// Indexed formats a field path element with an index: Indexed("members", 3) is "members[3]".
func Indexed(field string, i int) string { return fmt.Sprintf("%s[%d]", field, i) }

// Prefix re-roots every *FieldError in err (also inside errors.Join) under
// prefix, leaving other errors as they are. It returns nil for nil.
func Prefix(prefix string, err error) error {
	return eachFieldError(err, func(fe *FieldError) *FieldError { return fe.Within(prefix) })
}

// AtField moves every *FieldError in err (also inside errors.Join) to field,
// leaving other errors as they are (FieldError.At). It returns nil for nil.
func AtField(field string, err error) error {
	return eachFieldError(err, func(fe *FieldError) *FieldError { return fe.At(field) })
}

// eachFieldError replaces every *FieldError in err by f of it, keeping the
// shape of errors.Join trees and *RecordError values.
func eachFieldError(err error, f func(*FieldError) *FieldError) error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs := j.Unwrap()
		out := make([]error, len(errs))
		for i, e := range errs {
			out[i] = eachFieldError(e, f)
		}
		return errors.Join(out...)
	}
	if re, ok := err.(*RecordError); ok {
		return &RecordError{Index: re.Index, ID: re.ID, Err: eachFieldError(re.Err, f)}
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return f(fe)
	}
	return err
}

// FieldErrors returns every *FieldError in err, in order, looking inside
// errors.Join trees (Validate reports every problem at once that way) and
// *RecordError values (a batch's bad records). It
// returns nil for nil or for an error that holds none.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	leaves(err, nil, func(e error, _ *RecordError) {
		var fe *FieldError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	})
	return out
}

// ErrorText returns err in the language that best matches tag, for showing to
// a union officer: each *FieldError's Text, and any other error's Error(),
// joined by a semicolon; an error of a bad record with an ID starts with it
// (记录 E017：…). It returns "" for nil.
func ErrorText(err error, tag language.Tag) string {
	if err == nil {
		return ""
	}
	var parts []string
	leaves(err, nil, func(e error, rec *RecordError) {
		text := e.Error()
		var fe *FieldError
		if errors.As(e, &fe) {
			text = fe.Text(tag)
		}
		if rec != nil && rec.ID != "" {
			text = Label(tag, "error.record", rec.ID) + text
		}
		parts = append(parts, text)
	})
	return strings.Join(parts, Label(tag, "error.separator"))
}
