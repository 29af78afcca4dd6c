package union_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// withCheck appends the ISO 7064 MOD 11-2 check character to 17 digits,
// computed by the standard's recursive method (independent of the weights table
// the package uses).
func withCheck(body string) string {
	p := 0
	for _, c := range body {
		p = (p + int(c-'0')) * 2 % 11
	}
	v := (12 - p) % 11
	if v == 10 {
		return body + "X"
	}
	return body + string(rune('0'+v))
}

func TestParseResidentIDValid(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string
		birth  string
		gender union.Gender
		region string
	}{
		{"GB 11643-1999 example", "11010519491231002X", "11010519491231002X", "1949-12-31", union.Female, "110105"},
		{"lower-case x is normalised", "11010519491231002x", "11010519491231002X", "1949-12-31", union.Female, "110105"},
		{"computed, male, leap day", withCheck("44030520000229001"), withCheck("44030520000229001"), "2000-02-29", union.Male, "440305"},
		{"computed, 1 January 1900", withCheck("31011519000101002"), withCheck("31011519000101002"), "1900-01-01", union.Female, "310115"},
		// GB 11643-1999 sets no earliest year; its Annex A example is a man born in 1880.
		{"GB 11643-1999 Annex A, born 1880", "440524188001010014", "440524188001010014", "1880-01-01", union.Male, "440524"},
		{"GB 11643-1999 Annex B", "34052419800101001X", "34052419800101001X", "1980-01-01", union.Male, "340524"},
		{"computed, year 0001", withCheck("11010500010101002"), withCheck("11010500010101002"), "0001-01-01", union.Female, "110105"},
		{"Hong Kong residence permit", withCheck("81000019900615123"), withCheck("81000019900615123"), "1990-06-15", union.Male, "810000"},
		{"Taiwan residence permit", withCheck("83000019851103004"), withCheck("83000019851103004"), "1985-11-03", union.Female, "830000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := union.ParseResidentID(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, id.String())
			assert.Equal(t, tt.birth, id.Birth().Format(time.DateOnly))
			assert.Equal(t, time.UTC, id.Birth().Location())
			assert.Equal(t, tt.gender, id.Gender())
			assert.Equal(t, tt.region, id.Region().String())
			assert.False(t, id.IsZero())
		})
	}
}

func TestParseResidentIDErrors(t *testing.T) {
	valid := "11010519491231002X"
	tests := []struct {
		name string
		in   string
		code string
	}{
		{"empty", "", "id.length"},
		{"17 characters", valid[:17], "id.length"},
		{"19 characters", valid + "0", "id.length"},
		{"15-digit first-generation number", "110105491231002", "id.length"},
		{"X before the end", "1101051949123100X2", "id.charset"},
		{"letter", "11010519491231A02X", "id.charset"},
		{"space", "110105 9491231002X", "id.charset"},
		{"full-width digit makes it longer", "１1010519491231002X", "id.length"},
		{"multi-byte in 18 bytes", "1101051949123\u00e9002", "id.charset"},
		{"no such province", withCheck("99010519491231002"), "region.province"},
		{"central level is not a residence", withCheck("10000019491231002"), "region.province"},
		{"30 February", withCheck("11010519490230002"), "id.date"},
		{"month 13", withCheck("11010519491331002"), "id.date"},
		{"day 0", withCheck("11010519491200002"), "id.date"},
		{"29 February of a common year", withCheck("11010520230229002"), "id.date"},
		{"29 February 1900 (not a leap year)", withCheck("11010519000229002"), "id.date"},
		{"year 0000 is no calendar year", withCheck("11010500000101002"), "id.date"},
		{"wrong check character", "110105194912310021", "id.check"},
		{"transposed digits", "11010519491213002X", "id.check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := union.ParseResidentID(tt.in)
			require.Error(t, err)
			assert.True(t, id.IsZero())
			assert.ErrorIs(t, err, union.ErrInvalid)
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "resident_id", fe.Field)
			assert.Equal(t, tt.code, fe.Code)
			if len([]rune(tt.in)) > 10 {
				assert.NotEqual(t, tt.in, fe.Value, "the value must be masked")
			}
		})
	}
}

func TestResidentIDMasking(t *testing.T) {
	_, err := union.ParseResidentID("110105194912310021")
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "110105********0021", fe.Value)
	assert.NotContains(t, err.Error(), "19491231")
	assert.Equal(t, "110105********002X", union.MustResidentID("11010519491231002X").Masked())
	assert.Equal(t, "", union.ResidentID{}.Masked())
}

