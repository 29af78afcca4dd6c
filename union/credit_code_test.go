package union_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// withOrgCheck appends the GB 11714 check character to an 8-character
// organisation code body.
func withOrgCheck(body string) string {
	w := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, c := range body {
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		sum += v * w[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return body + "X"
	case 11:
		return body + "0"
	default:
		return body + string(rune('0'+c))
	}
}

// withCreditCheck appends the GB 32100 mod-31 check character to 17
// characters; the weights are computed as 3^i mod 31.
func withCreditCheck(body string) string {
	sum, w := 0, 1
	for _, c := range body {
		sum += strings.IndexRune(creditAlphabet, c) * w
		w = w * 3 % 31
	}
	return body + string(creditAlphabet[(31-sum%31)%31])
}

// creditCode builds a valid code from its parts.
func creditCode(kind, region, orgBody string) string {
	return withCreditCheck(kind + region + withOrgCheck(orgBody))
}

func TestParseCreditCodeValid(t *testing.T) {
	tradeUnion := creditCode("81", "350102", "MA00001K")
	tests := []struct {
		name      string
		code      string
		authority union.Authority
		kind      union.CreditKind
		union     bool
		region    string
		org       string
	}{
		{"GB 32100-2015 example", "91350100M000100Y43", union.AuthorityIndustryCommerce, union.KindEnterprise, false, "350100", "M000100Y-4"},
		{"enterprise, Beijing", "91110000802100433B", union.AuthorityIndustryCommerce, union.KindEnterprise, false, "110000", "80210043-3"},
		{"enterprise, Shenzhen", "91440300708461136T", union.AuthorityIndustryCommerce, union.KindEnterprise, false, "440300", "70846113-6"},
		{"foundation registered centrally", "53100000500021676K", union.AuthorityCivilAffairs, union.KindFoundation, false, "100000", "50002167-6"},
		{"computed grassroots union", tradeUnion, union.AuthorityTradeUnion, union.KindGrassrootsUnion, true, "350102", tradeUnion[8:16] + "-" + tradeUnion[16:17]},
		{"computed public institution", creditCode("12", "310115", "42500000"), union.AuthorityEstablishment, union.KindInstitution, false, "310115", ""},
		{"computed other authority", creditCode("Y1", "110105", "00000001"), union.AuthorityOther, "Y1", false, "110105", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := union.ParseCreditCode(tt.code)
			require.NoError(t, err)
			assert.Equal(t, tt.code, c.String())
			assert.Equal(t, tt.authority, c.Authority())
			assert.Equal(t, tt.kind, c.Kind())
			assert.Equal(t, tt.authority, c.Kind().Authority())
			assert.Equal(t, tt.union, c.IsTradeUnion())
			assert.Equal(t, tt.region, c.Region().String())
			if tt.org != "" {
				assert.Equal(t, tt.org, c.OrganizationCode())
			}
		})
	}
}

func TestParseCreditCodeErrors(t *testing.T) {
	valid := "91350100M000100Y43"
	tests := []struct {
		name string
		in   string
		code string
	}{
		{"empty", "", "id.length"},
		{"17 characters", valid[:17], "id.length"},
		{"19 characters", valid + "3", "id.length"},
		{"lower case", strings.ToLower(valid), "id.charset"},
		{"letter I", "91350100I000100Y43", "id.charset"},
		{"letter O", "91350100O000100Y43", "id.charset"},
		{"letter Z", "91350100Z000100Y43", "id.charset"},
		{"letter S", "91350100S000100Y43", "id.charset"},
		{"letter V", "91350100V000100Y43", "id.charset"},
		{"letter in the region", "9135A100M000100Y43", "id.charset"},
		{"hyphen", "91350100M000100Y-3", "id.charset"},
		{"no such province", creditCode("91", "990100", "M000100Y"), "region.province"},
		{"central prefix not 100000", creditCode("91", "100100", "M000100Y"), "region.province"},
		{"organisation code check", withCreditCheck("91350100M000100Y5"), "credit.org_check"},
		{"mod-31 check", "91350100M000100Y44", "id.check"},
		{"transposition", "91351000M000100Y43", "id.check"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := union.ParseCreditCode(tt.in)
			require.Error(t, err)
			assert.True(t, c.IsZero())
			assert.ErrorIs(t, err, union.ErrInvalid)
			var fe *union.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "credit_code", fe.Field)
			assert.Equal(t, tt.code, fe.Code)
		})
	}
}

