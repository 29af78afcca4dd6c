package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/gonghui/gonghui/union"
)

// FuzzServe posts arbitrary bodies to every endpoint (a CSV one declared
// GBK when which's top bit is set): never a panic, never a 5xx, and every
// error answer is {"errors": [...]}.
func FuzzServe(f *testing.F) {
	names := []string{"dues"}
	for _, e := range entries {
		names = append(names, e.name)
	}
	index := map[string]uint8{}
	for i, n := range names {
		index[n] = uint8(i)
	}
	add := func(name, ctype string, body []byte) { f.Add(index[name], ctype == "text/csv", body) }
	add("dues", "application/json", []byte(`[{"id":"E1","sector":"enterprise","wages":{"basic":"5000"}}]`))
	add("dues", "text/csv", []byte("工号,单位类型,基本工资\nE1,企业,\"1,200.00\"\n"))
	add("funds", "text/csv", []byte("id,payroll\nA,100\n"))
	f.Add(index["dues"]|0x80, true, []byte("\xb9\xa4\xba\xc5,\xb5\xa5\xce\xbb\xc0\xe0\xd0\xcd,\xbb\xf9\xb1\xbe\xb9\xa4\xd7\xca\nE1,\xc6\xf3\xd2\xb5,100\n"))
	f.Add(index["funds"]|0x80, true, []byte("id,payroll\nA\xff,100\n"))
	add("plan", "application/json", []byte(`{"headcount": 1e308}`))
	add("count", "application/json", []byte(`{"election":{"seats":-1},"ballots":[{"approve":[""]}]}`))
	add("rank", "application/json", []byte(`{"policy":"trimmed5","entries":[{"id":"A","scores":{"result":["1e9999"]}}]}`))
	add("uppercase", "application/json", []byte(`{"amounts":["99999999999999999999"]}`))
	add("allocate", "application/json", []byte(`{"total":"-0.01","policy":{"preset":"standard","places":-9}}`))
	h := newHandler(serverConfig{maxBody: 1 << 20})
	f.Fuzz(func(t *testing.T, which uint8, csv bool, body []byte) {
		name := names[int(which)%len(names)]
		ctype := "application/json"
		if csv {
			ctype = "text/csv"
			if which&0x80 != 0 {
				ctype += "; charset=gbk"
			}
		}
		req := httptest.NewRequest(http.MethodPost, "/v1/"+name+"?month=2026-11", bytes.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%s %q: status %d: %s", name, body, w.Code, w.Body.Bytes())
		}
		if w.Code >= 400 && !bytes.HasPrefix(w.Body.Bytes(), []byte(`{"errors":[`)) {
			t.Fatalf("%s: error answer %s", name, w.Body.Bytes())
		}
	})
}

// FuzzMemberCSV streams arbitrary CSV through the dues command: never a
// panic, one item per record.
func FuzzMemberCSV(f *testing.F) {
	f.Add([]byte("工号,单位类型,基本工资\nE1,企业,100\n"))
	f.Add([]byte("id,sector,basic,bonus\n\"E,1\",enterprise,\"1,000\",\"\"\"\"\n"))
	f.Add([]byte("\ufeffid,sector\r\nA,机关\r\n\"B\nC\",x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		c := &call{csv: true, format: formatCompact, sector: "enterprise"}
		_, _ = duesRun(c, bytes.NewReader(data), &out, nil)
	})
}

// FuzzContentType parses arbitrary Content-Type headers: never a panic;
// an answer is CSV or JSON with an encoding only CSV may have other than
// UTF-8, or one error, http.media_type or http.charset, on the
// Content-Type, whose value is clipped.
func FuzzContentType(f *testing.F) {
	for _, h := range []string{"", "text/csv", "text/csv; charset=gbk", `TEXT/CSV; Charset="GB18030"`,
		"application/json; charset=utf-8", "application/json; charset=gbk", "text/csv; charset", "text/csv;;",
		"text/csv; charset=gbk; charset=utf-8", "text/csv; header=present; charset=cp936", "text/csv; charset*=utf-8''gbk"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		csv, enc, err := parseContentType(h)
		if err != nil {
			fes := union.FieldErrors(err)
			if len(fes) != 1 || fes[0].Field != "Content-Type" || fes[0].Code != "http.media_type" && fes[0].Code != "http.charset" {
				t.Fatalf("%q: %v", h, err)
			}
			if utf8.RuneCountInString(fes[0].Value) > 41 {
				t.Fatalf("%q: value not clipped: %q", h, fes[0].Value)
			}
			if status := requestStatus(err); status != http.StatusUnsupportedMediaType {
				t.Fatalf("%q: status %d", h, status)
			}
			return
		}
		if !csv && enc != encUTF8 {
			t.Fatalf("%q: JSON in %v", h, enc)
		}
	})
}

// FuzzStrictDecoder decodes arbitrary bytes as GBK and GB18030, read byte
// by byte: never a panic; the text is valid UTF-8 and is what x/text's
// decoder gives for the same bytes (or, with an error, the part of it
// before the offset the error names); U+FFFD comes out only of GB18030's
// own encoding of it.
func FuzzStrictDecoder(f *testing.F) {
	f.Add([]byte("\xb9\xa4\xba\xc5,\xd0\xd5\xc3\xfb\n"), false)
	f.Add([]byte{'a', 0x84, 0x31, 0xA4, 0x37, 'b', 0x81, 0x30, 0x81, 0x30}, true)
	f.Add([]byte("ab\xff\x80\xa2\xa0\xd6"), false)
	f.Fuzz(func(t *testing.T, in []byte, gb18030 bool) {
		enc, ref := encGBK, simplifiedchinese.GBK
		if gb18030 {
			enc, ref = encGB18030, simplifiedchinese.GB18030
		}
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(in)), newStrictDecoder(enc)))
		if !utf8.Valid(got) {
			t.Fatalf("%x: invalid UTF-8 out", in)
		}
		end := len(in)
		if err != nil {
			fes := union.FieldErrors(err)
			if len(fes) != 1 || fes[0].Code != "invalid.encoding" || len(fes[0].Args) != 2 {
				t.Fatalf("%x: %v", in, err)
			}
			off, aerr := strconv.Atoi(fes[0].Args[1])
			if aerr != nil || off < 0 || off >= len(in) {
				t.Fatalf("%x: offset %q", in, fes[0].Args[1])
			}
			end = off
		}
		want, _ := ref.NewDecoder().Bytes(in[:end])
		if !bytes.Equal(got, want) {
			t.Fatalf("%x: got %q, x/text %q", in, got, want)
		}
		if bytes.Contains(got, replacement) && !(gb18030 && bytes.Contains(in, []byte{0x84, 0x31, 0xA4, 0x37})) {
			t.Fatalf("%x: U+FFFD out of %q", in, got)
		}
	})
}
