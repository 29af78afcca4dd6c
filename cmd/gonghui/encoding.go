package main

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/gonghui/gonghui/union"
)

// textEncoding is the character encoding a CSV input declares: UTF-8 (the
// zero value, the default) or one of the Chinese encodings Excel writes
// its "CSV (逗号分隔)" in on zh-CN Windows. JSON is always UTF-8.
type textEncoding uint8

const (
	encUTF8    textEncoding = iota // UTF-8, the default
	encGBK                         // GBK (Windows code page 936, GB2312 a part of it)
	encGB18030                     // GB18030, a superset of GBK
)

// encodingNames lists the names -encoding and charset= take, as the error
// texts show them.
const encodingNames = "utf-8, gbk, gb18030"

// parseEncoding reads an encoding name, case-insensitively: utf-8 (utf8),
// gbk (gb2312, cp936, x-gbk, windows-936: GBK decodes all of them) or
// gb18030.
func parseEncoding(name string) (textEncoding, bool) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "utf-8", "utf8":
		return encUTF8, true
	case "gbk", "gb2312", "cp936", "x-gbk", "windows-936":
		return encGBK, true
	case "gb18030":
		return encGB18030, true
	}
	return encUTF8, false
}

// String is the encoding's name as messages write it.
func (e textEncoding) String() string {
	switch e {
	case encGBK:
		return "GBK"
	case encGB18030:
		return "GB18030"
	}
	return "UTF-8"
}

// sniffLines and sniffBytes bound the start of a CSV input that is checked
// for invalid UTF-8 before any row is read: the header row and the first
// rows, within the first 64 KiB. Invalid UTF-8 further on is the error of
// its own row.
const (
	sniffLines = 10
	sniffBytes = 1 << 16
)

// csvInput is the CSV stream r as UTF-8 for the readers of dues and funds.
//
// With a declared GBK or GB18030 input, the bytes are decoded as they are
// read (a streaming transform: nothing is copied whole); a byte sequence
// that is not valid in the declared encoding ends the reading with
// "invalid.encoding" (its byte offset), and a UTF-8 byte-order mark at the
// start is "invalid.utf8_bom": the file is UTF-8, whatever was declared.
//
// With UTF-8, the header row and the first rows are checked first: invalid
// UTF-8 there is one error, "invalid.not_utf8" (line, byte offset, and
// how to declare GBK: hint), rather than one error per column. An
// undeclared encoding is never guessed.
func csvInput(r io.Reader, enc textEncoding, hint string) (io.Reader, error) {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < sniffBytes {
		size := sniffBytes
		if l, ok := r.(interface{ Len() int }); ok && l.Len() < size {
			size = l.Len() + 1 // a small body in memory (the service's)
		}
		br = bufio.NewReaderSize(r, size)
	}
	if enc != encUTF8 {
		if head, _ := br.Peek(3); bytes.Equal(head, []byte("\xef\xbb\xbf")) {
			return nil, union.Invalid("", "invalid.utf8_bom", "", enc.String())
		}
		return transform.NewReader(br, newStrictDecoder(enc)), nil
	}
	head, err := br.Peek(min(sniffBytes, br.Size())) // err: the input is shorter
	line, off, bad := invalidUTF8Head(head, sniffLines, err != nil)
	if bad {
		if hint == "" {
			hint = "-encoding gbk"
		}
		return nil, union.Invalid("", "invalid.not_utf8", "", strconv.Itoa(line), strconv.Itoa(off), hint)
	}
	return br, nil
}

// invalidUTF8Head finds the first invalid UTF-8 sequence in the first
// lines lines of head: its line (from 1) and byte offset. A sequence cut
// by the end of head is not invalid unless atEOF (head is the whole
// input).
func invalidUTF8Head(head []byte, lines int, atEOF bool) (line, off int, bad bool) {
	line = 1
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				if line == lines {
					return 0, 0, false
				}
				line++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 {
			if !atEOF && !utf8.FullRune(head[i:]) {
				return 0, 0, false
			}
			return line, i, true
		}
		i += n
	}
	return 0, 0, false
}

// strictDecoder decodes GBK or GB18030 to UTF-8 with x/text's decoder,
// which writes U+FFFD for a sequence it cannot decode; strictDecoder
// refuses such a sequence instead, with its byte offset in the input, so
// that a wrong declaration never turns into text silently. (GB18030 can
// encode U+FFFD itself, as 84 31 A4 37: that one is kept.)
type strictDecoder struct {
	enc   textEncoding
	inner transform.Transformer
	off   int // input bytes consumed by the calls before
}

func newStrictDecoder(enc textEncoding) *strictDecoder {
	d := &strictDecoder{enc: enc, inner: simplifiedchinese.GBK.NewDecoder()}
	if enc == encGB18030 {
		d.inner = simplifiedchinese.GB18030.NewDecoder()
	}
	return d
}

// replacement is U+FFFD in UTF-8.
var replacement = []byte("\uFFFD")

// Reset implements transform.Transformer.
func (d *strictDecoder) Reset() {
	d.inner.Reset()
	d.off = 0
}

// Transform implements transform.Transformer.
func (d *strictDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	nDst, nSrc, err = d.inner.Transform(dst, src, atEOF)
	if bytes.Contains(dst[:nDst], replacement) {
		if at, bad := d.firstInvalid(src[:nSrc]); bad {
			// The output of the valid part before it, then the error.
			nDst, _, _ = d.inner.Transform(dst, src[:at], true)
			off := d.off + at
			d.off = off
			return nDst, at, union.Invalid("", "invalid.encoding", "", d.enc.String(), strconv.Itoa(off))
		}
	}
	d.off += nSrc
	return nDst, nSrc, err
}

// firstInvalid walks src (whole characters, as the decoder consumed them)
// one character at a time and returns the offset of the first that does
// not decode.
func (d *strictDecoder) firstInvalid(src []byte) (int, bool) {
	var buf [8]byte
	for i := 0; i < len(src); {
		c := src[i]
		if c <= 0x80 { // ASCII, and 0x80: the euro sign of code page 936
			i++
			continue
		}
		n := 2
		if d.enc == encGB18030 && i+1 < len(src) && src[i+1] >= 0x30 && src[i+1] <= 0x39 {
			n = 4
		}
		n = min(n, len(src)-i)
		k, _, _ := d.inner.Transform(buf[:], src[i:i+n], true)
		if bytes.HasPrefix(buf[:k], replacement) && !bytes.Equal(src[i:i+n], []byte{0x84, 0x31, 0xA4, 0x37}) {
			return i, true
		}
		i += n
	}
	return 0, false
}
