package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/gonghui/gonghui/union"
)

// payrollUTF8 is examples/payroll/payroll.csv, a 200-member payroll with
// Chinese column names and values.
func payrollUTF8(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "payroll", "payroll.csv"))
	require.NoError(t, err)
	require.True(t, utf8.Valid(b))
	return b
}

// encodeAs is b (UTF-8) in enc, as Excel's "CSV (逗号分隔)" writes it.
func encodeAs(t *testing.T, enc encoding.Encoding, b []byte) []byte {
	t.Helper()
	out, err := enc.NewEncoder().Bytes(b)
	require.NoError(t, err)
	return out
}

// writeFile writes b into a temporary file named name and returns its path.
func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, b, 0o600))
	return p
}

// errorCodes are the codes of an {"errors": [...]} answer.
func errorCodes(t *testing.T, b []byte) []string {
	t.Helper()
	var e errorsBody
	require.NoError(t, json.Unmarshal(b, &e), string(b))
	codes := []string{}
	for _, fe := range e.Errors {
		codes = append(codes, fe.Code)
	}
	return codes
}

// TestCommandEncoding: -encoding decodes a GBK or GB18030 payroll as it
// streams, and the output is byte for byte the output of the same payroll
// in UTF-8; an undeclared GBK payroll is one error that says what to do.
func TestCommandEncoding(t *testing.T) {
	src := payrollUTF8(t)
	gbk := encodeAs(t, simplifiedchinese.GBK, src)
	gb18030 := encodeAs(t, simplifiedchinese.GB18030, src)
	require.NotEqual(t, src, gbk)
	bom := append([]byte("\uFEFF"), src...)
	badGBK := append(bytes.Clone(gbk[:len(gbk)-1]), 0xFF, '\n') // 0xFF is no GBK lead byte
	base := []string{"dues", "-policy", "national", "-month", "2026-11"}
	for _, format := range [][]string{nil, {"-compact"}, {"-format", "csv"}} {
		args := append(append([]string{}, base...), format...)
		wantCode, want, _ := runCmd(t, "", append(args, writeFile(t, "payroll.csv", src))...)
		require.Equal(t, exitOK, wantCode)
		for _, tc := range []struct {
			name  string
			flags []string
			input []byte
			code  int
			err   string // the one error code, or "" for the output of src
		}{
			{"utf-8 default", nil, src, exitOK, ""},
			{"utf-8 declared", []string{"-encoding", "utf-8"}, src, exitOK, ""},
			{"utf-8 with BOM", nil, bom, exitOK, ""},
			{"gbk", []string{"-encoding", "gbk"}, gbk, exitOK, ""},
			{"GBK upper case", []string{"-encoding", "GBK"}, gbk, exitOK, ""},
			{"gb18030", []string{"-encoding", "gb18030"}, gb18030, exitOK, ""},
			{"gbk read as gb18030", []string{"-encoding", "gb18030"}, gbk, exitOK, ""},
			{"gbk without the flag", nil, gbk, exitRecords, "invalid.not_utf8"},
			{"gbk declared utf-8", []string{"-encoding", "utf-8"}, gbk, exitRecords, "invalid.not_utf8"},
			{"utf-8 BOM declared gbk", []string{"-encoding", "gbk"}, bom, exitRecords, "invalid.utf8_bom"},
			{"not gbk at the end", []string{"-encoding", "gbk"}, badGBK, exitRecords, "invalid.encoding"},
		} {
			t.Run(strings.Join(format, "")+"/"+tc.name, func(t *testing.T) {
				a := append(append(append([]string{}, args...), tc.flags...), writeFile(t, "in.csv", tc.input))
				code, out, errOut := runCmd(t, "", a...)
				require.Equal(t, tc.code, code, errOut)
				if tc.err == "" {
					assert.Equal(t, want, out)
					assert.Empty(t, errOut)
					return
				}
				if tc.name == "not gbk at the end" {
					// The rows before the bad byte are written; the error follows.
					assert.Contains(t, out, `"code":"invalid.encoding"`)
					assert.Contains(t, errOut, "GBK")
					return
				}
				assert.Equal(t, []string{tc.err}, errorCodes(t, []byte(out)))
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one message: %s", errOut)
			})
		}
	}
}