// TestCreditCheckDetectsSingleErrors changes each character of a valid code
// to every other character of the alphabet: no such code passes.
func TestCreditCheckDetectsSingleErrors(t *testing.T) {
	valid := []byte("91350100M000100Y43")
	for i := range valid {
		for _, c := range []byte(creditAlphabet) {
			if c == valid[i] {
				continue
			}
			b := append([]byte(nil), valid...)
			b[i] = c
			_, err := union.ParseCreditCode(string(b))
			assert.Error(t, err, "%s", b)
		}
	}
}

func TestCreditCodeTexts(t *testing.T) {
	c := union.MustCreditCode(creditCode("81", "350102", "MA00001K"))
	assert.Equal(t, "工会", c.Authority().Text(hans))
	assert.Equal(t, "工會", c.Authority().Text(hant))
	assert.Equal(t, "trade unions", c.Authority().Text(en))
	assert.Equal(t, "基层工会", c.Kind().Text(hans))
	assert.Equal(t, "基層工會", c.Kind().Text(hant))
	assert.Equal(t, "grassroots trade union", c.Kind().Text(en))
	assert.Equal(t, "81", c.Kind().String())
	assert.Equal(t, "8", c.Authority().String())

	assert.Equal(t, "工商（市场监管）登记，机构类别 94", union.CreditKind("94").Text(hans))
	assert.Equal(t, "registered by registration authority Q, kind Q1", union.CreditKind("Q1").Text(en))
	assert.Equal(t, "其他", union.CreditKind("Y1").Text(hans))
	assert.Equal(t, "agriculture and rural affairs", union.Authority("N").Text(en))
	assert.Equal(t, "", union.CreditKind("").Authority().String())

	// Every listed authority and kind has a name of its own.
	for _, a := range []union.Authority{union.AuthorityEstablishment, union.AuthorityForeignAffairs, union.AuthorityJustice,
		union.AuthorityCulture, union.AuthorityCivilAffairs, union.AuthorityTourism, union.AuthorityReligion,
		union.AuthorityTradeUnion, union.AuthorityIndustryCommerce, union.AuthorityMilitary, union.AuthorityAgriculture, union.AuthorityOther} {
		for _, tag := range union.Languages() {
			assert.NotContains(t, a.Text(tag), string(a)+"", "%s in %s", a, tag)
		}
	}
	for _, k := range []union.CreditKind{union.KindOrgan, union.KindInstitution, union.KindMassOrganization, union.KindSocialGroup,
		union.KindPrivateNonEnterprise, union.KindFoundation, union.KindGrassrootsUnion, union.KindEnterprise,
		union.KindIndividualBusiness, union.KindFarmerCooperative} {
		for _, tag := range union.Languages() {
			assert.NotContains(t, k.Text(tag), string(k), "%s in %s", k, tag)
		}
	}
}

func TestCreditCodeZeroAndJSON(t *testing.T) {
	var z union.CreditCode
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, union.Authority(""), z.Authority())
	assert.Equal(t, union.CreditKind(""), z.Kind())
	assert.False(t, z.IsTradeUnion())
	assert.True(t, z.Region().IsZero())
	assert.Equal(t, "", z.OrganizationCode())
	assert.Panics(t, func() { union.MustCreditCode("x") })

	type org struct {
		Code union.CreditCode `json:"code"`
	}
	var o org
	require.NoError(t, json.Unmarshal([]byte(`{"code":"91350100M000100Y43"}`), &o))
	b, err := json.Marshal(o)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"91350100M000100Y43"}`, string(b))
	require.NoError(t, json.Unmarshal([]byte(`{"code":""}`), &o))
	assert.True(t, o.Code.IsZero())
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"code":"91350100M000100Y44"}`), &o), union.ErrInvalid)
}
