package main

import (
	"mime"
	"strings"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
)

// maxContentType bounds the Content-Type header read, in bytes (the
// server's header limit bounds it too).
const maxContentType = 1 << 10

// parseContentType reads a request's Content-Type: whether the body is CSV
// (text/csv) or JSON (application/json, text/json, or no Content-Type at
// all), and the encoding its charset= parameter declares, case-insensitively
// and quoted or not. CSV takes charset utf-8 (the default), gbk (and its
// names gb2312, cp936, x-gbk, windows-936) or gb18030; JSON is UTF-8, so
// its only charset is utf-8. Other parameters (text/csv's header=present)
// are ignored.
//
// The errors are "http.media_type" (another media type, or a Content-Type
// that does not parse; Value: the header) and "http.charset" (Value: the
// charset; Args: the charsets CSV takes): the service answers both with
// 415 Unsupported Media Type.
func parseContentType(h string) (csv bool, enc textEncoding, err error) {
	if strings.TrimSpace(h) == "" {
		return false, encUTF8, nil
	}
	if len(h) > maxContentType {
		return false, encUTF8, union.Invalid("Content-Type", "http.media_type", enum.Clip(h))
	}
	mt, params, perr := mime.ParseMediaType(h)
	if perr != nil {
		return false, encUTF8, union.Invalid("Content-Type", "http.media_type", enum.Clip(h))
	}
	switch mt {
	case "application/json", "text/json":
	case "text/csv":
		csv = true
	default:
		return false, encUTF8, union.Invalid("Content-Type", "http.media_type", enum.Clip(mt))
	}
	cs, ok := params["charset"]
	if !ok {
		return csv, encUTF8, nil
	}
	enc, ok = parseEncoding(cs)
	if !ok || !csv && enc != encUTF8 {
		return false, encUTF8, union.Invalid("Content-Type", "http.charset", enum.Clip(cs), encodingNames)
	}
	return csv, enc, nil
}
