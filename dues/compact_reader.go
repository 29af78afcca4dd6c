package dues

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// compactDoc is the compact form as read back.
type compactDoc struct {
	Format   string         `json:"format"`
	Columns  []string       `json:"columns"`
	Chunks   []compactChunk `json:"chunks"`
	Total    moneyJSON      `json:"total"`
	Paying   int            `json:"paying"`
	Exempt   int            `json:"exempt"`
	Failed   int            `json:"failed"`
	BySector []SectorTotal  `json:"by_sector"`
	ByStatus []StatusTotal  `json:"by_status"`
}

// compactChunk is one chunk of the compact form.
type compactChunk struct {
	Reasons []union.LocalizedReason `json:"reasons"`
	Lists   [][]int                 `json:"lists"`
	Items   []json.RawMessage       `json:"items"`
}

// ReadCompact reads a batch written by CompactWriter back: every item, in
// order, with its reasons rebuilt from the tables (each item its own
// slice) and its errors as *union.FieldError values, and the totals as
// written. Texts are not read back: they follow from the codes. A document
// that is not the compact form, or whose indices point outside its tables,
// is a *union.FieldError (union.ErrInvalid) naming the place.
func ReadCompact(r io.Reader) (Batch, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Batch{}, err
	}
	if err := checkDocument("compact", data); err != nil {
		return Batch{}, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc compactDoc
	if err := dec.Decode(&doc); err != nil {
		return Batch{}, union.Invalid("compact", codeType, "", "gonghui.dues.compact.v1")
	}
	if doc.Format != CompactFormat {
		return Batch{}, union.Invalid("format", "invalid.unknown", clip(doc.Format))
	}
	var reasons []union.Reason
	var lists [][]int
	b := Batch{Total: decimalOf(doc.Total), Paying: doc.Paying, Exempt: doc.Exempt, Failed: doc.Failed,
		BySector: doc.BySector, ByStatus: doc.ByStatus}
	for ci, ch := range doc.Chunks {
		cf := union.Indexed("chunks", ci)
		for _, r := range ch.Reasons {
			reasons = append(reasons, union.Reason{Code: r.Code, Args: r.Args, Source: r.Source})
		}
		for li, l := range ch.Lists {
			for _, i := range l {
				if i < 0 || i >= len(reasons) {
					return Batch{}, union.Invalid(union.Indexed(cf+".lists", li), "invalid.range", strconv.Itoa(i),
						"0", strconv.Itoa(len(reasons)-1))
				}
			}
			lists = append(lists, l)
		}
		for ii, raw := range ch.Items {
			f := union.Indexed(cf+".items", ii)
			it, err := readCompactItem(f, raw, reasons, lists)
			if err != nil {
				return Batch{}, err
			}
			b.Items = append(b.Items, it)
		}
	}
	return b, nil
}

func decimalOf(m moneyJSON) decimal.Decimal { return decimal.Decimal(m) }

// readCompactItem reads one item of the compact form.
func readCompactItem(f string, raw json.RawMessage, reasons []union.Reason, lists [][]int) (BatchItem, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '{' {
		var it BatchItem
		if err := it.UnmarshalJSON(raw); err != nil {
			return BatchItem{}, union.Prefix(f, err)
		}
		if it.Err == nil {
			return BatchItem{}, union.Invalid(f+".errors", "invalid.required", "")
		}
		return it, nil
	}
	var cols []json.RawMessage
	if err := json.Unmarshal(raw, &cols); err != nil || len(cols) != 10 {
		return BatchItem{}, typeError(f, raw, "array")
	}
	var a Assessment
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, union.Prefix(f, err))
		}
	}
	var err error
	a.MemberID, err = readString("member_id", cols[0])
	add(err)
	a.Sector, err = readSector("sector", cols[1])
	add(err)
	a.Status, err = readStatus("status", cols[2])
	add(err)
	a.Class, err = readClass("class", cols[3])
	add(err)
	a.Exempt, err = readBool("exempt", cols[4])
	add(err)
	a.Flat, err = readBool("flat", cols[5])
	add(err)
	a.Base, err = readDecimal("base", cols[6])
	add(err)
	a.Rate, err = readDecimal("rate", cols[7])
	add(err)
	a.Amount, err = readDecimal("amount", cols[8])
	add(err)
	li, err := intIn[int](0, int64(len(lists))-1)("reasons", cols[9])
	add(err)
	if len(errs) > 0 {
		return BatchItem{}, joinErrs(errs)
	}
	l := lists[li]
	a.Reasons = make([]union.Reason, len(l))
	for k, i := range l {
		a.Reasons[k] = reasons[i]
		a.Reasons[k].Args = append([]string(nil), reasons[i].Args...)
	}
	return BatchItem{Assessment: a}, nil
}
