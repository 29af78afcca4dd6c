package dues

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Limits of the CSV reader.
const (
	// MaxCSVColumns is the most columns a payroll CSV header may have.
	MaxCSVColumns = 256
	// MaxChunk is the most records one ReadChunk call returns.
	MaxChunk = 1 << 20
	// MaxCSVRecordBytes is the longest record (one row, with the line
	// breaks of its quoted cells) the reader accepts: a longer one is a bad
	// record (invalid.too_large) and is skipped to the end of its line.
	MaxCSVRecordBytes = 1 << 20
)

// CSVReader reads member records from a payroll export in CSV, one record
// per row after a header row. It streams: a row is read, decoded and handed
// out, so a file of any length is read in bounded memory (one chunk of
// members, and one row, at a time).
//
// The header names the columns, in English or as a Chinese payroll export
// does; a UTF-8 byte-order mark and surrounding spaces are ignored:
//
//	id, 工号, 职工号, 员工编号, 人员编号   the member's ID (required)
//	name, 姓名                           skipped: the dues rules need no names
//	sector, 单位类型, 单位性质            enterprise / 企业, institution / 事业单位, organ / 机关, social_organization / 社会组织
//	status, 状态, 人员状态                active / 在职 (empty: active), retired / 退休 …
//	class, 人员类别, 用工类别             regular / 在编 (empty: regular), apprentice / 学徒工 …
//	no_fixed_income, 无固定收入           true / false / 是 / 否 / 1 / 0 (empty: false)
//	joined, 入会时间; left, 离会时间       a month, 2026-03 (empty: not known)
//	a wage item                         its English word or Chinese name: basic / 基本工资,
//	                                    position / 岗位工资, grade / 薪级工资, bonus / 奖金, allowance / 津贴 …
//
// plus the options' CustomItems (the employer's own items) and
// IgnoreColumns. Values are the English words or the names Text prints, in
// zh-Hans, zh-Hant or en. An empty wage cell is an absent item; amounts are
// read as Excel exports them ("1200", "1,200.00", "-5.5", " 300 "). Previous
// months' payslips are not read from CSV: give members without a fixed
// income as JSON.
//
// Header problems — no ID column, no sector column without a default sector,
// a duplicate, unknown or empty column name, more than MaxCSVColumns columns
// — are *union.FieldError values ("header.id", "header[3]") returned by the
// first Read or ReadChunk, joined; so is a file with no header row. Row
// problems are per record: a row with more or fewer cells than the header,
// a malformed quoted cell, a row longer than MaxCSVRecordBytes, invalid
// UTF-8 in the ID, an unknown word, a bad amount; each is a *union.RecordError whose field errors start at the
// record ("members[17].wages.basic"), and reading goes on.
//
// A CSVReader is not safe for concurrent use; the members it returns share
// nothing with it or with each other except immutable decimals.
type CSVReader struct {
	csv     *csvScanner
	opt     DecodeOptions
	cols    []csvColumn
	nItems  int
	started bool
	err     error // sticky: header or I/O error
	next    int   // index of the next record
	// The words of the enum columns the reader has met, per kind.
	sectors, statuses, classes enumWords
	errs                       []error
	// ids, when not nil, collects the IDs of a block of rows (readRow then
	// leaves m.ID empty and sets idAt to the ID's span in ids): the block
	// makes one string of them instead of one per row.
	ids  *[]byte
	idAt [2]int
}

// amountSlot is one entry of the reader's cache of amount decimals.
type amountSlot struct {
	fen int64
	d   decimal.Decimal
	ok  bool
}

// amountSlots is the size of a column's cache: a payroll's amounts repeat
// (pay grades), so most cells cost a lookup, not an allocation. Each item
// column has its own (small enough to stay in the processor's caches, and a
// column of free amounts such as bonuses does not evict the pay scales of
// the others).
const amountSlots = 1 << 8

// wordSlots is the number of words a column of words (sector, status,
// class) remembers with their values.
const wordSlots = 4

// csvKind says what a column holds.
type csvKind uint8

const (
	colIgnore csvKind = iota
	colID
	colSector
	colStatus
	colClass
	colNoFixed
	colJoined
	colLeft
	colItem
)