// TestCommandEncodingStdin: the same from standard input, where the
// first byte tells CSV from JSON; -encoding with JSON input is a usage
// error, and so is an encoding the command does not know.
func TestCommandEncodingStdin(t *testing.T) {
	src := payrollUTF8(t)
	gbk := encodeAs(t, simplifiedchinese.GBK, src)
	_, want, _ := runCmd(t, string(src), "dues")
	code, got, errOut := runCmd(t, string(gbk), "dues", "-encoding", "gbk")
	assert.Equal(t, exitOK, code, errOut)
	assert.Equal(t, want, got)
	for _, tc := range []struct {
		name, stdin string
		args        []string
	}{
		{"json dues", `[{"id":"E1","sector":"enterprise","wages":{"basic":"3000"}}]`, []string{"dues", "-encoding", "gbk"}},
		{"json funds", `[{"id":"A","payroll":"100"}]`, []string{"funds", "-month", "2026-11", "-encoding", "gbk"}},
		{"unknown encoding", string(src), []string{"dues", "-encoding", "latin1"}},
		{"not a flag of plan", `{"headcount": 150}`, []string{"plan", "-encoding", "gbk"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, tc.stdin, tc.args...)
			assert.Equal(t, exitUsage, code, errOut)
			assert.NotEmpty(t, errOut)
		})
	}
}

// TestCommandNotUTF8Message: the one error in the three languages, with
// the line and the byte offset of the first invalid byte and the flag.
func TestCommandNotUTF8Message(t *testing.T) {
	gbk := encodeAs(t, simplifiedchinese.GBK, []byte("id,sector,basic\nE1,企业,100\n"))
	for lang, want := range map[string]string{
		"zh-Hans": "文件不是 UTF-8 编码（第 2 行，字节偏移 19）。Excel 另存的“CSV（逗号分隔）”通常是 GBK 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或声明文件的编码：-encoding gbk",
		"zh-Hant": "檔案不是 UTF-8 編碼（第 2 行，位元組偏移 19）。Excel 另存的「CSV（逗號分隔）」常為 GBK（簡體中文 Windows）或 Big5 編碼：請在 Excel 中另存為「CSV UTF-8（逗號分隔）」；若為 GBK，亦可宣告檔案的編碼：-encoding gbk",
		"en":      `the file is not UTF-8 (line 2, byte offset 19). Excel's "CSV (Comma delimited)" is often GBK: save it from Excel as "CSV UTF-8 (Comma delimited)", or declare its encoding: -encoding gbk`,
	} {
		code, out, errOut := runCmd(t, string(gbk), "dues", "-lang", lang)
		assert.Equal(t, exitRecords, code)
		assert.Equal(t, "gonghui dues: "+want+"\n", errOut, lang)
		var e errorsBody
		require.NoError(t, json.Unmarshal([]byte(out), &e))
		require.Len(t, e.Errors, 1)
		assert.Equal(t, []string{"2", "19", "-encoding gbk"}, e.Errors[0].Args)
		assert.Equal(t, "invalid", e.Errors[0].Kind)
		assert.Equal(t, want, e.Errors[0].Message)
	}
}

