package assistance

// OwnRule is the Source of the reasons that rules of the caller's own give:
// Rules.Source, Band.Source and Aid.Source are optional, so a rule set built
// from scratch needs no citation. When Rules.Source is empty, every reason
// the rules give cites OwnRule instead of the documents the presets rest on
// (a caller's own 80% test is not 青岛市总工会's); a Band or an Aid table
// without a Source cites the rules' Source, or OwnRule when that is empty
// too. Presets cite their documents and keep doing so when adjusted.
//
// Such rules also end their reasons with one coded "assistance.own_rule",
// whose text says so in the reader's language.
const OwnRule = "调用方自定规则（未注明依据）"

// codeOwnRule is the reason that ends the reasons of the caller's own rules.
const codeOwnRule = "assistance.own_rule"

// cite returns the library's source s for a reason, or OwnRule when the
// rules are the caller's own (no Source).
func (r *Rules) cite(s string) string {
	if r.Source == "" {
		return OwnRule
	}
	return s
}

// rulesSource is the rules' Source, or OwnRule when it is empty.
func (r *Rules) rulesSource() string { return r.cite(r.Source) }

// aidSource is the aid table's Source, or the rules' when it is empty.
func (r *Rules) aidSource() string {
	if r.Aid.Source != "" {
		return r.Aid.Source
	}
	return r.rulesSource()
}
