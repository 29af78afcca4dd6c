package dues

import (
	"bytes"
	"encoding/json"
	"errors"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// The strict JSON reading of dues inputs and policies. Every type reads its
// object member by member (a policy type by the list of its keys, through
// readInto; a member, the hot path, by hand): unknown keys, missing required keys, values of
// the wrong type and bad decimals are each a *union.FieldError (kind
// union.ErrInvalid) naming the key path, and every problem of an object is
// reported at once rather than the first. encoding/json's and shopspring's
// own errors never reach the caller.

// Error codes of the strict decoding.
const (
	codeJSON         = "invalid.json"          // not well-formed JSON (Args: where)
	codeUnknownField = "invalid.unknown_field" // a key the type does not have
	codeType         = "invalid.type"          // a value of the wrong JSON type (Args: the type wanted)
	codeTooMany      = "invalid.too_many"      // more entries than a documented limit (Args: the limit)
)

// object is one JSON object read strictly: take a key to read it; done
// reports the keys never taken as unknown fields.
type object struct {
	m     map[string]json.RawMessage
	taken int
	errs  []error
}

// readObject reads data, which must be one JSON object.
func readObject(field string, data []byte) (*object, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, typeError(field, data, "object")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, union.Invalid(field, codeJSON, "", "-")
	}
	return &object{m: m}, nil
}

// take returns the value of key, if present; a JSON null is taken as absent.
func (o *object) take(key string) (json.RawMessage, bool) {
	v, ok := o.m[key]
	if !ok {
		return nil, false
	}
	o.taken++
	delete(o.m, key)
	if string(bytes.TrimSpace(v)) == "null" {
		return nil, false
	}
	return v, true
}

// need is take for a required key: a missing one is an error.
func (o *object) need(key string) (json.RawMessage, bool) {
	v, ok := o.take(key)
	if !ok {
		o.errs = append(o.errs, union.Invalid(key, "invalid.required", ""))
	}
	return v, ok
}

// add records err (its fields already relative to the object), if any.
func (o *object) add(err error) {
	if err != nil {
		o.errs = append(o.errs, flatten(err)...)
	}
}

// done reports the keys never taken as unknown fields, then every problem
// of the object sorted by field, joined; nil when there is none.
func (o *object) done() error {
	if len(o.m) > 0 {
		keys := make([]string, 0, len(o.m))
		for k := range o.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			o.errs = append(o.errs, union.Invalid(k, codeUnknownField, k))
		}
	}
	sortByField(o.errs)
	return joinErrs(o.errs)
}

// jsonKey is one key of an object read by readInto: its name, whether a file
// that names no preset must state it, and how to read its value.
type jsonKey struct {
	key  string
	need bool
	read func(raw json.RawMessage) error
}

// req is a key a file must state unless it names a preset; read reads its
// value (errors at key) into *dst.
func req[T any](key string, dst *T, read func(key string, raw json.RawMessage) (T, error)) jsonKey {
	f := opt(key, dst, read)
	f.need = true
	return f
}

// opt is an optional key: when absent (or null), *dst keeps its value.
func opt[T any](key string, dst *T, read func(key string, raw json.RawMessage) (T, error)) jsonKey {
	return jsonKey{key: key, read: func(raw json.RawMessage) error {
		v, err := read(key, raw)
		*dst = v
		return err
	}}
}

// readInto reads the JSON object data strictly into *dst by the keys fields
// lists for a value v: a missing required key, an unknown key and every
// value's problems are reported at once, and *dst is set only when there is
// none. When preset is not nil, the object may name a preset
// ({"preset": "national", …}): v starts as the preset, no key is then
// required, and each key given replaces the preset's value whole; an
// unknown preset is the only error reported.
func readInto[T any](dst *T, data []byte, preset func(name string) (T, error), fields func(v *T) []jsonKey) error {
	o, err := readObject("", data)
	if err != nil {
		return err
	}
	var v T
	partial := false
	if preset != nil {
		if raw, ok := o.take("preset"); ok {
			name, err := readString("preset", raw)
			if err == nil {
				v, err = preset(name)
			}
			if err != nil {
				return err
			}
			partial = true
		}
	}
	for _, f := range fields(&v) {
		get := o.take
		if f.need && !partial {
			get = o.need
		}
		if raw, ok := get(f.key); ok {
			o.add(f.read(raw))
		}
	}
	if err := o.done(); err != nil {
		return err
	}
	*dst = v
	return nil
}