// csvColumn is one column of the header, resolved.
type csvColumn struct {
	// words and wordV remember the column's first words and their values.
	words   [wordSlots]string
	wordV   [wordSlots]uint8
	nWords  int
	kind    csvKind
	item    WageItem
	bit     uint64 // the item's bit in a row's mask of items, 0 past 64 items
	path    string // "wages.basic" for items
	amounts *[amountSlots]amountSlot
}

// NewCSVReader returns a reader of the CSV data in r (comma-separated,
// RFC 4180 quoting) under the options. Nothing is read until the first
// Read or ReadChunk.
func NewCSVReader(r io.Reader, opt DecodeOptions) *CSVReader {
	return &CSVReader{csv: newCSVScanner(r), opt: opt}
}

// headerNames maps the Chinese and English column names other than wage
// items to their kinds.
func headerKind(name string) (csvKind, bool) {
	switch strings.ToLower(name) {
	case "id", "工号", "职工号", "員工編號", "员工编号", "人员编号", "職工號":
		return colID, true
	case "name", "姓名":
		return colIgnore, true
	case "sector", "单位类型", "单位性质", "單位類型", "單位性質":
		return colSector, true
	case "status", "状态", "人员状态", "狀態", "人員狀態":
		return colStatus, true
	case "class", "人员类别", "用工类别", "人員類別", "用工類別":
		return colClass, true
	case "no_fixed_income", "无固定收入", "無固定收入":
		return colNoFixed, true
	case "joined", "入会时间", "入會時間":
		return colJoined, true
	case "left", "离会时间", "離會時間":
		return colLeft, true
	}
	return 0, false
}

// readHeader reads and resolves the header row.
func (r *CSVReader) readHeader() error {
	fields, err := r.csv.next()
	if err == io.EOF {
		return union.Invalid("header", "invalid.required", "")
	}
	if err == errBadRecord {
		return union.Invalid("header", "invalid.format", "", "CSV")
	}
	if err == errLongRecord {
		return union.Invalid("header", "invalid.too_large", "", strconv.Itoa(MaxCSVRecordBytes))
	}
	if err != nil {
		return err
	}
	rec := make([]string, len(fields))
	for i, f := range fields {
		rec[i] = string(f)
	}
	if len(rec) > MaxCSVColumns {
		return union.Invalid("header", codeTooMany, strconv.Itoa(len(rec)), strconv.Itoa(MaxCSVColumns))
	}
	var errs []error
	seen := map[string]int{}
	r.cols = make([]csvColumn, len(rec))
	hasID, hasSector := false, false
	for i, raw := range rec {
		f := union.Indexed("header", i)
		name := strings.TrimSpace(strings.TrimPrefix(raw, "\uFEFF"))
		if !utf8.ValidString(name) {
			// A header that is not UTF-8 is most likely a file in another
			// encoding (GBK from Excel): one error says so; the other
			// columns, and the required ones, would only repeat it.
			return union.InvalidUTF8(f, []byte(name))
		}
		var col csvColumn
		kind, ok := headerKind(name)
		switch {
		case name == "":
			errs = append(errs, union.Invalid(f, "invalid.empty", ""))
			continue
		case ok:
			col.kind = kind
		case r.ignored(name):
			col.kind = colIgnore
		default:
			item, err := ParseWageItem(name)
			if err != nil {
				item = r.custom(name) // an employer's own item, if declared
			}
			if item == "" {
				errs = append(errs, union.Invalid(f, "invalid.unknown", clip(name)))
				continue
			}
			col = csvColumn{kind: colItem, item: item, path: "wages." + string(item), amounts: new([amountSlots]amountSlot)}
			if r.nItems < 64 {
				col.bit = 1 << r.nItems
			}
			r.nItems++
		}
		key := strconv.Itoa(int(col.kind)) + "/" + string(col.item)
		if col.kind != colIgnore {
			if _, dup := seen[key]; dup {
				errs = append(errs, union.Invalid(f, "invalid.duplicate", clip(name)))
				continue
			}
			seen[key] = i
		}
		hasID = hasID || col.kind == colID
		hasSector = hasSector || col.kind == colSector
		r.cols[i] = col
	}
	if !hasID {
		errs = append(errs, union.Invalid("header.id", "invalid.required", ""))
	}
	if !hasSector && r.opt.DefaultSector == nil {
		errs = append(errs, union.Invalid("header.sector", "invalid.required", ""))
	}
	if len(errs) > 0 {
		return joinErrs(errs)
	}
	r.sectors = newEnumWords[union.Sector]()
	r.statuses = newEnumWords[union.MemberStatus]()
	r.classes = newEnumWords[Class]()
	return nil
}

