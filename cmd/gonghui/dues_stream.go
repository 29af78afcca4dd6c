package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"sync/atomic"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// chunkRows is the number of payroll rows assessed at a time: large enough
// for AssessAll to use every core, small enough to keep memory bounded.
const chunkRows = 16384

// format is how a batch is written.
type format uint8

const (
	formatJSON    format = iota // the batch JSON, reasons with their text
	formatCompact               // dues.CompactWriter: reasons written once, items as rows
	formatCSV                   // a CSV sheet, one row per member
)

// batchOut writes a batch chunk by chunk in one of the formats; the JSON
// and CSV forms merge the chunks' totals (the compact writer merges its
// own). Nothing is written before the first chunk (or close), so that an
// error found before it (the CSV header) is the whole output.
type batchOut struct {
	w       io.Writer
	format  format
	tag     language.Tag
	compact *dues.CompactWriter
	totals  dues.Batch
	items   int
	buf     []byte
	begun   bool
	err     error
}

func newBatchOut(w io.Writer, f format, tag language.Tag) *batchOut {
	o := &batchOut{w: w, format: f, tag: tag, totals: dues.Batch{Total: zeroAmount()}}
	if f == formatCompact {
		o.compact = dues.NewCompactWriter(w, dues.CompactOptions{Lang: tag})
	}
	return o
}

// begin writes the opening of the batch, once.
func (o *batchOut) begin() {
	if o.begun {
		return
	}
	o.begun = true
	switch o.format {
	case formatCompact:
	case formatCSV:
		o.write(csvHeader(o.tag))
	default:
		o.write([]byte(`{"items":[`))
	}
}

func (o *batchOut) write(b []byte) {
	if o.err == nil {
		_, o.err = o.w.Write(b)
	}
}

// chunk writes one chunk's items and counts its totals.
func (o *batchOut) chunk(b dues.Batch) error {
	o.begin()
	if o.err != nil {
		return o.err
	}
	switch o.format {
	case formatCompact:
		o.err = o.compact.Write(b)
		o.totals.Failed += b.Failed
		return o.err
	case formatCSV:
		o.buf = encodeCSVRows(o.buf[:0], b.Items, o.tag)
		o.write(o.buf)
	default:
		o.buf = o.buf[:0]
		for i := range b.Items {
			if o.items+i > 0 {
				o.buf = append(o.buf, ',')
			}
			j, err := b.Items[i].MarshalJSONText(o.tag)
			if err != nil {
				return err
			}
			o.buf = append(o.buf, j...)
		}
		o.write(o.buf)
	}
	o.items += len(b.Items)
	mergeTotals(&o.totals, &b)
	return o.err
}

// close ends the batch: the totals after the items.
func (o *batchOut) close() error {
	o.begin()
	switch o.format {
	case formatCompact:
		if err := o.compact.Close(); err != nil && o.err == nil {
			o.err = err
		}
	case formatCSV:
	default:
		o.write([]byte{']'})
		o.write(totalsTail(o.totals))
	}
	if o.format != formatCSV {
		o.write([]byte{'\n'})
	}
	return o.err
}

// totalsTail is the batch's JSON after its items, from the comma after
// the items to the closing brace, as the dues package writes it.
func totalsTail(t dues.Batch) []byte {
	t.Items = []dues.BatchItem{}
	b, err := t.MarshalJSON()
	if err != nil {
		return []byte("}")
	}
	rest, ok := bytes.CutPrefix(b, []byte(`{"items":[]`))
	if !ok {
		return []byte("}")
	}
	return rest
}

// mergeTotals adds the totals of one chunk's batch to acc: counts and
// amounts add exactly (decimals), subtotals per sector and per status in
// the order of the sectors and statuses. (The same sums as Batch.Merge,
// without keeping the chunks' items.)
func mergeTotals(acc, b *dues.Batch) {
	acc.Total = acc.Total.Add(b.Total)
	acc.Paying += b.Paying
	acc.Exempt += b.Exempt
	acc.Failed += b.Failed
	for _, st := range b.BySector {
		i := 0
		for i < len(acc.BySector) && acc.BySector[i].Sector < st.Sector {
			i++
		}
		if i < len(acc.BySector) && acc.BySector[i].Sector == st.Sector {
			addSubtotal(&acc.BySector[i].Subtotal, st.Subtotal)
			continue
		}
		acc.BySector = append(acc.BySector[:i], append([]dues.SectorTotal{st}, acc.BySector[i:]...)...)
	}
	for _, st := range b.ByStatus {
		i := 0
		for i < len(acc.ByStatus) && acc.ByStatus[i].Status < st.Status {
			i++
		}
		if i < len(acc.ByStatus) && acc.ByStatus[i].Status == st.Status {
			addSubtotal(&acc.ByStatus[i].Subtotal, st.Subtotal)
			continue
		}
		acc.ByStatus = append(acc.ByStatus[:i], append([]dues.StatusTotal{st}, acc.ByStatus[i:]...)...)
	}
}

func addSubtotal(a *dues.Subtotal, b dues.Subtotal) {
	a.Members += b.Members
	a.Paying += b.Paying
	a.Exempt += b.Exempt
	a.Amount = a.Amount.Add(b.Amount)
}

