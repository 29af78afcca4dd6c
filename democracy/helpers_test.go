package democracy

import (
	"errors"
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

// fieldErrors returns every *union.FieldError inside err (also in errors.Join).
func fieldErrors(err error) []*union.FieldError {
	var out []*union.FieldError
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var fe *union.FieldError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

// requireField asserts err holds a FieldError of the kind with the field and code.
func requireField(t *testing.T, err error, kind error, field, code string) {
	t.Helper()
	require.ErrorIs(t, err, kind)
	for _, fe := range fieldErrors(err) {
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