// readNested reads a value of a type with its own strict UnmarshalJSON, its
// errors under field.
func readNested[T any, P interface {
	*T
	json.Unmarshaler
}](field string, raw json.RawMessage) (T, error) {
	var v T
	err := P(&v).UnmarshalJSON(raw)
	return v, union.Prefix(field, err)
}

// listOf reads a JSON array of at most MaxPolicyEntries elements, each with
// read at its path (field[i]), collecting every element's problems; an
// empty array is an empty, non-nil list.
func listOf[T any](read func(field string, raw json.RawMessage) (T, error)) func(string, json.RawMessage) ([]T, error) {
	return func(field string, raw json.RawMessage) ([]T, error) {
		out := []T{}
		err := readList(field, raw, MaxPolicyEntries, func(path string, _ int, el json.RawMessage) error {
			v, err := read(path, el)
			out = append(out, v)
			return err
		})
		return out, err
	}
}

// typeError says the value at field is not of the JSON type want
// ("object", "array", "string", "number", "boolean").
func typeError(field string, data []byte, want string) *union.FieldError {
	return union.Invalid(field, codeType, clip(string(bytes.TrimSpace(data))), want)
}

// clip shortens a value quoted in an error to at most 64 bytes, on a rune
// boundary, so a huge bad value does not make a huge error.
func clip(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// readString reads a JSON string.
func readString(field string, raw json.RawMessage) (string, error) {
	if s, ok := plainString(raw); ok {
		return s, nil
	}
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", typeError(field, raw, "string")
	}
	return s, nil
}

// plainString returns the text of a JSON string with nothing to unescape
// or replace — no backslash, no control character, valid UTF-8 — as
// json.Unmarshal would; false for any other value, which json.Unmarshal
// reads instead.
func plainString(raw json.RawMessage) (string, bool) {
	body, ok := plainBytes(raw)
	return string(body), ok
}

