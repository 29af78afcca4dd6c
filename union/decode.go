package union

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gonghui/gonghui/internal/enum"
)

// MaxJSONDepth is the deepest nesting of arrays and objects DecodeJSON accepts.
// No input of the module nests deeper than a handful of levels.
const MaxJSONDepth = 64

// MaxJSONNumber is the longest number literal DecodeJSON accepts, in bytes:
// room for MaxIntegerDigits and MaxFractionDigits with a sign, a point and an
// exponent, and far too short for a number whose parsing alone would be slow.
const MaxJSONNumber = 64

// DecodeJSON decodes one JSON value from data into v, strictly: a key that v
// has no field for, a value of the wrong type, trailing data after the value,
// nesting deeper than MaxJSONDepth, a number literal (or a string of number
// characters only, such as "1200.50") longer than MaxJSONNumber and invalid
// UTF-8 are errors. It never returns encoding/json's
// or shopspring's raw errors: every failure is a *FieldError wrapping
// ErrInvalid, with Field the JSON path when it is known, e.g.
// "members[17].wages.basic":
//
//   - "invalid.json": not JSON, or data after the value (Args: the byte offset);
//   - "invalid.utf8": invalid UTF-8 (Args: the byte offset);
//   - "invalid.json_depth": nested too deep (Args: MaxJSONDepth);
//   - "invalid.unknown_field": a key v has no field for, Field its path;
//   - "invalid.type": a value of the wrong JSON type (Args: the type wanted:
//     string, number, integer, boolean, object or array);
//   - "invalid.decimal": a decimal.Decimal that is no number;
//   - "invalid.decimal_range": a number longer than MaxJSONNumber;
//   - the error of a field's own UnmarshalJSON or UnmarshalText, re-rooted at
//     the field (a *FieldError of a scalar takes the field's path, one of an
//     object or array is prefixed with it).
//
// Every unknown key and wrong type is reported (errors.Join), not only the
// first. Paths name object keys with dots and array elements with [i]; a map
// key that is not a plain word (letters, digits, '_', '-') is written [key].
// Keys match struct fields as in encoding/json (the json tag, then the field
// name, case-insensitively). When DecodeJSON fails, v may be partly filled.
//
// A type's UnmarshalJSON method may call DecodeJSON on its own wire form; its
// errors then carry paths relative to the value, which DecodeJSON prefixes
// with the value's path in the enclosing document.
func DecodeJSON(data []byte, v any) error {
	if err := scanJSON(data); err != nil {
		return err
	}
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer && hasEnumSlice(t.Elem(), maxEnumSliceDepth) {
		// encoding/json reads a JSON string into a slice of a uint8 kind as
		// base64, even when its elements read their own text: ["national"]
		// is a []Level, but so would "AAE=" be. Such a slice must be an array.
		var errs []error
		enumSlicesAreArrays(data, t.Elem(), "", maxEnumSliceDepth, &errs)
		if len(errs) > 0 {
			return joinOne(errs)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return Invalid("", "invalid.json", "", strconv.FormatInt(dec.InputOffset(), 10))
		}
		return nil
	}
	// The slow path: walk the document along v's type to name every problem.
	var syn *json.SyntaxError
	if !errors.As(err, &syn) && t != nil && t.Kind() == reflect.Pointer {
		if errs := walkJSON(data, t.Elem()); len(errs) > 0 {
			return joinOne(errs)
		}
	}
	return jsonError("", err)
}

// maxEnumSliceDepth is how deep hasEnumSlice looks into nested structs: the
// module's inputs and policies nest far less.
const maxEnumSliceDepth = 12

// walkJSON walks data along t and returns every problem it finds.
func walkJSON(data []byte, t reflect.Type) []error {
	w := &jsonWalker{dec: json.NewDecoder(bytes.NewReader(data))}
	w.dec.UseNumber()
	w.value(t, "", "", 0)
	return w.errs
}

