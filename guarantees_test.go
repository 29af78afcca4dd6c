package gonghui_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
)

// libraryPackages are the folders whose promises these tests hold.
var libraryPackages = []string{"union", "dues", "assistance", "democracy", "competition",
	"internal/catalog", "internal/catalog/catalogtest", "internal/chunk", "internal/enum", "internal/exact", "internal/casefile"}

// parsed is one package's files, split into library and test files.
type parsed struct {
	fset  *token.FileSet
	lib   map[string]*ast.File
	tests map[string]*ast.File
}

func parsePackage(t *testing.T, dir string) parsed {
	t.Helper()
	p := parsed{fset: token.NewFileSet(), lib: map[string]*ast.File{}, tests: map[string]*ast.File{}}
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		f, err := parser.ParseFile(p.fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if strings.HasSuffix(name, "_test.go") {
			p.tests[name] = f
		} else {
			p.lib[name] = f
		}
	}
	return p
}

// sortedFiles returns the files of m in name order, so failures list stably.
func sortedFiles(m map[string]*ast.File) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// receiverName returns the type name of a method's receiver ("Policy" for (p *Policy)).
func receiverName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	expr := fd.Recv.List[0].Type
	if s, ok := expr.(*ast.StarExpr); ok {
		expr = s.X
	}
	switch e := expr.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr: // generic receiver T[P]
		if id, ok := e.X.(*ast.Ident); ok {
			return id.Name
		}
	case *ast.IndexListExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// TestExportedIdentifiersHaveDocComments walks every library package and fails
