package union

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// CreditCode is an 18-character unified social credit code (统一社会信用代码)
// of a legal person or other organisation, under GB 32100-2015:
//
//	position 1       registration authority (登记管理部门), see Authority
//	position 2       kind of organisation (机构类别), see CreditKind
//	positions 3–8    administrative division of the registering office (GB/T 2260)
//	positions 9–17   organisation identifier (主体标识码), an organisation code
//	                 under GB 11714 with its own check character at position 17
//	position 18      check character, mod 31 (GB/T 17710)
//
// Every character is a digit or an upper-case letter other than I, O, Z, S and
// V. A trade union registered as a legal person (工会法人) has a code that
// starts with 81 (IsTradeUnion).
//
// The zero CreditCode holds no code and formats as "". A CreditCode is a small
// comparable value, safe to copy and to use as a map key. Its text and JSON
// form is the 18 characters.
type CreditCode struct {
	b [18]byte
}

// creditCharset is the alphabet of GB 32100-2015: digits and upper-case
// letters without I, O, Z, S and V; a character's value is its index.
const creditCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditWeights are the weights 3^(i) mod 31 of positions 1 to 17 (GB 32100-2015 §4.3).
var creditWeights = [17]uint8{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// orgWeights are the weights of the eight body characters of an organisation
// code (GB 11714-1997 §4.2).
var orgWeights = [8]uint8{3, 7, 9, 10, 5, 8, 4, 2}

// creditValue returns the value of c in creditCharset, or -1.
func creditValue(c byte) int { return strings.IndexByte(creditCharset, c) }

// creditCheck computes the mod-31 check character of the first 17 characters.
func creditCheck(b []byte) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += creditValue(b[i]) * int(creditWeights[i])
	}
	return creditCharset[(31-sum%31)%31]
}

// orgCheck computes the GB 11714 check character of an organisation code body
// of eight characters: a digit, or X for 10 (digits count at face value,
// letters A=10 … Z=35).
func orgCheck(b []byte) byte {
	sum := 0
	for i := 0; i < 8; i++ {
		v := int(b[i] - '0')
		if b[i] >= 'A' {
			v = int(b[i]-'A') + 10
		}
		sum += v * int(orgWeights[i])
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

// ParseCreditCode reads an 18-character unified social credit code
// (GB 32100-2015). It checks, in this order, and reports each problem as a
// *FieldError (field "credit_code") wrapping ErrInvalid with its own code:
//
//   - "id.length": not 18 characters;
//   - "id.charset": a character outside the GB 32100 alphabet (lower case,
//     I, O, Z, S, V, or anything else), or positions 3–8 not digits;
//   - "region.province": positions 3–8 name no province;
//   - "credit.org_check": the GB 11714 check character of the organisation
//     code (position 17) is wrong;
//   - "id.check": the mod-31 check character (position 18) is wrong.
//
// Positions 1 and 2 (authority and kind) are only checked against the
// alphabet: the standard's tables have grown since 2015 (A for the military,
// N for rural collectives), and a code that passes both check characters is
// taken as issued. Authority and Kind name what they know.
func ParseCreditCode(s string) (CreditCode, error) {
	c, err := parseCreditCode(s)
	if err != nil {
		return CreditCode{}, err
	}
	return c, nil
}

// parseCreditCode is ParseCreditCode returning the concrete error type.
func parseCreditCode(s string) (CreditCode, *FieldError) {
	const field = "credit_code"
	if len(s) != 18 {
		return CreditCode{}, Invalid(field, "id.length", enum.Clip(s), "18")
	}
	var c CreditCode
	for i := 0; i < 18; i++ {
		if creditValue(s[i]) < 0 || (i >= 2 && i < 8 && (s[i] < '0' || s[i] > '9')) {
			return CreditCode{}, Invalid(field, "id.charset", enum.Clip(s))
		}
		c.b[i] = s[i]
	}
	if _, err := parseRegion(s[2:8], field); err != nil {
		return CreditCode{}, err
	}
	if orgCheck(c.b[8:16]) != c.b[16] {
		return CreditCode{}, Invalid(field, "credit.org_check", s)
	}
	if creditCheck(c.b[:]) != c.b[17] {
		return CreditCode{}, Invalid(field, "id.check", s)
	}
	return c, nil
}

// MustCreditCode is ParseCreditCode for literals known to be valid (tests,
// examples); it panics on a malformed literal, which is a programming error.
func MustCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero CreditCode.
func (c CreditCode) IsZero() bool { return c.b[0] == 0 }

// String returns the 18 characters, or "" for the zero CreditCode.
func (c CreditCode) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.b[:])
}

// Authority returns the registration authority (position 1); "" for the zero CreditCode.
func (c CreditCode) Authority() Authority {
	if c.IsZero() {
		return ""
	}
	return Authority(c.b[:1])
}

// Kind returns the kind of organisation (positions 1 and 2, since the kind
// codes are per authority); "" for the zero CreditCode.
func (c CreditCode) Kind() CreditKind {
	if c.IsZero() {
		return ""
	}
	return CreditKind(c.b[:2])
}

