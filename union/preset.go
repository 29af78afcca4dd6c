package union

// Preset describes one named policy a package ships (a province's dues rules,
// an election's rules, an award scheme): its name, the document it follows
// and the months it is in force. Each package's Presets function lists its
// presets this way, so a caller, a configuration file or the gonghui command
// can name one ("national", "shanghai2019") and say where it comes from.
//
// Its JSON form is {"name": "national", "document": "…", "effective":
// {"from": "2010-01"}}.
type Preset struct {
	// Name is the preset's stable name, a lower-case word such as "national".
	Name string `json:"name"`
	// Document cites the rule the preset follows: document and article, e.g.
	// "全总 工发〔1978〕101号".
	Document string `json:"document"`
	// Effective is the months the preset is in force; open ends mean since
	// always or until replaced.
	Effective Effective `json:"effective"`
}
