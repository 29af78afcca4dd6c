// Package headingtest holds an example program's table of headings to the
// rules the library's catalogue keeps (catalogtest.Check), for the program's
// own test.
package headingtest

import (
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	_ "github.com/gonghui/gonghui" // links every package's codes, to check against
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/internal/catalog/catalogtest"
)

// Check fails t for each row of table that breaks the catalogue's rules:
// a text that is empty, a verb without an argument index, verbs that differ
// between the three languages, indexes with a hole, or a text that does not
// format cleanly with its arguments. A code the catalogue also registers is
// a failure too: the heading would hide the library's text, or the library
// still keeps a text only the program uses.
func Check(t *testing.T, table heading.Table) {
	t.Helper()
	rows := table.Messages()
	if len(rows) == 0 {
		t.Fatal("the table has no heading")
	}
	tags := []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}
	for _, m := range rows {
		n, problems := catalogtest.Check(m)
		for _, p := range problems {
			t.Errorf("%s: %s", m.Code, p)
		}
		if _, ok := catalog.Lookup(m.Code); ok {
			t.Errorf("%s: the catalogue registers this code too (owner %s)", m.Code, catalog.Owner(m.Code))
		}
		args := make([]string, n)
		for k := range args {
			args[k] = "ARG" + strconv.Itoa(k+1)
		}
		for i, tag := range tags {
			got := table.Text(tag, m.Code, args...)
			if strings.Contains(got, "%!") {
				t.Errorf("%s: %s text does not format cleanly: %s", m.Code, tag, got)
			}
			if want := strings.ReplaceAll(m.Text(i), "%%", "%"); n == 0 && got != want {
				t.Errorf("%s: %s text = %q, want %q", m.Code, tag, got, want)
			}
			for _, a := range args {
				if !strings.Contains(got, a) {
					t.Errorf("%s: %s text lacks argument %s: %q", m.Code, tag, a, got)
				}
			}
		}
	}
}
