package heading

import (
	"strconv"
	"testing"

	"golang.org/x/text/language"

	_ "github.com/gonghui/gonghui" // every package's codes, to compare with union.Label
	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/internal/catalog/catalogtest"
	"github.com/gonghui/gonghui/union"
)

// TestText picks the language as union.MatchLanguage does, falls back to
// zh-Hans, binds indexed arguments in any order, and renders an unknown code
// as the code with its arguments.
func TestText(t *testing.T) {
	tab := New([]catalog.Texts{
		{"x.pair", "%[1]s 与 %[2]s", "%[1]s 與 %[2]s", "%[2]s and %[1]s"},
		{"x.percent", "七成 70%%", "七成 70%%", "70%% of it"},
	})
	for _, tc := range []struct {
		tag, code string
		args      []string
		want      string
	}{
		{"zh-Hans", "x.pair", []string{"甲", "乙"}, "甲 与 乙"},
		{"zh-CN", "x.pair", []string{"甲", "乙"}, "甲 与 乙"},
		{"zh-TW", "x.pair", []string{"甲", "乙"}, "甲 與 乙"},
		{"zh-HK", "x.pair", []string{"甲", "乙"}, "甲 與 乙"},
		{"en-GB", "x.pair", []string{"a", "b"}, "b and a"},
		{"fr", "x.pair", []string{"a", "b"}, "a 与 b"},
		{"en", "x.percent", nil, "70% of it"},
		{"en", "x.unknown", []string{"1", "2"}, "x.unknown(1, 2)"},
		{"en", "x.unknown", nil, "x.unknown"},
	} {
		if got := tab.Text(language.MustParse(tc.tag), tc.code, tc.args...); got != tc.want {
			t.Errorf("%s %s: got %q, want %q", tc.tag, tc.code, got, tc.want)
		}
	}
}

// TestSameAsLabel renders every registered code through a Table and through
// union.Label: the two agree byte for byte in every language, so moving a
// row from a library messages file into a program's table changes nothing
// the program prints.
func TestSameAsLabel(t *testing.T) {
	var rows []catalog.Texts
	for _, m := range catalog.All() {
		if m.Code != "invalid.enum" { // union lists its argument before formatting
			rows = append(rows, catalog.Texts{m.Code, m.Hans, m.Hant, m.En})
		}
	}
	tab := New(rows)
	for _, m := range tab.Messages() {
		n, _ := catalogtest.Check(m)
		args := make([]string, n)
		for k := range args {
			args[k] = "ARG" + strconv.Itoa(k+1)
		}
		for _, tag := range []string{"zh-Hans", "zh-Hant", "en", "zh-TW", "fr"} {
			lt := language.MustParse(tag)
			if got, want := tab.Text(lt, m.Code, args...), union.Label(lt, m.Code, args...); got != want {
				t.Errorf("%s %s: table %q, union.Label %q", tag, m.Code, got, want)
			}
		}
	}
}

// TestNewRefuses panics on a row without a code, a code twice and a missing text.
func TestNewRefuses(t *testing.T) {
	for name, rows := range map[string][]catalog.Texts{
		"no code":    {{"", "一", "壹", "one"}},
		"twice":      {{"a", "一", "壹", "one"}, {"a", "一", "壹", "one"}},
		"no zh-Hant": {{"a", "一", "", "one"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			New(rows)
		}()
	}
}