// streamCSV assesses a payroll CSV with dues.Policy.AssessCSV, chunk by
// chunk: the package reads and decodes rows on a goroutine of its own and
// assesses each chunk on every core, while this one writes the previous
// chunk. A header error (before any output) is returned as is.
func streamCSV(p dues.Policy, r io.Reader, opt dues.DecodeOptions, out *batchOut, rows *atomic.Int64) (int, error) {
	bs, err := p.AssessCSV(dues.NewCSVReader(r, opt))
	if err != nil {
		return 0, asPolicyError(err)
	}
	defer bs.Close()
	first, err := bs.Next(chunkRows)
	if err != nil && !errors.Is(err, io.EOF) {
		return 0, err // the header
	}
	type result struct {
		b   dues.Batch
		err error
	}
	next := make(chan result, 2)
	go func() {
		defer close(next)
		if err != nil {
			return
		}
		for {
			b, err := bs.Next(chunkRows)
			if errors.Is(err, io.EOF) {
				return
			}
			next <- result{b, err}
			if err != nil {
				return
			}
		}
	}()
	if werr := out.chunk(first); werr != nil {
		drain(next)
		return out.totals.Failed, werr
	}
	if rows != nil {
		rows.Add(int64(len(first.Items)))
	}
	for res := range next {
		if werr := out.chunk(res.b); werr != nil {
			drain(next)
			return out.totals.Failed, werr
		}
		if rows != nil {
			rows.Add(int64(len(res.b.Items)))
		}
		if res.err != nil {
			return out.totals.Failed, res.err
		}
	}
	return out.totals.Failed, out.close()
}

func drain[T any](c <-chan T) {
	for range c {
	}
}

// duesRequest is the JSON object form of dues input; a bare array of
// members is the same with the other fields left out.
type duesRequest struct {
	// Members are the payroll's members.
	Members json.RawMessage `json:"members"`
	// Policy is a preset name or a policy object (optionally {"preset", ...overrides}).
	Policy json.RawMessage `json:"policy,omitempty"`
	// Month picks the rule in force.
	Month union.Period `json:"month,omitzero"`
	// DefaultSector is the sector of members whose record names none.
	DefaultSector string `json:"default_sector,omitempty"`
}

// readDuesJSON reads dues input in JSON: an array of members or a
// duesRequest, the members with dues.DecodeMembers (each on its own; a bad
// one reported at its index with its ID, the others kept).
func readDuesJSON(data []byte, opt dues.DecodeOptions) (duesRequest, dues.Records, error) {
	var req duesRequest
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		req.Members = trimmed
	} else if err := decodeStrict(data, &req); err != nil {
		return req, dues.Records{}, err
	}
	if len(req.Members) == 0 || string(req.Members) == "null" {
		return req, dues.Records{}, union.Invalid("members", "invalid.required", "")
	}
	if opt.DefaultSector == nil && req.DefaultSector != "" {
		s, err := sectorOf("default_sector", req.DefaultSector)
		if err != nil {
			return req, dues.Records{}, err
		}
		opt.DefaultSector = &s
	}
	if err := wellFormed(req.Members); err != nil {
		return req, dues.Records{}, union.Prefix("members", err)
	}
	ms, bad, err := dues.DecodeMembers(req.Members, opt)
	if err != nil {
		return req, dues.Records{}, union.Prefix("members", err)
	}
	return req, dues.Records{Members: ms, Bad: bad}, nil
}

// smallBatch is the size under which records are assessed member by member
// (Policy.Assess, then Batch.Merge for the totals): AssessAll prepares
// tables for thousands of members, which a request of one member does not
// need. Both give the same batch (a test holds them equal).
const smallBatch = 64

// assessRecords is Policy.AssessRecords, by way of Assess for small runs.
func assessRecords(p *dues.Policy, rs dues.Records) dues.Batch {
	if rs.Len() >= smallBatch {
		return p.AssessRecords(rs)
	}
	items := make([]dues.BatchItem, 0, rs.Len())
	g := 0
	good := func(n int) {
		for ; len(items) < n && g < len(rs.Members); g++ {
			a, err := p.Assess(rs.Members[g])
			if err != nil {
				a = dues.Assessment{MemberID: rs.Members[g].ID}
			}
			items = append(items, dues.BatchItem{Assessment: a, Err: err})
		}
	}
	for _, re := range rs.Bad {
		good(re.Index - rs.First)
		it := dues.BatchItem{Err: withinRecord(union.Indexed("members", re.Index), re.Err)}
		it.MemberID = re.ID
		items = append(items, it)
	}
	good(rs.Len())
	return dues.Batch{Items: items}.Merge()
}

// withinRecord names a record's field errors within the record, as batch
// items name them: "members[3].wages.basic" becomes "wages.basic".
func withinRecord(prefix string, err error) error {
	fes := union.FieldErrors(err)
	if len(fes) == 0 {
		return err
	}
	out := make([]error, len(fes))
	for i, fe := range fes {
		c := *fe
		if rest, ok := strings.CutPrefix(c.Field, prefix); ok {
			c.Field = strings.TrimPrefix(rest, ".")
		}
		out[i] = &c
	}
	return joinErrors(out)
}