// for an exported function, method, type, constant, variable or struct field
// without a doc comment (a line comment counts for constants and fields).
func TestExportedIdentifiersHaveDocComments(t *testing.T) {
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		for _, name := range sortedFiles(p.lib) {
			f := p.lib[name]
			missing := func(pos token.Pos, what string) {
				t.Errorf("%s: exported %s has no doc comment", p.fset.Position(pos), what)
			}
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					if recv := receiverName(d); d.Recv != nil && !ast.IsExported(recv) {
						continue
					}
					if d.Doc == nil {
						missing(d.Pos(), "func "+d.Name.Name)
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch s := spec.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							if s.Doc == nil && (d.Doc == nil || d.Lparen.IsValid()) {
								missing(s.Pos(), "type "+s.Name.Name)
							}
							if st, ok := s.Type.(*ast.StructType); ok {
								for _, fld := range st.Fields.List {
									for _, n := range fld.Names {
										if n.IsExported() && fld.Doc == nil && fld.Comment == nil {
											missing(n.Pos(), "field "+s.Name.Name+"."+n.Name)
										}
									}
								}
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
									missing(n.Pos(), "name "+n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
}

// entryPoints names, per package, the functions and methods callers start
// from (the names api_test.go holds and the root doc.go tour): each needs a runnable Example with an
// // Output: comment, named Example<Func> or Example<Type>_<Method>
// (optionally with a _case suffix).
var entryPoints = map[string][]string{
	"union": {"Split", "Uppercase", "UppercaseWith", "ParseUppercase", "FormatCNY", "ParsePeriod", "NewTimeline",
		"Timeline.At", "ParseResidentID", "ResidentID.AgeAt", "ParseCreditCode", "ParseRegion", "Rounding.Round",
		"Reason.Text", "FieldError.Text", "FieldErrors", "Label", "MatchLanguage",
		"DecodeJSON", "ParseDecimal", "CheckDecimal", "CheckCount", "ErrorsJSON", "ErrorFromJSON", "Period.Validate", "Reason.Localized"},
	"dues": {"National", "NationalTimeline", "Policy.Assess", "Policy.AssessAll", "Policy.AssessPeriod",
		"Policy.Arrears", "Batch.Merge", "NationalFunds", "NationalFundsTimeline", "Funds.Assess", "Funds.Due",
		"Funds.LateFee", "Scheme.Allocate", "Scheme.Collect", "ParseWageItem", "Funds.AnnualDeductible", "DecodeMembers",
		"DecodePolicy", "Presets", "PresetPolicy", "NewCSVReader", "Policy.AssessCSV", "Policy.AssessRecords", "NewCompactWriter",
		"ReadCompact", "Batch.MarshalJSONText"},
	"assistance": {"Standard", "Generation1", "Hubei2024", "Shanghai2019", "Yearly", "History",
		"Rules.Assess", "Rules.AssessAll", "Rules.Review", "Presets", "Preset", "DecodeApplicants", "Rules.AssessJSON",
		"MutualPlan.Claim", "MutualPlan.ClaimAll", "MutualPlan.CheckUnit", "MutualPlan.ContributionFor", "MutualPresets"},
	"democracy": {"Threshold.Required", "Enterprise", "EnterpriseTimeline", "Rules.Plan", "Apportion", "ApportionBy",
		"Rules.Check", "Rules.CheckPresidium", "Rules.Decide", "Rules.DecideMatter", "Rules.CallSession", "UnionElection",
		"ElectionRules.RecallChair", "Election.Count", "Election.Next", "Presets", "Preset", "ParseDate", "Calendar.Deadline",
		"NewRatio", "ConsultationRules.CheckNegotiators", "ConsultationRules.Schedule", "ConsultationRules.DecideAdoption",
		"ConsultationRules.CheckTerms", "ConsultationRules.Check", "WageGuideline.Classify", "ConsultationCoverage",
		"ConsultationPresets", "ProposalRules.Qualify", "ProposalRules.Process", "ProposalPresets", "ProposalPreset"},
	"competition": {"Scheme.Rank", "Award", "Scheme.Award", "ValidateTiers", "TeamRules.RankTeams",
		"HonourRules.Check", "NominationRules.Check", "ProposalTable.Grade", "Promote", "Presets", "Preset", "DecodeEntries",
		"ProposalTable.GradeProposal", "HomeSheet.Assess", "HomeSheet.AssessAll", "HomeTitleRule.Check", "HomePresets"},
}

// TestEntryPointsHaveExamples checks that every entry point exists and has a
// runnable Example whose output is checked.
func TestEntryPointsHaveExamples(t *testing.T) {
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		declared := map[string]bool{}
		for _, f := range p.lib {
			for _, decl := range f.Decls {
				if fd, ok := decl.(*ast.FuncDecl); ok {
					name := fd.Name.Name
					if r := receiverName(fd); r != "" {
						name = r + "." + name
					}
					declared[name] = true
				}
			}
		}
		tests := make([]*ast.File, 0, len(p.tests))
		for _, name := range sortedFiles(p.tests) {
			tests = append(tests, p.tests[name])
		}
		withOutput := map[string]bool{}
		for _, ex := range doc.Examples(tests...) {
			if ex.Output != "" || ex.EmptyOutput {
				withOutput[strings.Replace(ex.Name, "_", ".", 1)] = true
			}
		}
		for _, ep := range entryPoints[dir] {
			if !declared[ep] {
				t.Errorf("%s: entry point %s is not declared", dir, ep)
				continue
			}
			if !withOutput[ep] {
				t.Errorf("%s: entry point %s has no Example with // Output:", dir, ep)
			}
		}
	}
}

// codeLiteral matches a string literal that is a reason or error code.
var codeLiteral = regexp.MustCompile(`^(union|dues|assistance|democracy|competition|invalid|policy|id|credit|region|uppercase)\.[a-z0-9_]+(\.[a-z0-9_]+)*$`)

// TestEveryCodeHasTexts finds every code-shaped string literal in library code
// and checks that the message registry has it with zh-Hans, zh-Hant and en
// text. Codes built at run time from a prefix are checked by the packages' own
// tests; this catches the common case of a literal that was never registered.
func TestEveryCodeHasTexts(t *testing.T) {
	registered := map[string]union.Message{}
	for _, m := range union.Messages() {
		registered[m.Code] = m
	}
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		for _, name := range sortedFiles(p.lib) {
			if strings.HasPrefix(filepath.Base(name), "messages") {
				continue
			}
			ast.Inspect(p.lib[name], func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil || !codeLiteral.MatchString(s) {
					return true
				}
				m, ok := registered[s]
				if !ok && isPrefix(s, registered) {
					return true // a prefix the code appends an enum word to ("competition.level" + ".gold")
				}
				switch {
				case !ok:
					t.Errorf("%s: code %q has no registered message", p.fset.Position(lit.Pos()), s)
				case m.Hans == "" || m.Hant == "" || m.En == "":
					t.Errorf("%s: code %q lacks a text in one of zh-Hans, zh-Hant, en", p.fset.Position(lit.Pos()), s)
				}
				return true
			})
		}
	}
}

// isPrefix reports whether some registered code starts with s + ".".
func isPrefix(s string, registered map[string]union.Message) bool {
	for code := range registered {
		if strings.HasPrefix(code, s+".") {
			return true
		}
	}
	return false
}

// TestReasonsCiteSources checks that every union.Reason built in library code
// names its source: a Reason composite literal must set Source, and a call of
// union.NewReason must not pass an empty source.
func TestReasonsCiteSources(t *testing.T) {
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		for _, name := range sortedFiles(p.lib) {
			// A Reason literal whose only use is .Text(tag) looks up a label
			// (an enum's name, a column heading); it is not a result's reason.
			lookups := map[ast.Expr]bool{}
			ast.Inspect(p.lib[name], func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Text" {
					x := sel.X
					for p, ok := x.(*ast.ParenExpr); ok; p, ok = x.(*ast.ParenExpr) {
						x = p.X
					}
					lookups[x] = true
				}
				return true
			})
			ast.Inspect(p.lib[name], func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.CompositeLit:
					if !isReasonType(x.Type) || len(x.Elts) == 0 || lookups[x] {
						return true
					}
					for _, e := range x.Elts {
						if kv, ok := e.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Source" {
								return true
							}
						}
					}
					if _, positional := x.Elts[0].(*ast.KeyValueExpr); positional {
						t.Errorf("%s: Reason literal without Source", p.fset.Position(x.Pos()))
					}
				case *ast.CallExpr:
					if isNewReason(x.Fun, dir) && len(x.Args) >= 2 && !lookups[x] {
						if lit, ok := x.Args[1].(*ast.BasicLit); ok && (lit.Value == `""` || lit.Value == "``") {
							t.Errorf("%s: NewReason with an empty source", p.fset.Position(x.Pos()))
						}
					}
				}
				return true
			})
		}
	}
}

