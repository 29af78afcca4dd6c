package main

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// duesPart shows the dues package at work: one member's monthly dues under
// the national rule with its reasons, the employer's 2% union funds for the
// month, and their 60/40 allocation.
func duesPart(w io.Writer, tag language.Tag) error {
	member := dues.Member{ID: "E001", Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{
		dues.BasicWage: decimal.RequireFromString("2800.00"), dues.SkillWage: decimal.RequireFromString("289.99"),
		dues.Bonus: decimal.RequireFromString("1200.00"),
	}}
	a, err := dues.National().Assess(member)
	if err != nil {
		return err
	}
	line := func(code string, args ...string) string {
		return headings.Text(tag, code, args...)
	}
	fmt.Fprintln(w, line("dues.label.quickstart"))
	fmt.Fprintln(w, line("dues.label.dues_line", a.MemberID, union.FormatCNY(a.Base, tag), union.FormatCNY(a.Amount, tag)))
	for _, r := range a.Reasons {
		fmt.Fprintf(w, "  %s — %s\n", r.Text(tag), r.Source)
	}

	month := union.Period{Year: 2026, Month: 3}
	funds, err := dues.NationalFunds().Assess(dues.Employer{ID: "ACME", Payroll: decimal.RequireFromString("800000"), HasUnion: true}, month)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, line("dues.label.funds", union.FormatCNY(funds.Base, tag), union.FormatCNY(funds.Amount, tag), funds.Kind.Text(tag)))
	fmt.Fprintf(w, "  %s — %s\n", funds.Reasons[0].Text(tag), funds.Reasons[0].Source)
	shares, err := dues.Standard().Allocate(funds.Amount)
	if err != nil {
		return err
	}
	for _, s := range shares {
		fmt.Fprintln(w, "  "+line("dues.label.share", dues.PartyText(s.Party, tag), union.FormatCNY(s.Amount, tag)))
	}
	return nil
}
