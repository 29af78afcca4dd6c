package dues

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Limits of decoding members.
const (
	// DefaultMaxMembers is the number of records DecodeMembers accepts when
	// DecodeOptions.MaxMembers is zero: a million, a very large payroll.
	DefaultMaxMembers = MaxBatch
	// MaxWageItems is the most items one payslip (wages or previous_wages)
	// may hold.
	MaxWageItems = 64
)

// DecodeOptions says how member records are read from JSON or CSV. The zero
// value is the strict reading: every record must name its sector.
type DecodeOptions struct {
	// DefaultSector, when not nil, is the sector of a record that names none
	// (an empty sector cell or no "sector" key). When nil, such a record is
	// an error ("sector", invalid.required): the sector picks the dues base,
	// so it is never guessed.
	DefaultSector *union.Sector
	// MaxMembers bounds the records of one DecodeMembers call; zero means
	// DefaultMaxMembers. The CSV reader streams and has no such limit.
	MaxMembers int
	// CustomItems are the employer's own wage items a CSV file may hold as
	// columns (besides the named items); JSON payslips may hold any item
	// name, the policy decides whether it counts.
	CustomItems []WageItem
	// IgnoreColumns are CSV columns to skip (a payroll export's 部门, 银行账号 …);
	// any other column the reader does not know is an error. 姓名 / name is
	// always skipped: the dues rules do not need names.
	IgnoreColumns []string
}

// UnmarshalJSON reads a member strictly: unknown keys, values of the wrong
// type, bad decimals, unknown wage-item aliases and a missing id or sector
// are *union.FieldError values (union.ErrInvalid) naming the field, all
// reported at once. Enums accept the English word or the localized name
// (事业单位, 退休); wage items the English word or the Chinese name
// (基本工资); amounts a JSON string or number ("1,200.00" included).
//
// A member read this way has no default sector; DecodeMembers takes one in
// its options.
func (m *Member) UnmarshalJSON(data []byte) error {
	v, err := decodeMember(data, &DecodeOptions{})
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// decodeMember reads one member record; errors name fields within it.
func decodeMember(data []byte, opt *DecodeOptions) (Member, error) {
	var m Member
	o, err := readObject("", data)
	if err != nil {
		return m, err
	}
	if v, ok := o.need("id"); ok {
		m.ID, err = readID("id", v)
		o.add(err)
		if err == nil && m.ID == "" {
			o.add(union.Invalid("id", "invalid.required", ""))
		}
	}
	if v, ok := o.take("sector"); ok {
		m.Sector, err = readSector("sector", v)
		o.add(err)
	} else if opt.DefaultSector != nil {
		m.Sector = *opt.DefaultSector
	} else {
		o.add(union.Invalid("sector", "invalid.required", ""))
	}
	if v, ok := o.take("status"); ok {
		m.Status, err = readStatus("status", v)
		o.add(err)
	}
	if v, ok := o.take("class"); ok {
		m.Class, err = readClass("class", v)
		o.add(err)
	}
	if v, ok := o.take("wages"); ok {
		m.Wages, err = readWages("wages", v)
		o.add(err)
	}
	if v, ok := o.take("no_fixed_income"); ok {
		m.NoFixedIncome, err = readBool("no_fixed_income", v)
		o.add(err)
	}
	if v, ok := o.take("previous_wages"); ok {
		m.PreviousWages, err = readWages("previous_wages", v)
		o.add(err)
	}
	if v, ok := o.take("joined"); ok {
		m.Joined, err = readPeriod("joined", v)
		o.add(err)
	}
	if v, ok := o.take("left"); ok {
		m.Left, err = readPeriod("left", v)
		o.add(err)
	}
	return m, o.done()
}

// readID reads an identifier: a JSON string, or an integer (an ERP's staff
// number) kept as written.
func readID(field string, raw json.RawMessage) (string, error) {
	if len(raw) > 0 && raw[0] >= '0' && raw[0] <= '9' {
		if _, err := strconv.ParseUint(string(raw), 10, 64); err == nil {
			return string(raw), nil
		}
	}
	return readString(field, raw)
}

// readWages reads a payslip: item → amount. Items are the English words or
// the Chinese names of the named items, or an employer's own names (kept as
// written, for the policy to judge); two keys naming the same item are an
// error.
func readWages(field string, raw json.RawMessage) (map[WageItem]decimal.Decimal, error) {
	o, err := readObject(field, raw)
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(o.m))
	for k := range o.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) > MaxWageItems {
		return nil, union.Invalid(field, codeTooMany, strconv.Itoa(len(keys)), strconv.Itoa(MaxWageItems))
	}
	w := make(map[WageItem]decimal.Decimal, len(keys))
	for _, k := range keys {
		v, ok := o.take(k)
		if !ok {
			continue // null: absent
		}
		if k == "" {
			o.add(union.Invalid("", "invalid.empty", ""))
			continue
		}
		item := WageItem(k)
		if known, err := ParseWageItem(k); err == nil {
			item = known // the English word or the Chinese name of a named item
		}
		if _, dup := w[item]; dup {
			o.add(union.Invalid(k, "invalid.duplicate", k))
			continue
		}
		d, err := readDecimal(k, v)
		if err != nil {
			o.add(err)
			continue
		}
		w[item] = d
	}
	return w, union.Prefix(field, o.done())
}