// hasEnumSlice reports whether t holds, anywhere inside, a slice whose
// elements are of a uint8 kind and read their own text or JSON (a []Level,
// a []democracy.Exclusion): a value encoding/json would also read from a
// base64 string. It looks depth levels of structs deep at most (a recursive
// type ends there) and only asks a uint8-kind slice element for its
// methods, so it costs little for the usual record.
func hasEnumSlice(t reflect.Type, depth int) bool {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Array, reflect.Map:
			t = t.Elem()
			continue
		case reflect.Slice:
			if t.Elem().Kind() == reflect.Uint8 {
				return readsOwnText(t.Elem())
			}
			t = t.Elem()
			continue
		case reflect.Struct:
			if depth == 0 {
				return false
			}
			for i := range t.NumField() {
				f := t.Field(i)
				switch f.Type.Kind() {
				case reflect.Pointer, reflect.Array, reflect.Map, reflect.Slice, reflect.Struct:
					if hasEnumSlice(f.Type, depth-1) {
						return true
					}
				}
			}
		}
		return false
	}
}

// enumSlicesAreArrays follows data along t only where t leads to a slice of
// enum values (hasEnumSlice), and records an invalid.type error for each such
// slice whose JSON is neither an array nor null. Everything else is passed
// over as raw JSON, so a large document costs one scan, not a walk. JSON
// that does not fit t is left to the decoder, which reports it.
func enumSlicesAreArrays(data []byte, t reflect.Type, path string, depth int, errs *[]error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || string(data) == "null" || depth < 0 {
		return
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && readsOwnText(t.Elem()) {
			if data[0] != '[' {
				value := string(data)
				if data[0] == '"' {
					_ = json.Unmarshal(data, &value)
				}
				*errs = append(*errs, Invalid(path, "invalid.type", enum.Clip(value), "array"))
			}
			return
		}
		var elems []json.RawMessage
		if json.Unmarshal(data, &elems) != nil {
			return
		}
		for i, el := range elems {
			enumSlicesAreArrays(el, t.Elem(), path+"["+strconv.Itoa(i)+"]", depth, errs)
		}
	case reflect.Map:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return
		}
		for _, k := range sortedKeys(obj) {
			enumSlicesAreArrays(obj[k], t.Elem(), joinPath(path, k), depth, errs)
		}
	case reflect.Struct:
		if reflect.PointerTo(t).Implements(jsonUnmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType) {
			return // it decodes itself; if it calls DecodeJSON, that call checks
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return
		}
		fields := jsonFields(t)
		for _, k := range sortedKeys(obj) {
			if f, ok := fields.find(k); ok && hasEnumSlice(f.typ, depth-1) {
				enumSlicesAreArrays(obj[k], f.typ, joinPath(path, k), depth-1, errs)
			}
		}
	}
}

// sortedKeys returns the keys of obj in order, so that errors come out in
// the same order every time.
func sortedKeys(obj map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// readsOwnText reports whether t is of a uint8 kind and reads its own text
// or JSON, so that a slice of it is a JSON array, never base64.
func readsOwnText(t reflect.Type) bool {
	return t.Kind() == reflect.Uint8 &&
		(reflect.PointerTo(t).Implements(textUnmarshalerType) || reflect.PointerTo(t).Implements(jsonUnmarshalerType))
}

// jsonError turns an error of encoding/json (or of an unmarshaler inside it)
// into a *FieldError under path.
func jsonError(path string, err error) error {
	var fe *FieldError
	if errors.As(err, &fe) || FieldErrors(err) != nil {
		return Prefix(path, err)
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return Invalid(path, "invalid.json", "", strconv.FormatInt(syn.Offset, 10))
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := typ.Field
		if path != "" && field != "" {
			field = path + "." + field
		} else if field == "" {
			field = path
		}
		return Invalid(field, "invalid.type", enum.Clip(typ.Value), jsonKindWord(typ.Type))
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return Invalid(path, "invalid.json", "", "EOF")
	}
	msg := err.Error()
	if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		k, _ = strconv.Unquote(k)
		return Invalid(joinPath(path, k), "invalid.unknown_field", enum.Clip(k))
	}
	return Invalid(path, "invalid.json", enum.Clip(msg), "?")
}

