package union_test

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestFieldErrorKinds(t *testing.T) {
	inv := union.Invalid("wages.bonus", "invalid.negative", "-5")
	assert.ErrorIs(t, inv, union.ErrInvalid)
	assert.NotErrorIs(t, inv, union.ErrPolicy)

	pol := union.Inconsistent("shares", "policy.sum", "0.9", "1", "0.9")
	assert.ErrorIs(t, pol, union.ErrPolicy)
	assert.NotErrorIs(t, pol, union.ErrInvalid)

	bare := &union.FieldError{Field: "x", Code: "invalid.required"}
	assert.ErrorIs(t, bare, union.ErrInvalid, "a nil Kind is ErrInvalid")

	wrapped := fmt.Errorf("member E001: %w", inv)
	var fe *union.FieldError
	require.True(t, errors.As(wrapped, &fe))
	assert.Equal(t, "wages.bonus", fe.Field)
	assert.Equal(t, "invalid.negative", fe.Code)
	assert.Equal(t, "-5", fe.Value)
	assert.ErrorIs(t, wrapped, union.ErrInvalid)
}

func TestFieldErrorText(t *testing.T) {
	// A path without labels is shown as it is.
	e := union.Invalid("pay.extra", "invalid.negative", "-5")
	assert.Equal(t, `invalid input: pay.extra: must not be negative (value "-5")`, e.Error())
	assert.Equal(t, "字段 pay.extra：不能为负数（值为“-5”）", e.Text(hans))
	assert.Equal(t, "欄位 pay.extra：不能為負數（值為「-5」）", e.Text(hant))
	assert.Equal(t, `pay.extra: must not be negative (value "-5")`, e.Text(en))

	r := union.Inconsistent("", "policy.range", "", "0", "1")
	assert.Equal(t, "inconsistent policy: -: policy parameter outside the range 0 to 1", r.Error())
	assert.Equal(t, "字段 -：政策参数超出范围 0 至 1", r.Text(hans))

	assert.Equal(t, union.Reason{Code: "policy.range", Args: []string{"0", "1"}}, r.Reason())

	unknown := union.Invalid("x", "no.such.code", "v", "a")
	assert.Equal(t, `x: no.such.code(a) (value "v")`, unknown.Text(en))
}

func TestFieldErrorWithin(t *testing.T) {
	tests := []struct{ prefix, field, want string }{
		{"members[3]", "wages.bonus", "members[3].wages.bonus"},
		{"members", "[3].id", "members[3].id"},
		{"policy", "", "policy"},
		{"", "rate", "rate"},
	}
	for _, tt := range tests {
		e := union.Invalid(tt.field, "invalid.required", "")
		got := e.Within(tt.prefix)
		assert.Equal(t, tt.want, got.Field)
		assert.Equal(t, tt.field, e.Field, "Within must not change the original")
	}
	assert.Equal(t, "members[3]", union.Indexed("members", 3))
	assert.Equal(t, "shares[0].weight", union.Invalid("weight", "invalid.negative", "").Within(union.Indexed("shares", 0)).Field)
}

// TestAtField: every FieldError in err moves to the field, whatever its own
// name; other errors and the shape of joins and records are kept.
func TestAtField(t *testing.T) {
	assert.NoError(t, union.AtField("p", nil))
	assert.Equal(t, io.EOF, union.AtField("p", io.EOF), "other errors pass through")
	own := union.Invalid("rounding_mode", "invalid.enum", "x", "rounding", "half_up")
	moved := own.At("amount_rounding.mode")
	assert.Equal(t, "amount_rounding.mode", moved.Field)
	assert.Equal(t, "rounding_mode", own.Field, "At copies")
	assert.Equal(t, own.Args, moved.Args)

	joined := errors.Join(own, errors.Join(union.Inconsistent("b", "policy.sum", "", "1", "2"), io.EOF))
	got := union.AtField("members[2].sector", union.NewRecordError("members", 2, "E2", joined))
	var fields []string
	for _, fe := range union.FieldErrors(got) {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"members[2].sector", "members[2].sector"}, fields)
	assert.ErrorIs(t, got, io.EOF)
	assert.ErrorIs(t, got, union.ErrPolicy)
	var re *union.RecordError
	require.True(t, errors.As(got, &re))
	assert.Equal(t, "E2", re.ID)
}

func TestPrefix(t *testing.T) {
	assert.NoError(t, union.Prefix("p", nil))
	assert.Equal(t, io.EOF, union.Prefix("p", io.EOF), "other errors pass through")

	single := union.Prefix("policy", union.Inconsistent("rate", "policy.range", "2", "0", "1"))
	var fe *union.FieldError
	require.True(t, errors.As(single, &fe))
	assert.Equal(t, "policy.rate", fe.Field)

	joined := errors.Join(
		union.Invalid("a", "invalid.required", ""),
		errors.Join(union.Inconsistent("b", "policy.sum", "", "1", "2"), io.EOF),
		fmt.Errorf("ctx: %w", union.Invalid("c", "invalid.negative", "-1")),
	)
	got := union.Prefix("members[2]", joined)
	assert.ErrorIs(t, got, union.ErrInvalid)
	assert.ErrorIs(t, got, union.ErrPolicy)
	assert.ErrorIs(t, got, io.EOF)
	var fields []string
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var fe *union.FieldError
		if errors.As(err, &fe) {
			fields = append(fields, fe.Field)
		}
	}
	walk(got)
	assert.Equal(t, []string{"members[2].a", "members[2].b", "members[2].c"}, fields)
	// The original errors are unchanged.
	var orig *union.FieldError
	require.True(t, errors.As(joined, &orig))
	assert.Equal(t, "a", orig.Field)
}

func TestFieldErrorsAndErrorText(t *testing.T) {
	a := union.Invalid("a", "invalid.negative", "-1")
	b := union.Inconsistent("b", "invalid.empty", "")
	plain := errors.New("plain")
	tests := []struct {
		name   string
		err    error
		fields []string
		en     string
	}{
		{"nil", nil, nil, ""},
		{"one", a, []string{"a"}, `a: must not be negative (value "-1")`},
		{"wrapped", fmt.Errorf("ctx: %w", a), []string{"a"}, `a: must not be negative (value "-1")`},
		{"joined and nested", errors.Join(a, errors.Join(plain, b)), []string{"a", "b"},
			`a: must not be negative (value "-1"); plain; b: must not be empty`},
		{"no field errors", plain, nil, "plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fields []string
			for _, fe := range union.FieldErrors(tt.err) {
				fields = append(fields, fe.Field)
			}
			assert.Equal(t, tt.fields, fields)
			assert.Equal(t, tt.en, union.ErrorText(tt.err, language.English))
		})
	}
}

// TestInvalidUTF8: the argument is the offset of the first bad byte.
func TestInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   string
	}{
		{"\xff", "0"}, {"ab\xffc", "2"}, {"工\xe5\xb7", "3"}, {"工资", "6"}, {"", "0"},
	} {
		fe := union.InvalidUTF8("f", []byte(tc.text))
		assert.Equal(t, "invalid.utf8", fe.Code, tc.text)
		assert.Equal(t, []string{tc.at}, fe.Args, "%q", tc.text)
		assert.ErrorIs(t, fe, union.ErrInvalid)
	}
}
