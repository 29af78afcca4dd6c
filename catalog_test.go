package gonghui_test

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	_ "github.com/gonghui/gonghui"
	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/internal/catalog/catalogtest"
	"github.com/gonghui/gonghui/union"
)

// TestCatalogComplete holds every code of every package, as a program that
// imports the root package sees them, to the rules of catalogtest.Check, and
// checks that each package registered only codes of its own: a code named
// "<package>.…" is registered by that package, and union's shared codes
// (field labels, invalid.…, error.…) by whichever package uses them.
func TestCatalogComplete(t *testing.T) {
	catalogtest.Complete(t)
	domains := map[string]bool{"dues": true, "assistance": true, "democracy": true, "competition": true}
	for _, m := range union.Messages() {
		first, _, _ := strings.Cut(m.Code, ".")
		if domains[first] && catalog.Owner(m.Code) != first {
			t.Errorf("%s is registered by %s, not by %s", m.Code, catalog.Owner(m.Code), first)
		}
	}
}

// TestStoredReasonRenders renders a reason the way a program does that
// stored it earlier and links the root package only.
func TestStoredReasonRenders(t *testing.T) {
	r := union.Reason{Code: "dues.exempt.retired"}
	if got := r.Text(language.SimplifiedChinese); got != "退休会员保留会籍期间免交会费" {
		t.Errorf("stored dues reason renders as %q", got)
	}
}