// scanJSON checks, in one pass over the bytes, what encoding/json does not:
// valid UTF-8, the nesting depth and the length of number literals, and of
// strings made of number characters only (a decimal may be written as a
// string, and parsing a million digits takes seconds).
func scanJSON(data []byte) *FieldError {
	depth, num, start := 0, 0, 0
	inString, escaped := false, false
	for i := 0; i < len(data); {
		c := data[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				return Invalid("", "invalid.utf8", "", strconv.Itoa(i))
			}
			i += size
			if inString {
				num = -1
			} else {
				num = 0
			}
			continue
		}
		i++
		numeric := c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9')
		if inString {
			switch {
			case escaped:
				escaped = false
				num = -1
			case c == '\\':
				escaped = true
				num = -1
			case c == '"':
				inString = false
				if num > MaxJSONNumber {
					return Invalid(jsonPathAt(data, start), "invalid.decimal_range", enum.Clip(string(data[start+1:i-1])),
						strconv.Itoa(MaxIntegerDigits), strconv.Itoa(MaxFractionDigits))
				}
				num = 0
			case num >= 0 && numeric:
				num++
			default:
				num = -1
			}
			continue
		}
		switch {
		case c == '"':
			inString, num, start = true, 0, i-1
		case c == '[' || c == '{':
			depth, num = depth+1, 0
			if depth > MaxJSONDepth {
				return Invalid("", "invalid.json_depth", "", strconv.Itoa(MaxJSONDepth))
			}
		case c == ']' || c == '}':
			depth, num = depth-1, 0
		case numeric:
			num++
			if num > MaxJSONNumber {
				return Invalid(jsonPathAt(data, i-num), "invalid.decimal_range", enum.Clip(string(data[i-num:i])),
					strconv.Itoa(MaxIntegerDigits), strconv.Itoa(MaxFractionDigits))
			}
		default:
			num = 0
		}
	}
	return nil
}

// jsonPathAt returns the path of the value that starts at byte offset off of
// data, as far as the tokens before it tell.
func jsonPathAt(data []byte, off int) string {
	dec := json.NewDecoder(bytes.NewReader(data[:off]))
	dec.UseNumber()
	type frame struct {
		object bool
		key    string
		index  int
		atKey  bool
	}
	var stack []frame
	// The innermost array has counted the elements before the one at off;
	// each outer one has counted the element that holds it.
	path := func() string {
		p := ""
		for i, f := range stack {
			switch {
			case f.object:
				p = joinPath(p, f.key)
			case i == len(stack)-1:
				p += "[" + strconv.Itoa(f.index) + "]"
			default:
				p += "[" + strconv.Itoa(f.index-1) + "]"
			}
		}
		return p
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return path()
		}
		// A value (or the start of one) in an array counts as an element; in
		// an object, tokens alternate between key and value.
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			if top.object {
				if top.atKey {
					if k, ok := tok.(string); ok {
						top.key, top.atKey = k, false
						continue
					}
				} else {
					top.atKey = true
				}
			} else if d, ok := tok.(json.Delim); !ok || d == '[' || d == '{' {
				top.index++
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{object: true, atKey: true})
		case json.Delim('['):
			stack = append(stack, frame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if n := len(stack); n > 0 && stack[n-1].object {
				stack[n-1].atKey = true
			}
		}
	}
}

// joinPath appends a key to a path: "a" + "b" is "a.b"; a key that is not a
// plain word (ASCII letters, digits, '_', '-') is written in brackets:
// "wages[奖金]".
func joinPath(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r == '_' || r == '-' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')) {
			plain = false
			break
		}
	}
	switch {
	case !plain:
		return path + "[" + key + "]"
	case path == "":
		return key
	}
	return path + "." + key
}

// jsonKindWord names the JSON type a Go type decodes from.
func jsonKindWord(t reflect.Type) string {
	if t == nil {
		return "value"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return jsonKindWord(t.Elem())
	}
	return "value"
}

// The reflect types of the interfaces the walker looks for.
var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// jsonWalker walks a JSON document along a Go type and records every unknown
// key and wrong type with its path. It runs only after encoding/json has
// failed, to say where.
type jsonWalker struct {
	dec    *json.Decoder
	errs   []error
	broken bool // the document ended or broke; stop
}

