package union

import "golang.org/x/text/language"

// LocalizedReason is a Reason written with its text in one language beside
// the code, for a front end or an ERP that shows reasons without holding the
// message catalogue:
//
//	{"code": "dues.exempt.retired", "source": "中国工会章程 第八条",
//	 "text": "退休会员免交会费"}
//
// Code, Args and Source are the Reason's, so a reader that knows the codes
// loses nothing; Text is for people and never read back. Reason's own JSON
// form (code, args, source) is unchanged.
type LocalizedReason struct {
	// Code is the stable machine code.
	Code string `json:"code"`
	// Args are the values the text refers to.
	Args []string `json:"args,omitempty"`
	// Source cites the rule: document and article.
	Source string `json:"source,omitempty"`
	// Text is the reason in the language asked for (Reason.Text).
	Text string `json:"text"`
}

// Localized returns r with its text in the language that best matches tag
// (see Reason.Text). Its Args do not share memory with r's.
func (r Reason) Localized(tag language.Tag) LocalizedReason {
	var args []string
	if len(r.Args) > 0 {
		args = append([]string(nil), r.Args...)
	}
	return LocalizedReason{Code: r.Code, Args: args, Source: r.Source, Text: r.Text(tag)}
}

// Reason returns the Reason the localized one was written from (without its text).
func (l LocalizedReason) Reason() Reason {
	var args []string
	if len(l.Args) > 0 {
		args = append([]string(nil), l.Args...)
	}
	return Reason{Code: l.Code, Args: args, Source: l.Source}
}

// LocalizeReasons returns Localized(tag) of each reason, in order; nil for none.
func LocalizeReasons(reasons []Reason, tag language.Tag) []LocalizedReason {
	if len(reasons) == 0 {
		return nil
	}
	out := make([]LocalizedReason, len(reasons))
	for i, r := range reasons {
		out[i] = r.Localized(tag)
	}
	return out
}
