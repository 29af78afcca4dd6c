package main

import (
	"encoding/json"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// policy is what every rule set of the packages can do: check itself.
type policy interface{ Validate() error }

// preset is one named rule set a subcommand's -policy picks.
type preset[P policy] struct {
	name  string
	build func() P
	// timeline, when set, gives the rule in force in each month under this
	// name (-month picks one).
	timeline func() union.Timeline[P]
}

// presetSet is the presets one subcommand chooses from.
type presetSet[P policy] struct {
	// kind names what the presets are rules for, as GET /v1/presets lists them.
	kind string
	// def is the preset used when none is named; "" when one must be named.
	def     string
	presets []preset[P]
}

// names lists the preset names, for error texts.
func (s presetSet[P]) names() string {
	var ns []string
	for _, p := range s.presets {
		ns = append(ns, p.name)
	}
	return strings.Join(ns, ", ")
}

// find returns the preset called name.
func (s presetSet[P]) find(name string) (preset[P], bool) {
	for _, p := range s.presets {
		if p.name == name {
			return p, true
		}
	}
	return preset[P]{}, false
}

// listed turns a package's list of presets into the ones its lookup
// builds as P (a package may list presets of several kinds).
func listed[P policy](list func() []union.Preset, lookup func(string) (P, error)) []preset[P] {
	var out []preset[P]
	for _, p := range list() {
		if _, err := lookup(p.Name); err != nil {
			continue
		}
		name := p.Name
		out = append(out, preset[P]{name: name, build: func() P {
			v, _ := lookup(name) // the name comes from the package's list
			return v
		}})
	}
	return out
}

// typed narrows a lookup returning any to the presets of type P.
func typed[P policy](lookup func(string) (any, error)) func(string) (P, error) {
	return func(name string) (P, error) {
		var zero P
		v, err := lookup(name)
		if err != nil {
			return zero, err
		}
		p, ok := v.(P)
		if !ok {
			return zero, union.Invalid("preset", "invalid.unknown", name)
		}
		return p, nil
	}
}

// The preset sets of the subcommands.
var (
	duesPresets = presetSet[dues.Policy]{kind: "dues", def: "national",
		presets: packagePresets("", "national", dues.PresetPolicy, dues.NationalTimeline)}
	fundsPresets = presetSet[dues.Funds]{kind: "funds", def: "national",
		presets: packagePresets("funds.", "national", dues.PresetFunds, dues.NationalFundsTimeline)}
	schemePresets = presetSet[dues.Scheme]{kind: "allocate", def: "standard",
		presets: packagePresets("scheme.", "", dues.PresetScheme, nil)}
	congressPresets = presetSet[democracy.Rules]{kind: "congress", def: "enterprise", presets: withTimeline(
		listed(democracy.Presets, democracy.Preset), "enterprise", democracy.EnterpriseTimeline)}
	electionPresets = presetSet[democracy.ElectionRules]{kind: "election", def: "union_election", presets: withTimeline(
		listed(democracy.Presets, democracy.ElectionPreset), "union_election", democracy.ElectionTimeline)}
	rankPresets = presetSet[competition.Scheme]{kind: "rank",
		presets: listed(competition.Presets, typed[competition.Scheme](competition.Preset))}
	awardPresets = presetSet[competition.AwardPlan]{kind: "award",
		presets: listed(competition.Presets, typed[competition.AwardPlan](competition.Preset))}
	consultPresets = presetSet[democracy.ConsultationRules]{kind: "consult",
		presets: listed(democracy.ConsultationPresetList, democracy.ConsultationPreset)}
	proposalPresets = presetSet[democracy.ProposalRules]{kind: "proposals",
		presets: listed(democracy.ProposalPresetList, democracy.ProposalPreset)}
	mutualPresets = presetSet[assistance.MutualPlan]{kind: "mutual",
		presets: listed(assistance.MutualPresets, assistance.MutualPreset)}
	homePresets = presetSet[competition.HomeSheet]{kind: "home",
		presets: listed(competition.HomePresets, competition.HomeSheetPreset)}
	homeTitlePresets = presetSet[competition.HomeTitleRule]{kind: "home_title",
		presets: listed(competition.HomePresets, homeTitlePreset)}
)

// homeTitlePreset returns the 职工之家 title rule called name: the
// competition package lists it among its HomePresets, built by
// HomeNationalTitle.
func homeTitlePreset(name string) (competition.HomeTitleRule, error) {
	if r := competition.HomeNationalTitle(); r.Name == name {
		return r, nil
	}
	return competition.HomeTitleRule{}, union.Invalid("preset", "invalid.unknown", name)
}

// packagePresets lists the dues package's presets whose names start with
// prefix (dues.Presets), built by the package's lookup; the preset called
// withTimeline takes the rule of the month from timeline.
func packagePresets[P policy](prefix, withTimeline string, lookup func(string) (P, error), timeline func() union.Timeline[P]) []preset[P] {
	var out []preset[P]
	for _, p := range dues.Presets() {
		name, ok := strings.CutPrefix(p.Name, prefix)
		if !ok || prefix == "" && strings.Contains(name, ".") {
			continue
		}
		pr := preset[P]{name: name, build: func() P {
			v, _ := lookup(p.Name) // the name comes from Presets
			return v
		}}
		if name == withTimeline {
			pr.timeline = timeline
		}
		out = append(out, pr)
	}
	return out
}

// withTimeline gives the preset called name its timeline.
func withTimeline[P policy](ps []preset[P], name string, t func() union.Timeline[P]) []preset[P] {
	for i := range ps {
		if ps[i].name == name {
			ps[i].timeline = t
		}
	}
	return ps
}

// assistPresets are the hardship rules (assistance.Presets) for a place
// whose 低保 (minimum living standard, per person per month) is
// minimumLiving.
func assistPresets(minimumLiving decimal.Decimal) presetSet[assistance.Rules] {
	set := presetSet[assistance.Rules]{kind: "assist", def: "standard"}
	for _, p := range assistance.Presets() {
		name := p.Name
		set.presets = append(set.presets, preset[assistance.Rules]{name: name, build: func() assistance.Rules {
			r, err := assistance.Preset(name, minimumLiving)
			if err != nil {
				return assistance.Rules{} // not reached: the name comes from Presets
			}
			return r
		}})
	}
	return set
}

// presetInfo describes one preset for GET /v1/presets and `gonghui presets`.
type presetInfo struct {
	// Kind is the subcommand (and endpoint) whose -policy the preset fits.
	Kind string `json:"kind"`
	// Name is the preset's name.
	Name string `json:"name"`
	// Document is the source the preset encodes.
	Document string `json:"document"`
	// Effective is the months the preset is in force.
	Effective union.Effective `json:"effective"`
}

// presetsBody is the answer of GET /v1/presets.
type presetsBody struct {
	Presets []presetInfo `json:"presets"`
}

// policyHead is the part of a policy's JSON every preset listing needs.
type policyHead struct {
	Source    string          `json:"source"`
	Effective union.Effective `json:"effective"`
}

// headOf reads a policy's source and effective months from its JSON.
func headOf(p any) policyHead {
	var h policyHead
	if b, err := json.Marshal(p); err == nil {
		_ = json.Unmarshal(b, &h)
	}
	return h
}

// infos lists a preset set; a preset with a timeline is listed once per
// entry of the timeline, under its name.
func infos[P policy](s presetSet[P]) []presetInfo {
	var out []presetInfo
	for _, p := range s.presets {
		if p.timeline != nil {
			for _, d := range p.timeline().Entries() {
				out = append(out, presetInfo{Kind: s.kind, Name: p.name, Document: headOf(d.Policy).Source, Effective: d.Effective})
			}
			continue
		}
		h := headOf(p.build())
		out = append(out, presetInfo{Kind: s.kind, Name: p.name, Document: h.Source, Effective: h.Effective})
	}
	return out
}

// allPresets lists every preset of every subcommand.
func allPresets() presetsBody {
	var out []presetInfo
	out = append(out, infos(duesPresets)...)
	out = append(out, infos(fundsPresets)...)
	out = append(out, infos(schemePresets)...)
	out = append(out, infos(assistPresets(decimal.NewFromInt(1000)))...)
	out = append(out, infos(congressPresets)...)
	out = append(out, infos(electionPresets)...)
	out = append(out, infos(rankPresets)...)
	out = append(out, infos(awardPresets)...)
	out = append(out, infos(consultPresets)...)
	out = append(out, infos(proposalPresets)...)
	out = append(out, infos(mutualPresets)...)
	out = append(out, infos(homePresets)...)
	out = append(out, infos(homeTitlePresets)...)
	return presetsBody{Presets: out}
}
