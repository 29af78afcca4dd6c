package assistance

import (
	"encoding/json"
	"errors"

	"github.com/gonghui/gonghui/union"
)

// requireKeys reports each of keys missing from the JSON object at key in
// data (data itself when key is ""), as invalid.required under its path; when
// the object at key is itself absent or null, every one of keys is missing.
func requireKeys(data []byte, key string, keys ...string) error {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil {
		return nil // union.DecodeJSON has said what is wrong
	}
	if key != "" {
		raw, ok := obj[key]
		var inner map[string]json.RawMessage
		if ok && json.Unmarshal(raw, &inner) != nil {
			return nil // not an object: union.DecodeJSON has said so
		}
		obj = inner // absent or null: every key is missing
	}
	var errs []error
	for _, k := range keys {
		if _, ok := obj[k]; !ok {
			path := k
			if key != "" {
				path = key + "." + k
			}
			errs = append(errs, union.Invalid(path, "invalid.required", ""))
		}
	}
	return errors.Join(errs...)
}

// hasKey reports whether the JSON object at key in data has the key k.
func hasKey(data []byte, key, k string) bool {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil {
		return false
	}
	var inner map[string]json.RawMessage
	if json.Unmarshal(obj[key], &inner) != nil {
		return false
	}
	_, ok := inner[k]
	return ok
}
