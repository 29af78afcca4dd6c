package dues

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanBoth splits data with csvScanner and with encoding/csv (no lazy
// quotes, any number of fields) up to the first malformed record, which both
// must find.
func scanBoth(t *testing.T, data string) {
	t.Helper()
	s := newCSVScanner(strings.NewReader(data))
	c := csv.NewReader(strings.NewReader(data))
	c.FieldsPerRecord = -1
	for i := 0; ; i++ {
		want, werr := c.Read()
		got, gerr := s.next()
		if werr != nil {
			var pe *csv.ParseError
			if errors.As(werr, &pe) {
				require.ErrorIs(t, gerr, errBadRecord, "record %d of %q", i, data)
				return
			}
			require.ErrorIs(t, werr, io.EOF)
			require.ErrorIs(t, gerr, io.EOF, "record %d of %q: %q", i, data, got)
			return
		}
		require.NoError(t, gerr, "record %d of %q", i, data)
		strs := make([]string, len(got))
		for k, f := range got {
			strs[k] = string(f)
		}
		require.Equal(t, want, strs, "record %d of %q", i, data)
	}
}

// The scanner splits records exactly as encoding/csv does (RFC 4180).
func TestCSVScannerMatchesEncodingCSV(t *testing.T) {
	for _, data := range []string{
		"", "\n", "a", "a,b\n", "a,b\r\nc,d\r\n", "a,,b,\n", ",\n", "\n\na\n\n",
		`"a","b,c","d""e"` + "\n", "\"multi\nline\",x\n", "\"multi\r\nline\"\r\n",
		"a\"b,c\n", "\"a\"b,c\n", "\"unterminated\n", "x,\"\"\n", "\"\"\n", "a,b\r", "\"a\"\r\n",
		"工号,姓名\nE1,张三\n", "a\rb,c\n", " a , b \n", "\"a\" ,b\n",
	} {
		scanBoth(t, data)
	}
}

// A record longer than MaxCSVRecordBytes is skipped to the end of its
// line and reported; the next record is read.
func TestCSVScannerTooLong(t *testing.T) {
	huge := strings.Repeat("x", MaxCSVRecordBytes+10)
	s := newCSVScanner(strings.NewReader("a\n" + huge + ",y\nb,c\n\"" + huge + "\"\nd\n"))
	f, err := s.next()
	require.NoError(t, err)
	assert.Equal(t, "a", string(f[0]))
	_, err = s.next()
	assert.ErrorIs(t, err, errLongRecord)
	f, err = s.next()
	require.NoError(t, err)
	assert.Equal(t, "b", string(f[0]))
	_, err = s.next()
	assert.ErrorIs(t, err, errLongRecord)
	f, err = s.next()
	require.NoError(t, err)
	assert.Equal(t, "d", string(f[0]))
	_, err = s.next()
	assert.ErrorIs(t, err, io.EOF)
}

// A line longer than the buffer is read whole.
func TestCSVScannerLongLine(t *testing.T) {
	long := strings.Repeat("x", 200_000)
	s := newCSVScanner(strings.NewReader(long + ",y\n\"" + long + "\"\n"))
	f, err := s.next()
	require.NoError(t, err)
	assert.Len(t, f, 2)
	assert.Len(t, f[0], 200_000)
	f, err = s.next()
	require.NoError(t, err)
	assert.Len(t, f[0], 200_000)
}

// FuzzCSVScanner holds the scanner to encoding/csv on any input.
func FuzzCSVScanner(f *testing.F) {
	for _, s := range []string{"a,b\n", "\"a\"\"b\",c\r\n", "\"x\ny\"\n", "a\"b\n", ",,,\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { scanBoth(t, data) })
}

func TestParseFen(t *testing.T) {
	for _, tc := range []struct {
		in  string
		fen int64
		ok  bool
	}{
		{"0", 0, true}, {"1200", 120000, true}, {"1,200.00", 120000, true}, {"1,234,567.8", 123456780, true},
		{"12.34", 1234, true}, {"999999999999999", 99999999999999900, true},
		{"1000000000000000", 0, false}, {"1.234", 0, false}, {"1,20", 0, false}, {",100", 0, false},
		{"1234,567", 0, false}, {"1.", 0, false}, {".5", 0, false}, {"-1", 0, false}, {" 1", 0, false}, {"", 0, false},
		{"1,,000", 0, false}, {"1e3", 0, false},
	} {
		fen, ok := parseFen(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.fen, fen, tc.in)
	}
}