// ignored reports whether the options skip the column.
func (r *CSVReader) ignored(name string) bool {
	for _, c := range r.opt.IgnoreColumns {
		if c == name {
			return true
		}
	}
	return false
}

// custom returns the employer's own item of that name, or "".
func (r *CSVReader) custom(name string) WageItem {
	for _, c := range r.opt.CustomItems {
		if string(c) == name && c != "" {
			return c
		}
	}
	return ""
}

// start reads the header once.
func (r *CSVReader) start() error {
	if !r.started {
		r.started = true
		r.err = r.readHeader()
	}
	return r.err
}

// Read returns the next record: a Member, or a *union.RecordError for a bad
// row (reading may go on), io.EOF after the last row, or a header or I/O
// error that ends reading.
func (r *CSVReader) Read() (Member, error) {
	if err := r.start(); err != nil {
		return Member{}, err
	}
	var m Member
	bad, err := r.readRow(&m, nil)
	if err != nil {
		return Member{}, err
	}
	if bad != nil {
		return Member{}, bad
	}
	return m, nil
}

// ReadChunk reads up to n (1 … MaxChunk) records. It returns io.EOF, with
// no records, once the data is used up; a header or I/O error ends reading
// (with the records read before it). Bad rows do not stop it: they are in
// Records.Bad.
func (r *CSVReader) ReadChunk(n int) (Records, error) {
	if n < 1 || n > MaxChunk {
		return Records{}, union.Invalid("n", "invalid.range", strconv.Itoa(n), "1", strconv.Itoa(MaxChunk))
	}
	rs := Records{First: r.next}
	if err := r.start(); err != nil {
		return rs, err
	}
	for rs.Len() < n {
		if len(rs.Members) == cap(rs.Members) {
			grown := make([]Member, len(rs.Members), min(n, max(2*cap(rs.Members), 1024)))
			copy(grown, rs.Members)
			rs.Members = grown
		}
		rs.Members = rs.Members[:len(rs.Members)+1]
		m := &rs.Members[len(rs.Members)-1]
		bad, err := r.readRow(m, nil)
		if err != nil || bad != nil {
			rs.Members = rs.Members[:len(rs.Members)-1]
		}
		if err == io.EOF {
			if rs.Len() == 0 {
				return rs, io.EOF
			}
			return rs, nil
		}
		if err != nil {
			return rs, err
		}
		if bad != nil {
			rs.Bad = append(rs.Bad, bad)
		}
	}
	return rs, nil
}

