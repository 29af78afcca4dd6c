package dues

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// CompactFormat names the compact batch form; it is the value of its
// "format" key.
const CompactFormat = "gonghui.dues.compact.v1"

// CompactOptions says how a CompactWriter writes.
type CompactOptions struct {
	// Lang is the language of the reasons' and errors' texts: zh-Hans,
	// zh-Hant or en (language.Und, the zero value, is zh-Hans).
	Lang language.Tag
}

// CompactWriter writes a large batch in the compact form, chunk by chunk:
// each distinct reason (code, args, source and its text) once in a table,
// each distinct list of reasons once as a list of table indices, and per
// item only its figures and the index of its list. A typical payroll takes
// well under 200 bytes a member; every member's reasons are recoverable
// (ReadCompact).
//
// The form is one JSON object:
//
//	{"format": "gonghui.dues.compact.v1",
//	 "columns": ["member_id", "sector", "status", "class", "exempt", "flat", "base", "rate", "amount", "reasons"],
//	 "chunks": [
//	   {"reasons": [{"code": …, "args": […], "source": …, "text": …}, …],
//	    "lists": [[0, 1, 2], …],
//	    "items": [["E1", "enterprise", "active", "regular", false, false, "3000.00", "0.005", "15.00", 0],
//	              {"member_id": "E2", "errors": [{"field": "wages.basic", "code": …, "kind": "invalid", "message": …}]}, …]},
//	   …],
//	 "total": "…", "paying": n, "exempt": n, "failed": n, "by_sector": […], "by_status": […]}
//
// A chunk's "reasons" and "lists" add to the tables of the chunks before it
// (indices count from the first chunk), so a reader needs only what came
// before. A good item is an array in the order of "columns" (money at the
// fen, "reasons" the index of its list); a bad item is an object with its
// ID and errors (union.FieldErrorJSON, with the message in Lang). The totals
// close the object: they sum every chunk's items exactly, as Batch.Merge
// does.
//
// A CompactWriter is not safe for concurrent use. Its tables grow with the
// distinct reasons and lists written (a payroll has few).
type CompactWriter struct {
	w      io.Writer
	lang   language.Tag
	buf    []byte
	err    error
	chunks int
	closed bool
	sum    summary
	// reasons and lists number the distinct reasons and lists written;
	// shared finds a list again by its first element and length, for
	// lists shared between members (at most maxShared remembered).
	reasons map[string]int
	lists   map[string]int
	shared  map[listKey]int
	recent  [recentLists]recentList // the lists last found, before shared
	nRecent int
	key     []byte
	idx     []int
	newR    []byte
	newL    []byte
	nR, nL  int
	rates   [2]rateText // the texts of the last two rates written
	// money caches the texts of the decimals written, by identity: a
	// batch's bases and amounts are shared decimals.
	money   *[moneySlots]moneySlot
	listIdx []int32
}

// listKey identifies a shared reason list by its backing array and length.
type listKey struct {
	p *union.Reason
	n int
}

// recentList is a reason list recently found, with its index.
type recentList struct {
	k  listKey
	li int
}

// recentLists is the number of lists the writer looks at before its map:
// items in a row often share the few lists of a payroll's patterns.
const recentLists = 8

// rateText caches the text of a rate written.
type rateText struct {
	coef int64
	exp  int32
	text string
	ok   bool
}

// maxShared bounds the shared lists a CompactWriter remembers by identity.
const maxShared = 1 << 12

// NewCompactWriter returns a writer of the compact form to w. Nothing is
// written until the first Write or Close.
func NewCompactWriter(w io.Writer, opt CompactOptions) *CompactWriter {
	lang := opt.Lang
	if lang == language.Und {
		lang = language.SimplifiedChinese
	}
	c := &CompactWriter{w: w, lang: lang, reasons: map[string]int{}, lists: map[string]int{},
		shared: map[listKey]int{}, buf: make([]byte, 0, 1<<16),
		money: new([moneySlots]moneySlot)}
	c.sum.init()
	return c
}

