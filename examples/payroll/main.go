// Command payroll runs a month of union dues for a sample payroll of a few
// hundred members across sectors — with retired and unemployed members,
// apprentices, members without a fixed income and two bad records — and
// prints the per-member table (the first rows), the totals by sector and by
// status, the employer's union funds and how they are allocated, in the
// language -lang picks.
//
//	go run ./examples/payroll -lang en
package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/examples/internal/cli"
	"github.com/gonghui/gonghui/union"
)

func main() { cli.Main("payroll", run) }

// month is the month the sample payroll is for.
var month = union.Period{Year: 2026, Month: 3}

// shownRows is how many members the table lists; the totals cover them all.
const shownRows = 20

// label returns one of the program's headings in the language of tag.
func label(tag language.Tag, code string, args ...string) string {
	return headings.Text(tag, code, args...)
}

// run prints the month's dues, funds and allocation.
func run(w io.Writer, tag language.Tag) error {
	members := sample()
	policy, err := dues.NationalTimeline().At(month)
	if err != nil {
		return err
	}
	batch := policy.AssessAll(members)

	fmt.Fprintln(w, label(tag, "dues.label.title", month.String()))
	fmt.Fprintln(w, label(tag, "dues.label.source", policy.Source))
	fmt.Fprintln(w, label(tag, "dues.label.rows", strconv.Itoa(len(members)), strconv.Itoa(shownRows)))
	fmt.Fprintln(w, strings.Join([]string{label(tag, "dues.label.member"), label(tag, "dues.label.sector"),
		label(tag, "dues.label.status"), label(tag, "dues.label.class"), label(tag, "dues.label.base"),
		label(tag, "dues.label.amount"), label(tag, "dues.label.note")}, " | "))
	for i, it := range batch.Items[:shownRows] {
		if it.Err != nil {
			fmt.Fprintf(w, "%s | %s\n", members[i].ID, union.ErrorText(it.Err, tag))
			continue
		}
		note := "-"
		if it.Exempt || it.Flat {
			note = it.Reasons[len(it.Reasons)-1].Text(tag)
		} else if it.Reasons[0].Code == "dues.reference.previous_month" {
			note = it.Reasons[0].Text(tag)
		}
		fmt.Fprintf(w, "%s | %s | %s | %s | %s | %s | %s\n", it.MemberID, it.Sector.Text(tag), it.Status.Text(tag),
			it.Class.Text(tag), union.FormatCNY(it.Base, tag), union.FormatCNY(it.Amount, tag), note)
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, label(tag, "dues.label.errors"))
	for i, it := range batch.Items {
		if it.Err != nil {
			fmt.Fprintf(w, "  %s\n", union.ErrorText(union.Prefix(union.Indexed("members", i), it.Err), tag))
		}
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, label(tag, "dues.label.totals", strconv.Itoa(batch.Paying), strconv.Itoa(batch.Exempt),
		strconv.Itoa(batch.Failed), union.FormatCNY(batch.Total, tag)))
	fmt.Fprintln(w, label(tag, "dues.label.by_sector"))
	for _, s := range batch.BySector {
		fmt.Fprintln(w, "  "+label(tag, "dues.label.subtotal", s.Sector.Text(tag), strconv.Itoa(s.Members),
			strconv.Itoa(s.Paying), strconv.Itoa(s.Exempt), union.FormatCNY(s.Amount, tag)))
	}
	fmt.Fprintln(w, label(tag, "dues.label.by_status"))
	for _, s := range batch.ByStatus {
		fmt.Fprintln(w, "  "+label(tag, "dues.label.subtotal", s.Status.Text(tag), strconv.Itoa(s.Members),
			strconv.Itoa(s.Paying), strconv.Itoa(s.Exempt), union.FormatCNY(s.Amount, tag)))
	}

	// The employer's union funds: 2% of the whole wage bill (bonuses and
	// allowances included), Beijing's rule, collected by the tax authority.
	funds := dues.Beijing2015()
	employer := dues.Employer{ID: "ACME", Payroll: wageBill(members), Headcount: len(members), HasUnion: true}
	fa, err := funds.Assess(employer, month)
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, label(tag, "dues.label.funds", union.FormatCNY(fa.Base, tag), union.FormatCNY(fa.Amount, tag), fa.Kind.Text(tag)))
	for _, r := range fa.Reasons {
		fmt.Fprintf(w, "  %s — %s\n", r.Text(tag), r.Source)
	}
	late, err := funds.Late(fa.Amount, 10)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "  "+label(tag, "dues.label.late", strconv.Itoa(late.Days), union.FormatCNY(late.Fee, tag)))

	scheme := dues.MultiLevel(decimal.NewFromInt(50), decimal.NewFromInt(25), decimal.NewFromInt(20), decimal.NewFromInt(5))
	col, err := scheme.Collect(fa.Amount, dues.TaxFull)
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, label(tag, "dues.label.allocation")+" — "+col.Collection.Text(tag))
	for _, a := range col.Allocations {
		name := dues.PartyText(a.Party, tag)
		if a.Via != "" {
			name = dues.PartyText(a.Via, tag) + " / " + name
		}
		fmt.Fprintln(w, "  "+label(tag, "dues.label.share", name, union.FormatCNY(a.Amount, tag)))
	}
	for _, r := range col.Reasons {
		fmt.Fprintln(w, "  "+r.Text(tag))
	}
	return nil
}

// wageBill sums every wage item of every member: the 工资总额 the funds are
// computed on (国家统计局令第1号 第四条: bonuses and allowances included).
// Bad amounts are left out.
func wageBill(ms []dues.Member) decimal.Decimal {
	sum := decimal.Zero
	for _, m := range ms {
		for _, v := range m.Wages {
			if v.Sign() > 0 {
				sum = sum.Add(v)
			}
		}
	}
	return sum
}
