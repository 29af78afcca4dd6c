package union

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
)

// FieldLabel returns the label of a field path for people, in the language
// that best matches tag, as FieldError.Text shows it: 基本工资 rather than
// wages.basic.
//
// Labels are registered codes "field.<name>" (see Messages): a package adds
// one for each field of its inputs and policies in its messages file, e.g.
// "field.wages.basic" 基本工资 in dues. The path's indices are set aside
// ("members[17].wages.basic" is looked up as members.wages.basic) and the
// longest suffix with a label wins: "field.members.wages.basic", then
// "field.wages.basic", then "field.basic". What comes before that suffix is
// labelled the same way, a part at a time, and a part without any label
// keeps its name. Indices stay where they were, after the label of their part:
// with "field.resident_id" 公民身份号码 and no label for rows,
// "rows[17].resident_id" reads rows[17]的公民身份号码 in zh-Hans and
// "rows[17] › resident ID number" in English, and with "field.wages" 工资,
// "wages[奖金]" reads 工资[奖金]. A path without any label comes back as it
// is; "" stays "".
//
// A label of one name applies wherever that name ends a path or part of
// one, in every package: "field.members" labels dues' members[17] as well as
// a democracy count. Give one-name labels only to names that mean the same
// everywhere ("period", "amount", "resident_id"), and longer ones
// ("wages.basic", "rules.members") otherwise.
func FieldLabel(tag language.Tag, path string) string {
	if path == "" {
		return ""
	}
	segs := splitFieldPath(path)
	i := matchIndex(tag)
	parts := labelSegments(segs, i)
	return strings.Join(parts, Label(catalog.Languages()[i], "field.separator"))
}

// fieldSegment is one dotted part of a field path: its name and the indices
// written after it ("[17]", "[奖金]").
type fieldSegment struct {
	name, index string
}

// splitFieldPath cuts "members[17].wages.basic" into members+[17], wages,
// basic. A dot inside brackets (a map key) does not cut.
func splitFieldPath(path string) []fieldSegment {
	var segs []fieldSegment
	depth, start := 0, 0
	flush := func(s string) {
		name, index := s, ""
		if k := strings.IndexByte(s, '['); k >= 0 {
			name, index = s[:k], s[k:]
		}
		segs = append(segs, fieldSegment{name: name, index: index})
	}
	for k := 0; k < len(path); k++ {
		switch path[k] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '.':
			if depth == 0 {
				flush(path[start:k])
				start = k + 1
			}
		}
	}
	flush(path[start:])
	return segs
}

// labelSegments labels segs in the language of index lang: the longest
// suffix with a label, then what is before it the same way. Runs of parts
// without a label are joined with dots, as in the path.
func labelSegments(segs []fieldSegment, lang int) []string {
	if len(segs) == 0 {
		return nil
	}
	for k := 0; k < len(segs); k++ {
		var code strings.Builder
		code.WriteString("field")
		for _, s := range segs[k:] {
			code.WriteByte('.')
			code.WriteString(s.name)
		}
		m, ok := lookup(code.String())
		if !ok {
			continue
		}
		label := [...]string{m.Hans, m.Hant, m.En}[lang]
		for _, s := range segs[k:] {
			label += s.index
		}
		return append(labelSegments(segs[:k], lang), label)
	}
	// No suffix has a label: keep the path, with its last part's indices.
	return []string{joinSegments(segs)}
}

// joinSegments writes segments back as a path.
func joinSegments(segs []fieldSegment) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
		b.WriteString(s.index)
	}
	return b.String()
}