func (w *jsonWalker) fail(err error) { w.errs = append(w.errs, err) }

// token reads the next token, recording a syntax error once.
func (w *jsonWalker) token() (json.Token, bool) {
	if w.broken {
		return nil, false
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.broken = true
		if len(w.errs) == 0 {
			w.fail(jsonError("", err))
		}
		return nil, false
	}
	return tok, true
}

// skip reads and drops the value that starts with tok.
func (w *jsonWalker) skip(tok json.Token) {
	if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
		for depth := 1; depth > 0; {
			t, ok := w.token()
			if !ok {
				return
			}
			if d, ok := t.(json.Delim); ok {
				if d == '{' || d == '[' {
					depth++
				} else {
					depth--
				}
			}
		}
	}
}

// raw reads the value that starts with tok back into JSON text.
func (w *jsonWalker) raw(tok json.Token) []byte {
	var b bytes.Buffer
	var write func(json.Token) bool
	write = func(t json.Token) bool {
		switch x := t.(type) {
		case json.Delim:
			b.WriteRune(rune(x))
			closing := json.Delim('}')
			if x == '[' {
				closing = ']'
			}
			first := true
			for !w.broken && w.dec.More() {
				if !first {
					b.WriteByte(',')
				}
				first = false
				if x == '{' {
					k, ok := w.token()
					if !ok {
						return false
					}
					kb, _ := json.Marshal(k)
					b.Write(kb)
					b.WriteByte(':')
				}
				v, ok := w.token()
				if !ok || !write(v) {
					return false
				}
			}
			if _, ok := w.token(); !ok { // the closing delimiter
				return false
			}
			b.WriteRune(rune(closing))
		case json.Number:
			b.WriteString(string(x))
		case nil:
			b.WriteString("null")
		default:
			vb, _ := json.Marshal(x)
			b.Write(vb)
		}
		return true
	}
	write(tok)
	return b.Bytes()
}

// value walks one value of type t at path; quoted says the field has the
// ",string" option.
func (w *jsonWalker) value(t reflect.Type, path, opts string, depth int) {
	tok, ok := w.token()
	if !ok {
		return
	}
	w.valueFrom(tok, t, path, opts, depth)
}

func (w *jsonWalker) valueFrom(tok json.Token, t reflect.Type, path, opts string, depth int) {
	if tok == nil { // null fits every type
		return
	}
	if depth > MaxJSONDepth {
		w.skip(tok)
		return
	}
	// A type with its own decoding decides for itself: decode the value alone.
	if t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface &&
		(reflect.PointerTo(t).Implements(jsonUnmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType)) {
		_, structured := tok.(json.Delim)
		raw := w.raw(tok)
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			w.fail(unmarshalerError(t, path, structured, enum.Clip(string(raw)), err))
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		w.valueFrom(tok, t.Elem(), path, opts, depth)
	case reflect.Interface:
		w.skip(tok)
	case reflect.Struct:
		if tok != json.Delim('{') {
			w.wrongType(tok, t, path)
			return
		}
		fields := jsonFields(t)
		for !w.broken && w.dec.More() {
			kt, ok := w.token()
			if !ok {
				return
			}
			k, _ := kt.(string)
			f, found := fields.find(k)
			if !found {
				w.fail(Invalid(joinPath(path, k), "invalid.unknown_field", enum.Clip(k)))
				if vt, ok := w.token(); ok {
					w.skip(vt)
				}
				continue
			}
			w.value(f.typ, joinPath(path, k), f.opts, depth+1)
		}
		w.token()
	case reflect.Map:
		if tok != json.Delim('{') {
			w.wrongType(tok, t, path)
			return
		}
		for !w.broken && w.dec.More() {
			kt, ok := w.token()
			if !ok {
				return
			}
			k, _ := kt.(string)
			w.value(t.Elem(), joinPath(path, k), "", depth+1)
		}
		w.token()
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && !readsOwnText(t.Elem()) {
			if _, ok := tok.(string); !ok {
				w.wrongType(tok, t, path)
			}
			return
		}
		if tok != json.Delim('[') {
			w.wrongType(tok, t, path)
			return
		}
		for i := 0; !w.broken && w.dec.More(); i++ {
			w.value(t.Elem(), path+"["+strconv.Itoa(i)+"]", "", depth+1)
		}
		w.token()
	default:
		w.scalar(tok, t, path, opts)
	}
}