// plainBytes is plainString's text as a slice of raw, without a copy.
func plainBytes(raw json.RawMessage) ([]byte, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return nil, false
	}
	body := raw[1 : len(raw)-1]
	ascii := true
	for _, c := range body {
		if c < 0x20 || c == '"' || c == '\\' {
			return nil, false
		}
		if c >= 0x80 {
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(body) {
		return nil, false
	}
	return body, true
}

// readBool reads a JSON boolean.
func readBool(field string, raw json.RawMessage) (bool, error) {
	switch string(raw) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, typeError(field, raw, "boolean")
}

// intIn reads a JSON integer within [lo, hi] (code invalid.range outside).
func intIn[T ~int | ~int32](lo, hi int64) func(field string, raw json.RawMessage) (T, error) {
	return func(field string, raw json.RawMessage) (T, error) {
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil {
			return 0, typeError(field, raw, "integer")
		}
		if n < lo || n > hi {
			return 0, union.Invalid(field, "invalid.range", string(raw), strconv.FormatInt(lo, 10), strconv.FormatInt(hi, 10))
		}
		return T(n), nil
	}
}

// readPlaces reads a rounding's decimal places, union.MinPlaces … MaxPlaces.
func readPlaces(field string, raw json.RawMessage) (int32, error) {
	return intIn[int32](int64(union.MinPlaces), int64(union.MaxPlaces))(field, raw)
}

// readDecimal reads a decimal written as a JSON string ("1,200.00" as a
// payroll export writes it, or "39.20") or a JSON number.
func readDecimal(field string, raw json.RawMessage) (decimal.Decimal, error) {
	if len(raw) > 0 && raw[0] == '"' {
		s, err := readString(field, raw)
		if err != nil {
			return decimal.Decimal{}, err
		}
		return union.ParseDecimal(field, s)
	}
	if len(raw) == 0 || (raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')) {
		return decimal.Decimal{}, typeError(field, raw, "number")
	}
	return union.ParseDecimal(field, string(raw))
}

// readList reads a JSON array, calling each for every element with its path
// (field[i]); it collects every element's problems. max bounds the length.
func readList(field string, raw json.RawMessage, max int, each func(path string, i int, el json.RawMessage) error) error {
	var els []json.RawMessage
	if len(raw) == 0 || raw[0] != '[' || json.Unmarshal(raw, &els) != nil {
		return typeError(field, raw, "array")
	}
	if len(els) > max {
		return union.Invalid(field, codeTooMany, strconv.Itoa(len(els)), strconv.Itoa(max))
	}
	var errs []error
	for i, el := range els {
		p := union.Indexed(field, i)
		if err := each(p, i, el); err != nil {
			errs = append(errs, flatten(err)...)
		}
	}
	return joinErrs(errs)
}

// readEnum reads a JSON string naming a value of an enum through the type's
// UnmarshalText (its enum Set): the English word, or the name Text prints in
// zh-Hans, zh-Hant or en (事业单位, 退休). Any other string is the Set's error,
// code invalid.enum, whose Args list the accepted words, at field.
func readEnum[E any, P interface {
	*E
	UnmarshalText([]byte) error
}](field string, raw json.RawMessage) (E, error) {
	var e E
	if body, ok := plainBytes(raw); ok { // the usual word: no copy
		return e, union.AtField(field, P(&e).UnmarshalText(body))
	}
	s, err := readString(field, raw)
	if err == nil {
		err = union.AtField(field, P(&e).UnmarshalText([]byte(s)))
	}
	return e, err
}

// Enum readers of the dues inputs.
func readSector(field string, raw json.RawMessage) (union.Sector, error) {
	return readEnum[union.Sector](field, raw)
}

func readStatus(field string, raw json.RawMessage) (union.MemberStatus, error) {
	return readEnum[union.MemberStatus](field, raw)
}

func readClass(field string, raw json.RawMessage) (Class, error) {
	return readEnum[Class](field, raw)
}

// readPeriod reads a month, "2026-03".
func readPeriod(field string, raw json.RawMessage) (union.Period, error) {
	s, err := readString(field, raw)
	if err != nil {
		return union.Period{}, err
	}
	p, err := union.ParsePeriod(s)
	if err != nil {
		return union.Period{}, union.Invalid(field, "invalid.format", clip(s), "YYYY-MM")
	}
	return p, nil
}

// readEffective reads {"from": "2022-01", "until": "2026-12"}; both optional.
func readEffective(field string, raw json.RawMessage) (union.Effective, error) {
	var e union.Effective
	err := readInto(&e, raw, nil, func(e *union.Effective) []jsonKey {
		return []jsonKey{opt("from", &e.From, readPeriod), opt("until", &e.Until, readPeriod)}
	})
	return e, union.Prefix(field, err)
}

// readRounding reads {"places": 2, "mode": "half_up"}; both are required, so
// a rounding never defaults to whole yuan by omission.
func readRounding(field string, raw json.RawMessage) (union.Rounding, error) {
	var r union.Rounding
	err := readInto(&r, raw, nil, func(r *union.Rounding) []jsonKey {
		return []jsonKey{req("places", &r.Places, readPlaces),
			req("mode", &r.Mode, readEnum[union.RoundingMode])}
	})
	return r, union.Prefix(field, err)
}

// checkDocument refuses data that is not valid UTF-8, not one well-formed
// JSON value, nested deeper than union.MaxJSONDepth or holding an overlong
// number, as union.DecodeJSON does (codes invalid.utf8, invalid.json …);
// field names the document in the error.
func checkDocument(field string, data []byte) error {
	var raw json.RawMessage
	if err := union.DecodeJSON(data, &raw); err != nil {
		return union.Prefix(field, err)
	}
	return nil
}

// stripPrefix re-roots the field errors in err from under prefix back to
// the record (members[3].wages.bonus → wages.bonus).
func stripPrefix(prefix string, err error) error {
	errs := flatten(err)
	out := make([]error, len(errs))
	for i, e := range errs {
		var fe *union.FieldError
		if errors.As(e, &fe) && len(fe.Field) >= len(prefix) && fe.Field[:len(prefix)] == prefix {
			c := *fe
			c.Field = c.Field[len(prefix):]
			if len(c.Field) > 0 && c.Field[0] == '.' {
				c.Field = c.Field[1:]
			}
			out[i] = &c
			continue
		}
		out[i] = e
	}
	return joinErrs(out)
}
