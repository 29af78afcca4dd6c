// Package heading holds an example program's own headings: the titles,
// column names and sentences it prints around the library's reasons, in
// zh-Hans, zh-Hant and en. They are not the library's: no library code names
// them and the catalogue does not hold them, so each program keeps its table
// in a file of its own (headings.go) and renders it here, the way union.Label
// renders a registered code.
package heading

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/union"
)

// Table is one program's headings by code. Its rows are written as the
// library's message tables are, {code, zh-Hans, zh-Hant, en}, with indexed
// verbs (%[1]s …) for the arguments. A Table is never changed after New: it
// is safe for concurrent use.
type Table struct {
	byCode map[string]catalog.Message
	codes  []string // in the order of the rows
}

// New returns the table of rows. It panics when a code is empty or comes
// twice, or a row lacks a text: a program must not start with a broken table.
func New(rows []catalog.Texts) Table {
	t := Table{byCode: make(map[string]catalog.Message, len(rows)), codes: make([]string, 0, len(rows))}
	for _, row := range rows {
		m := catalog.Message{Code: row[0], Hans: row[1], Hant: row[2], En: row[3]}
		if m.Code == "" {
			panic("heading: a row without a code")
		}
		if _, dup := t.byCode[m.Code]; dup {
			panic(fmt.Sprintf("heading: code %q comes twice", m.Code))
		}
		if m.Hans == "" || m.Hant == "" || m.En == "" {
			panic(fmt.Sprintf("heading: code %q lacks a text in zh-Hans, zh-Hant or en", m.Code))
		}
		t.byCode[m.Code] = m
		t.codes = append(t.codes, m.Code)
	}
	return t
}

// Text returns the heading code with its arguments in the language
// union.MatchLanguage picks for tag (zh-Hans for anything it does not
// serve), as union.Label renders a registered code. An unknown code yields
// the code with its arguments, as union.Reason.String does, never an empty
// string.
func (t Table) Text(tag language.Tag, code string, args ...string) string {
	m, ok := t.byCode[code]
	if !ok {
		return union.Reason{Code: code, Args: args}.String()
	}
	format := m.Hans
	switch union.MatchLanguage(tag) {
	case language.TraditionalChinese:
		format = m.Hant
	case language.English:
		format = m.En
	}
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Sprintf(format, a...)
}

// Messages returns the rows of the table in their order, for tests.
func (t Table) Messages() []catalog.Message {
	out := make([]catalog.Message, len(t.codes))
	for i, c := range t.codes {
		out[i] = t.byCode[c]
	}
	return out
}