// Write writes the items of one chunk of a batch and adds its totals and
// subtotals to the ones Close writes: for batches of this package (AssessAll,
// AssessRecords, CSVBatches.Next, Merge) that is exactly the totals of
// Batch.Merge of the chunks. It returns the first error of w; after
// an error or Close, it writes nothing and returns an error again.
func (c *CompactWriter) Write(b Batch) error {
	if c.err != nil {
		return c.err
	}
	if c.closed {
		return errors.New("dues: CompactWriter: Write after Close")
	}
	if c.chunks == 0 {
		c.buf = append(c.buf, `{"format":"`+CompactFormat+`","columns":["member_id","sector","status","class","exempt","flat","base","rate","amount","reasons"],"chunks":[`...)
	} else {
		c.buf = append(c.buf, ',')
	}
	c.chunks++
	c.newR, c.newL = c.newR[:0], c.newL[:0]
	// First pass: number the lists (and reasons) this chunk adds, so the
	// tables can be written before the items that refer to them.
	c.listIdx = c.listIdx[:0]
	c.addTotals(&b)
	for i := range b.Items {
		it := &b.Items[i]
		li := -1
		if it.Err == nil {
			li = c.list(it.Reasons)
		}
		c.listIdx = append(c.listIdx, int32(li))
	}
	c.buf = append(c.buf, `{"reasons":[`...)
	c.buf = append(c.buf, c.newR...)
	c.buf = append(c.buf, `],"lists":[`...)
	c.buf = append(c.buf, c.newL...)
	c.buf = append(c.buf, `],"items":[`...)
	for i := range b.Items {
		it := &b.Items[i]
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		if it.Err != nil {
			if err := c.appendError(it); err != nil {
				return err
			}
		} else {
			c.appendItem(&it.Assessment, c.listIdx[i])
		}
		if len(c.buf) >= compactFlush {
			if err := c.flush(); err != nil {
				return err
			}
		}
	}
	c.buf = append(c.buf, ']', '}')
	return c.flush()
}

// addTotals adds a chunk's totals and subtotals to the writer's.
func (c *CompactWriter) addTotals(b *Batch) {
	c.sum.paying += b.Paying
	c.sum.exempt += b.Exempt
	c.sum.failed += b.Failed
	c.sum.all.AddDecimal(b.Total)
	for _, st := range b.BySector {
		if int(st.Sector) < len(c.sum.sectors) {
			c.sum.sectors[st.Sector].addSubtotal(st.Subtotal)
		}
	}
	for _, st := range b.ByStatus {
		if int(st.Status) < len(c.sum.statuses) {
			c.sum.statuses[st.Status].addSubtotal(st.Subtotal)
		}
	}
}

// addSubtotal adds a subtotal's counts and amount.
func (g *groupTotal) addSubtotal(s Subtotal) {
	g.members += s.Members
	g.paying += s.Paying
	g.exempt += s.Exempt
	g.amount.AddDecimal(s.Amount)
}

// compactFlush is the size at which the writer hands its buffer to w.
const compactFlush = 1 << 16

// appendError appends a bad item: its ID and errors.
func (c *CompactWriter) appendError(it *BatchItem) error {
	c.buf = append(c.buf, `{"member_id":`...)
	c.buf = appendJSONString(c.buf, it.MemberID)
	c.buf = append(c.buf, `,"errors":`...)
	js, err := json.Marshal(union.ErrorsJSON(it.Err, c.lang))
	if err != nil {
		c.err = err
		return err
	}
	c.buf = append(c.buf, js...)
	c.buf = append(c.buf, '}')
	return nil
}

// appendItem appends a good item as an array in the order of the columns.
func (c *CompactWriter) appendItem(a *Assessment, list int32) {
	b := c.buf
	b = append(b, '[')
	b = appendJSONString(b, a.MemberID)
	b = append(b, ',', '"')
	b = append(b, a.Sector.String()...)
	b = append(b, '"', ',', '"')
	b = append(b, a.Status.String()...)
	b = append(b, '"', ',', '"')
	b = append(b, a.Class.String()...)
	b = append(b, '"', ',')
	b = strconv.AppendBool(b, a.Exempt)
	b = append(b, ',')
	b = strconv.AppendBool(b, a.Flat)
	b = append(b, ',', '"')
	b = c.appendMoney(b, a.Base)
	b = append(b, '"', ',', '"')
	b = c.appendRate(b, a.Rate)
	b = append(b, '"', ',', '"')
	b = c.appendMoney(b, a.Amount)
	b = append(b, '"', ',')
	b = strconv.AppendInt(b, int64(list), 10)
	c.buf = append(b, ']')
}

// Close writes the totals of every chunk written and ends the object. It
// does not close the underlying writer.
func (c *CompactWriter) Close() error {
	if c.err != nil {
		return c.err
	}
	if c.closed {
		return nil
	}
	c.closed = true
	if c.chunks == 0 {
		c.buf = append(c.buf, `{"format":"`+CompactFormat+`","columns":["member_id","sector","status","class","exempt","flat","base","rate","amount","reasons"],"chunks":[`...)
	}
	var b Batch
	b.finish(&c.sum)
	tot := compactTotals{Total: moneyJSON(b.Total), Paying: b.Paying, Exempt: b.Exempt, Failed: b.Failed,
		BySector: b.BySector, ByStatus: b.ByStatus}
	js, err := json.Marshal(tot)
	if err != nil {
		c.err = err
		return err
	}
	c.buf = append(c.buf, "],"...)
	c.buf = append(c.buf, js[1:]...) // the totals' keys, after the opening brace
	return c.flush()
}