// TestCommandFundsEncoding: funds reads employers' CSV the same way.
func TestCommandFundsEncoding(t *testing.T) {
	src := []byte("单位编号,单位名称,工资总额,职工人数,已建会\nA001,某某有限公司,\"1,000,000.00\",120,是\nA002,某某商店,50000,8,否\n")
	gbk := encodeAs(t, simplifiedchinese.GBK, src)
	args := []string{"funds", "-month", "2026-11"}
	code, want, errOut := runCmd(t, "", append(args, writeFile(t, "e.csv", src))...)
	require.Equal(t, exitOK, code, errOut)
	code, got, errOut := runCmd(t, "", append(args, "-encoding", "gbk", writeFile(t, "e.csv", gbk))...)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, want, got)
	code, got, _ = runCmd(t, "", append(args, writeFile(t, "e.csv", gbk))...)
	assert.Equal(t, exitRecords, code)
	assert.Equal(t, []string{"invalid.not_utf8"}, errorCodes(t, []byte(got)))
	bad := append(bytes.Clone(gbk), 0x81, '\n')
	code, got, _ = runCmd(t, "", append(args, "-encoding", "gbk", writeFile(t, "e.csv", bad))...)
	assert.Equal(t, exitRecords, code)
	assert.Equal(t, []string{"invalid.encoding"}, errorCodes(t, []byte(got)))
}

// TestServeCharset: the service honours charset= of a CSV body; an
// unknown charset (or one JSON cannot have) is a 415; an undeclared GBK
// body is a 400 with one error.
func TestServeCharset(t *testing.T) {
	src := payrollUTF8(t)
	gbk := encodeAs(t, simplifiedchinese.GBK, src)
	gb18030 := encodeAs(t, simplifiedchinese.GB18030, src)
	bom := append([]byte("\uFEFF"), src...)
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: defaultMaxBody}))
	defer srv.Close()
	const q = "/v1/dues?policy=national&month=2026-11"
	status, want := post(t, srv.URL+q, "text/csv", src)
	require.Equal(t, 200, status, string(want))
	_, cmdOut, _ := runCmd(t, string(src), "dues", "-policy", "national", "-month", "2026-11")
	require.Equal(t, cmdOut, string(want), "the service answers what the command writes")
	member := []byte(`[{"id":"E1","sector":"enterprise","wages":{"basic":"3000"}}]`)
	for _, tc := range []struct {
		name, ctype string
		body        []byte
		status      int
		code        string // the one error code, or "" for the answer to src
	}{
		{"no charset", "text/csv", src, 200, ""},
		{"utf-8", "text/csv; charset=utf-8", src, 200, ""},
		{"UTF-8 quoted", `text/csv; charset="UTF-8"`, src, 200, ""},
		{"utf-8 with BOM", "text/csv; charset=utf-8", bom, 200, ""},
		{"gbk", "text/csv; charset=gbk", gbk, 200, ""},
		{"GBK and header=present", "Text/CSV; header=present; Charset=GBK", gbk, 200, ""},
		{"gb2312 label", "text/csv; charset=gb2312", gbk, 200, ""},
		{"gb18030", "text/csv; charset=gb18030", gb18030, 200, ""},
		{"gbk without charset", "text/csv", gbk, 400, "invalid.not_utf8"},
		{"gbk declared utf-8", "text/csv; charset=utf-8", gbk, 400, "invalid.not_utf8"},
		{"utf-8 BOM declared gbk", "text/csv; charset=gbk", bom, 400, "invalid.utf8_bom"},
		{"not gbk", "text/csv; charset=gbk", append(bytes.Clone(gbk), 0xFF, '\n'), 400, "invalid.encoding"},
		{"unknown charset", "text/csv; charset=latin1", src, 415, "http.charset"},
		{"empty charset", `text/csv; charset=""`, src, 415, "http.charset"},
		{"big5", "text/csv; charset=big5", src, 415, "http.charset"},
		{"json gbk", "application/json; charset=gbk", member, 415, "http.charset"},
		{"two charsets", "text/csv; charset=gbk; charset=utf-8", gbk, 415, "http.media_type"},
		{"malformed", "text/csv; charset", src, 415, "http.media_type"},
		{"json utf-8", "application/json; charset=utf-8", member, 200, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, b := post(t, srv.URL+q, tc.ctype, tc.body)
			require.Equal(t, tc.status, status, string(b))
			switch tc.code {
			case "":
				assert.Equal(t, string(want), string(b))
			case "-":
			default:
				assert.Equal(t, []string{tc.code}, errorCodes(t, b))
			}
		})
	}
	t.Run("message", func(t *testing.T) {
		status, b := post(t, srv.URL+q, "text/csv", gbk, "Accept-Language", "en")
		require.Equal(t, 400, status)
		var e errorsBody
		require.NoError(t, json.Unmarshal(b, &e))
		require.Len(t, e.Errors, 1)
		assert.Equal(t, `the file is not UTF-8 (line 1, byte offset 0). Excel's "CSV (Comma delimited)" is often GBK: save it from Excel as "CSV UTF-8 (Comma delimited)", or declare its encoding: Content-Type: text/csv; charset=gbk`, e.Errors[0].Message)
	})
	t.Run("funds", func(t *testing.T) {
		body := []byte("单位编号,工资总额\nA001,\"1,000,000.00\"\n")
		status, want := post(t, srv.URL+"/v1/funds?month=2026-11", "text/csv", body)
		require.Equal(t, 200, status, string(want))
		status, got := post(t, srv.URL+"/v1/funds?month=2026-11", "text/csv; charset=gbk", encodeAs(t, simplifiedchinese.GBK, body))
		require.Equal(t, 200, status, string(got))
		assert.Equal(t, string(want), string(got))
	})
}

