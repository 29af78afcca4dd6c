package dues_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// enumError is the error a type's own UnmarshalText gives for text.
func enumError(t *testing.T, u interface{ UnmarshalText([]byte) error }, text string) *union.FieldError {
	t.Helper()
	errs := union.FieldErrors(u.UnmarshalText([]byte(text)))
	require.Len(t, errs, 1)
	return errs[0]
}

// The enum fields of dues' JSON and CSV inputs read through the types' own
// UnmarshalText: the English word or any localized name, and any other text
// is the same invalid.enum error as anywhere else in the module, at the
// field's path.
func TestEnumFieldsReadThroughTheirTypes(t *testing.T) {
	t.Run("policy", func(t *testing.T) {
		p, err := dues.DecodePolicy([]byte(`{"preset":"national","base_rounding":{"places":2,"mode":"四舍五入"},
			"amount_rounding":{"places":2,"mode":"half up"},"exempt":[{"status":"退休"}],
			"bases":[{"sector":"事業單位","class":"apprentice","all_but":true,"items":[]}]}`))
		require.NoError(t, err)
		assert.Equal(t, union.HalfUp, p.BaseRounding.Mode)
		assert.Equal(t, union.HalfUp, p.AmountRounding.Mode)
		assert.Equal(t, union.Retired, p.Exempt[0].Status)
		assert.Equal(t, union.Institution, p.Bases[0].Sector)

		_, err = dues.DecodePolicy([]byte(`{"preset":"national","amount_rounding":{"places":2,"mode":"nearest"},
			"classes":[{"class":"intern","flat":true}]}`))
		errs := union.FieldErrors(err)
		require.Len(t, errs, 2)
		var mode union.RoundingMode
		var class dues.Class
		for i, want := range []struct {
			field string
			err   *union.FieldError
		}{{"amount_rounding.mode", enumError(t, &mode, "nearest")}, {"classes[0].class", enumError(t, &class, "intern")}} {
			assert.Equal(t, want.field, errs[i].Field)
			assert.Equal(t, "invalid.enum", errs[i].Code)
			assert.Equal(t, want.err.Value, errs[i].Value)
			assert.Equal(t, want.err.Args, errs[i].Args)
			assert.ErrorIs(t, errs[i], union.ErrInvalid)
		}
	})
	t.Run("members", func(t *testing.T) {
		ms, bad, err := dues.DecodeMembers([]byte(`[{"id":"a","sector":"public institution","status":"retired"},
			{"id":"b","sector":"factory"}]`), dues.DecodeOptions{})
		require.NoError(t, err)
		require.Len(t, ms, 1)
		assert.Equal(t, union.Institution, ms[0].Sector)
		require.Len(t, bad, 1)
		errs := union.FieldErrors(bad[0])
		require.Len(t, errs, 1)
		var sector union.Sector
		want := enumError(t, &sector, "factory")
		assert.Equal(t, "members[1].sector", errs[0].Field)
		assert.Equal(t, "invalid.enum", errs[0].Code)
		assert.Equal(t, want.Args, errs[0].Args)
	})
	t.Run("csv", func(t *testing.T) {
		rs, err := readAll(t, "id,sector,status,class,basic\n"+
			"a, ENTERPRISE ,Retired,学徒工,1\nb,Public Institution, 在职 ,,2\nc,enterprise,gone,x,3\n", dues.DecodeOptions{}, 10)
		require.NoError(t, err)
		require.Len(t, rs.Members, 2)
		assert.Equal(t, union.Enterprise, rs.Members[0].Sector)
		assert.Equal(t, union.Retired, rs.Members[0].Status)
		assert.Equal(t, dues.Apprentice, rs.Members[0].Class)
		assert.Equal(t, union.Institution, rs.Members[1].Sector)
		assert.Equal(t, union.Active, rs.Members[1].Status)
		require.Len(t, rs.Bad, 1)
		assert.Equal(t, []string{"members[2].class invalid.enum", "members[2].status invalid.enum"}, wireCodes(rs.Bad[0]))
		var status union.MemberStatus
		assert.Equal(t, enumError(t, &status, "gone").Args, union.FieldErrors(rs.Bad[0])[1].Args)
	})
}
