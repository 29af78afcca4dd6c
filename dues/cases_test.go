package dues

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file (except those of
// other tests: names starting with mutual_, home_, consultation_ or
// proposal_) is one case,
//
//	{"name": …, "source": document and article, or publisher and date,
//	 "derivation": how the expected figures follow (optional),
//	 "kind": …, "policy": …, "input": …, "want": …,
//	 "known_defect": what the library gets wrong (optional)}
//
// read strictly (an unknown key fails the file). The policy is decoded as
// a policy file is (DecodePolicy, DecodeFunds or DecodeScheme: a preset
// name with overrides, or a full policy), the members and employers as
// DecodeMembers and DecodeEmployers read them, so each case also crosses
// the JSON boundary. Money is compared as fixed strings with two decimals.
//
// A case with known_defect logs its mismatches instead of failing, and
// fails once the library gets it right (remove the field then).
//
// The kinds (an unknown kind fails the file):
//
//   - "assess": policy DecodePolicy; input {"members": [...]}; want
//     {"members": [{"id", "base", "rate", "amount", "exempt", "flat"}]}
//     — Policy.Assess of each member, in order; a field left out of a
//     wanted member is not checked.
//   - "assess_period": policy DecodePolicy; input {"member": {...},
//     "span": {"from", "until"}}; want {"months", "monthly", "amount"} —
//     Policy.AssessPeriod.
//   - "funds_assess": policy DecodeFunds; input {"employer": {...},
//     "month"}; want {"kind", "base", "amount", "refundable"} — Funds.Assess.
//   - "late_fee": policy DecodeFunds; input {"principal", "days"}; want
//     {"fee", "capped"} — Funds.Late.
//   - "annual_deductible": policy DecodeFunds; input {"months":
//     [{"payroll", "salaries"}]}; want {"monthly", "annual"} — the sum of the
//     months' FundsAssessment.Deductible estimates, and Funds.AnnualDeductible
//     on the year's payments and salaries.
//   - "collect": policy DecodeScheme; input {"total", "collection"}; want
//     {"allocations": [{"party", "amount"}], "to_collector", "returned",
//     "kept"} — Scheme.Collect.
func TestAllCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if otherCases(filepath.Base(f)) {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			var c workedCase
			require.NoError(t, union.DecodeJSON(data, &c))
			require.NotEmpty(t, c.Name, "name")
			require.NotEmpty(t, c.Source, "source")
			run, ok := caseKinds[c.Kind]
			require.True(t, ok, "unknown kind %q", c.Kind)
			var d diffs
			run(t, &c, &d)
			d.report(t, c.KnownDefect)
		})
	}
	require.NotZero(t, n, "no cases")
}

// otherCases reports the files of other tests in the same folder.
func otherCases(name string) bool {
	for _, p := range []string{"mutual_", "home_", "consultation_", "proposal_"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// workedCase is one case file; Policy, Input and Want are read by the kind.
type workedCase struct {
	Name        string          `json:"name"`
	Source      string          `json:"source"`
	Derivation  string          `json:"derivation,omitempty"`
	Kind        string          `json:"kind"`
	KnownDefect string          `json:"known_defect,omitempty"`
	Policy      json.RawMessage `json:"policy"`
	Input       json.RawMessage `json:"input"`
	Want        json.RawMessage `json:"want"`
}

// diffs collects the mismatches of one case.
type diffs []string

// eq records a mismatch when got differs from a wanted value; a nil want is
// not checked.
func (d *diffs) eq(what string, want *string, got string) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %s, got %s", what, *want, got))
	}
}

// eqBool is eq for flags.
func (d *diffs) eqBool(what string, want *bool, got bool) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %v, got %v", what, *want, got))
	}
}

// eqInt is eq for counts.
func (d *diffs) eqInt(what string, want *int, got int) {
	if want != nil && *want != got {
		*d = append(*d, fmt.Sprintf("%s: want %d, got %d", what, *want, got))
	}
}

