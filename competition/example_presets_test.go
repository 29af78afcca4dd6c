package competition_test

import (
	"errors"
	"fmt"

	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/union"
)

// ExamplePresets lists the competition presets by name; Preset builds one.
func ExamplePresets() {
	for _, p := range competition.Presets()[:3] {
		fmt.Println(p.Name)
	}
	// Output:
	// theory_practical
	// national_skills
	// trimmed5
}

// ExamplePreset looks a scheme up by name, as a policy file's "preset" key
// does; an unknown name is a FieldError on "preset".
func ExamplePreset() {
	p, err := competition.Preset("national_skills")
	if s, ok := p.(competition.Scheme); ok && err == nil {
		fmt.Println(len(s.Indicators) > 0)
	}
	_, err = competition.Preset("no_such_rule")
	var fe *union.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field)
	// Output:
	// true
	// true preset
}

// ExampleDecodeEntries reads entrants' sheets record by record: the good
// record is kept, the bad one is reported with its index and ID.
func ExampleDecodeEntries() {
	entries, err := competition.DecodeEntries([]byte(`[
		{"id": "A01", "scores": {"practical": ["88.5", "90"]}},
		{"id": "A02", "scores": {"practical": ["ninety"]}}
	]`))
	fmt.Println(len(entries), entries[0].ID)
	var re *union.RecordError
	fmt.Println(errors.As(err, &re), re.Index, re.ID)
	// Output:
	// 2 A01
	// true 1 A02
}
