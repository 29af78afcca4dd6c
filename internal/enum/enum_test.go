package enum

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
)

// colour is the enum of these tests; its names are registered below.
type colour uint8

func init() {
	catalog.Register("enum", []catalog.Texts{
		{"test.colour.red", "红色", "紅色", "red colour"},
		{"test.colour.dark_blue", "深蓝", "深藍", "dark blue"},
	})
}

// fieldError stands in for union.FieldError, which this package cannot import.
type fieldError struct {
	field, code, value string
	args               []string
}

func (e *fieldError) Error() string {
	return fmt.Sprintf("%s: %s %q %v", e.field, e.code, e.value, e.args)
}

func invalid(field, code, value string, args ...string) *fieldError {
	return &fieldError{field, code, value, args}
}

var colours = New[colour]("colour", "paint", "test.colour", invalid, "red", "dark_blue")

// plain is an enum without names.
var plain = New[colour]("plain", "plain", "", invalid, "a", "b")

func TestSet(t *testing.T) {
	for _, tc := range []struct {
		v                 colour
		word, str         string
		hans, hant, en    string
		valid             bool
		marshal, marshalE string
	}{
		{0, "red", "red", "红色", "紅色", "red colour", true, "red", ""},
		{1, "dark_blue", "dark_blue", "深蓝", "深藍", "dark blue", true, "dark_blue", ""},
		{2, "", "colour(2)", "test.colour(2)", "test.colour(2)", "test.colour(2)", false, "", "invalid.unknown"},
		{255, "", "colour(255)", "test.colour(255)", "test.colour(255)", "test.colour(255)", false, "", "invalid.unknown"},
	} {
		if got := colours.Word(tc.v); got != tc.word {
			t.Errorf("Word(%d) = %q", tc.v, got)
		}
		if got := colours.String(tc.v); got != tc.str {
			t.Errorf("String(%d) = %q", tc.v, got)
		}
		for tag, want := range map[language.Tag]string{language.SimplifiedChinese: tc.hans, language.MustParse("zh-HK"): tc.hant, language.English: tc.en} {
			if got := colours.Text(tc.v, tag); got != want {
				t.Errorf("Text(%d, %s) = %q, want %q", tc.v, tag, got, want)
			}
		}
		if colours.Valid(tc.v) != tc.valid {
			t.Errorf("Valid(%d) = %v", tc.v, !tc.valid)
		}
		b, err := colours.Marshal(tc.v)
		var fe *fieldError
		switch {
		case tc.marshalE == "" && (err != nil || string(b) != tc.marshal):
			t.Errorf("Marshal(%d) = %q, %v", tc.v, b, err)
		case tc.marshalE != "" && (!errors.As(err, &fe) || fe.code != tc.marshalE || fe.field != "paint"):
			t.Errorf("Marshal(%d) error = %v", tc.v, err)
		}
	}
	if got := plain.Text(1, language.English); got != "b" {
		t.Errorf("an enum without names: Text = %q", got)
	}
	if got, want := strings.Join(colours.Words(), " "), "red dark_blue"; got != want || colours.Len() != 2 || len(colours.Values()) != 2 {
		t.Errorf("Words = %q, Len = %d, Values = %v", got, colours.Len(), colours.Values())
	}
	w := colours.Words()
	w[0] = "changed"
	if colours.Word(0) != "red" {
		t.Error("Words shares memory with the Set")
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want colour
		ok   bool
	}{
		{"red", 0, true}, {"dark_blue", 1, true},
		{"红色", 0, true}, {"紅色", 0, true}, {"red colour", 0, true}, {"深藍", 1, true}, {"dark blue", 1, true},
		{"", 0, false}, {"Red", 0, false}, {"green", 0, false}, {"test.colour.red", 0, false},
	} {
		v := colour(9)
		err := colours.Unmarshal(&v, []byte(tc.text))
		var fe *fieldError
		switch {
		case tc.ok && (err != nil || v != tc.want):
			t.Errorf("Unmarshal(%q) = %d, %v", tc.text, v, err)
		case !tc.ok && (!errors.As(err, &fe) || fe.code != "invalid.enum" || v != 9 ||
			strings.Join(fe.args, " ") != "test.colour red dark_blue"):
			t.Errorf("Unmarshal(%q) = %d, %v; want an invalid.enum error, the value left alone", tc.text, v, err)
		}
	}
	if _, err := plain.Parse([]byte("红色")); err == nil {
		t.Error("an enum without names read a name")
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("工", 50)
	if got := Clip(long); got != strings.Repeat("工", 40)+"…" {
		t.Errorf("Clip(50 runes) = %q", got)
	}
	if got := Clip("ab\xffc"); got != "ab\uFFFDc" {
		t.Errorf("Clip(invalid UTF-8) = %q", got)
	}
	if got := Clip(strings.Repeat("a", 40)); got != strings.Repeat("a", 40) {
		t.Errorf("Clip(40) = %q", got)
	}
}

// FuzzParse: Parse never panics; what it reads marshals back to the word, and
// what it refuses is an invalid.enum error with a clipped value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"red", "深藍", "dark blue", "", "x", strings.Repeat("工", 60)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := colours.Parse(b)
		if err != nil {
			var fe *fieldError
			if !errors.As(err, &fe) || fe.code != "invalid.enum" || len([]rune(fe.value)) > 41 {
				t.Fatalf("Parse(%q) error %v", b, err)
			}
			return
		}
		w, err := colours.Marshal(v)
		if err != nil || colours.Word(v) != string(w) {
			t.Fatalf("Parse(%q) = %d, which marshals as %q, %v", b, v, w, err)
		}
	})
}
