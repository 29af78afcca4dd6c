// Command contest scores a skills contest (技能比武) of 30 welders: a theory
// exam and a practical test judged by five judges (highest and lowest
// dropped), weighted 3:7, with a veto, ties broken by time and shared ranks.
// It prints the results sheet, the award list with prizes, and the titles
// and promotions, in the language -lang picks.
//
//	go run ./examples/contest -lang en
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/examples/internal/cli"
	"github.com/gonghui/gonghui/union"
)

//go:embed contest.json
var contestJSON []byte

// contest is the embedded sample: the scheme as an organiser stores it, the
// prize per tier, and the judges' sheets.
type contest struct {
	Scheme  competition.Scheme         `json:"scheme"`
	Prizes  map[string]decimal.Decimal `json:"prizes"`
	Entries []competition.Entry        `json:"entries"`
}

func main() { cli.Main("contest", run) }

// run ranks the embedded contest and prints it in the language of tag.
func run(w io.Writer, tag language.Tag) error {
	var c contest
	if err := json.Unmarshal(contestJSON, &c); err != nil {
		return err
	}
	text := func(code string, args ...string) string {
		return headings.Text(tag, code, args...)
	}
	r, err := c.Scheme.Rank(c.Entries) // validates the stored scheme first
	if err != nil {
		return err
	}
	plan := competition.Quota2012()
	plan.Titles = competition.WorkerSkills2015().Titles
	awards, err := c.Scheme.Award(r, plan)
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "== %s · %s ==\n", text("competition.label.event"), text("competition.label.results"))
	fmt.Fprintln(w, text("competition.label.field", strconv.Itoa(len(r.Standings)), strconv.Itoa(r.Ranked)))
	fmt.Fprintln(w, text("competition.label.trimmed"))
	var sheet strings.Builder
	tw := tabwriter.NewWriter(&sheet, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", text("competition.label.rank"), text("competition.label.entrant"),
		text("competition.label.theory"), text("competition.label.practical"), text("competition.label.time"),
		text("competition.label.total"), text("competition.label.note"))
	for _, st := range r.Standings {
		rank := strconv.Itoa(st.Rank)
		if st.Vetoed {
			rank = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rank, st.ID, st.Scores[0].Value.StringFixed(2),
			st.Scores[1].Value.StringFixed(2), timeText(st.Time), st.Total.StringFixed(2), note(st, text))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(sheet.String(), "\n") {
		if line != "" {
			fmt.Fprintln(w, strings.TrimRight(line, " \n"))
		}
	}

	fmt.Fprintf(w, "\n== %s ==\n", text("competition.label.awards"))
	for _, tier := range plan.Tiers {
		var ids []string
		for _, st := range r.Standings {
			if awards.Tiers[st.ID] == tier.Name {
				ids = append(ids, st.ID)
			}
		}
		if len(ids) == 0 {
			ids = []string{text("competition.label.none")}
		}
		name := competition.TierText(tier.Name, tag)
		if p, ok := c.Prizes[tier.Name]; ok {
			name = text("competition.label.prize", name, union.FormatCNY(p, tag))
		}
		fmt.Fprintf(w, "%s: %s\n", name, strings.Join(ids, ", "))
	}
	for _, reason := range awards.Reasons {
		if reason.Code == "competition.award.cutoff_tie" {
			fmt.Fprintln(w, text("competition.label.cutoff_tie", competition.TierText(reason.Args[0], tag), reason.Args[1]))
		}
	}

	fmt.Fprintf(w, "\n== %s ==\n", text("competition.label.titles"))
	for _, st := range r.Standings {
		titles := awards.Titles[st.ID]
		if len(titles) == 0 {
			continue
		}
		names := make([]string, len(titles))
		for i, t := range titles {
			names[i] = competition.TitleText(t, tag)
		}
		fmt.Fprintf(w, "%s: %s\n", st.ID, strings.Join(names, ", "))
	}
	return nil
}

// timeText shows a completion time in minutes, or a dash when none was recorded.
func timeText(d decimal.Decimal) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// note explains a veto, a tie-break or a shared rank.
func note(st competition.Standing, text func(string, ...string) string) string {
	switch {
	case st.Vetoed:
		for _, r := range st.Reasons {
			if r.Code == "competition.veto" {
				return text("competition.label.disqualified") + ": " + text("competition.label.veto_"+r.Args[0])
			}
		}
		return text("competition.label.disqualified")
	case st.Shared:
		return text("competition.label.shared")
	case st.DecidedBy != "":
		return text("competition.label.decided", text("competition.label.by_"+st.DecidedBy))
	}
	return ""
}
