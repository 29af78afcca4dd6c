package union

import (
	"strings"

	"golang.org/x/text/language"
)

// Reason is one step of a decision's explanation: a stable machine code
// ("dues.exempt.retired"), the arguments its text needs, and the document and
// article the rule rests on.
//
// Codes never change once published; systems may store and match them. The
// text for a code comes from the module's catalogue of codes (Messages) in
// zh-Hans, zh-Hant and en.
type Reason struct {
	// Code is the stable machine code, e.g. "dues.exempt.retired".
	Code string `json:"code"`
	// Args are the values the text refers to, already formatted (decimals as
	// plain strings such as "12.50").
	Args []string `json:"args,omitempty"`
	// Source cites the rule: document and article, e.g. "中国工会章程 第八条".
	Source string `json:"source,omitempty"`
}

// NewReason returns a Reason with the given code, source and arguments.
func NewReason(code, source string, args ...string) Reason {
	return Reason{Code: code, Args: args, Source: source}
}

// Text returns the reason in the language that best matches tag: zh-Hans,
// zh-Hant (also for zh-TW, zh-HK, zh-MO) or en; anything else falls back to
// zh-Hans. An unknown code yields the code and its arguments, never an empty string.
func (r Reason) Text(tag language.Tag) string {
	if _, ok := lookup(r.Code); !ok {
		return r.String()
	}
	if r.Code == "invalid.enum" { // Args are the enum's prefix and words: list them
		return printerFor(tag).Sprintf(r.Code, enumList(tag, r.Args))
	}
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		args[i] = a
	}
	return printerFor(tag).Sprintf(r.Code, args...)
}

// String returns the code with its arguments, e.g. "dues.base(3000)", for logs.
func (r Reason) String() string {
	if len(r.Args) == 0 {
		return r.Code
	}
	return r.Code + "(" + strings.Join(r.Args, ", ") + ")"
}

// Codes returns the codes of reasons in order, for tests and logs.
func Codes(reasons []Reason) []string {
	out := make([]string, len(reasons))
	for i, r := range reasons {
		out[i] = r.Code
	}
	return out
}
