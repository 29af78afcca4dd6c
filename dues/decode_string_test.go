package dues

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The fast path of readString reads what json.Unmarshal reads, and leaves
// to it every string it would change (escapes, invalid UTF-8).
func TestPlainStringMatchesUnmarshal(t *testing.T) {
	for _, raw := range []string{
		`""`, `"E0001"`, `"企业"`, `"事业单位"`, `"a\"b"`, `"a\\b"`, `"\u4f01"`, "\"\xff\"", "\"a\xe4\xbc\"",
		`"tab	x"`, "\"\u2028\"", `"`, `x"`, `"x`, `12`, `null`, `"5000.55"`, `" 1,200.00 "`,
	} {
		got, ok := plainString(json.RawMessage(raw))
		var want string
		err := json.Unmarshal([]byte(raw), &want)
		if ok {
			assert.NoError(t, err, raw)
			assert.Equal(t, want, got, raw)
		}
		s, rerr := readString("f", json.RawMessage(raw))
		if err == nil && raw[0] == '"' {
			assert.NoError(t, rerr, raw)
			assert.Equal(t, want, s, raw)
		} else {
			assert.Error(t, rerr, raw)
		}
	}
}

func FuzzPlainString(f *testing.F) {
	f.Add([]byte(`"E0001"`))
	f.Add([]byte("\"\xff\""))
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, ok := plainString(raw)
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%q: fast path accepted what json refuses: %v", raw, err)
		}
		if got != want {
			t.Fatalf("%q: %q, json %q", raw, got, want)
		}
	})
}
