package dues

import (
	"io"
	"strconv"
	"sync"

	"github.com/gonghui/gonghui/union"
)

// CSVBatches assesses a payroll CSV file chunk by chunk as it is read: the
// fast path of a large payroll. Rows are read and decoded on a goroutine of
// its own, into blocks of scratch members whose payslip maps are reused,
// while Next assesses the previous block; no Member is kept. The items
// equal what AssessRecords gives for the same records (Reasons lists may be
// shared between members of the same pattern, across chunks too: treat
// them as read-only).
//
// Merging the batches of consecutive Next calls (Batch.Merge, or a
// CompactWriter) gives the batch of the whole file. Once Next has been
// called, the reader's goroutine owns the CSVReader and its io.Reader until
// Next returns io.EOF or another error, or Close is called. A CSVBatches is
// not safe for concurrent use.
type CSVBatches struct {
	r    *CSVReader
	e    *engine
	p    Policy
	pos  int // index of the next record handed out
	cur  *csvBlock
	at   int // next row of cur
	full chan *csvBlock
	free chan *csvBlock
	done chan struct{}
	once sync.Once
	err  error // sticky: the error that ended reading
	run  bool
}

// csvBlock is a block of decoded rows passed from the reading goroutine.
type csvBlock struct {
	rows []csvRow
	err  error // io.EOF or the error that ended reading, after the rows
}

// csvRow is one decoded row: a member, or the record's error.
type csvRow struct {
	m    Member
	keys uint64 // the items in m.Wages (CSVReader.readRow)
	id   [2]int // the span of the ID in the block's IDs
	bad  *union.RecordError
}

// csvBlockRows is the number of rows of a block.
const csvBlockRows = 2048

// AssessCSV returns the chunked assessment of the records r reads under the
// policy. An invalid policy is its Validate error (union.ErrPolicy).
func (p Policy) AssessCSV(r *CSVReader) (*CSVBatches, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	b := &CSVBatches{r: r, p: p}
	b.e = b.p.batchEngine()
	return b, nil
}

// Next reads and assesses up to n (1 … MaxChunk) records: one item per
// record, in input order, bad rows included as error items with their ID
// and their decoding errors named within the record ("wages.basic"), and
// the batch's totals. It returns io.EOF, with an empty batch, once the file
// is used up; a header or I/O error ends reading (with the items read
// before it).
//
// Record indices (RecordError, the rows Batch.Err names) count from the
// first record of the file; Next's batch starts at First.
func (b *CSVBatches) Next(n int) (Batch, error) {
	if n < 1 || n > MaxChunk {
		return Batch{}, union.Invalid("n", "invalid.range", strconv.Itoa(n), "1", strconv.Itoa(MaxChunk))
	}
	if b.err != nil {
		return Batch{}, b.err
	}
	if !b.run {
		if err := b.r.start(); err != nil {
			b.err = err
			return Batch{}, err
		}
		b.run = true
		b.full = make(chan *csvBlock, 2)
		b.free = make(chan *csvBlock, 4)
		b.done = make(chan struct{})
		for range 4 {
			b.free <- &csvBlock{rows: make([]csvRow, 0, csvBlockRows)}
		}
		go b.read()
	}
	var s summary
	s.init()
	items := make([]BatchItem, 0, min(n, 1<<16))
	for len(items) < n {
		if b.cur == nil || b.at == len(b.cur.rows) {
			if b.cur != nil {
				if b.cur.err != nil {
					b.err = b.cur.err
					break
				}
				b.free <- b.cur
			}
			b.cur, b.at = <-b.full, 0
			continue
		}
		row := &b.cur.rows[b.at]
		b.at++
		if len(items) < cap(items) {
			items = items[:len(items)+1] // zero already: no write needed
		} else {
			items = append(items, BatchItem{})
		}
		it := &items[len(items)-1]
		if row.bad != nil {
			it.MemberID = row.bad.ID
			it.Err = stripPrefix(union.Indexed("members", b.pos), row.bad.Err)
			b.pos++
			s.add(it, 0, false)
			continue
		}
		b.pos++
		b.e.amountFenOK = false
		it.Err = b.e.assess(&row.m, &it.Assessment, false)
		if it.Err != nil {
			it.MemberID = row.m.ID
		}
		s.add(it, b.e.amountFen, b.e.amountFenOK)
	}
	if len(items) == 0 && b.err != nil {
		return Batch{}, b.err
	}
	out := Batch{Items: items}
	out.finish(&s)
	if b.err != nil && b.err != io.EOF {
		return out, b.err
	}
	return out, nil
}

// read is the reading goroutine: it fills free blocks with decoded rows
// and hands them over, until the data ends or Close.
func (b *CSVBatches) read() {
	var ids []byte
	for {
		var blk *csvBlock
		select {
		case blk = <-b.free:
		case <-b.done:
			return
		}
		blk.rows = blk.rows[:cap(blk.rows)]
		ids = ids[:0]
		b.r.ids = &ids
		k := 0
		for k < len(blk.rows) {
			row := &blk.rows[k]
			bad, err := b.r.readRow(&row.m, &row.keys)
			if err != nil {
				blk.err = err
				break
			}
			row.bad, row.id = bad, b.r.idAt
			k++
		}
		b.r.ids = nil
		blk.rows = blk.rows[:k]
		// One string for the block's IDs, each member's a part of it.
		all := string(ids)
		for i := range blk.rows {
			if row := &blk.rows[i]; row.bad == nil {
				row.m.ID = all[row.id[0]:row.id[1]]
			}
		}
		select {
		case b.full <- blk:
		case <-b.done:
			return
		}
		if blk.err != nil {
			return
		}
	}
}

// Close stops the reading goroutine, if it runs; Next then returns an
// error. It is safe to call more than once, and after io.EOF.
func (b *CSVBatches) Close() error {
	b.once.Do(func() {
		if b.done != nil {
			close(b.done)
		}
		if b.err == nil {
			b.err = union.Invalid("csv", "invalid.inconsistent", "", "Close")
		}
	})
	return nil
}

// First returns the index of the record the next call to Next starts at.
func (b *CSVBatches) First() int { return b.pos }
