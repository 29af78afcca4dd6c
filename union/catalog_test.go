package union

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// verbPattern matches one fmt verb with an explicit argument index, the only
// form message texts may use (%[1]s …).
var verbPattern = regexp.MustCompile(`%\[(\d+)\][a-z]`)

// bareVerb matches a verb without an index (%s, %d, %v …), which would bind
// arguments by position and break when a translation reorders them.
var bareVerb = regexp.MustCompile(`%[^\[%]`)

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

// TestCatalogComplete protects every package's messages file: each registered
// code has non-empty zh-Hans, zh-Hant and en texts, the three texts use the
// same set of indexed verbs and no bare ones, the indexes run 1..n without a
// hole, each text formats cleanly with n arguments, and no code is registered
// twice (a second registration would silently replace the first).
func TestCatalogComplete(t *testing.T) {
	seen := map[string]int{}
	for ti, table := range messageTables() {
		for _, m := range table {
			if prev, dup := seen[m.Code]; dup {
				t.Errorf("code %q registered twice (tables %d and %d)", m.Code, prev, ti)
			}
			seen[m.Code] = ti
		}
	}
	all := Messages()
	require.NotEmpty(t, all)
	require.Len(t, all, len(seen))
	for _, m := range all {
		t.Run(m.Code, func(t *testing.T) {
			require.NotEmpty(t, m.Code)
			texts := map[string]string{"zh-Hans": m.Hans, "zh-Hant": m.Hant, "en": m.En}
			for lang, text := range texts {
				assert.NotEmpty(t, strings.TrimSpace(text), "%s text is empty", lang)
				assert.Empty(t, bareVerb.FindAllString(strings.ReplaceAll(text, "%%", ""), -1),
					"%s text uses a verb without an argument index", lang)
			}
			want := verbs(m.Hans)
			assert.Equal(t, want, verbs(m.Hant), "zh-Hant verbs differ from zh-Hans")
			assert.Equal(t, want, verbs(m.En), "en verbs differ from zh-Hans")

			n := 0
			for _, v := range want {
				k, _ := strconv.Atoi(verbPattern.FindStringSubmatch(v)[1])
				n = max(n, k)
			}
			indexes := map[int]bool{}
			for _, v := range want {
				k, _ := strconv.Atoi(verbPattern.FindStringSubmatch(v)[1])
				indexes[k] = true
			}
			for k := 1; k <= n; k++ {
				assert.True(t, indexes[k], "argument %%[%d] is never used", k)
			}
			args := make([]string, n)
			for k := range args {
				args[k] = "ARG" + strconv.Itoa(k+1)
			}
			for _, tag := range Languages() {
				got := Reason{Code: m.Code, Args: args}.Text(tag)
				assert.NotContains(t, got, "%!", "%s: text does not format cleanly: %s", tag, got)
				for _, a := range args {
					assert.Contains(t, got, a, "%s: argument missing from %q", tag, got)
				}
			}
		})
	}
}

// TestCatalogTextsPerLanguage checks that each language gets its own text
// from the registry.
func TestCatalogTextsPerLanguage(t *testing.T) {
	m, ok := lookup("invalid.negative")
	require.True(t, ok)
	assert.Equal(t, m.Hans, Reason{Code: m.Code}.Text(language.SimplifiedChinese))
	assert.Equal(t, m.Hant, Reason{Code: m.Code}.Text(language.TraditionalChinese))
	assert.Equal(t, m.En, Reason{Code: m.Code}.Text(language.English))
}

// TestLanguages checks the supported languages and their order (zh-Hans first: the fallback).
func TestLanguages(t *testing.T) {
	assert.Equal(t, []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}, Languages())
}