// isReasonType reports whether e is union.Reason as written in a domain
// package. Inside package union, Reason{Code: …} without Source is how texts
// are looked up (enum names, error frames), so only domain packages count.
func isReasonType(e ast.Expr) bool {
	x, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := x.X.(*ast.Ident)
	return ok && id.Name == "union" && x.Sel.Name == "Reason"
}

func isNewReason(e ast.Expr, dir string) bool {
	switch x := e.(type) {
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		return ok && id.Name == "union" && x.Sel.Name == "NewReason"
	case *ast.Ident:
		return dir == "union" && x.Name == "NewReason"
	}
	return false
}

// TestLibraryIsPure fails when library code imports a package that does I/O,
// reads the clock or draws random numbers, or uses binary floating point.
func TestLibraryIsPure(t *testing.T) {
	forbidden := map[string]bool{
		"os": true, "io/ioutil": true, "net": true, "net/http": true, "math/rand": true,
		"math/rand/v2": true, "crypto/rand": true, "syscall": true, "unsafe": true, "log": true,
	}
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		for _, name := range sortedFiles(p.lib) {
			f := p.lib[name]
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if forbidden[path] {
					t.Errorf("%s: library code imports %s", p.fset.Position(imp.Pos()), path)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.Ident:
					if x.Name == "float64" || x.Name == "float32" {
						t.Errorf("%s: library code uses %s; money and scores are decimals", p.fset.Position(x.Pos()), x.Name)
					}
				case *ast.SelectorExpr:
					if id, ok := x.X.(*ast.Ident); ok && id.Name == "time" && (x.Sel.Name == "Now" || x.Sel.Name == "Since" || x.Sel.Name == "Until") {
						t.Errorf("%s: library code reads the clock (time.%s)", p.fset.Position(x.Pos()), x.Sel.Name)
					}
					if id, ok := x.X.(*ast.Ident); ok && id.Name == "decimal" && (x.Sel.Name == "DivisionPrecision" || x.Sel.Name == "MarshalJSONWithoutQuotes" || x.Sel.Name == "ExpMaxIterations") {
						t.Errorf("%s: library code touches the shopspring global decimal.%s", p.fset.Position(x.Pos()), x.Sel.Name)
					}
				}
				return true
			})
		}
	}
}

// TestImportDirections keeps the dependency graph as designed
// (as the root doc.go describes it): the internal packages import no exported
// gonghui package (only each other; internal/exact and internal/chunk import
// none at all), union imports no domain package, and no domain package
// imports another.
func TestImportDirections(t *testing.T) {
	const module = "github.com/gonghui/gonghui"
	domains := map[string]bool{"dues": true, "assistance": true, "democracy": true, "competition": true}
	for _, dir := range libraryPackages {
		p := parsePackage(t, dir)
		for _, name := range sortedFiles(p.lib) {
			for _, imp := range p.lib[name].Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				rel, ok := strings.CutPrefix(path, module+"/")
				if !ok {
					continue
				}
				switch {
				case dir == "internal/exact" || dir == "internal/chunk":
					t.Errorf("%s: %s imports %s; the kernels import no gonghui package", name, dir, path)
				case strings.HasPrefix(dir, "internal/") && !strings.HasPrefix(rel, "internal/"):
					t.Errorf("%s: %s imports %s; internal packages import no exported gonghui package", name, dir, path)
				case dir == "union" && domains[rel]:
					t.Errorf("%s: union imports the domain package %s", name, path)
				case domains[dir] && domains[rel]:
					t.Errorf("%s: domain package %s imports its sibling %s", name, dir, path)
				}
			}
		}
	}
}

// TestNoPointersOutside fails when a file of the repository points readers to
// a document that is not in it: the project's internal notes or its design
// files. Name the document and article instead, or write what readers need
// into docs/.
func TestNoPointersOutside(t *testing.T) {
	outside := regexp.MustCompile(`shared/` + `(rules|design)|\bAPI` + `\.md\b|ARCHITECTURE` + `\.md|reference A[0-9]`)
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") && name != ".ci" || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".json", ".yaml", ".yml", "":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if outside.MatchString(line) {
				t.Errorf("%s:%d points outside the repository: %s", path, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLayout keeps the top level as designed (see the root doc.go).
func TestLayout(t *testing.T) {
	for _, want := range []string{"union", "dues", "assistance", "democracy", "competition", "examples",
		"cmd/gonghui", "internal/catalog", "internal/chunk", "internal/enum", "internal/exact", "doc.go", "go.mod", "go.sum", "README.md", "README.zh-CN.md", ".ci/run"} {
		if _, err := os.Stat(want); err != nil {
			t.Errorf("missing %s", want)
		}
	}
}
