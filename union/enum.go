package union

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
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

// EnumParse is the UnmarshalText method of an enum that has no localized
// names: it reads a word back; any other text is a *FieldError naming field,
// wrapping ErrInvalid, with code "invalid.enum" whose Args list the accepted
// words (see EnumParseText). Enums with names use EnumParseText, which also
// reads the names.
func EnumParse[E ~uint8](text []byte, field string, words []string) (E, error) {
	for i, w := range words {
		if w == string(text) {
			return E(i), nil
		}
	}
	return 0, enumError(text, field, "", words)
}

// EnumParseText is the UnmarshalText method of an enum with localized names
// under "<prefix>.<word>" (see EnumText): it reads the word, or the name the
// enum's Text prints in any of the three languages, exactly as printed
// (事业单位, 事業單位 and "public institution" read as "institution"; 在职 and
// 退休 as "active" and "retired"), so a payroll export's own column values
// decode. Any other text is a *FieldError naming field, wrapping ErrInvalid,
// with code "invalid.enum": Args[0] is prefix and Args[1:] the accepted
// words, and its text lists the accepted values in the language asked for
// (企业、事业单位、机关、社会组织 in zh-Hans; the words themselves in English).
func EnumParseText[E ~uint8](text []byte, field, prefix string, words []string) (E, error) {
	for i, w := range words {
		if w == string(text) {
			return E(i), nil
		}
	}
	if len(text) > 0 {
		for i, w := range words {
			if m, ok := lookup(prefix + "." + w); ok {
				if t := string(text); t == m.Hans || t == m.Hant || t == m.En {
					return E(i), nil
				}
			}
		}
	}
	return 0, enumError(text, field, prefix, words)
}

// enumError is the error of EnumParse and EnumParseText.
func enumError(text []byte, field, prefix string, words []string) *FieldError {
	args := make([]string, 0, len(words)+1)
	args = append(args, prefix)
	args = append(args, words...)
	return Invalid(field, "invalid.enum", clip(string(text)), args...)
}

// enumList is the list of accepted values of an "invalid.enum" error in the
// language of tag: the names under prefix where there are names (and tag is
// not English), else the words. Args of one element (no words) are shown as
// they are, as for any other code.
func enumList(tag language.Tag, args []string) string {
	switch len(args) {
	case 0:
		return ""
	case 1:
		return args[0]
	}
	prefix, words := args[0], args[1:]
	lang := matchIndex(tag)
	names := make([]string, len(words))
	for i, w := range words {
		names[i] = w
		if prefix == "" || lang == catalog.English {
			continue
		}
		if m, ok := lookup(prefix + "." + w); ok {
			names[i] = [...]string{m.Hans, m.Hant, m.En}[lang]
		}
	}
	return strings.Join(names, Label(tag, "error.list_separator"))
}

// EnumText is the localized name of e: the text of the code "<prefix>.<word>"
// (see Label), or "<prefix>(<n>)" for a value out of range.
func EnumText[E ~uint8](e E, prefix string, words []string, tag language.Tag) string {
	if w := EnumWord(e, words); w != "" {
		return Label(tag, prefix+"."+w)
	}
	return prefix + "(" + strconv.Itoa(int(e)) + ")"
}
