package competition

// OwnRule is the source a reason cites when the policy it applies leaves its
// Source empty: a caller's own scheme, plan or table (an employer's 劳动竞赛
// 实施细则, a union's own award list) needs no citation, and its reasons say
// that the rule is the caller's own rather than one of the documents this
// package encodes. Presets cite every rule they encode.
const OwnRule = "调用方自定规则（未注明出处）"

// cite returns the source a reason cites: src, or OwnRule when src is empty.
func cite(src string) string {
	if src == "" {
		return OwnRule
	}
	return src
}
