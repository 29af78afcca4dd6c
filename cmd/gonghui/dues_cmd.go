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
// members; err is an input error (the header, the JSON document) or a
// policy error, before anything was written.
func duesRun(c *call, r io.Reader, w io.Writer, rows *atomic.Int64) (int, error) {
	var sector union.Sector
	hasDefault := c.sector != ""
	if hasDefault {
		s, err := sectorOf("sector", c.sector)
		if err != nil {
			return 0, asPolicyError(err)
		}
		sector = s
	}
	var src memberSource
	spec := c.spec
	if c.csv {
		s, err := newCSVSource(r, sector, hasDefault)
		if err != nil {
			return 0, err
		}
		src = s
	} else {
		data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
		if err != nil {
			return 0, union.Invalid("", "invalid.json", "", "read error")
		}
		if len(data) > maxInput {
			return 0, union.Invalid("", "invalid.too_large", "", itoa(maxInput))
		}
		req, ms, errs, err := decodeDuesJSON(data, sector, hasDefault)
		if err != nil {
			return 0, err
		}
		spec, err = spec.withBody(req.Policy, req.Month)
		if err != nil {
			return 0, err
		}
		src = &sliceSource{members: ms, errs: errs}
	}
	p, err := resolve(duesPresets, spec)
	if err != nil {
		return 0, err
	}
	job := &duesJob{policy: p, tag: c.tag, format: c.format, rows: rows}
	totals, err := runDues(src, job, w)
	if err != nil {
		return totals.Failed, err
	}
	return totals.Failed, nil
}

// parseDecimalArg reads an amount given on the command line.
func parseDecimalArg(s string) (decimal.Decimal, error) {
	d, ok := parseAmount([]byte(strings.TrimSpace(s)))
	if !ok {
		return decimal.Decimal{}, union.Invalid("", "invalid.decimal", s)
	}
	return d, nil
}

// assessOne is the lean path of the service for small JSON batches: the
// same batch as runDues, built in memory.
var _ = dues.Batch{}
