package main

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// compactFormat names the compact batch form, so readers can check it.
const compactFormat = "gonghui.dues.compact/1"

// compactColumns are the meanings of a compact row's cells, in order.
const compactColumns = `["member_id","sector","status","class","exempt","flat","base","rate","amount","reasons"]`

// The compact batch form, for large batches:
//
//	{"format": "gonghui.dues.compact/1",
//	 "columns": ["member_id", "sector", …, "reasons"],
//	 "items": [["E0001", "enterprise", "active", "regular", 0, 0, "5800.00", "0.005", "29.00", 0], …,
//	           {"member_id": "E0002", "errors": [{field, code, value, kind, message}]}, …],
//	 "reason_lists": [[0, 1, 2, 3], …],
//	 "reasons": [{"code", "args", "source", "text"}, …],
//	 "total": "…", "paying": n, "exempt": n, "failed": n, "by_sector": […], "by_status": […]}
//
// A good item is a row whose last cell numbers its list of reasons in
// reason_lists, whose numbers in turn point into reasons: each reason, its
// source and its text are written once. A bad item is an object with the
// member's ID and its errors, and no figures. Money is written at the fen.

// encodeCompact appends the items' compact rows; splices mark where the
// writer puts each row's global reason-list number, lists are the chunk's
// own reason lists by the numbers the splices carry.
func encodeCompact(dst []byte, items []dues.BatchItem, tag language.Tag) ([]byte, []splice, [][]union.Reason) {
	var splices []splice
	var lists [][]union.Reason
	type listKey struct {
		p *union.Reason
		n int
	}
	if cap(dst) < len(items)*100 {
		dst = make([]byte, 0, len(items)*100)
	}
	local := map[listKey]int{}
	byContent := map[string]int{}
	for i := range items {
		it := &items[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		if it.Err != nil {
			b, _ := json.Marshal(errorItem{MemberID: it.MemberID, Errors: errorsJSON(it.Err, tag)})
			dst = append(dst, b...)
			continue
		}
		dst = append(dst, '[')
		dst = appendJSONString(dst, it.MemberID)
		dst = append(dst, ',', '"')
		dst = append(dst, it.Sector.String()...)
		dst = append(dst, '"', ',', '"')
		dst = append(dst, it.Status.String()...)
		dst = append(dst, '"', ',', '"')
		dst = append(dst, it.Class.String()...)
		dst = append(dst, '"', ',')
		dst = appendBit(dst, it.Exempt)
		dst = append(dst, ',')
		dst = appendBit(dst, it.Flat)
		dst = append(dst, ',', '"')
		dst = appendFen(dst, it.Base)
		dst = append(dst, '"', ',', '"')
		dst = appendExact(dst, it.Rate)
		dst = append(dst, '"', ',', '"')
		dst = appendFen(dst, it.Amount)
		dst = append(dst, '"', ',')
		id := -1
		var k listKey
		if len(it.Reasons) > 0 {
			k = listKey{&it.Reasons[0], len(it.Reasons)}
			if v, ok := local[k]; ok {
				id = v
			}
		} else {
			k = listKey{nil, 0}
			if v, ok := local[k]; ok {
				id = v
			}
		}
		if id < 0 {
			ck := reasonsKey(it.Reasons)
			if v, ok := byContent[ck]; ok {
				id = v
			} else {
				id = len(lists)
				lists = append(lists, it.Reasons)
				byContent[ck] = id
			}
			local[k] = id
		}
		splices = append(splices, splice{at: len(dst), list: id})
		dst = append(dst, ']')
	}
	return dst, splices, lists
}

// reasonsKey is a reason list's content as a map key.
func reasonsKey(rs []union.Reason) string {
	var b []byte
	for _, r := range rs {
		b = append(b, r.Code...)
		b = append(b, 0)
		b = append(b, r.Source...)
		for _, a := range r.Args {
			b = append(b, 0)
			b = append(b, a...)
		}
		b = append(b, 1)
	}
	return string(b)
}

// reasonJSON is a reason in the compact form's table, with its text.
type reasonJSON struct {
	Code   string   `json:"code"`
	Args   []string `json:"args,omitempty"`
	Source string   `json:"source,omitempty"`
	Text   string   `json:"text"`
}

// compactTables writes ,"reason_lists":[...],"reasons":[...].
func compactTables(lists [][]int, reasons []union.Reason, tag language.Tag) []byte {
	rs := make([]reasonJSON, len(reasons))
	for i, r := range reasons {
		rs[i] = reasonJSON{Code: r.Code, Args: r.Args, Source: r.Source, Text: codeText(r.Code, r.Args, tag)}
	}
	if lists == nil {
		lists = [][]int{}
	}
	l, _ := json.Marshal(lists)
	r, _ := json.Marshal(rs)
	out := append([]byte(`,"reason_lists":`), l...)
	out = append(out, `,"reasons":`...)
	return append(out, r...)
}

func appendBit(dst []byte, b bool) []byte {
	if b {
		return append(dst, '1')
	}
	return append(dst, '0')
}

// appendJSONString appends s as a JSON string.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s)
			return append(dst, b...)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// appendFen appends an amount at the fen ("39.20"); an amount with more
// decimals is written exactly, never rounded here.
func appendFen(dst []byte, d decimal.Decimal) []byte {
	if d.Sign() == 0 {
		return append(dst, "0.00"...)
	}
	exp := d.Exponent()
	if exp < -2 || exp > 4 || d.NumDigits() > 14 {
		if exp < -2 {
			return append(dst, d.String()...)
		}
		return append(dst, d.StringFixed(2)...)
	}
	v := d.CoefficientInt64()
	for e := exp; e > -2; e-- {
		v *= 10
	}
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	dst = strconv.AppendInt(dst, v/100, 10)
	f := v % 100
	return append(dst, '.', byte('0'+f/10), byte('0'+f%10))
}

// appendExact appends d exactly as decimal.String writes it, without
// allocating for the small numbers rates are.
func appendExact(dst []byte, d decimal.Decimal) []byte {
	exp := d.Exponent()
	if exp > 0 || exp < -12 || d.NumDigits() > 15 {
		return append(dst, d.String()...)
	}
	v := d.CoefficientInt64()
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	if exp == 0 {
		return strconv.AppendInt(dst, v, 10)
	}
	var digits [40]byte
	places := int(-exp)
	s := strconv.AppendInt(digits[:0], v, 10)
	if pad := places + 1 - len(s); pad > 0 {
		// leading zeros: 5 at 3 places is 0.005
		n := len(s)
		s = s[:n+pad]
		copy(s[pad:], s[:n])
		for i := 0; i < pad; i++ {
			s[i] = '0'
		}
	}
	intPart, frac := s[:len(s)-places], s[len(s)-places:]
	end := len(frac)
	for end > 0 && frac[end-1] == '0' {
		end--
	}
	dst = append(dst, intPart...)
	if end > 0 {
		dst = append(dst, '.')
		dst = append(dst, frac[:end]...)
	}
	return dst
}