// report fails on the mismatches, or logs them for a known defect (and
// fails when a known defect is gone).
func (d diffs) report(t *testing.T, defect string) {
	t.Helper()
	if defect == "" {
		for _, m := range d {
			t.Error(m)
		}
		return
	}
	if len(d) == 0 {
		t.Errorf("known defect no longer shows (%s): remove known_defect", defect)
		return
	}
	t.Logf("known defect: %s", defect)
	for _, m := range d {
		t.Logf("  %s", m)
	}
}

// fixed2 renders an amount as the cases write it.
func fixed2(v decimal.Decimal) string { return v.StringFixed(2) }

// caseKinds maps each kind to its runner.
var caseKinds = map[string]func(*testing.T, *workedCase, *diffs){
	"assess":            runAssess,
	"assess_period":     runAssessPeriod,
	"funds_assess":      runFundsAssess,
	"late_fee":          runLateFee,
	"annual_deductible": runAnnualDeductible,
	"collect":           runCollect,
}

// decodeInto reads part of a case strictly.
func decodeInto(t *testing.T, what string, raw json.RawMessage, v any) {
	t.Helper()
	require.NotEmpty(t, raw, what)
	require.NoError(t, union.DecodeJSON(raw, v), what)
}

// members reads a case's members as DecodeMembers does, with no bad record.
func members(t *testing.T, raw []byte) []Member {
	t.Helper()
	ms, bad, err := DecodeMembers(raw, DecodeOptions{})
	require.NoError(t, err)
	require.Empty(t, bad)
	return ms
}

type wantAssessment struct {
	ID     *string `json:"id"`
	Base   *string `json:"base"`
	Rate   *string `json:"rate"`
	Amount *string `json:"amount"`
	Exempt *bool   `json:"exempt"`
	Flat   *bool   `json:"flat"`
}

func (w wantAssessment) check(d *diffs, at string, a Assessment) {
	d.eq(at+".id", w.ID, a.MemberID)
	d.eq(at+".base", w.Base, fixed2(a.Base))
	d.eq(at+".rate", w.Rate, a.Rate.String())
	d.eq(at+".amount", w.Amount, fixed2(a.Amount))
	d.eqBool(at+".exempt", w.Exempt, a.Exempt)
	d.eqBool(at+".flat", w.Flat, a.Flat)
}

func runAssess(t *testing.T, c *workedCase, d *diffs) {
	p, err := DecodePolicy(c.Policy)
	require.NoError(t, err)
	var in struct {
		Members json.RawMessage `json:"members"`
	}
	decodeInto(t, "input", c.Input, &in)
	ms := members(t, in.Members)
	var want struct {
		Members []wantAssessment `json:"members"`
	}
	decodeInto(t, "want", c.Want, &want)
	require.Len(t, want.Members, len(ms))
	for i, m := range ms {
		a, err := p.Assess(m)
		require.NoError(t, err, m.ID)
		want.Members[i].check(d, fmt.Sprintf("members[%d]", i), a)
	}
}

func runAssessPeriod(t *testing.T, c *workedCase, d *diffs) {
	p, err := DecodePolicy(c.Policy)
	require.NoError(t, err)
	var in struct {
		Member json.RawMessage `json:"member"`
		Span   union.Effective `json:"span"`
	}
	decodeInto(t, "input", c.Input, &in)
	ms := members(t, append(append([]byte("["), in.Member...), ']'))
	var want struct {
		Months  *int           `json:"months"`
		Monthly wantAssessment `json:"monthly"`
		Amount  *string        `json:"amount"`
	}
	decodeInto(t, "want", c.Want, &want)
	pa, err := p.AssessPeriod(ms[0], in.Span)
	require.NoError(t, err)
	d.eqInt("months", want.Months, pa.Months)
	want.Monthly.check(d, "monthly", pa.Monthly)
	d.eq("amount", want.Amount, fixed2(pa.Amount))
}

