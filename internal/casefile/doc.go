// Package casefile runs worked examples kept as data: the testdata/cases/*.json
// files of the domain packages, each one case
//
//	{"name": …, "source": document and article, or publisher and date,
//	 "derivation": how the expected figures follow (optional),
//	 "kind": …, "policy": …, "input": …, "want": …,
//	 "known_defect": what the library gets wrong (optional)}
//
// Load reads the files strictly (an unknown key fails the file) and Run runs
// each case by its kind, collecting mismatches in Diffs. A case with
// known_defect logs its mismatches instead of failing, and fails once the
// library gets it right (remove the field then).
//
// It is test support, imported only by _test.go files. It imports no gonghui
// package and does no I/O of its own: the files come in as an fs.FS.
package casefile
