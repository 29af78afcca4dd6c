package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// The enums of this package share one text form: a lower-case English word for
// JSON and logs, and a localized name from the message registry under
// "assistance.<prefix>.<word>".

func wordOf[E ~uint8](e E, words []string) string {
	if int(e) < len(words) {
		return words[e]
	}
	return ""
}

func stringOf[E ~uint8](e E, typ string, words []string) string {
	if w := wordOf(e, words); w != "" {
		return w
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

func marshalWord[E ~uint8](e E, field string, words []string) ([]byte, error) {
	if w := wordOf(e, words); w != "" {
		return []byte(w), nil
	}
	return nil, union.Invalid(field, "invalid.unknown", strconv.Itoa(int(e)))
}

func parseWord[E ~uint8](b []byte, field string, words []string) (E, error) {
	s := string(b)
	for i, w := range words {
		if w == s {
			return E(i), nil
		}
	}
	return 0, union.Invalid(field, "invalid.unknown", s)
}

func textOf[E ~uint8](e E, prefix string, words []string, tag language.Tag) string {
	if w := wordOf(e, words); w != "" {
		return union.Reason{Code: "assistance." + prefix + "." + w}.Text(tag)
	}
	return prefix + "(" + strconv.Itoa(int(e)) + ")"
}
