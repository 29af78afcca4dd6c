package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// localize adds the text in tag beside every reason and error code in a
// result's JSON: each object of a "reasons" array that has a "code" gains
// "text", and each object of an "errors" array that has a "code" and a
// "kind" gains "message" when it has none. The rest of the document is
// copied byte for byte, in order. data must be valid JSON (what
// json.Marshal writes); on anything else it is returned unchanged.
func localize(data []byte, tag language.Tag) []byte {
	if !bytes.Contains(data, []byte(`"code"`)) {
		return data
	}
	p := jsonCursor{data: data}
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/2)
	if !p.value(&out, tag, "") {
		return data
	}
	return out.Bytes()
}

// jsonCursor reads a JSON document written by encoding/json (no
// insignificant whitespace is assumed, but it is skipped).
type jsonCursor struct {
	data []byte
	pos  int
}

func (p *jsonCursor) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// scalar returns the raw bytes of the string, number or literal at pos.
func (p *jsonCursor) scalar() ([]byte, bool) {
	start := p.pos
	if p.pos >= len(p.data) {
		return nil, false
	}
	if p.data[p.pos] == '"' {
		p.pos++
		for p.pos < len(p.data) {
			switch p.data[p.pos] {
			case '\\':
				p.pos += 2
				continue
			case '"':
				p.pos++
				return p.data[start:p.pos], true
			}
			p.pos++
		}
		return nil, false
	}
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ',', ']', '}', ' ', '\n', '\t', '\r':
			return p.data[start:p.pos], p.pos > start
		}
		p.pos++
	}
	return p.data[start:p.pos], p.pos > start
}

// value copies one value to out; key is the key it sits under ("" for
// array elements and the root), arrayKey the key of the enclosing array.
func (p *jsonCursor) value(out *bytes.Buffer, tag language.Tag, key string) bool {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return false
	}
	switch p.data[p.pos] {
	case '{':
		if key == "reason" {
			return p.object(out, tag, "reasons") // a single reason
		}
		return p.object(out, tag, "")
	case '[':
		return p.array(out, tag, key)
	}
	raw, ok := p.scalar()
	out.Write(raw)
	return ok
}

// array copies an array; its elements are explained when key is "reasons"
// or "errors".
func (p *jsonCursor) array(out *bytes.Buffer, tag language.Tag, key string) bool {
	p.pos++ // [
	out.WriteByte('[')
	for first := true; ; first = false {
		p.skipSpace()
		if p.pos >= len(p.data) {
			return false
		}
		if p.data[p.pos] == ']' {
			p.pos++
			out.WriteByte(']')
			return true
		}
		if !first {
			if p.data[p.pos] != ',' {
				return false
			}
			p.pos++
			out.WriteByte(',')
			p.skipSpace()
		}
		if p.pos < len(p.data) && p.data[p.pos] == '{' && (key == "reasons" || key == "errors") {
			if !p.object(out, tag, key) {
				return false
			}
			continue
		}
		if !p.value(out, tag, "") {
			return false
		}
	}
}

// object copies an object; within a "reasons" or "errors" array (in) it
// appends the text of its code.
func (p *jsonCursor) object(out *bytes.Buffer, tag language.Tag, in string) bool {
	p.pos++ // {
	out.WriteByte('{')
	var code string
	var args []string
	hasKind, hasMessage, hasText := false, false, false
	var value string
	field := ""
	for first := true; ; first = false {
		p.skipSpace()
		if p.pos >= len(p.data) {
			return false
		}
		if p.data[p.pos] == '}' {
			p.pos++
			break
		}
		if !first {
			if p.data[p.pos] != ',' {
				return false
			}
			p.pos++
			out.WriteByte(',')
			p.skipSpace()
		}
		rawKey, ok := p.scalar()
		if !ok || len(rawKey) < 2 || rawKey[0] != '"' {
			return false
		}
		out.Write(rawKey)
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return false
		}
		p.pos++
		out.WriteByte(':')
		k := string(rawKey[1 : len(rawKey)-1])
		p.skipSpace()
		start := out.Len()
		if !p.value(out, tag, k) {
			return false
		}
		if in == "" {
			continue
		}
		raw := out.Bytes()[start:]
		switch k {
		case "code":
			code = jsonText(raw)
		case "args":
			args = jsonTexts(raw)
		case "kind":
			hasKind = true
		case "message":
			hasMessage = true
		case "text":
			hasText = true
		case "value":
			value = jsonText(raw)
		case "field":
			field = jsonText(raw)
		}
	}
	if code != "" {
		switch {
		case in == "reasons" && !hasText:
			writeTextField(out, "text", cachedText(code, args, tag))
		case in == "errors" && hasKind && !hasMessage:
			fe := &union.FieldError{Field: field, Code: code, Value: value, Args: args, Kind: union.ErrInvalid}
			writeTextField(out, "message", errorText(fe, tag))
		}
	}
	out.WriteByte('}')
	return true
}

// writeTextField appends ,"name":"text" before an object's closing brace.
func writeTextField(out *bytes.Buffer, name, text string) {
	b, _ := json.Marshal(text)
	out.WriteString(`,"` + name + `":`)
	out.Write(b)
}

// jsonText decodes a JSON string written by encoding/json; the common case
// (no escapes) without the decoder.
func jsonText(raw []byte) string {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1])
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return s
}

// jsonTexts decodes a JSON array of strings.
func jsonTexts(raw []byte) []string {
	if bytes.IndexByte(raw, '\\') >= 0 || len(raw) < 2 || raw[0] != '[' {
		var ss []string
		_ = json.Unmarshal(raw, &ss)
		return ss
	}
	inner := raw[1 : len(raw)-1]
	if len(inner) == 0 {
		return nil
	}
	var out []string
	for len(inner) > 0 {
		if inner[0] != '"' {
			var ss []string
			_ = json.Unmarshal(raw, &ss)
			return ss
		}
		end := bytes.IndexByte(inner[1:], '"')
		if end < 0 {
			return nil
		}
		out = append(out, string(inner[1:1+end]))
		inner = inner[end+2:]
		if len(inner) > 0 && inner[0] == ',' {
			inner = inner[1:]
		}
	}
	return out
}

// textCache keeps the texts of reasons already written (a payroll's
// reasons are few), up to maxCachedTexts of them.
var (
	textCache   sync.Map // key string -> string
	cachedTexts atomic.Int64
)

const maxCachedTexts = 1 << 14

// cachedText is codeText through textCache.
func cachedText(code string, args []string, tag language.Tag) string {
	key := tag.String() + "\x00" + code + "\x00" + strings.Join(args, "\x00")
	if v, ok := textCache.Load(key); ok {
		return v.(string)
	}
	t := codeText(code, args, tag)
	if cachedTexts.Load() < maxCachedTexts {
		if _, loaded := textCache.LoadOrStore(key, t); !loaded {
			cachedTexts.Add(1)
		}
	}
	return t
}
