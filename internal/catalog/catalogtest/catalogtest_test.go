package catalogtest

import (
	"testing"

	"github.com/gonghui/gonghui/internal/catalog"
)

// TestCheck holds the rules Check applies to every registered message.
func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		m    catalog.Message
		n    int
		fail bool
	}{
		{catalog.Message{Code: "ok", Hans: "%[1]s 与 %[2]s", Hant: "%[1]s 與 %[2]s", En: "%[2]s and %[1]s"}, 2, false},
		{catalog.Message{Code: "bare", Hans: "%s", Hant: "%s", En: "%s"}, 0, true},
		{catalog.Message{Code: "differ", Hans: "%[1]s", Hant: "%[1]s", En: "none"}, 1, true},
		{catalog.Message{Code: "hole", Hans: "%[2]s", Hant: "%[2]s", En: "%[2]s"}, 2, true},
		{catalog.Message{Code: "empty", Hans: "一", Hant: " ", En: "one"}, 0, true},
		{catalog.Message{Code: "percent", Hans: "100%%", Hant: "100%%", En: "100%%"}, 0, false},
	} {
		n, problems := Check(tc.m)
		if n != tc.n || (len(problems) > 0) != tc.fail {
			t.Errorf("%s: n = %d, problems %v", tc.m.Code, n, problems)
		}
	}
}
