package main

import (
	"io"
	"strings"
	"sync/atomic"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// duesRun reads a payroll (CSV streams; JSON is read whole), resolves the
// policy and writes the batch to w. It returns the number of failed
// members; err is an input error (the CSV header, the JSON document) or a
// policy error, before anything was written.
func duesRun(c *call, r io.Reader, w io.Writer, rows *atomic.Int64) (int, error) {
	var opt dues.DecodeOptions
	if c.sector != "" {
		s, err := sectorOf("sector", c.sector)
		if err != nil {
			return 0, asPolicyError(err)
		}
		opt.DefaultSector = &s
	}
	if c.csv {
		p, err := resolve(duesPresets, c.spec)
		if err != nil {
			return 0, err
		}
		r, err := csvInput(r, c.enc, c.encHint)
		if err != nil {
			return 0, err
		}
		return streamCSV(p, r, opt, newBatchOut(w, c.format, c.tag), rows)
	}
	if c.enc != encUTF8 {
		return 0, union.Invalid("", "http.charset", c.enc.String(), encodingNames)
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return 0, union.Invalid("", "invalid.json", "", "read error")
	}
	if len(data) > maxInput {
		return 0, union.Invalid("", "invalid.too_large", "", itoa(maxInput))
	}
	req, recs, err := readDuesJSON(data, opt)
	if err != nil {
		return 0, err
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return 0, err
	}
	p, err := resolve(duesPresets, spec)
	if err != nil {
		return 0, err
	}
	b := assessRecords(&p, recs)
	if rows != nil {
		rows.Add(int64(len(b.Items)))
	}
	out := newBatchOut(w, c.format, c.tag)
	if err := out.chunk(b); err != nil {
		return b.Failed, err
	}
	return b.Failed, out.close()
}

// parseDecimalArg reads an amount given on the command line.
func parseDecimalArg(s string) (decimal.Decimal, error) {
	return union.ParseDecimal("amount", strings.TrimSpace(s))
}
