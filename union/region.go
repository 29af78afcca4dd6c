package union

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
)

// Region is a 6-digit administrative division code (行政区划代码, GB/T 2260):
// two digits of province, two of prefecture (地级) and two of county (县级), as
// in 110105 (北京市朝阳区). Resident ID numbers and unified social credit codes
// carry one.
//
// The zero Region is "no region"; it formats as "". Region is a small
// comparable value, safe to copy and to use as a map key.
//
// GB/T 2260 is revised every year and old codes stay valid in identifiers issued
// under them, so the package does not carry the full table: a code is accepted
// when it is six digits and its province exists (the 34 provincial divisions,
// 83 of the residence permits of Taiwan residents, and 100000, which GB 32100
// uses for bodies registered at the central level).
type Region struct {
	code uint32
}

// RegionNational is 100000, the code GB 32100-2015 uses for organisations
// registered by central authorities (中央). It is not a GB/T 2260 code and is
// never the region of a resident ID. It is a value for comparisons: the
// package never reads it, so assigning to it changes nothing.
var RegionNational = Region{code: nationalCode}

// nationalCode is the code of RegionNational.
const nationalCode = 100000

// provinces lists the province codes a Region may start with: GB/T 2260, plus
// 10 (central, GB 32100) and 83 (台湾居民居住证).
var provinces = [...]uint8{10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
	41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}

// knownProvince reports whether p is in provinces.
func knownProvince(p uint32) bool {
	for _, q := range provinces {
		if uint32(q) == p {
			return true
		}
	}
	return false
}

// ParseRegion reads a 6-digit administrative division code. Anything but six
// ASCII digits, or a province that does not exist, is a *FieldError (field
// "region") wrapping ErrInvalid. 100000 is accepted as RegionNational;
// otherwise a code of the central level (10xxxx) is rejected.
func ParseRegion(s string) (Region, error) {
	r, err := parseRegion(s, "region")
	if err != nil {
		return Region{}, err
	}
	return r, nil
}

// parseRegion is ParseRegion reporting under field.
func parseRegion(s, field string) (Region, *FieldError) {
	if len(s) != 6 {
		return Region{}, Invalid(field, "id.length", enum.Clip(s), "6")
	}
	var n uint32
	for i := 0; i < 6; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return Region{}, Invalid(field, "id.charset", enum.Clip(s))
		}
		n = n*10 + uint32(c-'0')
	}
	if p := n / 10000; !knownProvince(p) || (p == 10 && n != nationalCode) {
		return Region{}, Invalid(field, "region.province", s, strconv.Itoa(int(p)))
	}
	return Region{code: n}, nil
}

// MustRegion is ParseRegion for literals known to be valid (tables, tests); it
// panics on a malformed literal, which is a programming error.
func MustRegion(s string) Region {
	r, err := ParseRegion(s)
	if err != nil {
		panic(err)
	}
	return r
}

// IsZero reports whether r is the zero Region.
func (r Region) IsZero() bool { return r.code == 0 }

// Code returns the code as a number, e.g. 110105; 0 for the zero Region.
func (r Region) Code() int { return int(r.code) }

// String returns the six digits, e.g. "110105", or "" for the zero Region.
func (r Region) String() string {
	if r.IsZero() {
		return ""
	}
	return strconv.Itoa(int(r.code))
}

// Province returns the province-level code: 110105 gives 110000.
func (r Region) Province() Region { return Region{code: r.code / 10000 * 10000} }

// Prefecture returns the prefecture-level code: 110105 gives 110100. For the
// municipalities directly under the central government (北京, 天津, 上海, 重庆)
// it is the 市辖区 or 县 grouping of GB/T 2260.
func (r Region) Prefecture() Region { return Region{code: r.code / 100 * 100} }

// IsProvince reports whether r names a whole province (ends in 0000).
func (r Region) IsProvince() bool { return !r.IsZero() && r.code%10000 == 0 }

// IsPrefecture reports whether r names a whole prefecture (ends in 00 but is
// not a province).
func (r Region) IsPrefecture() bool { return !r.IsZero() && r.code%100 == 0 && r.code%10000 != 0 }

// ProvinceText returns the localized name of r's province, e.g. 北京市,
// 北京市 or Beijing; "" for the zero Region. Names of prefectures and counties
// are not carried (see Region).
func (r Region) ProvinceText(tag language.Tag) string {
	if r.IsZero() {
		return ""
	}
	return Reason{Code: "region." + strconv.Itoa(int(r.code/10000))}.Text(tag)
}

// MarshalText returns the six digits; the zero Region gives empty text.
func (r Region) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads six digits as ParseRegion does; empty text is the zero Region.
func (r *Region) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Region{}
		return nil
	}
	v, err := parseRegion(string(b), "region")
	if err != nil {
		return err
	}
	*r = v
	return nil
}
