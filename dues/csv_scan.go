package dues

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// csvScanner splits CSV data into records as encoding/csv does (RFC 4180:
// comma-separated, fields optionally in double quotes with "" for a quote
// and line breaks inside, \r\n or \n line ends, empty lines skipped, no
// lazy quotes), without allocating per record: a record's fields are byte
// slices valid until the next call. A malformed record (a bare quote in an
// unquoted field, text after a closing quote, an unterminated quote) is
// errBadRecord, and scanning goes on at the next line.
type csvScanner struct {
	r *bufio.Reader
	// pending is a line read by next's fast path and handed to readLine.
	pending    []byte
	pendingErr error
	hasPending bool
	line       []byte // the record's bytes, line ends normalised to \n
	buf        []byte // the contents of quoted fields
	spans      []csvSpan
	fields     [][]byte
}

// csvSpan is a field: a range of line or (quoted) of buf.
type csvSpan struct {
	start, end int
	quoted     bool
}

// errBadRecord is a malformed CSV record.
var errBadRecord = errors.New("malformed CSV record")

// errLongRecord is a record longer than MaxCSVRecordBytes; it is skipped.
var errLongRecord = errors.New("CSV record too long")

func newCSVScanner(r io.Reader) *csvScanner {
	return &csvScanner{r: bufio.NewReaderSize(r, 1<<16)}
}

// readLine appends the next line, \n-terminated, to s.line; io.EOF when
// there is none.
func (s *csvScanner) readLine() error {
	n := len(s.line)
	for {
		var chunk []byte
		var err error
		if s.hasPending {
			chunk, err, s.hasPending = s.pending, s.pendingErr, false
			s.pending, s.pendingErr = nil, nil
		} else {
			chunk, err = s.r.ReadSlice('\n')
		}
		if len(s.line)+len(chunk) > MaxCSVRecordBytes {
			// Too long: skip to the end of the line and report the record.
			for err == bufio.ErrBufferFull {
				_, err = s.r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return err
			}
			return errLongRecord
		}
		s.line = append(s.line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			if len(s.line) == n {
				return io.EOF
			}
			s.line = append(s.line, '\n')
			break
		}
		if err != nil {
			return err
		}
		break
	}
	if l := len(s.line); l-n >= 2 && s.line[l-2] == '\r' {
		s.line[l-2] = '\n'
		s.line = s.line[:l-1]
	}
	return nil
}

// next returns the next record's fields.
func (s *csvScanner) next() ([][]byte, error) {
	for {
		// Fast path: a whole line in the reader's buffer, without quotes,
		// split where it is (valid until the next read, as promised).
		chunk, err := s.r.ReadSlice('\n')
		if err == nil && len(chunk) <= MaxCSVRecordBytes && bytes.IndexByte(chunk, '"') < 0 {
			line := chunk[:len(chunk)-1]
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
			}
			if len(line) == 0 {
				continue // an empty line
			}
			return s.split(line), nil
		}
		s.pending, s.pendingErr, s.hasPending = chunk, err, true
		s.line = s.line[:0]
		if err := s.readLine(); err != nil {
			return nil, err
		}
		if len(s.line) > 1 {
			break
		}
	}
	s.buf, s.spans = s.buf[:0], s.spans[:0]
	if bytes.IndexByte(s.line, '"') < 0 {
		return s.split(s.line[:len(s.line)-1]), nil
	}
	bad := false
	pos := 0
	for {
		if s.line[pos] != '"' {
			// Unquoted: up to the next comma or the end of the line.
			i := bytes.IndexByte(s.line[pos:], ',')
			end := len(s.line) - 1
			if i >= 0 && pos+i < end {
				end = pos + i
			}
			if bytes.IndexByte(s.line[pos:end], '"') >= 0 {
				bad = true
			}
			s.spans = append(s.spans, csvSpan{start: pos, end: end})
			if end == len(s.line)-1 {
				break
			}
			pos = end + 1
			continue
		}
		// Quoted: up to the closing quote, over line ends if need be.
		start := len(s.buf)
		pos++
		for {
			i := bytes.IndexByte(s.line[pos:], '"')
			if i < 0 {
				s.buf = append(s.buf, s.line[pos:]...)
				pos = len(s.line)
				if err := s.readLine(); err != nil {
					if err == io.EOF {
						return nil, errBadRecord
					}
					return nil, err // errLongRecord included
				}
				continue
			}
			s.buf = append(s.buf, s.line[pos:pos+i]...)
			pos += i + 1
			if pos < len(s.line) && s.line[pos] == '"' {
				s.buf = append(s.buf, '"')
				pos++
				continue
			}
			break
		}
		s.spans = append(s.spans, csvSpan{start: start, end: len(s.buf), quoted: true})
		if s.line[pos] == '\n' && pos == len(s.line)-1 {
			break
		}
		if s.line[pos] != ',' {
			bad = true
			break
		}
		pos++
	}
	if bad {
		return nil, errBadRecord
	}
	return s.quotedFields(), nil
}

// split splits a line without quotes at its commas.
func (s *csvScanner) split(line []byte) [][]byte {
	s.fields = s.fields[:0]
	start := 0
	for {
		i := bytes.IndexByte(line[start:], ',')
		if i < 0 {
			break
		}
		s.fields = append(s.fields, line[start:start+i:start+i])
		start += i + 1
	}
	return append(s.fields, line[start:len(line):len(line)])
}

// quotedFields returns the fields of the spans of a record with quotes.
func (s *csvScanner) quotedFields() [][]byte {
	s.fields = s.fields[:0]
	for _, sp := range s.spans {
		if sp.quoted {
			s.fields = append(s.fields, s.buf[sp.start:sp.end:sp.end])
		} else {
			s.fields = append(s.fields, s.line[sp.start:sp.end:sp.end])
		}
	}
	return s.fields
}
