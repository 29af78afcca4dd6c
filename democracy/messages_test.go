package democracy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var codeLiteral = regexp.MustCompile(`^democracy\.[a-z_.]+[a-z]$`)
var verb = regexp.MustCompile(`%\[\d+\]s`)

// enumPrefix reports whether s is the message prefix of one of the package's
// enums ("democracy.form"), to which its Set appends the value's word: some
// registered code starts with s + ".", and s itself is not a code. The words
// themselves are checked below.
func enumPrefix(s string) bool {
	if union.Label(language.English, s) != s {
		return false
	}
	for _, m := range union.Messages() {
		if strings.HasPrefix(m.Code, s+".") {
			return true
		}
	}
	return false
}

// Every code the package's code names, and every enum value's name, has
// texts in the three languages with the same verbs.
func TestEveryCodeHasTexts(t *testing.T) {
	msgs := map[string]union.Message{}
	for _, m := range union.Messages() {
		msgs[m.Code] = m
	}
	codes := map[string]bool{}
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && codeLiteral.MatchString(s) && !enumPrefix(s) {
					codes[s] = true
				}
			}
			return true
		})
	}
	for _, w := range groupEnum.Words() {
		codes["democracy.check.ceiling."+w] = true
		codes["democracy.check.floor."+w] = true
		codes["democracy.check.presidium.ceiling."+w] = true
		codes["democracy.check.presidium.floor."+w] = true
		codes["democracy.group."+w] = true
	}
	// The unions of groups a Limit with Also names.
	for mask := uint(1); mask < 1<<groupEnum.Len(); mask++ {
		if mask&(mask-1) == 0 {
			continue
		}
		w := groupSetCode(mask)
		codes["democracy.check.ceiling."+w] = true
		codes["democracy.check.floor."+w] = true
		codes["democracy.check.presidium.ceiling."+w] = true
		codes["democracy.check.presidium.floor."+w] = true
	}
	for _, outcome := range []string{"passed", "failed"} {
		codes["democracy.recall."+outcome] = true
		codes["democracy.recall.delegate."+outcome] = true
	}
	for prefix, words := range map[string][]string{
		"base": baseEnum.Words(), "form": formEnum.Words(), "gap": gapEnum.Words(), "small": smallEnum.Words(), "category": categoryEnum.Words(),
		"bound": boundEnum.Words(), "matter": matterEnum.Words(), "method": methodEnum.Words(), "shortfall": shortfallEnum.Words(),
		"fate": fateEnum.Words(), "round": roundEnum.Words(), "election_kind": electionKindEnum.Words(),
	} {
		for _, w := range words {
			codes["democracy."+prefix+"."+w] = true
		}
	}
	var list []string
	for c := range codes {
		list = append(list, c)
	}
	sort.Strings(list)
	for _, c := range list {
		m, ok := msgs[c]
		if !assert.True(t, ok, "code %s has no texts", c) {
			continue
		}
		assert.NotEmpty(t, m.Hans, c)
		assert.NotEmpty(t, m.Hant, c)
		assert.NotEmpty(t, m.En, c)
		verbs := func(s string) string {
			v := verb.FindAllString(s, -1)
			sort.Strings(v)
			return strings.Join(slicesCompact(v), ",")
		}
		assert.Equal(t, verbs(m.Hans), verbs(m.Hant), c)
		assert.Equal(t, verbs(m.Hans), verbs(m.En), c)
	}
	// And every democracy message is used (no stale texts): the example
	// programs keep their headings in their own tables.
	for code := range msgs {
		if strings.HasPrefix(code, "democracy.") {
			assert.True(t, codes[code], "message %s is never used", code)
		}
	}
}

func slicesCompact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
