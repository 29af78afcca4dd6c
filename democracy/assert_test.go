package democracy

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var (
	zhHans = language.SimplifiedChinese
	zhHant = language.TraditionalChinese
	en     = language.English
)

// requireField asserts err holds a FieldError of the kind with the field and code.
func requireField(t *testing.T, err error, kind error, field, code string) {
	t.Helper()
	require.ErrorIs(t, err, kind)
	for _, fe := range union.FieldErrors(err) {
		if fe.Field == field && fe.Code == code {
			return
		}
	}
	t.Fatalf("no %s/%s in %v", field, code, err)
}

// requireCodes asserts that every reason code is registered with texts in the three languages.
func requireRegistered(t *testing.T, rs []union.Reason) {
	t.Helper()
	known := map[string]bool{}
	for _, m := range union.Messages() {
		known[m.Code] = true
	}
	for _, r := range rs {
		require.True(t, known[r.Code], "code %q has no text", r.Code)
		require.NotEmpty(t, r.Source, "code %q has no source", r.Code)
	}
}