func TestResidentIDAgeAt(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	tests := []struct {
		id   string
		at   time.Time
		want int
	}{
		{"11010519491231002X", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), 76},
		{"11010519491231002X", time.Date(2026, 12, 30, 0, 0, 0, 0, time.UTC), 76},
		{"11010519491231002X", time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), 77},
		{"11010519491231002X", time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC), 0},
		{"11010519491231002X", time.Date(1949, 12, 30, 0, 0, 0, 0, time.UTC), -1},
		// 29 February: a year is completed on 1 March in common years, on 29 February in leap years.
		{withCheck("44030520000229001"), time.Date(2001, 2, 28, 0, 0, 0, 0, time.UTC), 0},
		{withCheck("44030520000229001"), time.Date(2001, 3, 1, 0, 0, 0, 0, time.UTC), 1},
		{withCheck("44030520000229001"), time.Date(2004, 2, 28, 0, 0, 0, 0, time.UTC), 3},
		{withCheck("44030520000229001"), time.Date(2004, 2, 29, 0, 0, 0, 0, time.UTC), 4},
		{withCheck("44030520000229001"), time.Date(2060, 2, 29, 0, 0, 0, 0, time.UTC), 60},
		// The calendar date of t in its own location counts: 31 December 16:30 UTC is 1 January in Beijing.
		{withCheck("31011520000101002"), time.Date(2025, 12, 31, 16, 30, 0, 0, time.UTC), 25},
		{withCheck("31011520000101002"), time.Date(2025, 12, 31, 16, 30, 0, 0, time.UTC).In(cst), 26},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, union.MustResidentID(tt.id).AgeAt(tt.at), "%s at %s", tt.id, tt.at)
	}
	assert.Equal(t, 0, union.ResidentID{}.AgeAt(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
}

func TestResidentIDZero(t *testing.T) {
	var z union.ResidentID
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.True(t, z.Birth().IsZero())
	assert.Equal(t, union.GenderUnknown, z.Gender())
	assert.True(t, z.Region().IsZero())
	assert.Panics(t, func() { union.MustResidentID("1") })
}

func TestResidentIDJSON(t *testing.T) {
	type person struct {
		ID union.ResidentID `json:"id"`
	}
	var p person
	require.NoError(t, json.Unmarshal([]byte(`{"id":"11010519491231002x"}`), &p))
	assert.Equal(t, union.MustResidentID("11010519491231002X"), p.ID)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"11010519491231002X"}`, string(b))

	require.NoError(t, json.Unmarshal([]byte(`{"id":""}`), &p))
	assert.True(t, p.ID.IsZero())
	b, err = json.Marshal(person{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":""}`, string(b))

	err = json.Unmarshal([]byte(`{"id":"110105194912310021"}`), &p)
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// TestParseResidentIDWithFloor: a floor on the birth year is the caller's
// choice (GB 11643-1999 sets none), off by default.
func TestParseResidentIDWithFloor(t *testing.T) {
	id, err := union.ParseResidentIDWith("440524188001010014", union.ResidentIDOptions{})
	require.NoError(t, err)
	assert.Equal(t, 1880, id.Birth().Year())
	_, err = union.ParseResidentIDWith("440524188001010014", union.ResidentIDOptions{MinBirthYear: 1900})
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "id.birth_year", fe.Code)
	assert.Equal(t, []string{"1900"}, fe.Args)
	assert.Equal(t, "440524********0014", fe.Value)
	_, err = union.ParseResidentIDWith("11010519491231002X", union.ResidentIDOptions{MinBirthYear: 1900})
	assert.NoError(t, err)
	_, err = union.ParseResidentIDWith("110105194912310021", union.ResidentIDOptions{MinBirthYear: 1900})
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "id.check", fe.Code)
}

// TestAgeAtConvention: 周岁 as civil practice counts it, up on the birthday
// itself; the criminal-law reckoning (最高人民法院 2006 解释 第二条) is one day later.
func TestAgeAtConvention(t *testing.T) {
	id := union.MustResidentID(withCheck("11010519660701002"))
	assert.Equal(t, 59, id.AgeAt(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, 60, id.AgeAt(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, 59, id.AgeAt(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)))
}