// Records is a run of decoded records: the good members, in order, and one
// *union.RecordError per bad record. Indices count records from 0 over the
// whole input (the header row of a CSV file is not a record); First is the
// index of the run's first record, so the run holds records First …
// First+Len()-1.
type Records struct {
	// First is the index of the first record of the run.
	First int
	// Members are the good records, in input order.
	Members []Member
	// Bad are the bad records, in input order; their errors carry full
	// paths ("members[17].wages.basic").
	Bad []*union.RecordError
}

// Len returns the number of records of the run, good and bad.
func (r Records) Len() int { return len(r.Members) + len(r.Bad) }

// DecodeMembers reads member records from a JSON array or from
// {"members": [...]}. It never stops at a bad record: the good ones are
// returned in order, and each bad one as a *union.RecordError with its index,
// its ID (when readable) and every problem as a *union.FieldError whose path
// starts at the record ("members[17].wages.basic").
//
// The error is for the document as a whole: invalid UTF-8 or malformed JSON
// (code invalid.json), a value that is neither an array nor an object with
// only "members", or more than MaxMembers records; then no record is returned.
//
// Members are read as Member.UnmarshalJSON reads them, with the options'
// default sector.
func DecodeMembers(data []byte, opt DecodeOptions) ([]Member, []*union.RecordError, error) {
	return decodeRecords(data, "members", opt.MaxMembers, func(raw []byte) (Member, string, error) {
		m, err := decodeMember(raw, &opt)
		return m, m.ID, err
	})
}

// DecodeEmployers reads employer records (see Employer.UnmarshalJSON) from
// a JSON array or from {"employers": [...]}, as DecodeMembers reads
// members: the good ones in order, each bad one as a *union.RecordError
// with its index, ID and paths ("employers[2].headcount"); the error is for
// the document as a whole. max bounds the records (zero: DefaultMaxMembers).
func DecodeEmployers(data []byte, max int) ([]Employer, []*union.RecordError, error) {
	return decodeRecords(data, "employers", max, func(raw []byte) (Employer, string, error) {
		var e Employer
		err := e.UnmarshalJSON(raw)
		if err != nil {
			e.ID = idOf(raw)
		}
		return e, e.ID, err
	})
}

// idOf returns the "id" of a JSON object, when it can be read.
func idOf(raw []byte) string {
	o, err := readObject("", raw)
	if err != nil {
		return ""
	}
	v, ok := o.take("id")
	if !ok {
		return ""
	}
	id, _ := readID("id", v)
	return id
}

// decodeRecords reads the records of a JSON array, or of {"<list>": [...]},
// one by one with decode, which returns the record, its ID and its errors
// (fields within the record).
func decodeRecords[T any](data []byte, list string, max int, decode func([]byte) (T, string, error)) ([]T, []*union.RecordError, error) {
	if err := checkDocument(list, data); err != nil {
		return nil, nil, err
	}
	raw := json.RawMessage(bytes.TrimSpace(data))
	if len(raw) > 0 && raw[0] == '{' {
		o, err := readObject("", raw)
		if err != nil {
			return nil, nil, err
		}
		v, _ := o.need(list)
		if err := o.done(); err != nil {
			return nil, nil, err
		}
		raw = v
	}
	var els []json.RawMessage
	if len(raw) == 0 || raw[0] != '[' || json.Unmarshal(raw, &els) != nil {
		return nil, nil, typeError(list, raw, "array")
	}
	if max <= 0 {
		max = DefaultMaxMembers
	}
	if len(els) > max {
		return nil, nil, union.Invalid(list, codeTooMany, strconv.Itoa(len(els)), strconv.Itoa(max))
	}
	good := make([]T, 0, len(els))
	var bad []*union.RecordError
	for i, el := range els {
		v, id, err := decode(el)
		if err != nil {
			bad = append(bad, union.NewRecordError(list, i, id, err))
			continue
		}
		good = append(good, v)
	}
	return good, bad, nil
}

// recordError wraps the errors of record i (fields within the record) as a
// *union.RecordError with full paths.
func recordError(i int, id string, err error) *union.RecordError {
	return union.NewRecordError("members", i, id, err)
}

// AssessRecords assesses a run of decoded records: the batch has one item
// per record, in input order (item k answers record First+k). Good members
// are assessed as AssessAll assesses them; a bad record is an error item
// with its ID and its decoding errors, named within the record as BatchItem
// errors are ("wages.basic"). Totals count the good items.
func (p Policy) AssessRecords(rs Records) Batch {
	good := p.AssessAll(rs.Members)
	if len(rs.Bad) == 0 {
		return good
	}
	items := make([]BatchItem, 0, rs.Len())
	g := 0
	for _, re := range rs.Bad {
		for k := len(items); k < re.Index-rs.First && g < len(good.Items); k++ {
			items = append(items, good.Items[g])
			g++
		}
		it := BatchItem{Err: stripPrefix(union.Indexed("members", re.Index), re.Err)}
		it.MemberID = re.ID
		items = append(items, it)
	}
	items = append(items, good.Items[g:]...)
	good.Items = items
	good.Failed += len(rs.Bad)
	return good
}
