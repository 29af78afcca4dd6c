package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/gonghui/gonghui/union"
)

// decodeStrict decodes one JSON value from data into v with
// union.DecodeJSON (unknown keys, wrong types, trailing data, invalid
// UTF-8, deep nesting and overlong numbers are *union.FieldError values
// with their JSON paths); an empty document is "invalid.required". A
// document that is not well-formed JSON is refused first, with the byte
// offset of the problem, so the strict decoder only ever walks well-formed
// input.
func decodeStrict(data []byte, v any) error {
	if err := wellFormed(data); err != nil {
		return err
	}
	return union.DecodeJSON(data, v)
}

// wellFormed refuses an empty document ("invalid.required"), invalid UTF-8
// ("invalid.utf8") and malformed JSON ("invalid.json", with the byte
// offset).
func wellFormed(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return union.Invalid("", "invalid.required", "")
	}
	if !json.Valid(data) {
		if !utf8.Valid(data) {
			return union.InvalidUTF8("", data)
		}
		off := len(data)
		var syn *json.SyntaxError
		if err := json.Unmarshal(data, new(json.RawMessage)); errors.As(err, &syn) {
			off = int(syn.Offset)
		}
		return union.Invalid("", "invalid.json", "", strconv.Itoa(off))
	}
	return nil
}
