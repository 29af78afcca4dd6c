package main

import (
	"bytes"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// zeroAmount is a zero total.
func zeroAmount() decimal.Decimal { return decimal.Zero }

// sheetHeaders are the dues sheet's column titles per language.
var sheetHeaders = [3]string{
	"工号,单位类型,状态,类别,免缴,缴费基数,费率,会费,错误\n",
	"工號,單位類型,狀態,類別,免繳,繳費基數,費率,會費,錯誤\n",
	"member_id,sector,status,class,exempt,base,rate,amount,errors\n",
}

// csvHeader is the dues sheet's header row in tag.
func csvHeader(tag language.Tag) []byte { return []byte(sheetHeaders[langIndex(tag)]) }

// encodeCSVRows appends one sheet row per item: the enums in tag's words,
// money at the fen, a bad row's errors as text and no figures.
func encodeCSVRows(dst []byte, items []dues.BatchItem, tag language.Tag) []byte {
	yes, no := "是", "否"
	if langIndex(tag) == 2 {
		yes, no = "yes", "no"
	}
	for i := range items {
		it := &items[i]
		dst = appendCSVCell(dst, it.MemberID)
		if it.Err != nil {
			dst = append(dst, ",,,,,,,"...)
			var msgs []string
			for _, fe := range errorsJSON(it.Err, tag) {
				msgs = append(msgs, fe.Message)
			}
			dst = appendCSVCell(dst, strings.Join(msgs, "; "))
			dst = append(dst, '\n')
			continue
		}
		dst = append(dst, ',')
		dst = appendCSVCell(dst, it.Sector.Text(tag))
		dst = append(dst, ',')
		dst = appendCSVCell(dst, it.Status.Text(tag))
		dst = append(dst, ',')
		dst = appendCSVCell(dst, it.Class.Text(tag))
		dst = append(dst, ',')
		if it.Exempt {
			dst = append(dst, yes...)
		} else {
			dst = append(dst, no...)
		}
		dst = append(dst, ',')
		dst = appendFen(dst, it.Base)
		dst = append(dst, ',')
		dst = append(dst, it.Rate.String()...)
		dst = append(dst, ',')
		dst = appendFen(dst, it.Amount)
		dst = append(dst, ',', '\n')
	}
	return dst
}

// appendCSVCell appends s as one CSV cell, quoted when it must be. A cell
// a spreadsheet would take for a formula (=, +, -, @ first) is prefixed
// with a quote mark.
func appendCSVCell(dst []byte, s string) []byte {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		s = "'" + s
	}
	if !strings.ContainsAny(s, ",\"\r\n") {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	dst = append(dst, bytes.ReplaceAll([]byte(s), []byte(`"`), []byte(`""`))...)
	return append(dst, '"')
}

// sectorOf parses a sector given on the command line or in a request: the
// English word or a name Text prints, as union.Sector reads them; anything
// else is the Sector's invalid.enum error, listing the accepted values, under
// field.
func sectorOf(field, s string) (union.Sector, error) {
	var v union.Sector
	err := v.UnmarshalText([]byte(strings.TrimSpace(s)))
	return v, union.AtField(field, err)
}

// appendFen appends an amount at the fen ("39.20"); an amount with more
// decimals is written exactly, never rounded here.
func appendFen(dst []byte, d decimal.Decimal) []byte {
	if d.Exponent() < -2 {
		return append(dst, d.String()...)
	}
	return append(dst, d.StringFixed(2)...)
}
