package union_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

func TestParseRegion(t *testing.T) {
	tests := []struct {
		in                   string
		province, prefecture string
		isProvince, isPref   bool
		hans, hant, en       string
	}{
		{"110105", "110000", "110100", false, false, "北京市", "北京市", "Beijing"},
		{"350100", "350000", "350100", false, true, "福建省", "福建省", "Fujian"},
		{"440000", "440000", "440000", true, false, "广东省", "廣東省", "Guangdong"},
		{"650102", "650000", "650100", false, false, "新疆维吾尔自治区", "新疆維吾爾自治區", "Xinjiang"},
		{"810000", "810000", "810000", true, false, "香港特别行政区", "香港特別行政區", "Hong Kong"},
		{"100000", "100000", "100000", true, false, "中央", "中央", "central level"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := union.ParseRegion(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.in, r.String())
			assert.Equal(t, tt.province, r.Province().String())
			assert.Equal(t, tt.prefecture, r.Prefecture().String())
			assert.Equal(t, tt.isProvince, r.IsProvince())
			assert.Equal(t, tt.isPref, r.IsPrefecture())
			assert.Equal(t, tt.hans, r.ProvinceText(hans))
			assert.Equal(t, tt.hant, r.ProvinceText(hant))
			assert.Equal(t, tt.en, r.ProvinceText(en))
			assert.False(t, r.IsZero())
		})
	}
	assert.Equal(t, union.RegionNational, union.MustRegion("100000"))
	assert.Equal(t, 110105, union.MustRegion("110105").Code())
}

func TestParseRegionErrors(t *testing.T) {
	for in, code := range map[string]string{
		"": "id.length", "11010": "id.length", "1101050": "id.length", "11010a": "id.charset",
		"-11010": "id.charset", "990000": "region.province", "000000": "region.province",
		"100100": "region.province", "200000": "region.province",
	} {
		_, err := union.ParseRegion(in)
		assert.ErrorIs(t, err, union.ErrInvalid, in)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe), in)
		assert.Equal(t, "region", fe.Field)
		assert.Equal(t, code, fe.Code, in)
	}
	assert.Panics(t, func() { union.MustRegion("99") })
}

func TestRegionZeroAndJSON(t *testing.T) {
	var z union.Region
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, "", z.ProvinceText(en))
	assert.False(t, z.IsProvince())
	assert.False(t, z.IsPrefecture())

	type seat struct {
		Region union.Region `json:"region"`
	}
	var s seat
	require.NoError(t, json.Unmarshal([]byte(`{"region":"310115"}`), &s))
	assert.Equal(t, union.MustRegion("310115"), s.Region)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region":"310115"}`, string(b))
	require.NoError(t, json.Unmarshal([]byte(`{"region":""}`), &s))
	assert.True(t, s.Region.IsZero())
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"region":"99"}`), &s), union.ErrInvalid)
}

// TestEveryProvinceHasNames checks the province table against the catalog: a
// code that parses has its own name in all three languages.
func TestEveryProvinceHasNames(t *testing.T) {
	n := 0
	for p := 10; p <= 99; p++ {
		code := []byte("000000")
		code[0], code[1] = byte('0'+p/10), byte('0'+p%10)
		r, err := union.ParseRegion(string(code))
		if err != nil {
			continue
		}
		n++
		for _, tag := range union.Languages() {
			name := r.ProvinceText(tag)
			assert.NotEmpty(t, name)
			assert.NotContains(t, name, "region.", "%s in %s", r, tag)
		}
	}
	assert.Equal(t, 36, n, "34 provincial divisions, the central level and the Taiwan residence permits")
}
