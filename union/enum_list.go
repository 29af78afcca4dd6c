package union

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
)

// Every small enum type of the module (Level, Sector, dues.Class,
// assistance.Category, democracy.Form …) has one text form, given by
// internal/enum: a lower-case English word for JSON, CSV, logs and
// configuration, and a localized name, the registered code
// "<prefix>.<word>". UnmarshalText reads the word or any of the three names;
// anything else is a *FieldError with code "invalid.enum", whose Args[0] is
// the prefix and Args[1:] the accepted words. Its text lists the accepted
// values in the language asked for (企业、事业单位、机关、社会组织 in zh-Hans;
// the words themselves in English): enumList builds that list.

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
			names[i] = m.Text(lang)
		}
	}
	return strings.Join(names, Label(tag, "error.list_separator"))
}
