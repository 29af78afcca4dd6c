package union_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestErrorsJSONRoundTrip(t *testing.T) {
	err := errors.Join(
		union.Inconsistent("rounding", "policy.empty", ""),
		union.NewRecordError("members", 17, "E017", errors.Join(
			union.Invalid("wages.basic", "invalid.negative", "-5"),
			union.Invalid("sector", "invalid.unknown", "x", "enterprise", "institution"))),
		union.NewRecordError("members", 18, "", union.Invalid("id", "invalid.required", "")),
		errors.New("disk full"),
	)
	list := union.ErrorsJSON(err, language.English)
	require.Len(t, list, 5)
	assert.Equal(t, "policy", list[0].Kind)
	assert.Nil(t, list[0].Record)
	assert.Equal(t, "members[17].wages.basic", list[1].Field)
	require.NotNil(t, list[1].Record)
	assert.Equal(t, 17, *list[1].Record)
	assert.Equal(t, "E017", list[1].ID)
	assert.Equal(t, "invalid", list[1].Kind)
	assert.NotEmpty(t, list[1].Message)
	assert.Equal(t, "invalid.unknown", list[4].Code)
	assert.Equal(t, "disk full", list[4].Value)

	b, jerr := json.Marshal(list)
	require.NoError(t, jerr)
	var back []union.FieldErrorJSON
	require.NoError(t, json.Unmarshal(b, &back))
	again := union.ErrorFromJSON(back)
	assert.True(t, errors.Is(again, union.ErrPolicy))
	assert.True(t, errors.Is(again, union.ErrInvalid))
	var re *union.RecordError
	require.True(t, errors.As(again, &re))
	assert.Equal(t, 17, re.Index)
	assert.Equal(t, "E017", re.ID)
	assert.Len(t, union.FieldErrors(re), 2)
	// The same list again, message aside.
	relist := union.ErrorsJSON(again, language.English)
	assert.Equal(t, list, relist)

	assert.Nil(t, union.ErrorsJSON(nil, language.English))
	assert.NoError(t, union.ErrorFromJSON(nil))
	bad := union.ErrorFromJSON([]union.FieldErrorJSON{{Field: "x", Code: "invalid.negative", Kind: "oops"}})
	var fe *union.FieldError
	require.True(t, errors.As(bad, &fe))
	assert.Equal(t, "errors[0].kind", fe.Field)
}

func TestFieldErrorJSONMethods(t *testing.T) {
	in := union.Invalid("wages.basic", "invalid.too_large", "5", "3")
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"field":"wages.basic","code":"invalid.too_large","value":"5","args":["3"],"kind":"invalid","message":"`+in.Text(language.SimplifiedChinese)+`"}`, string(b))
	var out union.FieldError
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, *in, out)

	pol := union.Inconsistent("shares", "policy.sum", "0.9", "1", "0.9")
	b, err = json.Marshal(pol)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &out))
	assert.True(t, errors.Is(&out, union.ErrPolicy))

	assert.Error(t, json.Unmarshal([]byte(`{"field":"x","code":"c","kind":"invalid","extra":1}`), &out))
	err = json.Unmarshal([]byte(`{"field":"x","code":"c","kind":"nope"}`), &out)
	assert.True(t, errors.Is(err, union.ErrInvalid))
}