// TestServeCharsetBodyLimit: the body limit counts the bytes received, not
// the decoded text (GBK takes 2 bytes a Chinese character, UTF-8 3).
func TestServeCharsetBodyLimit(t *testing.T) {
	gbk := encodeAs(t, simplifiedchinese.GBK, payrollUTF8(t))
	for _, tc := range []struct {
		limit  int64
		status int
	}{{int64(len(gbk)), 200}, {int64(len(gbk)) - 1, 413}} {
		srv := httptest.NewServer(newHandler(serverConfig{maxBody: tc.limit}))
		status, b := post(t, srv.URL+"/v1/dues", "text/csv; charset=gbk", gbk)
		srv.Close()
		assert.Equal(t, tc.status, status, "limit %d: %.200s", tc.limit, b)
	}
}

// TestParseContentType: the media types and charsets the service takes.
func TestParseContentType(t *testing.T) {
	for _, tc := range []struct {
		h    string
		csv  bool
		enc  textEncoding
		code string
	}{
		{"", false, encUTF8, ""},
		{"application/json", false, encUTF8, ""},
		{"application/json; charset=UTF-8", false, encUTF8, ""},
		{"text/json", false, encUTF8, ""},
		{"text/csv", true, encUTF8, ""},
		{"text/csv;", true, encUTF8, ""},
		{"text/csv; charset=utf8", true, encUTF8, ""},
		{"text/csv; charset=gbk", true, encGBK, ""},
		{"text/csv; charset=\"cp936\"", true, encGBK, ""},
		{"TEXT/CSV; CHARSET=GB18030", true, encGB18030, ""},
		{"text/csv; charset=shift_jis", false, encUTF8, "http.charset"},
		{"application/json; charset=gb18030", false, encUTF8, "http.charset"},
		{"application/xml", false, encUTF8, "http.media_type"},
		{"text/csv; charset=gbk; charset=utf-8", false, encUTF8, "http.media_type"},
		{"text/csv; =gbk", false, encUTF8, "http.media_type"},
		{"text/csv; charset=" + strings.Repeat("g", 2000), false, encUTF8, "http.media_type"},
	} {
		csv, enc, err := parseContentType(tc.h)
		if tc.code != "" {
			fes := union.FieldErrors(err)
			require.Len(t, fes, 1, tc.h)
			assert.Equal(t, tc.code, fes[0].Code, tc.h)
			assert.Equal(t, "Content-Type", fes[0].Field, tc.h)
			assert.LessOrEqual(t, utf8.RuneCountInString(fes[0].Value), 41, tc.h)
			continue
		}
		require.NoError(t, err, tc.h)
		assert.Equal(t, tc.csv, csv, tc.h)
		assert.Equal(t, tc.enc, enc, tc.h)
	}
}