// IsTradeUnion reports whether the code was issued by a trade union to a
// grassroots union (prefix 81, 基层工会): the code of a union registered as a
// legal person under the Trade Union Law (2021) art. 15.
func (c CreditCode) IsTradeUnion() bool { return c.b[0] == '8' && c.b[1] == '1' }

// Region returns the administrative division of the registering office
// (positions 3–8); RegionNational for bodies registered centrally.
func (c CreditCode) Region() Region {
	if c.IsZero() {
		return Region{}
	}
	n := uint32(0)
	for _, d := range c.b[2:8] {
		n = n*10 + uint32(d-'0')
	}
	return Region{code: n}
}

// OrganizationCode returns the organisation code (positions 9–17) in its
// printed form (GB 11714-1997): the eight body characters, a hyphen and the
// check character, e.g. "M000100Y-4". It gives "" for the zero CreditCode.
func (c CreditCode) OrganizationCode() string {
	if c.IsZero() {
		return ""
	}
	return string(c.b[8:16]) + "-" + string(c.b[16])
}

// MarshalText returns the 18 characters; the zero CreditCode gives empty text.
func (c CreditCode) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a code as ParseCreditCode does; empty text is the zero CreditCode.
func (c *CreditCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CreditCode{}
		return nil
	}
	v, err := parseCreditCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Authority is the registration authority of a unified social credit code:
// its first character (GB 32100-2015 Appendix A, 登记管理部门代码).
type Authority string

// The registration authorities.
const (
	AuthorityEstablishment    Authority = "1" // 机构编制: organs and public institutions
	AuthorityForeignAffairs   Authority = "2" // 外交
	AuthorityJustice          Authority = "3" // 司法行政: law firms, notaries, arbitration
	AuthorityCulture          Authority = "4" // 文化
	AuthorityCivilAffairs     Authority = "5" // 民政: social groups, foundations
	AuthorityTourism          Authority = "6" // 旅游
	AuthorityReligion         Authority = "7" // 宗教
	AuthorityTradeUnion       Authority = "8" // 工会: grassroots unions
	AuthorityIndustryCommerce Authority = "9" // 工商 (now market regulation): enterprises
	AuthorityMilitary         Authority = "A" // 中央军委改革和编制办公室
	AuthorityAgriculture      Authority = "N" // 农业农村: rural collective economic organisations
	AuthorityOther            Authority = "Y" // 其他
)

// The message codes of authority and kind names are these prefixes and the
// lower-cased characters.
const (
	authorityCodePrefix  = "credit.authority."
	creditKindCodePrefix = "credit.kind."
)

// String returns the character, e.g. "8".
func (a Authority) String() string { return string(a) }

// Text returns the localized name, e.g. 工会 in zh-Hans; an authority the
// package does not list gives a generic text with its character.
func (a Authority) Text(tag language.Tag) string {
	code := authorityCodePrefix + strings.ToLower(string(a))
	if _, ok := lookup(code); ok && len(a) == 1 {
		return Reason{Code: code}.Text(tag)
	}
	return Reason{Code: "credit.authority.unlisted", Args: []string{string(a)}}.Text(tag)
}

// CreditKind is the kind of organisation of a unified social credit code:
// its first two characters, since each authority numbers its own kinds
// (GB 32100-2015 Appendix A, 机构类别代码).
type CreditKind string

// The kinds of organisation most often met by unions.
const (
	KindOrgan                CreditKind = "11" // 机关
	KindInstitution          CreditKind = "12" // 事业单位
	KindMassOrganization     CreditKind = "13" // 群众团体 under the central establishment office
	KindSocialGroup          CreditKind = "51" // 社会团体
	KindPrivateNonEnterprise CreditKind = "52" // 民办非企业单位
	KindFoundation           CreditKind = "53" // 基金会
	KindGrassrootsUnion      CreditKind = "81" // 基层工会
	KindEnterprise           CreditKind = "91" // 企业
	KindIndividualBusiness   CreditKind = "92" // 个体工商户
	KindFarmerCooperative    CreditKind = "93" // 农民专业合作社
)

// String returns the two characters, e.g. "81".
func (k CreditKind) String() string { return string(k) }

// Authority returns the registration authority the kind belongs to.
func (k CreditKind) Authority() Authority {
	if k == "" {
		return ""
	}
	return Authority(k[:1])
}

// Text returns the localized name, e.g. 基层工会 in zh-Hans; a kind the
// package does not list gives its authority's name and its code.
func (k CreditKind) Text(tag language.Tag) string {
	code := creditKindCodePrefix + strings.ToLower(string(k))
	if _, ok := lookup(code); ok && len(k) == 2 {
		return Reason{Code: code}.Text(tag)
	}
	return Reason{Code: "credit.kind.unlisted", Args: []string{k.Authority().Text(tag), string(k)}}.Text(tag)
}
