package union_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// decodeMember is a record shaped like a payroll member, for the decoder's tests.
type decodeMember struct {
	ID     string                     `json:"id"`
	Sector union.Sector               `json:"sector"`
	Since  union.Period               `json:"since"`
	Wages  map[string]decimal.Decimal `json:"wages"`
	Hours  int                        `json:"hours"`
	Extra  *struct {
		Note string `json:"note"`
	} `json:"extra,omitempty"`
}

type decodeBatch struct {
	Month   union.Period       `json:"month"`
	Members []decodeMember     `json:"members"`
	Rate    union.JSONDecimal  `json:"rate"`
	Default *union.Sector      `json:"default_sector,omitempty"`
	Embed                      // fields of an embedded struct count as the outer's
	Opts    map[string]float32 `json:"-"`
}

// Embed is embedded in decodeBatch.
type Embed struct {
	Source string `json:"source"`
}

// jsonFieldCodes lists "field code" of every FieldError in err.
func jsonFieldCodes(err error) []string {
	var out []string
	for _, fe := range union.FieldErrors(err) {
		out = append(out, fe.Field+" "+fe.Code)
	}
	return out
}

func TestDecodeJSON(t *testing.T) {
	var b decodeBatch
	good := `{"month":"2026-11","rate":"0.5","source":"s","members":[{"id":"E1","sector":"institution","wages":{"basic":"1200.50"},"hours":8}]}`
	require.NoError(t, union.DecodeJSON([]byte(good), &b))
	assert.Equal(t, union.Institution, b.Members[0].Sector)
	assert.Equal(t, "s", b.Source)
	assert.Equal(t, "0.5", b.Rate.String())

	tests := []struct {
		name, in string
		want     []string
	}{
		{"unknown key deep", `{"members":[{"id":"E1"},{"id":"E2","bonnus":1}]}`, []string{"members[1].bonnus invalid.unknown_field"}},
		{"every problem", `{"mnth":"x","members":[{"hours":"8","sector":"factory","since":"2024-13"},{"wages":{"basic":"abc","奖金":true}}]}`,
			[]string{"mnth invalid.unknown_field", "members[0].hours invalid.type", "members[0].sector invalid.enum",
				"members[0].since invalid.format", "members[1].wages.basic invalid.decimal", "members[1].wages[奖金] invalid.decimal"}},
		{"wrong outer type", `[1,2]`, []string{" invalid.type"}},
		{"trailing data", `{} {}`, []string{" invalid.json"}},
		{"trailing garbage", `{}x`, []string{" invalid.json"}},
		{"syntax", `{"month":}`, []string{" invalid.json"}},
		{"empty", ``, []string{" invalid.json"}},
		{"truncated", `{"members":[`, []string{" invalid.json"}},
		{"bad utf8", "{\"source\":\"\xff\"}", []string{" invalid.utf8"}},
		{"deep", strings.Repeat("[", 65) + strings.Repeat("]", 65), []string{" invalid.json_depth"}},
		{"long number", `{"members":[{},{"hours":1` + strings.Repeat("0", 70) + `}]}`, []string{"members[1].hours invalid.decimal_range"}},
		{"long numeric string", `{"rate":"1` + strings.Repeat("0", 1_000_000) + `"}`, []string{"rate invalid.decimal_range"}},
		{"huge exponent", `{"rate":1e2147483647}`, []string{"rate invalid.decimal_range"}},
		{"rate words", `{"rate":"abc"}`, []string{"rate invalid.decimal"}},
		{"overflow int", `{"members":[{"hours":99999999999999999999}]}`, []string{"members[0].hours invalid.type"}},
		{"nested pointer", `{"members":[{"extra":{"note":1}}]}`, []string{"members[0].extra.note invalid.type"}},
		{"ignored field", `{"Opts":{}}`, []string{"Opts invalid.unknown_field"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v decodeBatch
			err := union.DecodeJSON([]byte(tt.in), &v)
			require.Error(t, err)
			assert.True(t, errors.Is(err, union.ErrInvalid))
			assert.Equal(t, tt.want, jsonFieldCodes(err))
			for _, fe := range union.FieldErrors(err) {
				assert.NotContains(t, fe.Error(), "json:")
			}
		})
	}
}

