// Package enum gives every small enum type of the module one text form: a
// lower-case English word for JSON, CSV, logs and configuration, and a
// localized name, the registered code "<prefix>.<word>" (see
// internal/catalog).
//
// The convention: an enum type, its constants and its Set live in one file
// named for the type (or for the concept it belongs to); its names live in the
// messages file of its package, under the Set's prefix; its methods (String,
// Text, Valid, MarshalText, UnmarshalText) are one-line calls of the Set. An
// enum's values are 0 … len(words)-1, and words[i] is the word of value i.
//
// The package imports no exported gonghui package; the errors it returns are
// made by the function given to New (union.Invalid), so they are the module's
// *union.FieldError.
package enum

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
)

// Set is the words and names of one enum type E. It is immutable.
type Set[E ~uint8] struct {
	typ, field, prefix string
	words              []string
	invalid            func(field, code, value string, args ...string) error
}

// New returns the Set of the enum type E, whose Go name is typ ("Category"),
// whose field in errors is field ("category"), whose names are the codes
// "<prefix>.<word>" ("" for an enum without names) and whose words are words,
// in the order of E's values. invalid makes the errors (union.Invalid).
func New[E ~uint8, Err error](typ, field, prefix string, invalid func(field, code, value string, args ...string) Err, words ...string) Set[E] {
	return Set[E]{typ: typ, field: field, prefix: prefix, words: words,
		invalid: func(f, c, v string, a ...string) error { return invalid(f, c, v, a...) }}
}

// Word returns the word of e, or "" when e is not a defined value.
func (s *Set[E]) Word(e E) string {
	if int(e) < len(s.words) {
		return s.words[e]
	}
	return ""
}

// Valid reports whether e is a defined value.
func (s *Set[E]) Valid(e E) bool { return int(e) < len(s.words) }

// Len returns the number of defined values.
func (s *Set[E]) Len() int { return len(s.words) }

// Values returns every defined value, the zero value first, in a new slice.
func (s *Set[E]) Values() []E {
	out := make([]E, len(s.words))
	for i := range out {
		out[i] = E(i)
	}
	return out
}

// Words returns the words, in a new slice.
func (s *Set[E]) Words() []string { return append([]string(nil), s.words...) }

// String is the String method of E: the word, or "<typ>(<n>)" for a value
// that is not defined (as time.Month does).
func (s *Set[E]) String(e E) string {
	if w := s.Word(e); w != "" {
		return w
	}
	return s.typ + "(" + strconv.Itoa(int(e)) + ")"
}

// Text is the Text method of E: the localized name, the text of the code
// "<prefix>.<word>" in the language that best matches tag; "<prefix>(<n>)"
// for a value that is not defined; the word for an enum without names.
func (s *Set[E]) Text(e E, tag language.Tag) string {
	w := s.Word(e)
	switch {
	case w == "":
		return s.prefix + "(" + strconv.Itoa(int(e)) + ")"
	case s.prefix == "":
		return w
	}
	code := s.prefix + "." + w
	if _, ok := catalog.Lookup(code); !ok {
		return code
	}
	return catalog.Printer(catalog.Match(tag)).Sprintf(code)
}

// Marshal is the MarshalText method of E: the word; a value that is not
// defined is an error naming the field, with code "invalid.unknown".
func (s *Set[E]) Marshal(e E) ([]byte, error) {
	if w := s.Word(e); w != "" {
		return []byte(w), nil
	}
	return nil, s.invalid(s.field, "invalid.unknown", strconv.Itoa(int(e)))
}

// Unmarshal is the UnmarshalText method of E: it sets *dst to the value text
// names (see Parse) and leaves *dst alone on an error.
func (s *Set[E]) Unmarshal(dst *E, text []byte) error {
	v, err := s.Parse(text)
	if err == nil {
		*dst = v
	}
	return err
}

// Parse reads the word, or the name Text prints in any of the three
// languages, exactly as printed (事业单位, 事業單位 and "public institution" all
// read as "institution"), so a payroll export's own column values decode. Any
// other text is an error naming the field, with code "invalid.enum": its
// Args[0] is the prefix and Args[1:] the words, and its text lists the
// accepted values in the language asked for.
func (s *Set[E]) Parse(text []byte) (E, error) {
	for i, w := range s.words {
		if w == string(text) {
			return E(i), nil
		}
	}
	if s.prefix != "" && len(text) > 0 {
		t := string(text)
		for i, w := range s.words {
			if m, ok := catalog.Lookup(s.prefix + "." + w); ok && (t == m.Hans || t == m.Hant || t == m.En) {
				return E(i), nil
			}
		}
	}
	args := make([]string, 0, len(s.words)+1)
	args = append(args, s.prefix)
	args = append(args, s.words...)
	return 0, s.invalid(s.field, "invalid.enum", Clip(string(text)), args...)
}