// TestStrictDecoder: GBK and GB18030 decode as x/text decodes them, however
// the reads split the input; a sequence the encoding does not have is an
// error at its byte offset, never U+FFFD, except GB18030's own encoding of
// U+FFFD.
func TestStrictDecoder(t *testing.T) {
	text := "工号,姓名,单位类型\nE1,张三,企业\n€ 0x80\n"
	for _, tc := range []struct {
		name string
		enc  textEncoding
		in   []byte
		want string // the output, or the output before the error
		off  int    // the byte offset of the error; -1: none
	}{
		{"gbk", encGBK, encodeAs(t, simplifiedchinese.GBK, []byte(text)), text, -1},
		{"gb18030", encGB18030, encodeAs(t, simplifiedchinese.GB18030, []byte(text+"𠀀")), text + "𠀀", -1},
		{"gb18030 U+FFFD", encGB18030, []byte{'a', 0x84, 0x31, 0xA4, 0x37, 'b'}, "a\uFFFDb", -1},
		{"gbk four bytes", encGBK, []byte{'a', 0x84, 0x31, 0xA4, 0x37, 'b'}, "a", 1},
		{"0xFF", encGBK, []byte("ab\xffc"), "ab", 2},
		{"lead then newline", encGB18030, []byte("ab\xd6\n"), "ab", 2},
		{"lead at the end", encGBK, append(encodeAs(t, simplifiedchinese.GBK, []byte("工")), 0xD6), "工", 2},
		{"unmapped pair", encGBK, []byte("x\xa2\xa0y"), "x", 1},
		{"bad after many", encGBK, append(bytes.Repeat(encodeAs(t, simplifiedchinese.GBK, []byte("职工,")), 5000), 0xFF), strings.Repeat("职工,", 5000), 25000},
	} {
		for rname, wrap := range map[string]func(io.Reader) io.Reader{"whole": func(r io.Reader) io.Reader { return r }, "byte by byte": iotest.OneByteReader} {
			t.Run(tc.name+"/"+rname, func(t *testing.T) {
				got, err := io.ReadAll(transform.NewReader(wrap(bytes.NewReader(tc.in)), newStrictDecoder(tc.enc)))
				assert.Equal(t, tc.want, string(got))
				if tc.off < 0 {
					require.NoError(t, err)
					return
				}
				fes := union.FieldErrors(err)
				require.Len(t, fes, 1, "%v", err)
				assert.Equal(t, "invalid.encoding", fes[0].Code)
				assert.Equal(t, []string{tc.enc.String(), itoa(tc.off)}, fes[0].Args)
			})
		}
	}
}

// TestInvalidUTF8Head: the check of the first lines finds the first
// invalid byte, and a character cut by the end of the window is not one.
func TestInvalidUTF8Head(t *testing.T) {
	for _, tc := range []struct {
		name      string
		head      string
		atEOF     bool
		line, off int
		bad       bool
	}{
		{"valid", "工号,状态\nE1,在职\n", true, 0, 0, false},
		{"BOM", "\uFEFFid\n", true, 0, 0, false},
		{"header", "id,\xb9\xa4\n", true, 1, 3, true},
		{"third line", "id\nE1\nE2\xff\n", true, 3, 8, true},
		{"after the lines checked", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n\xff\n", true, 0, 0, false},
		{"last line checked", "1\n2\n3\n4\n5\n6\n7\n8\n9\n\xff\n", true, 10, 18, true},
		{"cut by the window", "id,工"[:5], false, 0, 0, false},
		{"cut at the end of input", "id,工"[:5], true, 1, 3, true},
		{"encoded U+FFFD", "id,\uFFFD\n", true, 0, 0, false},
	} {
		line, off, bad := invalidUTF8Head([]byte(tc.head), sniffLines, tc.atEOF)
		assert.Equal(t, tc.bad, bad, tc.name)
		assert.Equal(t, tc.line, line, tc.name)
		assert.Equal(t, tc.off, off, tc.name)
	}
}
