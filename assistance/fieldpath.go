package assistance

import (
	"strconv"
	"strings"
)

// path is a field path built only when a problem is reported, so validating
// good input allocates nothing: {parent: household, name: persons, index: 2}
// prints as "household.persons[2]".
type path struct {
	parent *path
	name   string
	index  int // -1 for no index
}

// root is the empty path.
var root = path{index: -1}

// child returns the path of a named field below p.
func (p *path) child(name string) path { return path{parent: p, name: name, index: -1} }

// item returns the path of an element of the list field name below p.
func (p *path) item(name string, i int) path { return path{parent: p, name: name, index: i} }

// String prints the path, e.g. "household.persons[2].age".
func (p *path) String() string {
	var b strings.Builder
	p.write(&b)
	return b.String()
}

func (p *path) write(b *strings.Builder) {
	if p == nil {
		return
	}
	p.parent.write(b)
	if p.name != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.name)
	}
	if p.index >= 0 {
		b.WriteByte('[')
		b.WriteString(strconv.Itoa(p.index))
		b.WriteByte(']')
	}
}