// unmarshalerError re-roots the error of a type's own UnmarshalJSON or
// UnmarshalText at path.
func unmarshalerError(t reflect.Type, path string, structured bool, raw string, err error) error {
	if FieldErrors(err) != nil {
		if structured {
			return Prefix(path, err)
		}
		return AtField(path, err)
	}
	if t.PkgPath() == "github.com/shopspring/decimal" {
		return Invalid(path, "invalid.decimal", raw)
	}
	want := jsonKindWord(t)
	if !reflect.PointerTo(t).Implements(jsonUnmarshalerType) {
		want = "string" // a text unmarshaler reads JSON strings only
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return Invalid(path, "invalid.type", enum.Clip(typ.Value), want)
	}
	return Invalid(path, "invalid.format", raw, want)
}

// wrongType records a value of the wrong JSON type and skips it.
func (w *jsonWalker) wrongType(tok json.Token, t reflect.Type, path string) {
	w.fail(Invalid(path, "invalid.type", tokenText(tok), jsonKindWord(t)))
	w.skip(tok)
}

// tokenText is a short text of a token for an error's Value.
func tokenText(tok json.Token) string {
	switch x := tok.(type) {
	case json.Delim:
		if x == '{' {
			return "object"
		}
		return "array"
	case string:
		return enum.Clip(x)
	case json.Number:
		return enum.Clip(string(x))
	case bool:
		return strconv.FormatBool(x)
	}
	return ""
}

// scalar checks a string, number or boolean token against a scalar kind.
func (w *jsonWalker) scalar(tok json.Token, t reflect.Type, path, opts string) {
	if s, ok := tok.(string); ok && strings.Contains(opts, ",string") && t.Kind() != reflect.String {
		if s == "null" {
			return
		}
		if t.Kind() == reflect.Bool {
			tok = s == "true"
			if s != "true" && s != "false" {
				tok = s
			}
		} else {
			tok = json.Number(s)
		}
	}
	bad := false
	switch t.Kind() {
	case reflect.String:
		_, ok := tok.(string)
		bad = !ok
	case reflect.Bool:
		_, ok := tok.(bool)
		bad = !ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		bad = !ok
		if ok {
			_, err := strconv.ParseInt(string(n), 10, t.Bits())
			bad = err != nil
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, ok := tok.(json.Number)
		bad = !ok
		if ok {
			_, err := strconv.ParseUint(string(n), 10, t.Bits())
			bad = err != nil
		}
	case reflect.Float32, reflect.Float64:
		n, ok := tok.(json.Number)
		bad = !ok
		if ok {
			_, err := strconv.ParseFloat(string(n), t.Bits())
			bad = err != nil
		}
	}
	if bad {
		w.fail(Invalid(path, "invalid.type", tokenText(tok), jsonKindWord(t)))
	}
}

// jsonField is one key of a struct's JSON form.
type jsonField struct {
	name string
	typ  reflect.Type
	opts string
}

// jsonFieldList is a struct's keys, found as encoding/json finds them.
type jsonFieldList []jsonField

func (l jsonFieldList) find(k string) (jsonField, bool) {
	for _, f := range l {
		if f.name == k {
			return f, true
		}
	}
	for _, f := range l {
		if strings.EqualFold(f.name, k) {
			return f, true
		}
	}
	return jsonField{}, false
}

// jsonFields lists the JSON keys of struct type t, including those of
// embedded structs, as encoding/json names them.
func jsonFields(t reflect.Type) jsonFieldList {
	var out jsonFieldList
	var walk func(t reflect.Type, depth int)
	walk = func(t reflect.Type, depth int) {
		if depth > 8 {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			opts = "," + opts
			if f.Anonymous && name == "" {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft, depth+1)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			out = append(out, jsonField{name: name, typ: f.Type, opts: opts})
		}
	}
	walk(t, 0)
	return out
}
