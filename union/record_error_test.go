package union_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestRecordError(t *testing.T) {
	inner := errors.Join(union.Invalid("wages.basic", "invalid.negative", "-5"), union.Invalid("id", "invalid.required", ""))
	re := union.NewRecordError("members", 17, "E017", inner)
	require.NotNil(t, re)
	assert.Equal(t, 17, re.Index)
	assert.Equal(t, "E017", re.ID)
	assert.True(t, errors.Is(re, union.ErrInvalid))
	var fe *union.FieldError
	require.True(t, errors.As(re, &fe))
	assert.Equal(t, "members[17].wages.basic", fe.Field)
	assert.Contains(t, re.Error(), `record 17 (ID "E017"): `)

	// A batch joins its bad records; every FieldError inside is reachable.
	batch := errors.Join(re, union.NewRecordError("members", 20, "", union.Invalid("sector", "invalid.required", "")))
	fields := []string{}
	for _, fe := range union.FieldErrors(batch) {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"members[17].wages.basic", "members[17].id", "members[20].sector"}, fields)
	assert.Nil(t, union.NewRecordError("members", 1, "x", nil))
	assert.Equal(t, "record 3", (&union.RecordError{Index: 3}).Error())

	// Prefix re-roots inside a RecordError and keeps it.
	p := union.Prefix("batch", re)
	var got *union.RecordError
	require.True(t, errors.As(p, &got))
	assert.Equal(t, "batch.members[17].wages.basic", union.FieldErrors(p)[0].Field)

	// Wrapped with %w, still reachable.
	assert.Len(t, union.FieldErrors(fmt.Errorf("import: %w", re)), 2)
}

func TestErrorTextNamesRecords(t *testing.T) {
	err := errors.Join(
		union.NewRecordError("rows", 17, "E017", union.Invalid("resident_id", "id.check", "110105********0021")),
		union.NewRecordError("rows", 18, "", union.Invalid("period", "invalid.required", "")),
	)
	assert.Equal(t, "记录 E017：字段 rows[17]的公民身份号码：校验码不正确（值为“110105********0021”）；字段 rows[18]的月份：必须填写",
		union.ErrorText(err, language.SimplifiedChinese))
}
