// Command hardship prints a hardship case sheet: a handful of households
// assessed under the Hubei rules (湖北省总工会, Wuhan 低保 940) and, where they
// already hold a file, reviewed, in the language -lang picks. Where a member
// claimed 职工医疗互助 for a hospital stay, the claim is settled first and what
// it leaves (after basic insurance, mutual aid and commercial insurance) is the
// person's self-paid medical cost hardship aid counts (上海市社会救助条例 第二十一条).
//
//	go run ./examples/hardship -lang zh-Hant
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/examples/internal/cli"
	"github.com/gonghui/gonghui/union"
)

//go:embed cases.json
var casesJSON []byte

// caseFile is the embedded sample data.
type caseFile struct {
	Rules         string          `json:"rules"`
	MinimumLiving decimal.Decimal `json:"minimum_living"`
	Cases         []struct {
		Mutual    *mutualCase          `json:"mutual"`
		Applicant assistance.Applicant `json:"applicant"`
		File      *assistance.File     `json:"file"`
	} `json:"cases"`
}

// mutualCase is a mutual-aid claim settled before hardship aid: the plan's
// preset name, the household person it is for, and the claim.
type mutualCase struct {
	Plan   string                 `json:"plan"`
	Person int                    `json:"person"`
	Claim  assistance.MutualClaim `json:"claim"`
}

func main() { cli.Main("hardship", run) }

// text is one of the program's headings in the language of tag.
func text(tag language.Tag, code string, args ...string) string {
	return headings.Text(tag, code, args...)
}

// run assesses every case and prints the sheet.
func run(w io.Writer, tag language.Tag) error {
	var data caseFile
	if err := json.Unmarshal(casesJSON, &data); err != nil {
		return err
	}
	rules := assistance.Hubei2024(data.MinimumLiving)
	applicants := make([]assistance.Applicant, len(data.Cases))
	payouts := make([]*assistance.MutualPayout, len(data.Cases))
	for i, c := range data.Cases {
		applicants[i] = c.Applicant
		if c.Mutual == nil {
			continue
		}
		// Mutual aid pays before hardship aid: settle the claim, then pass
		// what it leaves on as the person's self-paid medical cost.
		plan, err := assistance.MutualPreset(c.Mutual.Plan)
		if err != nil {
			return err
		}
		out, err := plan.Claim(c.Mutual.Claim)
		if err != nil {
			return err
		}
		payouts[i] = &out
		persons := append([]assistance.Person(nil), c.Applicant.Household.Persons...)
		persons[c.Mutual.Person].MedicalSelfPaid = out.MedicalRemaining
		applicants[i].Household.Persons = persons
	}
	batch := rules.AssessAll(applicants)

	p := &printer{w: w}
	p.line(text(tag, "assistance.sheet.title", union.Label(tag, "assistance.preset."+rules.Name), data.MinimumLiving.StringFixed(2)))
	p.line(strings.Repeat("=", 48))
	for i, c := range data.Cases {
		a := c.Applicant
		p.line("")
		p.line(text(tag, "assistance.sheet.case", strconv.Itoa(i+1), a.Worker.Name, strconv.Itoa(a.Household.Members)))
		if m := payouts[i]; m != nil {
			p.line("  " + text(tag, "assistance.mutual.sheet", c.Mutual.Plan, m.ClaimID,
				union.FormatCNY(m.Total, tag), union.FormatCNY(m.MedicalRemaining, tag)))
			for _, r := range m.Reasons {
				p.line("    - " + r.Text(tag))
			}
		}
		it := batch.Items[i]
		if it.Err != nil {
			p.line("  " + text(tag, "assistance.sheet.error", ""))
			for _, fe := range union.FieldErrors(it.Err) {
				p.line("    - " + fe.Text(tag))
			}
			continue
		}
		res := it.Assessment
		p.line("  " + text(tag, "assistance.sheet.category", res.Category.Text(tag)))
		p.line("  " + text(tag, "assistance.sheet.per_capita", res.PerCapita.StringFixed(2), res.Threshold.StringFixed(2)))
		if len(res.Grants) == 0 {
			p.line("  " + text(tag, "assistance.sheet.no_aid"))
		}
		for _, g := range res.Grants {
			p.line("    " + text(tag, "assistance.sheet.grant", g.Programme.Text(tag), union.FormatCNY(g.Amount, tag)))
		}
		if len(res.Grants) > 0 {
			upper, err := union.UppercaseWith(res.AidTotal,
				union.UppercaseOptions{Traditional: union.MatchLanguage(tag) == language.TraditionalChinese})
			if err != nil {
				return err
			}
			p.line("  " + text(tag, "assistance.sheet.total", union.FormatCNY(res.AidTotal, tag), upper))
		}
		missing := make([]string, len(res.Missing))
		for j, d := range res.Missing {
			missing[j] = d.Text(tag)
		}
		if len(missing) == 0 {
			missing = append(missing, text(tag, "assistance.sheet.none"))
		}
		sep := "、"
		if union.MatchLanguage(tag) == language.English {
			sep = "; "
		}
		p.line("  " + text(tag, "assistance.sheet.missing", strings.Join(missing, sep)))
		p.line("  " + text(tag, "assistance.sheet.reasons"))
		for _, r := range res.Reasons {
			p.line("    - " + r.Text(tag))
		}
		if c.File == nil {
			continue
		}
		rv, err := rules.Review(*c.File, a)
		if err != nil {
			return err
		}
		p.line("  " + text(tag, "assistance.sheet.review", c.File.Filed.String(), c.File.Reviewed.String(), rv.Outcome.Text(tag)))
		for _, r := range rv.Reasons {
			p.line("    - " + r.Text(tag))
		}
	}
	p.line("")
	p.line(text(tag, "assistance.sheet.summary", strconv.Itoa(len(data.Cases)), strconv.Itoa(batch.Filed),
		union.FormatCNY(batch.AidTotal, tag)))
	return p.err
}

// printer writes lines and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = fmt.Fprintln(p.w, s)
	}
}
