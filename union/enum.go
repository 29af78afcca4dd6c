package union

import (
	"strconv"

	"golang.org/x/text/language"
)

// enumWord returns the lower-case English word of an enum value, or "" when out of range.
func enumWord[E ~uint8](e E, words []string) string {
	if int(e) < len(words) {
		return words[e]
	}
	return ""
}

// enumString is the String method of the shared enums: the word, or
// "<type>(<n>)" for a value out of range.
func enumString[E ~uint8](e E, typ string, words []string) string {
	if w := enumWord(e, words); w != "" {
		return w
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

// enumMarshal is the MarshalText method of the shared enums.
func enumMarshal[E ~uint8](e E, typ string, words []string) ([]byte, error) {
	if w := enumWord(e, words); w != "" {
		return []byte(w), nil
	}
	return nil, Invalid(typ, "invalid.unknown", strconv.Itoa(int(e)))
}

// enumParse reads the lower-case English word of an enum value.
func enumParse[E ~uint8](text, typ string, words []string) (E, error) {
	for i, w := range words {
		if w == text {
			return E(i), nil
		}
	}
	return 0, Invalid(typ, "invalid.unknown", text)
}

// enumText is the localized name of an enum value from the message registry.
func enumText[E ~uint8](e E, prefix string, words []string, tag language.Tag) string {
	if w := enumWord(e, words); w != "" {
		return Reason{Code: prefix + "." + w}.Text(tag)
	}
	return prefix + "(" + strconv.Itoa(int(e)) + ")"
}