func runFundsAssess(t *testing.T, c *workedCase, d *diffs) {
	f, err := DecodeFunds(c.Policy)
	require.NoError(t, err)
	var in struct {
		Employer json.RawMessage `json:"employer"`
		Month    union.Period    `json:"month"`
	}
	decodeInto(t, "input", c.Input, &in)
	es, bad, err := DecodeEmployers(append(append([]byte("["), in.Employer...), ']'), 0)
	require.NoError(t, err)
	require.Empty(t, bad)
	var want struct {
		Kind       *string `json:"kind"`
		Base       *string `json:"base"`
		Amount     *string `json:"amount"`
		Refundable *bool   `json:"refundable"`
	}
	decodeInto(t, "want", c.Want, &want)
	fa, err := f.Assess(es[0], in.Month)
	require.NoError(t, err)
	d.eq("kind", want.Kind, fa.Kind.String())
	d.eq("base", want.Base, fixed2(fa.Base))
	d.eq("amount", want.Amount, fixed2(fa.Amount))
	d.eqBool("refundable", want.Refundable, fa.Refundable)
}

func runLateFee(t *testing.T, c *workedCase, d *diffs) {
	f, err := DecodeFunds(c.Policy)
	require.NoError(t, err)
	var in struct {
		Principal decimal.Decimal `json:"principal"`
		Days      int             `json:"days"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Fee    *string `json:"fee"`
		Capped *bool   `json:"capped"`
	}
	decodeInto(t, "want", c.Want, &want)
	lc, err := f.Late(in.Principal, in.Days)
	require.NoError(t, err)
	d.eq("fee", want.Fee, fixed2(lc.Fee))
	d.eqBool("capped", want.Capped, lc.Capped)
}

func runAnnualDeductible(t *testing.T, c *workedCase, d *diffs) {
	f, err := DecodeFunds(c.Policy)
	require.NoError(t, err)
	var in struct {
		Year   int `json:"year"`
		Months []struct {
			Payroll  decimal.Decimal `json:"payroll"`
			Salaries decimal.Decimal `json:"salaries"`
		} `json:"months"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Paid    *string `json:"paid"`
		Monthly *string `json:"monthly"`
		Annual  *string `json:"annual"`
	}
	decodeInto(t, "want", c.Want, &want)
	paid, salaries, monthly := decimal.Zero, decimal.Zero, decimal.Zero
	for i, m := range in.Months {
		e := Employer{ID: "E", Payroll: m.Payroll, Salaries: m.Salaries, Headcount: 1, HasUnion: true}
		fa, err := f.Assess(e, union.Period{Year: in.Year, Month: 1}.AddMonths(i))
		require.NoError(t, err)
		paid, salaries, monthly = paid.Add(fa.Amount), salaries.Add(m.Salaries), monthly.Add(fa.Deductible)
	}
	annual, err := f.AnnualDeductible(paid, salaries)
	require.NoError(t, err)
	d.eq("paid", want.Paid, fixed2(paid))
	d.eq("monthly", want.Monthly, fixed2(monthly))
	d.eq("annual", want.Annual, fixed2(annual))
}

func runCollect(t *testing.T, c *workedCase, d *diffs) {
	s, err := DecodeScheme(c.Policy)
	require.NoError(t, err)
	var in struct {
		Total      decimal.Decimal `json:"total"`
		Collection Collection      `json:"collection"`
	}
	decodeInto(t, "input", c.Input, &in)
	var want struct {
		Allocations []struct {
			Party  string `json:"party"`
			Amount string `json:"amount"`
		} `json:"allocations"`
		ToCollector *string `json:"to_collector"`
		Returned    *string `json:"returned"`
		Kept        *string `json:"kept"`
	}
	decodeInto(t, "want", c.Want, &want)
	got, err := s.Collect(in.Total, in.Collection)
	require.NoError(t, err)
	require.Len(t, got.Allocations, len(want.Allocations))
	for i, a := range want.Allocations {
		d.eq(fmt.Sprintf("allocations[%d].party", i), &a.Party, got.Allocations[i].Party)
		d.eq(fmt.Sprintf("allocations[%d].amount", i), &a.Amount, fixed2(got.Allocations[i].Amount))
	}
	d.eq("to_collector", want.ToCollector, fixed2(got.ToCollector))
	d.eq("returned", want.Returned, fixed2(got.Returned))
	d.eq("kept", want.Kept, fixed2(got.Kept))
}
