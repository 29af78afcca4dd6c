package assistance

import (
	"strings"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// presetEntry is one preset: its name and how to build it at a 低保.
type presetEntry struct {
	name  string
	build func(minimumLiving decimal.Decimal) Rules
}

// presetTable lists the presets by name, in the order Presets gives them.
// It is never changed.
var presetTable = [...]presetEntry{
	{"standard", Standard},
	{"generation1", Generation1},
	{"hubei2024", Hubei2024},
	{"shanghai2019", Shanghai2019},
}

// Presets lists the presets of the package: name, the documents they rest
// on, and the months they are in force. Each call returns a fresh slice.
func Presets() []union.Preset {
	out := make([]union.Preset, len(presetTable))
	for i, p := range presetTable {
		r := p.build(decimal.Zero)
		out[i] = union.Preset{Name: r.Name, Document: r.Source, Effective: r.Effective}
	}
	return out
}

// Preset returns the preset of that name ("standard", "generation1",
// "hubei2024", "shanghai2019") at the 低保 given. An unknown name is a
// *union.FieldError (ErrInvalid) on field "preset" listing the names.
func Preset(name string, minimumLiving decimal.Decimal) (Rules, error) {
	for _, p := range presetTable {
		if p.name == name {
			return p.build(minimumLiving), nil
		}
	}
	return Rules{}, union.Invalid("preset", "assistance.unknown_preset", name, presetNames())
}

// presetNames lists the preset names for an error text.
func presetNames() string {
	names := make([]string, len(presetTable))
	for i, p := range presetTable {
		names[i] = p.name
	}
	return strings.Join(names, ", ")
}
