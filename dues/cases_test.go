package dues

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/internal/casefile"
	"github.com/gonghui/gonghui/union"
)

// Worked examples as data: every testdata/cases/*.json file that belongs to
// no other test is one case in the format of package casefile (which also
// handles known_defect). The policy is decoded as
// a policy file is (DecodePolicy, DecodeFunds or DecodeScheme: a preset
// name with overrides, or a full policy), the members and employers as
// DecodeMembers and DecodeEmployers read them, so each case also crosses
// the JSON boundary. Money is compared as fixed strings with two decimals.
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
	casefile.Run(t, casefile.Load(t, os.DirFS(filepath.Join("testdata", "cases")),
		"mutual_*", "home_*", "consultation_*", "proposal_*"), caseKinds)
}

// fixed2 renders an amount as the cases write it.
func fixed2(v decimal.Decimal) string { return v.StringFixed(2) }

// caseKinds maps each kind to its runner.
var caseKinds = casefile.Kinds{
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

func (w wantAssessment) check(d *casefile.Diffs, at string, a Assessment) {
	d.Eq(at+".id", w.ID, a.MemberID)
	d.Eq(at+".base", w.Base, fixed2(a.Base))
	d.Eq(at+".rate", w.Rate, a.Rate.String())
	d.Eq(at+".amount", w.Amount, fixed2(a.Amount))
	d.EqBool(at+".exempt", w.Exempt, a.Exempt)
	d.EqBool(at+".flat", w.Flat, a.Flat)
}

func runAssess(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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

func runAssessPeriod(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
	d.EqInt("months", want.Months, pa.Months)
	want.Monthly.check(d, "monthly", pa.Monthly)
	d.Eq("amount", want.Amount, fixed2(pa.Amount))
}

func runFundsAssess(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
	d.Eq("kind", want.Kind, fa.Kind.String())
	d.Eq("base", want.Base, fixed2(fa.Base))
	d.Eq("amount", want.Amount, fixed2(fa.Amount))
	d.EqBool("refundable", want.Refundable, fa.Refundable)
}

func runLateFee(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
	d.Eq("fee", want.Fee, fixed2(lc.Fee))
	d.EqBool("capped", want.Capped, lc.Capped)
}

func runAnnualDeductible(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
	d.Eq("paid", want.Paid, fixed2(paid))
	d.Eq("monthly", want.Monthly, fixed2(monthly))
	d.Eq("annual", want.Annual, fixed2(annual))
}

func runCollect(t *testing.T, c *casefile.Case, d *casefile.Diffs) {
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
		d.Eq(fmt.Sprintf("allocations[%d].party", i), &a.Party, got.Allocations[i].Party)
		d.Eq(fmt.Sprintf("allocations[%d].amount", i), &a.Amount, fixed2(got.Allocations[i].Amount))
	}
	d.Eq("to_collector", want.ToCollector, fixed2(got.ToCollector))
	d.Eq("returned", want.Returned, fixed2(got.Returned))
	d.Eq("kept", want.Kept, fixed2(got.Kept))
}
