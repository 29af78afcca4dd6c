package main

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// csvSource reads a member CSV in chunks of raw records; workers decode
// them.
type csvSource struct {
	lines  *csvLines
	layout *memberLayout
	seq    int
	done   bool
}

// newCSVSource reads the header row of a member CSV.
func newCSVSource(r io.Reader, sector union.Sector, hasDefault bool) (*csvSource, error) {
	lines := newCSVLines(r)
	rec, err := lines.next(nil)
	if err == io.EOF {
		return nil, union.Invalid("header", "invalid.required", "")
	}
	if err != nil {
		return nil, csvReadError(err)
	}
	fields, _, ok := splitCSV(rec, nil, nil)
	if !ok {
		return nil, union.Invalid("header", "invalid.csv", "", "stray quote")
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = string(f)
	}
	layout, err := parseHeader(names, sector, hasDefault)
	if err != nil {
		return nil, err
	}
	return &csvSource{lines: lines, layout: layout}, nil
}

// csvReadError keeps a reader's failure a field error.
func csvReadError(err error) error {
	if len(union.FieldErrors(err)) > 0 {
		return err
	}
	return union.Invalid("", "invalid.csv", "", "read error")
}

func (s *csvSource) next() (*duesChunk, error) {
	if s.done {
		return nil, nil
	}
	c := &duesChunk{seq: s.seq, layout: s.layout, raw: make([]byte, 0, chunkRows*64), recs: make([]int, 0, chunkRows)}
	s.seq++
	for len(c.recs) < chunkRows {
		var err error
		c.raw, err = s.lines.next(c.raw)
		if err == io.EOF {
			s.done = true
			break
		}
		if err != nil {
			return nil, csvReadError(err)
		}
		if len(c.recs) > 0 && len(c.raw) == c.recs[len(c.recs)-1] || len(c.recs) == 0 && len(c.raw) == 0 {
			continue // a blank line
		}
		c.recs = append(c.recs, len(c.raw))
	}
	if len(c.recs) == 0 {
		return nil, nil
	}
	return c, nil
}

// sliceSource hands out decoded members in chunks.
type sliceSource struct {
	members []dues.Member
	errs    map[int]error
	pos     int
	seq     int
}

func (s *sliceSource) next() (*duesChunk, error) {
	if s.pos >= len(s.members) {
		return nil, nil
	}
	hi := min(s.pos+chunkRows, len(s.members))
	c := &duesChunk{seq: s.seq, members: s.members[s.pos:hi]}
	for i, err := range s.errs {
		if i >= s.pos && i < hi {
			if c.errs == nil {
				c.errs = map[int]error{}
			}
			c.errs[i-s.pos] = err
		}
	}
	s.pos = hi
	s.seq++
	return c, nil
}

// duesRequest is the JSON object form of dues input; a bare array of
// members is the same with the other fields left out.
type duesRequest struct {
	// Members are the payroll's members.
	Members []json.RawMessage `json:"members"`
	// Policy is a preset name or a policy object (optionally {"preset", ...overrides}).
	Policy json.RawMessage `json:"policy,omitempty"`
	// Month picks the rule in force.
	Month union.Period `json:"month,omitzero"`
	// DefaultSector is the sector of members whose record names none.
	DefaultSector string `json:"default_sector,omitempty"`
}

// decodeDuesJSON reads dues input in JSON: an array of members or a
// duesRequest. Each member is decoded on its own, strictly; a bad one is
// reported at its index with its ID (when it has one) and the batch goes on.
// sector, when hasDefault, is the command's default sector; the request's
// own default_sector applies when the command names none.
func decodeDuesJSON(data []byte, sector union.Sector, hasDefault bool) (duesRequest, []dues.Member, map[int]error, error) {
	var req duesRequest
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := decodeStrict(data, &req.Members); err != nil {
			return req, nil, nil, err
		}
	} else if err := decodeStrict(data, &req); err != nil {
		return req, nil, nil, err
	}
	if req.Members == nil {
		return req, nil, nil, union.Invalid("members", "invalid.required", "")
	}
	if !hasDefault && req.DefaultSector != "" {
		s, err := sectorOf("default_sector", req.DefaultSector)
		if err != nil {
			return req, nil, nil, err
		}
		sector, hasDefault = s, true
	}
	ms := make([]dues.Member, len(req.Members))
	var errs map[int]error
	for i, raw := range req.Members {
		if err := decodeMember(raw, &ms[i], sector, hasDefault); err != nil {
			if errs == nil {
				errs = map[int]error{}
			}
			errs[i] = err
		}
	}
	return req, ms, errs, nil
}

// memberProbe reads what a member record says of its ID and sector, to
// report a bad record with its ID and to tell an absent sector.
type memberProbe struct {
	ID     json.RawMessage `json:"id"`
	Sector json.RawMessage `json:"sector"`
}

// decodeMember decodes one member strictly. A member without a sector takes
// the default sector when there is one and is an error otherwise.
func decodeMember(raw []byte, m *dues.Member, sector union.Sector, hasDefault bool) error {
	var probe memberProbe
	_ = json.Unmarshal(raw, &probe)
	var id string
	_ = json.Unmarshal(probe.ID, &id)
	err := decodeStrict(raw, m)
	m.ID = id
	if err != nil {
		return err
	}
	if len(probe.Sector) == 0 || bytes.Equal(probe.Sector, []byte("null")) {
		if !hasDefault {
			return union.Invalid("sector", "invalid.required", "")
		}
		m.Sector = sector
	}
	return nil
}
