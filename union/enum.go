package union

import (
	"strconv"

	"golang.org/x/text/language"
)

// The enum helpers below give every small enum type of the module (Level,
// Sector, dues.Class, assistance.Category, democracy.Form …) one text form: a
// lower-case English word for JSON, logs and configuration, and a localized
// name from the message registry under "<prefix>.<word>". An enum's values are
// 0 … len(words)-1; words[i] is the word of value i. A type's methods are
// one-liners over these functions.

// EnumWord returns the word of e, or "" when e is out of range.
func EnumWord[E ~uint8](e E, words []string) string {
	if int(e) < len(words) {
		return words[e]
	}
	return ""
}

// EnumString is the String method of an enum: the word, or "<typ>(<n>)" for a
// value out of range (as time.Month does).
func EnumString[E ~uint8](e E, typ string, words []string) string {
	if w := EnumWord(e, words); w != "" {
		return w
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

// EnumMarshal is the MarshalText method of an enum: the word; a value out of
// range is a *FieldError naming field, wrapping ErrInvalid.
func EnumMarshal[E ~uint8](e E, field string, words []string) ([]byte, error) {
	if w := EnumWord(e, words); w != "" {
		return []byte(w), nil
	}
	return nil, Invalid(field, "invalid.unknown", strconv.Itoa(int(e)))
}

// EnumParse is the UnmarshalText method of an enum: it reads a word back; any
// other text is a *FieldError naming field, wrapping ErrInvalid.
func EnumParse[E ~uint8](text []byte, field string, words []string) (E, error) {
	for i, w := range words {
		if w == string(text) {
			return E(i), nil
		}
	}
	return 0, Invalid(field, "invalid.unknown", string(text))
}

// EnumText is the localized name of e: the text of the code "<prefix>.<word>"
// (see Label), or "<prefix>(<n>)" for a value out of range.
func EnumText[E ~uint8](e E, prefix string, words []string, tag language.Tag) string {
	if w := EnumWord(e, words); w != "" {
		return Label(tag, prefix+"."+w)
	}
	return prefix + "(" + strconv.Itoa(int(e)) + ")"
}
