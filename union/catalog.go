package union

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/gonghui/gonghui/internal/catalog"
)

// Message is the text of one reason or error code in the three languages the
// module speaks. Texts are fmt-style formats whose verbs (%[1]s, %[2]s …) refer to
// Reason.Args in order.
type Message struct {
	Code string // stable machine code
	Hans string // zh-Hans, 简体中文
	Hant string // zh-Hant, 繁體中文
	En   string // English
}

// union's own codes: the frame of errors, the generic problems, the shared
// enums and the identifiers. Every other package registers its codes from its
// own messages file the same way, so a code's texts live beside the code.
func init() {
	catalog.Register("union", unionMessages())
	catalog.Register("union", identifierMessages())
}

// Languages returns the languages texts are available in: zh-Hans (the
// fallback), zh-Hant and en.
func Languages() []language.Tag { return catalog.Languages() }

// Messages returns every registered code with its three texts, sorted by code.
//
// Each package registers its own codes when the program starts, before any
// call: a program sees the codes of the packages it links. union's own are
// always there; a program that renders reasons stored earlier without calling
// the package that made them imports it for its texts (import _
// "github.com/gonghui/gonghui/dues"), or imports the root package
// github.com/gonghui/gonghui, which links all four.
func Messages() []Message {
	all := catalog.All()
	out := make([]Message, len(all))
	for i, m := range all {
		out[i] = Message(m)
	}
	return out
}

// lookup finds a code in the catalogue.
func lookup(code string) (catalog.Message, bool) { return catalog.Lookup(code) }

// MatchLanguage returns the supported language that serves tag best: zh-Hans
// for zh, zh-CN and zh-SG; zh-Hant for zh-TW, zh-HK and zh-MO; en for any
// English; zh-Hans for anything else.
func MatchLanguage(tag language.Tag) language.Tag { return catalog.Languages()[catalog.Match(tag)] }

// matchIndex is the index in Languages of the language serving tag.
func matchIndex(tag language.Tag) int { return catalog.Match(tag) }

// printerFor returns the shared printer for the language matching tag.
func printerFor(tag language.Tag) *message.Printer { return catalog.Printer(catalog.Match(tag)) }

// Label returns the localized text of a registered code with its arguments, for
// the headings, column names and enum names of printed sheets: text that is not
// a decision's reason and so cites no source. An unknown code yields the code
// and its arguments, like Reason.Text.
func Label(tag language.Tag, code string, args ...string) string {
	return Reason{Code: code, Args: args}.Text(tag)
}
