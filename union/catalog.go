package union

import (
	"sort"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
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

// The languages the catalog speaks, zh-Hans first: it is the fallback.
var supported = [...]language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

// englishIndex is the index of English in supported.
const englishIndex = 2

// Languages returns the languages texts are available in: zh-Hans (the
// fallback), zh-Hant and en.
func Languages() []language.Tag { return supported[:] }

// registry is the module's one catalog of codes, built once from the message
// tables of every package (messages_*.go) and never changed afterwards.
type registry struct {
	byCode   map[string]Message
	printers [len(supported)]*message.Printer
	matcher  language.Matcher
}

var reg = buildRegistry()

// messageTables lists every package's message table. A package adds its codes
// by adding one file messages_<package>.go and one line here.
func messageTables() [][]Message {
	return [][]Message{
		unionMessages(),
		identifierMessages(),
		duesMessages(),
		assistanceMessages(),
		democracyMessages(),
		consultationMessages(),
		competitionMessages(),
		mutualMessages(),
		homeMessages(),
	}
}

func buildRegistry() *registry {
	r := &registry{byCode: map[string]Message{}}
	b := catalog.NewBuilder(catalog.Fallback(language.SimplifiedChinese))
	for _, table := range messageTables() {
		for _, m := range table {
			r.byCode[m.Code] = m
			_ = b.SetString(language.SimplifiedChinese, m.Code, m.Hans)
			_ = b.SetString(language.TraditionalChinese, m.Code, m.Hant)
			_ = b.SetString(language.English, m.Code, m.En)
		}
	}
	for i, t := range supported {
		r.printers[i] = message.NewPrinter(t, message.Catalog(b))
	}
	r.matcher = language.NewMatcher(supported[:])
	return r
}

// Messages returns every registered code with its three texts, sorted by code.
func Messages() []Message {
	out := make([]Message, 0, len(reg.byCode))
	for _, m := range reg.byCode {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// lookup finds a code in the registry.
func lookup(code string) (Message, bool) {
	m, ok := reg.byCode[code]
	return m, ok
}

// MatchLanguage returns the supported language that serves tag best: zh-Hans
// for zh, zh-CN and zh-SG; zh-Hant for zh-TW, zh-HK and zh-MO; en for any
// English; zh-Hans for anything else.
func MatchLanguage(tag language.Tag) language.Tag { return supported[matchIndex(tag)] }

func matchIndex(tag language.Tag) int {
	_, i, conf := reg.matcher.Match(tag)
	if conf == language.No {
		return 0
	}
	return i
}

// printerFor returns the shared printer for the language matching tag.
func printerFor(tag language.Tag) *message.Printer { return reg.printers[matchIndex(tag)] }

// Label returns the localized text of a registered code with its arguments, for
// the headings, column names and enum names of printed sheets: text that is not
// a decision's reason and so cites no source. An unknown code yields the code
// and its arguments, like Reason.Text.
func Label(tag language.Tag, code string, args ...string) string {
	return Reason{Code: code, Args: args}.Text(tag)
}
