package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gonghui/gonghui/union"
)

// maxJSONDepth bounds the nesting of a JSON document the command accepts.
const maxJSONDepth = 64

// decodeStrict decodes one JSON value from data into v: unknown keys,
// trailing data, invalid UTF-8, nesting deeper than maxJSONDepth and an
// empty document are errors. Every failure is a *union.FieldError
// (union.ErrInvalid) naming the JSON path when it is known; neither
// encoding/json's nor shopspring's raw errors escape.
func decodeStrict(data []byte, v any) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return union.Invalid("", "invalid.required", "")
	}
	if !utf8.Valid(data) {
		return union.Invalid("", "invalid.json", "", "invalid UTF-8")
	}
	if depth := jsonDepth(data); depth > maxJSONDepth {
		return union.Invalid("", "invalid.json", "", "nesting deeper than "+strconv.Itoa(maxJSONDepth))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return union.Invalid("", "invalid.json", "", "trailing data after the JSON value")
	}
	return nil
}

// jsonDepth returns the deepest nesting of arrays and objects in data,
// skipping strings; it stops counting once past maxJSONDepth.
func jsonDepth(data []byte) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range data {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			depth++
			if depth > deepest {
				deepest = depth
				if deepest > maxJSONDepth {
					return deepest
				}
			}
		case ']', '}':
			depth--
		}
	}
	return deepest
}

// jsonError turns an encoding/json error into *union.FieldError values.
// Errors the packages' own UnmarshalJSON methods return (FieldErrors) are
// kept as they are.
func jsonError(err error) error {
	if len(union.FieldErrors(err)) > 0 {
		return err
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return union.Invalid("", "invalid.json", strconv.FormatInt(syntax.Offset, 10), "syntax error at byte "+strconv.FormatInt(syntax.Offset, 10))
	case errors.As(err, &typ):
		return union.Invalid(typ.Field, "invalid.type", typ.Value, typ.Type.String())
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return union.Invalid("", "invalid.json", "", "unexpected end of JSON input")
	}
	msg := err.Error()
	if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name, uerr := strconv.Unquote(k)
		if uerr != nil {
			name = k
		}
		return union.Invalid(name, "invalid.unknown_field", name)
	}
	// A package's UnmarshalText or a decimal's parser: say which value, not
	// how the parser phrased it.
	return union.Invalid("", "invalid.format", "", cleanMessage(msg))
}

// cleanMessage keeps a parser's message short and free of Go type names.
func cleanMessage(msg string) string {
	msg = strings.TrimPrefix(msg, "json: ")
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return msg
}
