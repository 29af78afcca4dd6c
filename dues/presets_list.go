package dues

import (
	"strings"

	"github.com/gonghui/gonghui/union"
)

// The names of the presets, as Presets lists them and policy files name
// them ({"preset": "national"}): member-dues policies by their own name,
// union-funds rules and allocation schemes with a "funds." or "scheme."
// prefix, which PresetFunds and PresetScheme also accept without it.

type namedPolicy struct {
	name string
	make func() Policy
}

type namedFunds struct {
	name string
	make func() Funds
}

type namedScheme struct {
	name string
	make func() Scheme
}

func policyPresets() []namedPolicy {
	return []namedPolicy{
		{"national", National}, {"national_standard_wage", NationalStandardWage}, {"legacy1993", Legacy1993},
		{"shenyang2016", Shenyang2016},
		{"pingdingshan2018", Pingdingshan2018}, {"dongguan2015", Dongguan2015}, {"performance2015", Performance2015},
	}
}

func fundsPresets() []namedFunds {
	return []namedFunds{
		{"funds.national", NationalFunds}, {"funds.national2009", NationalFunds2009},
		{"funds.national2001", NationalFunds2001}, {"funds.national1992", NationalFunds1992},
		{"funds.beijing2015", Beijing2015}, {"funds.shanghai", Shanghai},
		{"funds.chongqing2011", Chongqing2011}, {"funds.guangdong2013", Guangdong2013},
	}
}

func schemePresets() []namedScheme {
	return []namedScheme{{"scheme.standard", Standard}, {"scheme.preparatory", PreparatoryScheme}}
}

// Presets lists every preset of the package: the member-dues policies
// ("national", "national_standard_wage", "legacy1993", "shenyang2016",
// "pingdingshan2018", "dongguan2015", "performance2015"), the union-funds
// rules ("funds.national", "funds.national2009", "funds.national2001",
// "funds.national1992", "funds.beijing2015", "funds.shanghai",
// "funds.chongqing2011", "funds.guangdong2013") and the
// allocation schemes ("scheme.standard", "scheme.preparatory"), each with
// the document it rests on and the months it is in force. The list is
// fresh on every call.
func Presets() []union.Preset {
	var out []union.Preset
	for _, p := range policyPresets() {
		v := p.make()
		out = append(out, union.Preset{Name: p.name, Document: v.Source, Effective: v.Effective})
	}
	for _, f := range fundsPresets() {
		v := f.make()
		out = append(out, union.Preset{Name: f.name, Document: v.Source, Effective: v.Effective})
	}
	for _, s := range schemePresets() {
		v := s.make()
		out = append(out, union.Preset{Name: s.name, Document: v.Source})
	}
	return out
}

// PresetPolicy returns the member-dues policy preset of that name
// ("national" …, see Presets), freshly built. An unknown name is a
// *union.FieldError (field "preset", invalid.unknown) wrapping
// union.ErrInvalid.
func PresetPolicy(name string) (Policy, error) {
	for _, p := range policyPresets() {
		if p.name == name {
			return p.make(), nil
		}
	}
	return Policy{}, unknownPreset(name)
}

// PresetFunds returns the union-funds preset of that name, with or without
// its "funds." prefix ("funds.beijing2015" or "beijing2015"), freshly
// built. An unknown name is a *union.FieldError (field "preset") wrapping
// union.ErrInvalid.
func PresetFunds(name string) (Funds, error) {
	for _, f := range fundsPresets() {
		if f.name == name || strings.TrimPrefix(f.name, "funds.") == name {
			return f.make(), nil
		}
	}
	return Funds{}, unknownPreset(name)
}

// PresetScheme returns the allocation-scheme preset of that name, with or
// without its "scheme." prefix ("scheme.standard" or "standard"), freshly
// built. An unknown name is a *union.FieldError (field "preset") wrapping
// union.ErrInvalid.
func PresetScheme(name string) (Scheme, error) {
	for _, s := range schemePresets() {
		if s.name == name || strings.TrimPrefix(s.name, "scheme.") == name {
			return s.make(), nil
		}
	}
	return Scheme{}, unknownPreset(name)
}

func unknownPreset(name string) error {
	return union.Invalid("preset", "invalid.unknown", clip(name))
}
