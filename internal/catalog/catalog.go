package catalog

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	xcatalog "golang.org/x/text/message/catalog"
)

// Message is the text of one code in the three languages: fmt-style formats
// whose indexed verbs (%[1]s, %[2]s …) refer to a reason's arguments.
type Message struct {
	Code string // stable machine code
	Hans string // zh-Hans, 简体中文
	Hant string // zh-Hant, 繁體中文
	En   string // English
}

// Text returns the text in the language of index lang (see Languages).
func (m Message) Text(lang int) string {
	switch lang {
	case Hant:
		return m.Hant
	case English:
		return m.En
	}
	return m.Hans
}

// The indices of the languages in Languages.
const (
	Hans    = 0 // zh-Hans, the fallback
	Hant    = 1 // zh-Hant
	English = 2 // en
)

// languages are the languages of the catalogue, zh-Hans first: it is the fallback.
var languages = [...]language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

// Languages returns zh-Hans, zh-Hant and en, in the order of their indices.
func Languages() []language.Tag { return languages[:] }

// entry is a registered message with the package that registered it.
type entry struct {
	Message
	owner string
}

// The catalogue. byCode and owners are written only by Register, during
// package initialisation; sealed is set by the first read, after which they
// are never written again. printers and matcher are built once, at that first
// read.
var (
	byCode   = map[string]entry{}
	sealed   atomic.Bool
	seal     sync.Once
	printers [len(languages)]*message.Printer
	matcher  language.Matcher
)

// Texts is one row of a package's message table: the code, then its text in
// zh-Hans, zh-Hant and en.
type Texts [4]string

// Register adds the message table of the package owner (its import path's
// last element, "dues") to the catalogue. Call it only from an init function. It
// panics when the catalogue has already been read, when a code is empty or
// already registered (by owner or another package), or when a text is missing:
// these are programming errors a program must not start with.
func Register(owner string, table []Texts) {
	if sealed.Load() {
		panic(fmt.Sprintf("catalog: package %s registers its messages after the catalogue was first read; register from init, and read no text during package initialisation", owner))
	}
	for _, row := range table {
		m := Message{Code: row[0], Hans: row[1], Hant: row[2], En: row[3]}
		if m.Code == "" {
			panic("catalog: package " + owner + " registers a message without a code")
		}
		if prev, dup := byCode[m.Code]; dup {
			panic(fmt.Sprintf("catalog: code %q is registered by %s and again by %s", m.Code, prev.owner, owner))
		}
		if m.Hans == "" || m.Hant == "" || m.En == "" {
			panic(fmt.Sprintf("catalog: code %q of %s lacks a text in zh-Hans, zh-Hant or en", m.Code, owner))
		}
		byCode[m.Code] = entry{Message: m, owner: owner}
	}
}

// ready seals the catalogue and builds its printers, once.
func ready() {
	seal.Do(func() {
		sealed.Store(true)
		b := xcatalog.NewBuilder(xcatalog.Fallback(language.SimplifiedChinese))
		for code, e := range byCode {
			for i, t := range languages {
				_ = b.SetString(t, code, e.Text(i))
			}
		}
		for i, t := range languages {
			printers[i] = message.NewPrinter(t, message.Catalog(b))
		}
		matcher = language.NewMatcher(languages[:])
	})
}

// Lookup returns the message of a code.
func Lookup(code string) (Message, bool) {
	ready()
	e, ok := byCode[code]
	return e.Message, ok
}

// Owner returns the package that registered code, or "".
func Owner(code string) string {
	ready()
	return byCode[code].owner
}

// All returns every registered message, sorted by code.
func All() []Message {
	ready()
	out := make([]Message, 0, len(byCode))
	for _, e := range byCode {
		out = append(out, e.Message)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Match returns the index of the language that serves tag best: zh-Hans for
// zh, zh-CN and zh-SG; zh-Hant for zh-TW, zh-HK and zh-MO; en for any English;
// zh-Hans for anything else.
func Match(tag language.Tag) int {
	ready()
	_, i, conf := matcher.Match(tag)
	if conf == language.No {
		return Hans
	}
	return i
}

// Printer returns the shared printer of the language of index lang, which
// formats registered codes with their arguments.
func Printer(lang int) *message.Printer {
	ready()
	return printers[lang]
}
