package assistance

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/gonghui/gonghui/union"
)

// jsonKeys is the keys of one JSON object, read once, for the checks that a
// file states a figure even when it is 0.
type jsonKeys map[string]json.RawMessage

// readKeys reads the keys of the JSON object raw; an absent or null raw is
// an object without keys. ok is false when raw is not an object, which
// union.DecodeJSON reports.
func readKeys(raw []byte) (jsonKeys, bool) {
	if raw = bytes.TrimSpace(raw); len(raw) == 0 || string(raw) == "null" {
		return jsonKeys{}, true
	}
	var o jsonKeys
	if json.Unmarshal(raw, &o) != nil {
		return nil, false
	}
	return o, true
}

// missing reports each of keys that o lacks as invalid.required, under path
// (the object's own path, "" for the document).
func (o jsonKeys) missing(path string, keys ...string) error {
	var errs []error
	for _, k := range keys {
		if _, ok := o[k]; !ok {
			field := k
			if path != "" {
				field = path + "." + k
			}
			errs = append(errs, union.Invalid(field, "invalid.required", ""))
		}
	}
	return errors.Join(errs...)
}
