package union

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"
)

// ClearOverridden prepares a preset for a policy file's overrides: in the
// struct *dst, it zeroes every field that the JSON object data sets, so that
// decoding data over the preset afterwards replaces a list or a value instead
// of merging into the preset's elements. A field that data sets to an object
// and that is a plain struct (not a decimal, not a type with its own
// UnmarshalJSON) is walked into instead, so nested objects merge key by key.
// Fields are matched by their json tag. When data is not a JSON object, or
// dst is not a pointer to a struct, nothing changes: the strict decoding that
// follows reports the problem.
func ClearOverridden(dst any, data []byte) {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return
	}
	clearOverridden(v.Elem(), data)
}

var (
	decimalType     = reflect.TypeOf(decimal.Decimal{})
	unmarshalerType = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()
)

func clearOverridden(v reflect.Value, data []byte) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		raw, ok := obj[name]
		if !ok || !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		raw = bytes.TrimSpace(raw)
		if len(raw) > 0 && raw[0] == '{' && fv.Kind() == reflect.Struct && fv.Type() != decimalType &&
			!reflect.PointerTo(fv.Type()).Implements(unmarshalerType) {
			clearOverridden(fv, raw)
			continue
		}
		fv.SetZero()
	}
}
