package catalog

import (
	"testing"

	"golang.org/x/text/language"
)

// mustPanic runs f and reports whether it panicked.
func mustPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s: no panic", what)
		}
	}()
	f()
}

// TestWriteOnce registers, refuses a second registration of a code and a
// message without a text, reads, and then refuses any registration: the
// catalogue is written only before its first read.
func TestWriteOnce(t *testing.T) {
	Register("a", []Texts{{"a.one", "一", "壹", "one"}})
	mustPanic(t, "code registered twice", func() { Register("b", []Texts{{"a.one", "一", "壹", "one"}}) })
	mustPanic(t, "missing text", func() { Register("b", []Texts{{"b.two", "二", "", "two"}}) })
	mustPanic(t, "empty code", func() { Register("b", []Texts{{"", "二", "貳", "two"}}) })

	m, ok := Lookup("a.one")
	if !ok || m.Hant != "壹" || Owner("a.one") != "a" {
		t.Fatalf("Lookup(a.one) = %+v, %v; owner %q", m, ok, Owner("a.one"))
	}
	if got := Printer(Match(language.MustParse("zh-TW"))).Sprintf("a.one"); got != "壹" {
		t.Errorf("zh-TW text = %q", got)
	}
	if got := Printer(Match(language.French)).Sprintf("a.one"); got != "一" {
		t.Errorf("fallback text = %q", got)
	}
	if all := All(); len(all) != 1 || all[0].Code != "a.one" {
		t.Errorf("All() = %v", all)
	}
	mustPanic(t, "register after the first read", func() { Register("c", []Texts{{"c.three", "三", "參", "three"}}) })
	if _, ok := Lookup("c.three"); ok {
		t.Error("a refused registration was kept")
	}
}
