package democracy

import "github.com/gonghui/gonghui/union"

// Decide and Plan are allocation-free (the issue asks for it), yet their
// results carry []union.Reason with sources taken from the policy. The
// trick: their reasons carry no Args (the numbers are fields of Decision and
// Plan), so a list of reasons is fully described by its codes and sources.
// Every list the presets can produce is built once, when the package is
// loaded, and shared read-only: Decide and Plan look the list up by its
// (code, source) pairs and return the shared slice. A policy whose sources
// differ from every preset's (a caller's own statute) gets a freshly built
// slice: one allocation, same content.
//
// Callers must not modify the elements of a returned Reasons slice; append
// is safe (the shared slices are full: len == cap).

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

// reasons returns the shared slice for the key, or a fresh one for a key no
// preset produces.
func (k *reasonKey) reasons() []union.Reason {
	if s, ok := sharedReasons[*k]; ok {
		return s
	}
	return k.build()
}

// sharedReasons holds every reason list the presets produce. It is built
// once at package load and never written afterwards.
var sharedReasons = buildSharedReasons()

func buildSharedReasons() map[reasonKey][]union.Reason {
	m := map[reasonKey][]union.Reason{}
	put := func(k reasonKey) {
		if _, ok := m[k]; !ok {
			m[k] = k.build()
		}
	}
	for _, r := range Presets() {
		for fc := 0; fc < formCases; fc++ {
			for pc := presidiumSingleChair; pc < presidiumCases; pc++ {
				put(r.planKeyOf(fc, false, pc))
				put(r.planKeyOf(fc, true, pc))
			}
		}
		for _, kind := range []Matter{MatterVote, MatterAdopt, MatterAdvise, MatterElect} {
			for _, o := range []struct{ quorate, passed, against bool }{
				{false, false, false}, {false, false, true},
				{true, false, false}, {true, false, true},
				{true, true, false}, {true, true, true},
			} {
				put(r.decisionKey(kind, o.quorate, o.passed, o.against))
			}
		}
		for _, ok := range []bool{false, true} {
			put(r.extraSessionKey(ok))
		}
	}
	return m
}
