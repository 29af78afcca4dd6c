package democracy

import (
	"strings"

	"github.com/gonghui/gonghui/union"
)

// congressPresets lists the congress presets by name, in the order Presets
// gives them. It is never changed.
var congressPresets = [...]struct {
	name  string
	build func() Rules
}{
	{"enterprise", Enterprise},
	{"shanghai2017", Shanghai2017},
	{"zhejiang2010", Zhejiang2010},
	{"school2012", School2012},
	{"state_enterprise1986", StateEnterprise1986},
}

// electionPresets lists the election presets by name, in the order Presets
// gives them. It is never changed.
var electionPresets = [...]struct {
	name  string
	build func() ElectionRules
}{
	{"union_election", UnionElection},
	{"union_election1992", UnionElection1992},
	{"shanghai_delegates2017", ShanghaiDelegates2017},
}

// Presets lists every preset of the package, the congress rules (Preset)
// and then the election rules (ElectionPreset): name, the documents they
// rest on, and the months they are in force. Each call returns a fresh slice.
func Presets() []union.Preset {
	out := make([]union.Preset, 0, len(congressPresets)+len(electionPresets))
	for _, p := range congressPresets {
		r := p.build()
		out = append(out, union.Preset{Name: r.Name, Document: r.Source, Effective: r.Effective})
	}
	for _, p := range electionPresets {
		r := p.build()
		out = append(out, union.Preset{Name: r.Name, Document: r.Source, Effective: r.Effective})
	}
	return out
}

// Preset returns the congress rules of that name, freshly built:
// "enterprise", "shanghai2017", "zhejiang2010", "school2012" or
// "state_enterprise1986". An unknown name is a *union.FieldError
// (ErrInvalid) on field "preset" listing the names.
func Preset(name string) (Rules, error) {
	for _, p := range congressPresets {
		if p.name == name {
			return p.build(), nil
		}
	}
	names := make([]string, len(congressPresets))
	for i, p := range congressPresets {
		names[i] = p.name
	}
	return Rules{}, union.Invalid("preset", "democracy.unknown_preset", name, strings.Join(names, ", "))
}

// ElectionPreset returns the election rules of that name, freshly built:
// "union_election", "union_election1992" or "shanghai_delegates2017". An
// unknown name is a *union.FieldError (ErrInvalid) on field "preset"
// listing the names.
func ElectionPreset(name string) (ElectionRules, error) {
	for _, p := range electionPresets {
		if p.name == name {
			return p.build(), nil
		}
	}
	names := make([]string, len(electionPresets))
	for i, p := range electionPresets {
		names[i] = p.name
	}
	return ElectionRules{}, union.Invalid("preset", "democracy.unknown_preset", name, strings.Join(names, ", "))
}

// ElectionPresets returns every election preset by name, freshly built.
func ElectionPresets() map[string]ElectionRules {
	out := make(map[string]ElectionRules, len(electionPresets))
	for _, p := range electionPresets {
		out[p.name] = p.build()
	}
	return out
}
