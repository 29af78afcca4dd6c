package main

import (
	"bytes"

	"github.com/gonghui/gonghui/union"
)

// decodeStrict decodes one JSON value from data into v with
// union.DecodeJSON (unknown keys, wrong types, trailing data, invalid
// UTF-8 and deep nesting are *union.FieldError values with their JSON
// paths); an empty document is "invalid.required".
func decodeStrict(data []byte, v any) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return union.Invalid("", "invalid.required", "")
	}
	return union.DecodeJSON(data, v)
}
