package main

import (
	"bytes"
	"encoding/json"

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
			_ = json.Unmarshal(raw, &code)
		case "args":
			_ = json.Unmarshal(raw, &args)
		case "kind":
			hasKind = true
		case "message":
			hasMessage = true
		case "text":
			hasText = true
		case "value":
			_ = json.Unmarshal(raw, &value)
		case "field":
			_ = json.Unmarshal(raw, &field)
		}
	}
	if code != "" {
		switch {
		case in == "reasons" && !hasText:
			writeTextField(out, "text", codeText(code, args, tag))
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