// readRow reads one row into m; bad is the record's error, err ends reading.
// With keys nil, m gets a payslip map of its own; otherwise m's map (if
// any) is reused, and *keys is the mask of the items it holds (bit per
// item column), kept up to date: the items of the previous row that this
// one has are overwritten and the others deleted, which costs less than
// clearing the map.
func (r *CSVReader) readRow(m *Member, keys *uint64) (bad *union.RecordError, err error) {
	if r.err != nil {
		return nil, r.err
	}
	rec, err := r.csv.next()
	if err == io.EOF {
		return nil, io.EOF
	}
	idx := r.next
	if err != nil {
		r.next++
		switch err {
		case errBadRecord:
			return recordError(idx, "", union.Invalid("", "invalid.format", "", "CSV")), nil
		case errLongRecord:
			return recordError(idx, "", union.Invalid("", "invalid.too_large", "", strconv.Itoa(MaxCSVRecordBytes))), nil
		}
		r.next--
		r.err = err
		return nil, err
	}
	r.next++
	errs := r.errs[:0]
	if len(rec) != len(r.cols) {
		id := ""
		for i, c := range r.cols {
			if c.kind == colID && i < len(rec) && utf8.Valid(rec[i]) {
				id = string(bytes.TrimSpace(rec[i]))
			}
		}
		return recordError(idx, id, union.Invalid("", "invalid.inconsistent",
			strconv.Itoa(len(rec)), "header")), nil
	}
	reuse := keys != nil
	var had, has uint64 // items in the reused map before and after the row
	if w := m.Wages; reuse && w != nil {
		had = *keys
		if r.nItems > 64 {
			clear(w)
			had = 0
		}
		*m = Member{Wages: w}
	} else {
		*m = Member{}
		if reuse && r.nItems > 0 {
			m.Wages = make(map[WageItem]decimal.Decimal, r.nItems)
		}
	}
	if reuse {
		defer func() {
			if had&^has != 0 {
				// Items the previous row had and this one has not.
				for i := range r.cols {
					if c := &r.cols[i]; c.bit&had&^has != 0 {
						delete(m.Wages, c.item)
					}
				}
			}
			*keys = has
		}()
	}
	if !reuse && r.nItems > 0 {
		n := 0
		for i := range r.cols {
			if r.cols[i].kind == colItem && len(rec[i]) != 0 {
				n++
			}
		}
		m.Wages = make(map[WageItem]decimal.Decimal, n)
	}
	sectorSet := false
	r.idAt = [2]int{} // no ID yet: the empty span
	for i := range r.cols {
		c := &r.cols[i]
		cell := rec[i]
		switch c.kind {
		case colItem:
			if len(cell) == 0 {
				continue
			}
			if d, ok := c.amount(cell); ok {
				m.Wages[c.item] = d
				has |= c.bit
				continue
			}
			if len(bytes.TrimSpace(cell)) == 0 {
				continue
			}
			d, err := union.ParseDecimal(c.path, string(cell))
			if err != nil {
				errs = append(errs, err)
				continue
			}
			m.Wages[c.item] = d
			has |= c.bit
		case colID:
			id := bytes.TrimSpace(cell)
			if !utf8.Valid(id) {
				errs = append(errs, union.InvalidUTF8("id", id))
				continue
			}
			if len(id) == 0 {
				errs = append(errs, union.Invalid("id", "invalid.required", ""))
			}
			if r.ids != nil {
				r.idAt[0] = len(*r.ids)
				*r.ids = append(*r.ids, id...)
				r.idAt[1] = len(*r.ids)
				continue
			}
			m.ID = string(id)
		case colSector:
			if len(cell) == 0 {
				continue
			}
			v, err := c.word(&r.sectors, cell)
			sectorSet = true
			if err != nil {
				errs = append(errs, err)
				continue
			}
			m.Sector = union.Sector(v)
		case colStatus:
			if len(cell) == 0 {
				continue
			}
			v, err := c.word(&r.statuses, cell)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			m.Status = union.MemberStatus(v)
		case colClass:
			if len(cell) == 0 {
				continue
			}
			v, err := c.word(&r.classes, cell)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			m.Class = Class(v)
		case colNoFixed:
			switch strings.ToLower(string(bytes.TrimSpace(cell))) {
			case "", "false", "0", "否", "no":
			case "true", "1", "是", "yes":
				m.NoFixedIncome = true
			default:
				errs = append(errs, union.Invalid("no_fixed_income", "invalid.unknown", clip(string(cell))))
			}
		case colJoined, colLeft:
			s := string(bytes.TrimSpace(cell))
			if s == "" {
				continue
			}
			name := "joined"
			if c.kind == colLeft {
				name = "left"
			}
			p, err := union.ParsePeriod(s)
			if err != nil {
				errs = append(errs, union.Invalid(name, "invalid.format", clip(s), "YYYY-MM"))
				continue
			}
			if c.kind == colJoined {
				m.Joined = p
			} else {
				m.Left = p
			}
		}
	}
	if !sectorSet {
		if r.opt.DefaultSector != nil {
			m.Sector = *r.opt.DefaultSector
		} else {
			errs = append(errs, union.Invalid("sector", "invalid.required", ""))
		}
	}
	r.errs = errs[:0]
	if len(errs) > 0 {
		id := m.ID
		if r.ids != nil {
			id = string((*r.ids)[r.idAt[0]:r.idAt[1]])
		}
		*m = Member{Wages: m.Wages}
		sortByField(errs)
		return recordError(idx, id, joinErrs(append([]error(nil), errs...))), nil
	}
	return nil, nil
}

