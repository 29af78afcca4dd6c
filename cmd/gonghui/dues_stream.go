package main

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// chunkRows is the number of members assessed at a time: below the size at
// which AssessAll starts goroutines of its own, so the command's workers
// are the only ones.
const chunkRows = 8000

// format is how a batch is written.
type format uint8

const (
	formatJSON    format = iota // the batch JSON, reasons with their text
	formatCompact               // compact JSON: reasons written once, items as rows
	formatCSV                   // a CSV sheet, one row per member
)

// duesJob is one run of dues over a payroll: the policy, the output form
// and its language.
type duesJob struct {
	policy dues.Policy
	tag    language.Tag
	format format
	// rows, when set, counts the rows written (for progress).
	rows *atomic.Int64
}

// duesChunk is a run of consecutive rows of the payroll, on its way from
// the reader through a worker to the writer.
type duesChunk struct {
	seq int
	// Either raw CSV records (recs) or decoded members (members, errs).
	layout  *memberLayout
	raw     []byte
	recs    []int // end offsets of the records in raw
	members []dues.Member
	errs    map[int]error
	// The worker's output.
	out     []byte
	splices []splice
	lists   [][]union.Reason
	totals  dues.Batch
	n       int
}

// splice is a place in a chunk's compact output where the writer puts the
// global number of a reason list.
type splice struct {
	at   int // offset in out
	list int // the chunk's own number of the list
}

// memberSource yields the payroll in chunks; next returns nil at the end.
type memberSource interface {
	next() (*duesChunk, error)
}

// runDues assesses the payroll from src chunk by chunk on GOMAXPROCS
// workers and writes the batch to w in order: the same bytes whatever the
// scheduling. Memory holds a few chunks at a time. It returns the merged
// totals (Items nil).
func runDues(src memberSource, job *duesJob, w io.Writer) (dues.Batch, error) {
	if s, ok := src.(*sliceSource); ok && len(s.members) <= chunkRows {
		// One chunk (a request of the service): no goroutines.
		wr := newBatchWriter(w, job)
		c, _ := s.next()
		if c != nil {
			(&chunkEncoder{job: job}).process(c)
			if err := wr.chunk(c); err != nil {
				return wr.totals, err
			}
		}
		return wr.totals, wr.finish()
	}
	workers := runtime.GOMAXPROCS(0)
	in := make(chan *duesChunk, workers)
	out := make(chan *duesChunk, workers)
	slots := make(chan struct{}, 2*workers+1) // chunks in flight
	var readErr error
	go func() {
		defer close(in)
		for {
			slots <- struct{}{}
			c, err := src.next()
			if err != nil || c == nil {
				readErr = err
				<-slots
				return
			}
			in <- c
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			enc := &chunkEncoder{job: job}
			for c := range in {
				enc.process(c)
				out <- c
			}
		})
	}
	go func() { wg.Wait(); close(out) }()

	wr := newBatchWriter(w, job)
	pending := map[int]*duesChunk{}
	nextSeq := 0
	var werr error
	for c := range out {
		pending[c.seq] = c
		for {
			c, ok := pending[nextSeq]
			if !ok {
				break
			}
			delete(pending, nextSeq)
			nextSeq++
			if werr == nil {
				werr = wr.chunk(c)
			}
			if job.rows != nil {
				job.rows.Add(int64(c.n))
			}
			<-slots
		}
	}
	if readErr != nil {
		return wr.totals, readErr
	}
	if werr != nil {
		return wr.totals, werr
	}
	return wr.totals, wr.finish()
}

// chunkEncoder is one worker's reusable state.
type chunkEncoder struct {
	job     *duesJob
	members []dues.Member
	fields  [][]byte
	scratch []byte
	amounts *amountCache
}

// outBuffers recycles the chunks' output buffers.
var outBuffers = sync.Pool{New: func() any { return []byte(nil) }}

