package competition

import (
	"strings"

	"github.com/gonghui/gonghui/union"
)

// presetEntry is one preset: its name and how to build it.
type presetEntry struct {
	name  string
	build func() any
}

// presetTable lists every preset by name, in the order Presets gives them.
// It is never changed; each lookup builds a fresh value.
var presetTable = [...]presetEntry{
	{"theory_practical", func() any { return TheoryPractical() }},
	{"national_skills", func() any { return NationalSkills() }},
	{"trimmed5", func() any { return Trimmed5() }},
	{"rubric2018", func() any { return Rubric2018() }},
	{"quota2012", func() any { return Quota2012() }},
	{"quota2012_intermediate", func() any { return Quota2012Intermediate() }},
	{"national_skills_2020", func() any { return NationalSkills2020(1) }},
	{"national_skills_2020_team2", func() any { return NationalSkills2020(2) }},
	{"national_skills_2020_team3", func() any { return NationalSkills2020(3) }},
	{"worker_skills_2015", func() any { return WorkerSkills2015() }},
	{"worker_skills_8", func() any { return WorkerSkills8() }},
	{"guizhou_2023", func() any { return Guizhou2023() }},
	{"hebei", func() any { return Hebei() }},
	{"team_sum3", func() any { return TeamSum3() }},
	{"honours", func() any { return Honours() }},
	{"may_day_2022", func() any { return MayDay2022() }},
	{"may_day_2024", func() any { return MayDay2024() }},
	{"may_day_certificates_2022", func() any { return MayDayCertificates2022() }},
	{"may_day_certificates_2024", func() any { return MayDayCertificates2024() }},
	{"vanguard_2022", func() any { return Vanguard2022() }},
	{"vanguard_2024", func() any { return Vanguard2024() }},
	{"xiamen_2016", func() any { return Xiamen2016() }},
	{"proposals_1982", func() any { return Proposals1982() }},
	{"proposals_1986", func() any { return Proposals1986() }},
}

// Presets lists the presets of the package: name, the documents they rest
// on, and the months they are in force (open when the source gives none).
// Each call returns a fresh slice.
func Presets() []union.Preset {
	out := make([]union.Preset, len(presetTable))
	for i, p := range presetTable {
		doc, eff := describe(p.build())
		out[i] = union.Preset{Name: p.name, Document: doc, Effective: eff}
	}
	return out
}

// Preset returns the preset of that name, as listed by Presets: a Scheme,
// AwardPlan, TeamRules, HonourRules, NominationRules or ProposalTable,
// freshly built. An unknown name is a *union.FieldError (ErrInvalid) on
// field "preset" whose Args list the names.
func Preset(name string) (any, error) {
	for _, p := range presetTable {
		if p.name == name {
			return p.build(), nil
		}
	}
	return nil, union.Invalid("preset", "competition.unknown_preset", name, presetNames[any]())
}

// presetNames lists the names of the presets of type T, for an error text.
func presetNames[T any]() string {
	var names []string
	for _, p := range presetTable {
		if _, ok := p.build().(T); ok {
			names = append(names, p.name)
		}
	}
	return strings.Join(names, ", ")
}

// describe returns a preset's source and months.
func describe(v any) (string, union.Effective) {
	switch p := v.(type) {
	case Scheme:
		return p.Source, p.Effective
	case AwardPlan:
		return p.Source, p.Effective
	case TeamRules:
		return p.Source, p.Effective
	case HonourRules:
		return p.Source, p.Effective
	case NominationRules:
		return p.Source, p.Effective
	case ProposalTable:
		return p.Source, p.Effective
	}
	return "", union.Effective{}
}