// TestDecodeJSONEnumSlice: a list of enum values is a JSON array of their
// words, never a base64 string (which encoding/json alone would read into a
// slice of a uint8 kind: "AAE=" as [national provincial]), and a bad element
// is named by its index.
func TestDecodeJSONEnumSlice(t *testing.T) {
	type levels struct {
		Levels []union.Level `json:"levels"`
		Nested []struct {
			Modes []union.RoundingMode `json:"modes"`
		} `json:"nested"`
	}
	var v levels
	require.NoError(t, union.DecodeJSON([]byte(`{"levels":["national","基层工会"],"nested":[{"modes":["down"]}]}`), &v))
	assert.Equal(t, []union.Level{union.National, union.Grassroots}, v.Levels)
	assert.Equal(t, []union.RoundingMode{union.Down}, v.Nested[0].Modes)
	for _, tt := range []struct{ in, want string }{
		{`{"levels":"AAE="}`, "levels invalid.type"},
		{`{"levels":"abc"}`, "levels invalid.type"},
		{`{"levels":5}`, "levels invalid.type"},
		{`{"levels":["national","bad"]}`, "levels[1] invalid.enum"},
		{`{"levels":[1]}`, "levels[0] invalid.type"},
		{`{"nested":[{"modes":"AA=="}]}`, "nested[0].modes invalid.type"},
	} {
		var v levels
		err := union.DecodeJSON([]byte(tt.in), &v)
		assert.Equal(t, []string{tt.want}, jsonFieldCodes(err), tt.in)
		if strings.HasSuffix(tt.want, "s invalid.type") { // refused before decoding
			assert.Empty(t, v.Levels, tt.in)
		}
	}
}

func TestDecodeJSONNotPointer(t *testing.T) {
	err := union.DecodeJSON([]byte(`{}`), decodeBatch{})
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
}

func TestParseDecimal(t *testing.T) {
	good := map[string]string{
		"1200": "1200", "1,200.00": "1200", " -5.5 ": "-5.5", "+3": "3", ".5": "0.5", "1.2E+07": "12000000",
		"12,345,678.9": "12345678.9", "１２００．５０": "1200.5", "－５": "-5", "１，２００": "1200", "\u30001200\u3000": "1200",
		"0": "0", "-0.00": "0", "999,999,999,999,999.99": "999999999999999.99", "1e-18": "0.000000000000000001",
	}
	for in, want := range good {
		d, err := union.ParseDecimal("wages.basic", in)
		require.NoError(t, err, in)
		assert.Equal(t, want, d.String(), in)
	}
	bad := map[string]string{
		"": "invalid.decimal", "  ": "invalid.decimal", "NaN": "invalid.decimal", "Inf": "invalid.decimal",
		"-Inf": "invalid.decimal", "abc": "invalid.decimal", "1,2,3": "invalid.decimal", "1200,00": "invalid.decimal",
		"12,34": "invalid.decimal", ",100": "invalid.decimal", "1,000,": "invalid.decimal", "1.2.3": "invalid.decimal",
		"¥100": "invalid.decimal", "1e": "invalid.decimal", "1e+": "invalid.decimal", "--1": "invalid.decimal",
		"1-": "invalid.decimal", "e5": "invalid.decimal", ".": "invalid.decimal", "0x10": "invalid.decimal",
		"1 000": "invalid.decimal", "1.5,000": "invalid.decimal", "1e99999999999": "invalid.decimal_range",
		"1e20": "invalid.decimal_range", "1e-19": "invalid.decimal_range", "1000000000000000": "invalid.decimal_range",
		strings.Repeat("1", 65): "invalid.decimal_range", "1e2147483647": "invalid.decimal_range",
	}
	for in, code := range bad {
		_, err := union.ParseDecimal("wages.basic", in)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe), in)
		assert.Equal(t, code, fe.Code, in)
		assert.Equal(t, "wages.basic", fe.Field, in)
		assert.True(t, errors.Is(err, union.ErrInvalid), in)
	}
}

func TestJSONDecimal(t *testing.T) {
	var d union.JSONDecimal
	require.NoError(t, d.UnmarshalJSON([]byte(`"1,200.50"`)))
	assert.Equal(t, "1200.5", d.String())
	require.NoError(t, d.UnmarshalJSON([]byte(`12.5`)))
	assert.Equal(t, "12.5", d.String())
	require.NoError(t, d.UnmarshalJSON([]byte(`null`)))
	assert.Equal(t, "12.5", d.String())
	for _, in := range []string{`"abc"`, `1e400`, `"1\u0030"`, `true`, `"１２"x`} {
		assert.True(t, errors.Is(d.UnmarshalJSON([]byte(in)), union.ErrInvalid), in)
	}
	require.NoError(t, d.UnmarshalText([]byte("１２")))
	assert.Equal(t, "12", d.String())
	assert.Error(t, d.UnmarshalText([]byte("")))
	b, err := d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, `"12"`, string(b))
}
