package union

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/internal/catalog/catalogtest"
)

// TestCatalogComplete holds union's own codes (the only ones a program that
// links union alone sees) to the rules of catalogtest.Check: three texts,
// the same indexed verbs, indexes without a hole, clean formatting. The root
// package's test of the same name holds every package's codes.
func TestCatalogComplete(t *testing.T) {
	catalogtest.Complete(t)
	for _, m := range Messages() {
		if got := catalog.Owner(m.Code); got != "union" {
			t.Errorf("%s: registered by %s in a program that links only union", m.Code, got)
		}
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
