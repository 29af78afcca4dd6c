package main

import (
	"bufio"
	"bytes"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// maxCSVLine bounds one CSV record (a row of a payroll export), in bytes.
const maxCSVLine = 1 << 20

// colKind is what one column of a member CSV holds.
type colKind uint8

const (
	colIgnored colKind = iota // a column read and not used (姓名, name)
	colID
	colSector
	colStatus
	colClass
	colWage
)

// memberLayout is the meaning of a member CSV's columns, read from its
// header row.
type memberLayout struct {
	kinds []colKind
	items []dues.WageItem // per column, for colWage
	names []string        // the header's names, for field paths
	// amounts caches the decimals of amounts already read (pay scales
	// recur), per worker: see amountCache.
	// sector is the sector of members whose row names none; hasDefault says
	// whether the command named one.
	sector     union.Sector
	hasDefault bool
}

// languages are the languages whose words a CSV may use.
var languages = []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

// words maps every word an enum prints (its English code and its texts)
// to its value.
func words[E interface {
	~uint8
	String() string
	Text(language.Tag) string
	Valid() bool
}]() map[string]E {
	m := map[string]E{}
	for e := E(0); e.Valid(); e++ {
		m[strings.ToLower(e.String())] = e
		for _, t := range languages {
			m[strings.ToLower(e.Text(t))] = e
		}
		if e == E(255) {
			break
		}
	}
	return m
}

// The words of the member enums, and the header names of the columns.
var (
	sectorWords = words[union.Sector]()
	statusWords = words[union.MemberStatus]()
	classWords  = words[dues.Class]()
	columnNames = buildColumnNames()
)

// column is one known header name.
type column struct {
	kind colKind
	item dues.WageItem
}

func buildColumnNames() map[string]column {
	m := map[string]column{
		"id": {kind: colID}, "member_id": {kind: colID}, "工号": {kind: colID}, "工號": {kind: colID}, "编号": {kind: colID}, "編號": {kind: colID},
		"name": {kind: colIgnored}, "姓名": {kind: colIgnored},
		"sector": {kind: colSector}, "单位类型": {kind: colSector}, "單位類型": {kind: colSector},
		"status": {kind: colStatus}, "状态": {kind: colStatus}, "狀態": {kind: colStatus},
		"class": {kind: colClass}, "类别": {kind: colClass}, "類別": {kind: colClass}, "人员类别": {kind: colClass}, "人員類別": {kind: colClass},
	}
	for _, it := range dues.Items() {
		c := column{kind: colWage, item: it}
		m[string(it)] = c
		m["wages."+string(it)] = c
		for _, t := range languages {
			m[strings.ToLower(it.Text(t))] = c
		}
	}
	return m
}

// parseHeader reads the header row. Unknown, duplicate and missing
// columns are *union.FieldError values, all at once.
func parseHeader(fields []string, sector union.Sector, hasDefault bool) (*memberLayout, error) {
	l := &memberLayout{kinds: make([]colKind, len(fields)), items: make([]dues.WageItem, len(fields)),
		names: make([]string, len(fields)), sector: sector, hasDefault: hasDefault}
	var errs []error
	seen := map[column]int{}
	hasID, hasSector := false, false
	for i, f := range fields {
		name := strings.TrimSpace(strings.TrimPrefix(f, "\ufeff"))
		l.names[i] = name
		c, ok := columnNames[strings.ToLower(name)]
		if !ok {
			errs = append(errs, union.Invalid(union.Indexed("header", i), "invalid.unknown_column", name))
			continue
		}
		if j, dup := seen[c]; dup && c.kind != colIgnored {
			errs = append(errs, union.Invalid(union.Indexed("header", i), "invalid.duplicate_column", name, fields[j]))
			continue
		}
		seen[c] = i
		l.kinds[i], l.items[i] = c.kind, c.item
		hasID = hasID || c.kind == colID
		hasSector = hasSector || c.kind == colSector
	}
	if !hasID {
		errs = append(errs, union.Invalid("header", "invalid.missing_column", "id", "id / 工号"))
	}
	if !hasSector && !hasDefault {
		errs = append(errs, union.Invalid("header", "invalid.missing_column", "sector", "sector / 单位类型"))
	}
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return l, nil
}

// member fills m from one data row; m.Wages is cleared and reused. A bad
// row is reported with every problem and the row's ID kept in m.ID.
func (l *memberLayout) member(fields [][]byte, m *dues.Member) error {
	return l.memberCached(fields, m, nil)
}

// amountCache keeps the decimals of the amounts a worker has read, keyed
// by their digits and decimal places, so a payroll's recurring pay-scale
// amounts are not allocated again: a direct-mapped table, the last amount
// of each slot kept.
type amountCache struct {
	slots [amountSlots]cachedAmount
}

const amountSlots = 1 << 12

type cachedAmount struct {
	key int64
	d   decimal.Decimal
	set bool
}

// memberCached is member with the worker's amount cache (nil: none).
func (l *memberLayout) memberCached(fields [][]byte, m *dues.Member, cache *amountCache) error {
	wages := m.Wages
	if wages == nil {
		wages = make(map[dues.WageItem]decimal.Decimal, 8)
	} else {
		clear(wages)
	}
	*m = dues.Member{Wages: wages, Sector: l.sector}
	var errs []error
	for i, f := range fields {
		if i >= len(l.kinds) {
			break
		}
		switch l.kinds[i] {
		case colID:
			m.ID = string(bytes.TrimSpace(f))
		}
	}
	if len(fields) != len(l.kinds) {
		return union.Invalid("", "invalid.ragged", strconv.Itoa(len(fields)), strconv.Itoa(len(l.kinds)))
	}
	sectorSet := false
	for i, f := range fields {
		switch l.kinds[i] {
		case colSector:
			s := bytes.TrimSpace(f)
			if len(s) == 0 {
				continue
			}
			v, ok := lookupWord(sectorWords, s)
			if !ok {
				errs = append(errs, union.Invalid("sector", "invalid.unknown", string(s), wordList(sectorWords)))
				continue
			}
			m.Sector, sectorSet = v, true
		case colStatus:
			s := bytes.TrimSpace(f)
			if len(s) == 0 {
				continue
			}
			v, ok := lookupWord(statusWords, s)
			if !ok {
				errs = append(errs, union.Invalid("status", "invalid.unknown", string(s), wordList(statusWords)))
				continue
			}
			m.Status = v
		case colClass:
			s := bytes.TrimSpace(f)
			if len(s) == 0 {
				continue
			}
			v, ok := lookupWord(classWords, s)
			if !ok {
				errs = append(errs, union.Invalid("class", "invalid.unknown", string(s), wordList(classWords)))
				continue
			}
			m.Class = v
		case colWage:
			if len(f) == 0 {
				continue
			}
			d, ok := parseAmountCached(f, cache)
			if !ok {
				if len(bytes.TrimSpace(f)) == 0 {
					continue
				}
				field := "wages." + string(l.items[i])
				_, err := union.ParseDecimal(field, string(f))
				if err == nil {
					err = union.Invalid(field, "invalid.decimal", string(f))
				}
				errs = append(errs, err)
				continue
			}
			wages[l.items[i]] = d
		}
	}
	if !sectorSet && !l.hasDefault {
		errs = append(errs, union.Invalid("sector", "invalid.required", ""))
	}
	return joinErrors(errs)
}

// lookupWord finds a cell's word, ignoring case for English words.
func lookupWord[E any](m map[string]E, s []byte) (E, bool) {
	if v, ok := m[string(s)]; ok {
		return v, true
	}
	v, ok := m[strings.ToLower(string(s))]
	return v, ok
}

// wordList lists the accepted words of an enum, for error texts.
func wordList[E ~uint8](m map[string]E) string {
	byValue := map[E][]string{}
	var max E
	for w, v := range m {
		byValue[v] = append(byValue[v], w)
		max = maxOf(max, v)
	}
	var parts []string
	for v := E(0); v <= max; v++ {
		ws := byValue[v]
		sort.Strings(ws)
		parts = append(parts, strings.Join(ws, "/"))
		if v == 255 {
			break
		}
	}
	return strings.Join(parts, ", ")
}

func maxOf[E ~uint8](a, b E) E {
	if a > b {
		return a
	}
	return b
}

// parseAmountCached is parseAmount through a worker's cache.
func parseAmountCached(f []byte, cache *amountCache) (decimal.Decimal, bool) {
	if cache == nil {
		return parseAmount(f)
	}
	v, frac, ok := fenDigits(f)
	if !ok {
		return parseAmount(f)
	}
	key := v<<2 | int64(frac)
	slot := &cache.slots[(uint64(key)*0x9E3779B97F4A7C15)>>52]
	if slot.set && slot.key == key {
		return slot.d, true
	}
	d := decimal.New(v, int32(-frac))
	*slot = cachedAmount{key: key, d: d, set: true}
	return d, true
}

// fenDigits reads a plain amount: optional minus, up to 15 digits, at most
// two decimals, no separators. ok is false for anything else.
func fenDigits(f []byte) (v int64, frac int, ok bool) {
	i := 0
	neg := false
	if len(f) > 0 && f[0] == '-' {
		neg, i = true, 1
	}
	digits, dot := 0, false
	for ; i < len(f); i++ {
		c := f[i]
		switch {
		case c >= '0' && c <= '9':
			if dot {
				frac++
			}
			digits++
			v = v*10 + int64(c-'0')
		case c == '.' && !dot:
			dot = true
		default:
			return 0, 0, false
		}
	}
	if digits == 0 || digits > 15 || frac > 2 {
		return 0, 0, false
	}
	if neg {
		v = -v
	}
	return v, frac, true
}

// parseAmount reads an amount as payroll exports and Excel write it:
// digits, an optional sign, thousands separators, surrounding spaces. Up to
// 18 digits with at most 2 decimals take a fast path in integer fen;
// anything else goes through the decimal parser with the module's limits.
func parseAmount(f []byte) (decimal.Decimal, bool) {
	f = bytes.TrimSpace(f)
	if len(f) == 0 {
		return decimal.Decimal{}, false
	}
	var v int64
	neg := false
	i := 0
	if f[0] == '-' || f[0] == '+' {
		neg = f[0] == '-'
		i = 1
	}
	digits, frac, dot := 0, 0, false
	for ; i < len(f); i++ {
		c := f[i]
		switch {
		case c >= '0' && c <= '9':
			if dot {
				frac++
				if frac > 2 {
					return slowAmount(f)
				}
			}
			digits++
			if digits > 17 {
				return slowAmount(f)
			}
			v = v*10 + int64(c-'0')
		case c == '.' && !dot:
			dot = true
		case c == ',' && !dot:
		default:
			return slowAmount(f)
		}
	}
	if digits == 0 {
		return decimal.Decimal{}, false
	}
	if neg {
		v = -v
	}
	return decimal.New(v, int32(-frac)), true
}

// slowAmount parses what the fast path does not take with
// union.ParseDecimal (spreadsheet forms, full-width digits, the module's
// limits).
func slowAmount(f []byte) (decimal.Decimal, bool) {
	d, err := union.ParseDecimal("", string(f))
	return d, err == nil
}

// csvLines reads CSV records from a payroll export: comma-separated,
// fields optionally in double quotes (with "" for a quote and line breaks
// inside), CRLF or LF line ends, a UTF-8 byte-order mark ignored.
type csvLines struct {
	r    *bufio.Reader
	line int // records read
	buf  []byte
}

func newCSVLines(r io.Reader) *csvLines {
	return &csvLines{r: bufio.NewReaderSize(r, 1<<16)}
}

// next returns the raw bytes of the next record (without its line end),
// copied into dst; io.EOF at the end. A record over maxCSVLine bytes is an
// error.
func (c *csvLines) next(dst []byte) ([]byte, error) {
	start := len(dst)
	quotes := 0
	for {
		chunk, err := c.r.ReadSlice('\n')
		if len(dst)-start+len(chunk) > maxCSVLine {
			return dst, union.Invalid(union.Indexed("rows", c.line), "invalid.csv", "", "record longer than "+strconv.Itoa(maxCSVLine)+" bytes")
		}
		dst = append(dst, chunk...)
		quotes += bytes.Count(chunk, []byte{'"'})
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil && quotes%2 == 1 {
			continue // a line break inside quotes
		}
		if err != nil && err != io.EOF {
			return dst, err
		}
		if err == io.EOF && len(dst) == start {
			return dst, io.EOF
		}
		rec := dst[start:]
		rec = bytes.TrimSuffix(rec, []byte{'\n'})
		rec = bytes.TrimSuffix(rec, []byte{'\r'})
		c.line++
		return dst[:start+len(rec)], nil
	}
}

// splitCSV splits one record into fields, appending to fields; quoted
// fields are unquoted into scratch. ok is false for a stray quote.
func splitCSV(rec []byte, fields [][]byte, scratch []byte) ([][]byte, []byte, bool) {
	if bytes.IndexByte(rec, '"') < 0 {
		for {
			i := bytes.IndexByte(rec, ',')
			if i < 0 {
				return append(fields, rec), scratch, true
			}
			fields = append(fields, rec[:i])
			rec = rec[i+1:]
		}
	}
	if cap(scratch)-len(scratch) < len(rec) {
		scratch = make([]byte, 0, len(scratch)+len(rec))
	}
	for {
		if len(rec) > 0 && rec[0] == '"' {
			start := len(scratch)
			i := 1
			for {
				j := bytes.IndexByte(rec[i:], '"')
				if j < 0 {
					return fields, scratch, false
				}
				scratch = append(scratch, rec[i:i+j]...)
				i += j + 1
				if i < len(rec) && rec[i] == '"' {
					scratch = append(scratch, '"')
					i++
					continue
				}
				break
			}
			fields = append(fields, scratch[start:len(scratch):len(scratch)])
			rec = rec[i:]
			if len(rec) == 0 {
				return fields, scratch, true
			}
			if rec[0] != ',' {
				return fields, scratch, false
			}
			rec = rec[1:]
			continue
		}
		i := bytes.IndexByte(rec, ',')
		if i < 0 {
			if bytes.IndexByte(rec, '"') >= 0 {
				return fields, scratch, false
			}
			return append(fields, rec), scratch, true
		}
		if bytes.IndexByte(rec[:i], '"') >= 0 {
			return fields, scratch, false
		}
		fields = append(fields, rec[:i])
		rec = rec[i+1:]
	}
}
