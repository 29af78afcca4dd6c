package democracy

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// The enums of this package (Base, Form, Matter, Group, Bound, Category, Fate,
// GapPolicy, Method, Round, Shortfall) share these helpers: their text form is
// a lower-case English word, their localized name a message code
// "democracy.<prefix>.<word>".

// word returns the word of an enum value, or "" when out of range.
func word[E ~uint8](e E, words []string) string {
	if int(e) < len(words) {
		return words[e]
	}
	return ""
}

// enumString is the String method: the word, or "<type>(<n>)" when out of range.
func enumString[E ~uint8](e E, typ string, words []string) string {
	if w := word(e, words); w != "" {
		return w
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

// enumMarshal is the MarshalText method; an undefined value is ErrInvalid.
func enumMarshal[E ~uint8](e E, field string, words []string) ([]byte, error) {
	if w := word(e, words); w != "" {
		return []byte(w), nil
	}
	return nil, union.Invalid(field, "invalid.unknown", strconv.Itoa(int(e)))
}

// enumParse reads the word back; unknown text is ErrInvalid.
func enumParse[E ~uint8](b []byte, field string, words []string) (E, error) {
	s := string(b)
	for i, w := range words {
		if w == s {
			return E(i), nil
		}
	}
	return 0, union.Invalid(field, "invalid.unknown", s)
}

// enumText is the localized name from the message registry.
func enumText[E ~uint8](e E, prefix string, words []string, tag language.Tag) string {
	if w := word(e, words); w != "" {
		return union.Reason{Code: "democracy." + prefix + "." + w}.Text(tag)
	}
	return prefix + "(" + strconv.Itoa(int(e)) + ")"
}

// itoa formats an int for a reason argument or an error value.
func itoa(n int) string { return strconv.Itoa(n) }