// process decodes (CSV), assesses and encodes one chunk.
func (e *chunkEncoder) process(c *duesChunk) {
	ms := c.members
	if c.layout != nil {
		ms, c.errs = e.decodeCSV(c)
	}
	for i := range c.errs {
		// A record that did not decode is assessed as an invalid member, so
		// AssessAll counts it as failed, then carries the decoding error.
		ms[i] = dues.Member{ID: ms[i].ID, Sector: union.Sector(255)}
	}
	b := assessAll(&e.job.policy, ms)
	for i, err := range c.errs {
		b.Items[i].Err = err
		b.Items[i].MemberID = ms[i].ID
	}
	c.n = len(b.Items)
	if c.out == nil {
		c.out = outBuffers.Get().([]byte)
	}
	switch e.job.format {
	case formatCompact:
		c.out, c.splices, c.lists = encodeCompact(c.out[:0], b.Items, e.job.tag)
	case formatCSV:
		c.out = encodeCSVRows(c.out[:0], b.Items, e.job.tag)
	default:
		c.out = encodeItems(c.out[:0], b.Items, e.job.tag)
	}
	b.Items = nil
	c.totals = b
	c.raw, c.recs, c.members = nil, nil, nil
}

// decodeCSV turns a chunk's records into members, reusing the worker's
// members and their wage maps.
func (e *chunkEncoder) decodeCSV(c *duesChunk) ([]dues.Member, map[int]error) {
	n := len(c.recs)
	if cap(e.members) < n {
		e.members = append(e.members[:cap(e.members)], make([]dues.Member, n-cap(e.members))...)
	}
	ms := e.members[:n]
	var errs map[int]error
	start := 0
	for i, end := range c.recs {
		rec := c.raw[start:end]
		start = end
		var ok bool
		e.fields, e.scratch, ok = splitCSV(rec, e.fields[:0], e.scratch[:0])
		var err error
		if !ok {
			ms[i] = dues.Member{Wages: ms[i].Wages}
			err = union.Invalid("", "invalid.csv", "", "stray quote")
		} else {
			if e.amounts == nil {
				e.amounts = new(amountCache)
			}
			err = c.layout.memberCached(e.fields, &ms[i], e.amounts)
		}
		if err != nil {
			if errs == nil {
				errs = map[int]error{}
			}
			errs[i] = err
		}
	}
	return ms, errs
}

// encodeItems appends the items' batch JSON, comma-separated, each
// reason with its text in tag.
func encodeItems(dst []byte, items []dues.BatchItem, tag language.Tag) []byte {
	for i := range items {
		if i > 0 {
			dst = append(dst, ',')
		}
		b, err := json.Marshal(items[i])
		if err != nil {
			b, _ = json.Marshal(errorItem{MemberID: items[i].MemberID, Errors: errorsJSON(err, tag)})
		}
		dst = append(dst, localize(b, tag)...)
	}
	return dst
}

// errorItem is a batch item whose result could not be written.
type errorItem struct {
	MemberID string           `json:"member_id"`
	Errors   []fieldErrorJSON `json:"errors"`
}

// batchWriter writes a batch's JSON (or CSV) chunk by chunk and merges the
// chunks' totals.
type batchWriter struct {
	w      io.Writer
	job    *duesJob
	totals dues.Batch
	items  int
	// compact form: the reason lists and reasons numbered in order of first
	// appearance.
	listIDs  map[string]int
	lists    [][]int
	reasonID map[string]int
	reasons  []union.Reason
	err      error
}

func newBatchWriter(w io.Writer, job *duesJob) *batchWriter {
	bw := &batchWriter{w: w, job: job, totals: dues.Batch{Total: zeroAmount()}}
	switch job.format {
	case formatCompact:
		bw.listIDs, bw.reasonID = map[string]int{}, map[string]int{}
		bw.write([]byte(`{"format":"` + compactFormat + `","columns":` + compactColumns + `,"items":[`))
	case formatCSV:
		bw.write(csvHeader(job.tag))
	default:
		bw.write([]byte(`{"items":[`))
	}
	return bw
}

func (bw *batchWriter) write(b []byte) {
	if bw.err == nil {
		_, bw.err = bw.w.Write(b)
	}
}