// compactTotals is the closing part of the compact form.
type compactTotals struct {
	Total    moneyJSON     `json:"total"`
	Paying   int           `json:"paying"`
	Exempt   int           `json:"exempt"`
	Failed   int           `json:"failed"`
	BySector []SectorTotal `json:"by_sector"`
	ByStatus []StatusTotal `json:"by_status"`
}

// flush writes the buffer out.
func (c *CompactWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.w.Write(c.buf)
	c.buf = c.buf[:0]
	if err != nil {
		c.err = err
	}
	return err
}

// list returns the index of a reason list, adding it (and its new reasons)
// to the tables when it is new.
func (c *CompactWriter) list(rs []union.Reason) int {
	var k listKey
	if len(rs) > 0 {
		k = listKey{&rs[0], len(rs)}
		for i := range c.recent {
			if c.recent[i].k == k {
				return c.recent[i].li
			}
		}
		if i, ok := c.shared[k]; ok {
			c.remember(k, i)
			return i
		}
	}
	c.idx = c.idx[:0]
	for i := range rs {
		c.idx = append(c.idx, c.reason(&rs[i]))
	}
	c.key = c.key[:0]
	for _, i := range c.idx {
		c.key = strconv.AppendInt(c.key, int64(i), 10)
		c.key = append(c.key, ',')
	}
	li, ok := c.lists[string(c.key)]
	if !ok {
		li = c.nL
		c.nL++
		c.lists[string(c.key)] = li
		if len(c.newL) > 0 {
			c.newL = append(c.newL, ',')
		}
		c.newL = append(c.newL, '[')
		for j, i := range c.idx {
			if j > 0 {
				c.newL = append(c.newL, ',')
			}
			c.newL = strconv.AppendInt(c.newL, int64(i), 10)
		}
		c.newL = append(c.newL, ']')
	}
	if len(rs) > 0 && len(c.shared) < maxShared {
		c.shared[k] = li
	}
	if len(rs) > 0 {
		c.remember(k, li)
	}
	return li
}

// remember keeps a list among the recent ones, in place of the oldest.
func (c *CompactWriter) remember(k listKey, li int) {
	c.recent[c.nRecent%recentLists] = recentList{k: k, li: li}
	c.nRecent++
}

// reason returns the index of a reason in the table, adding it when new.
func (c *CompactWriter) reason(r *union.Reason) int {
	c.key = c.key[:0]
	c.key = append(c.key, r.Code...)
	for _, a := range r.Args {
		c.key = append(c.key, 0)
		c.key = append(c.key, a...)
	}
	c.key = append(c.key, 1)
	c.key = append(c.key, r.Source...)
	if i, ok := c.reasons[string(c.key)]; ok {
		return i
	}
	i := c.nR
	c.nR++
	c.reasons[string(c.key)] = i
	js, _ := json.Marshal(r.Localized(c.lang))
	if len(c.newR) > 0 {
		c.newR = append(c.newR, ',')
	}
	c.newR = append(c.newR, js...)
	return i
}

// moneySlot is one entry of the writer's cache of money texts.
type moneySlot struct {
	d    decimal.Decimal
	text string
}

// moneySlots is the size of the cache of money texts.
const moneySlots = 1 << 12

// appendMoney appends d at the fen, from the cache when the same decimal
// (the same value, shared: a batch's bases and amounts come from caches)
// was written before.
func (c *CompactWriter) appendMoney(b []byte, d decimal.Decimal) []byte {
	h := (uint64(d.CoefficientInt64()) ^ uint64(d.Exponent())<<56) * 0x9E3779B97F4A7C15 >> 52
	slot := &c.money[h]
	if slot.d == d && slot.text != "" {
		return append(b, slot.text...)
	}
	n := len(b)
	b = appendMoney(b, d)
	*slot = moneySlot{d: d, text: string(b[n:])}
	return b
}

// appendRate appends the text of a rate, reusing the text of the last two
// (a payroll's members have one rate, or two: the exempt ones' zero).
func (c *CompactWriter) appendRate(b []byte, d decimal.Decimal) []byte {
	if d.NumDigits() <= 18 {
		coef, exp := d.CoefficientInt64(), d.Exponent()
		for i := range c.rates {
			if r := &c.rates[i]; r.ok && r.coef == coef && r.exp == exp {
				return append(b, r.text...)
			}
		}
		c.rates[1] = c.rates[0]
		c.rates[0] = rateText{coef: coef, exp: exp, text: d.String(), ok: true}
		return append(b, c.rates[0].text...)
	}
	return append(b, d.String()...)
}

// appendJSONString appends s as a JSON string: as it is when it needs no
// escaping, through encoding/json otherwise.
func appendJSONString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' {
			js, _ := json.Marshal(s)
			return append(b, js...)
		}
		if c >= 0x80 {
			ascii = false
		}
	}
	if !ascii && (!utf8.ValidString(s) || strings.ContainsAny(s, "\u2028\u2029")) {
		js, _ := json.Marshal(s)
		return append(b, js...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