// word looks a cell up among the column's remembered words, then among the
// words the reader has met (remembering the word, while there is room).
func (c *csvColumn) word(w *enumWords, cell []byte) (uint8, error) {
	for i := 0; i < c.nWords; i++ {
		if string(cell) == c.words[i] {
			return c.wordV[i], nil
		}
	}
	v, err := w.lookup(cell)
	if err == nil && c.nWords < wordSlots {
		c.words[c.nWords], c.wordV[c.nWords] = string(cell), v
		c.nWords++
	}
	return v, err
}

// enumWords reads the cells of one enum column: a cell is the text its
// type's UnmarshalText reads (the English word or a localized name, from the
// type's enum Set), possibly with spaces around it or in upper case. Each
// text read is remembered, so that a file's few distinct words cost a map
// lookup each; only texts that read are kept, so the map stays as small as
// the Set.
type enumWords struct {
	seen  map[string]uint8
	parse func([]byte) (uint8, error)
}

// newEnumWords returns the reader of the cells of enum type E.
func newEnumWords[E ~uint8, P interface {
	*E
	UnmarshalText([]byte) error
}]() enumWords {
	return enumWords{seen: map[string]uint8{}, parse: func(b []byte) (uint8, error) {
		var e E
		err := P(&e).UnmarshalText(b)
		return uint8(e), err
	}}
}

// lookup reads a cell as it is, then trimmed of spaces, then in lower case;
// a cell that reads in none of those forms is the type's error (code
// invalid.enum) for the cell as written.
func (w *enumWords) lookup(cell []byte) (uint8, error) {
	if v, ok := w.seen[string(cell)]; ok {
		return v, nil
	}
	trimmed := bytes.TrimSpace(cell)
	if v, ok := w.seen[string(trimmed)]; ok {
		return v, nil
	}
	lower := strings.ToLower(string(trimmed))
	if v, ok := w.seen[lower]; ok {
		return v, nil
	}
	var first error
	for _, s := range [...][]byte{cell, trimmed, []byte(lower)} {
		v, err := w.parse(s)
		if err == nil {
			w.seen[string(s)] = v
			return v, nil
		}
		if first == nil {
			first = err
		}
	}
	return 0, first
}

// amount reads a plain amount ("1234.5", "1,234.50", at most two decimals)
// as a cached decimal; false for anything else (negative amounts, spaces,
// more decimals), which ParseDecimal reads instead.
func (c *csvColumn) amount(s []byte) (decimal.Decimal, bool) {
	fen, ok := parseFen(s)
	if !ok {
		return decimal.Decimal{}, false
	}
	slot := &c.amounts[uint64(fen)*0x9E3779B97F4A7C15>>56]
	if slot.ok && slot.fen == fen {
		return slot.d, true
	}
	d := decimal.New(fen, -2)
	if fen == 0 {
		d = decimal.Decimal{}
	}
	*slot = amountSlot{fen: fen, d: d, ok: true}
	return d, true
}

// parseFen reads digits with optional thousands commas (each group after
// the first of exactly three digits) and an optional point followed by one
// or two digits, as a whole number of fen below 10^15 yuan.
func parseFen[T ~string | ~[]byte](s T) (int64, bool) {
	var n int64
	i, digits, group, commas := 0, 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if digits >= 15 {
				return 0, false
			}
			n = n*10 + int64(c-'0')
			digits++
			group++
			continue
		}
		if c == ',' {
			if group == 0 || (commas && group != 3) || (!commas && group > 3) {
				return 0, false
			}
			commas, group = true, 0
			continue
		}
		break
	}
	if digits == 0 || (commas && group != 3) {
		return 0, false
	}
	n *= 100
	if i == len(s) {
		return n, true
	}
	if s[i] != '.' {
		return 0, false
	}
	frac := s[i+1:]
	switch {
	case len(frac) == 1 && frac[0] >= '0' && frac[0] <= '9':
		return n + int64(frac[0]-'0')*10, true
	case len(frac) == 2 && frac[0] >= '0' && frac[0] <= '9' && frac[1] >= '0' && frac[1] <= '9':
		return n + int64(frac[0]-'0')*10 + int64(frac[1]-'0'), true
	}
	return 0, false
}