// chunk writes one chunk's items and merges its totals.
func (bw *batchWriter) chunk(c *duesChunk) error {
	mergeTotals(&bw.totals, &c.totals)
	if c.n == 0 {
		return bw.err
	}
	if bw.items > 0 && bw.job.format != formatCSV {
		bw.write([]byte{','})
	}
	bw.items += c.n
	if bw.job.format != formatCompact {
		bw.write(c.out)
		return bw.err
	}
	global := make([]int, len(c.lists))
	for i, l := range c.lists {
		global[i] = bw.internList(l)
	}
	prev := 0
	var num []byte
	for _, s := range c.splices {
		bw.write(c.out[prev:s.at])
		num = strconv.AppendInt(num[:0], int64(global[s.list]), 10)
		bw.write(num)
		prev = s.at
	}
	bw.write(c.out[prev:])
	outBuffers.Put(c.out[:0])
	c.out = nil
	return bw.err
}

// internList returns the global number of a reason list.
func (bw *batchWriter) internList(l []union.Reason) int {
	ids := make([]int, len(l))
	var key []byte
	for i, r := range l {
		ids[i] = bw.internReason(r)
		key = strconv.AppendInt(key, int64(ids[i]), 10)
		key = append(key, ',')
	}
	if id, ok := bw.listIDs[string(key)]; ok {
		return id
	}
	id := len(bw.lists)
	bw.listIDs[string(key)] = id
	bw.lists = append(bw.lists, ids)
	return id
}

// internReason returns the global number of a reason.
func (bw *batchWriter) internReason(r union.Reason) int {
	key := r.Code + "\x00" + r.Source
	for _, a := range r.Args {
		key += "\x00" + a
	}
	if id, ok := bw.reasonID[key]; ok {
		return id
	}
	id := len(bw.reasons)
	bw.reasonID[key] = id
	bw.reasons = append(bw.reasons, r)
	return id
}

// finish writes the end of the batch: the totals (and the compact form's
// tables).
func (bw *batchWriter) finish() error {
	if bw.job.format == formatCSV {
		return bw.err
	}
	bw.write([]byte{']'})
	if bw.job.format == formatCompact {
		bw.write(compactTables(bw.lists, bw.reasons, bw.job.tag))
	}
	bw.write(totalsTail(bw.totals))
	bw.write([]byte{'\n'})
	return bw.err
}

// totalsTail is the batch's JSON after its items, from `,"total"` to the
// closing brace, as the dues package writes it.
func totalsTail(t dues.Batch) []byte {
	t.Items = nil
	b, err := json.Marshal(t)
	if err != nil {
		return []byte("}")
	}
	if i := bytes.Index(b, []byte(`"items":null`)); i >= 0 {
		rest := b[i+len(`"items":null`):]
		head := b[:i]
		b = append(append([]byte{}, head...), rest...)
		b = bytes.Replace(b, []byte("{,"), []byte("{"), 1)
		b = bytes.Replace(b, []byte(",,"), []byte(","), 1)
	}
	// b is now {...totals...}; what follows the items is ,...totals...}
	if len(b) < 2 || b[0] != '{' {
		return []byte("}")
	}
	if len(b) == 2 {
		return []byte("}")
	}
	return append([]byte{','}, b[1:]...)
}

// mergeTotals adds the totals of one chunk's batch to acc: counts and
// amounts add exactly (decimals), subtotals per sector and per status in
// the order of the sectors and statuses.
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

// smallBatch is the size under which a batch is assessed member by member
// (Policy.Assess, then Batch.Merge for the totals): AssessAll prepares
// tables for thousands of members, which a request of one member does not
// need. Both give the same items.
const smallBatch = 64

// assessAll is Policy.AssessAll, by way of Assess for small batches.
func assessAll(p *dues.Policy, ms []dues.Member) dues.Batch {
	if len(ms) >= smallBatch {
		return p.AssessAll(ms)
	}
	items := make([]dues.BatchItem, len(ms))
	for i := range ms {
		a, err := p.Assess(ms[i])
		items[i] = dues.BatchItem{Assessment: a, Err: err}
	}
	return dues.Batch{Items: items}.Merge()
}
