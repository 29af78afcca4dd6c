package democracy

import "github.com/gonghui/gonghui/union"

// Decide and Plan describe their reasons by a reasonKey: their reasons carry
// no Args (the numbers are fields of Decision and Plan), so a list of reasons
// is fully described by its (code, source) pairs. Every call builds a fresh
// slice from the key (one allocation): a result never shares memory with
// package state or with another result, so a caller may change or append
// to it freely.

// maxKeyReasons is the longest reason list of Decide and Plan.
const maxKeyReasons = 8

// reasonPair is one reason without arguments.
type reasonPair struct{ code, source string }

// reasonKey describes a reason list by its pairs; it is a comparable value,
// usable as a map key without allocating.
type reasonKey struct {
	n     int
	pairs [maxKeyReasons]reasonPair
}

// add appends a reason to the key; beyond maxKeyReasons it is dropped (the
// key builders never produce that many).
func (k *reasonKey) add(code, source string) {
	if k.n < maxKeyReasons {
		k.pairs[k.n] = reasonPair{code, cite(source)}
		k.n++
	}
}

// build returns a fresh slice of the reasons the key describes.
func (k *reasonKey) build() []union.Reason {
	out := make([]union.Reason, k.n)
	for i := 0; i < k.n; i++ {
		out[i] = union.Reason{Code: k.pairs[i].code, Source: k.pairs[i].source}
	}
	return out
}

// reasons returns a fresh slice of the reasons the key describes.
func (k *reasonKey) reasons() []union.Reason { return k.build() }
