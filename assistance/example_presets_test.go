package assistance_test

import (
	"fmt"

	"github.com/gonghui/gonghui/assistance"
)

// ExamplePresets lists the hardship-aid presets by name, with the months each
// is in force, so a caller (or the gonghui command) can offer them by name.
func ExamplePresets() {
	for _, p := range assistance.Presets() {
		fmt.Println(p.Name, p.Effective)
	}
	// Output:
	// standard 2018-01..
	// generation1 2005-01..2017-12
	// hubei2024 2024-03..
	// shanghai2019 2019-01..
}
