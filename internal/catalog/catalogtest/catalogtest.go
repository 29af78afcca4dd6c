// Package catalogtest holds the rules every registered message keeps, for the
// tests of the packages that register them: each code has non-empty zh-Hans,
// zh-Hant and en texts, the three use the same set of indexed verbs and no
// bare ones, the indexes run 1 … n without a hole, and each text formats
// cleanly with n arguments.
package catalogtest

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/internal/catalog"
)

// verbPattern matches one fmt verb with an explicit argument index, the only
// form texts may use (%[1]s …).
var verbPattern = regexp.MustCompile(`%\[(\d+)\][a-z]`)

// bareVerb matches a verb without an index (%s, %d, %v …), which would bind
// arguments by position and break when a translation reorders them.
var bareVerb = regexp.MustCompile(`%[^\[%]`)

// Check returns the problems of a message, for the tests that hold every
// registered code (TestCatalogComplete): a text that is empty, or uses a verb
// without an argument index, or uses a different set of verbs from the
// zh-Hans text, or indexes that do not run 1 … n without a hole. It also
// returns n, the number of arguments the texts take.
func Check(m catalog.Message) (n int, problems []string) {
	texts := [...]string{m.Hans, m.Hant, m.En}
	names := [...]string{"zh-Hans", "zh-Hant", "en"}
	want := verbs(m.Hans)
	for i, text := range texts {
		if strings.TrimSpace(text) == "" {
			problems = append(problems, names[i]+" text is empty")
		}
		if bareVerb.MatchString(strings.ReplaceAll(text, "%%", "")) {
			problems = append(problems, names[i]+" text uses a verb without an argument index")
		}
		if got := verbs(text); strings.Join(got, " ") != strings.Join(want, " ") {
			problems = append(problems, fmt.Sprintf("%s verbs %v differ from zh-Hans %v", names[i], got, want))
		}
	}
	used := map[int]bool{}
	for _, v := range want {
		k, _ := strconv.Atoi(verbPattern.FindStringSubmatch(v)[1])
		used[k] = true
		n = max(n, k)
	}
	for k := 1; k <= n; k++ {
		if !used[k] {
			problems = append(problems, fmt.Sprintf("argument %%[%d] is never used", k))
		}
	}
	return n, problems
}

// verbs returns the sorted set of verbs in a text, ignoring %%.
func verbs(text string) []string {
	set := map[string]bool{}
	for _, v := range verbPattern.FindAllString(strings.ReplaceAll(text, "%%", ""), -1) {
		set[v] = true
	}
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// Complete checks every registered message whose code the program's
// packages registered (see Check), and that each formats in every language
// with its arguments in place. A code registered twice never gets this far:
// catalog.Register panics at start-up.
func Complete(t *testing.T) {
	t.Helper()
	all := catalog.All()
	if len(all) == 0 {
		t.Fatal("no message is registered")
	}
	for _, m := range all {
		n, problems := Check(m)
		for _, p := range problems {
			t.Errorf("%s: %s", m.Code, p)
		}
		if m.Code == "invalid.enum" {
			continue // its one argument is a list union builds
		}
		args := make([]any, n)
		for k := range args {
			args[k] = "ARG" + strconv.Itoa(k+1)
		}
		for i := range catalog.Languages() {
			got := catalog.Printer(i).Sprintf(m.Code, args...)
			if strings.Contains(got, "%!") {
				t.Errorf("%s: %s text does not format cleanly: %s", m.Code, catalog.Languages()[i], got)
			}
			for _, a := range args {
				if !strings.Contains(got, a.(string)) {
					t.Errorf("%s: %s text lacks argument %s: %q", m.Code, catalog.Languages()[i], a, got)
				}
			}
		}
	}
}
