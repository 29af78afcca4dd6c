package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/competition"
)

// competitionPart shows the competition package at work: three welders
// scored theory 30% / practical 70% with five judges (highest and lowest
// dropped), one vetoed, and the award list with a tie at the cut-off.
func competitionPart(w io.Writer, tag language.Tag) error {
	text := func(code string, args ...string) string {
		return headings.Text(tag, code, args...)
	}
	scores := func(theory string, practical ...string) map[string][]decimal.Decimal {
		m := map[string][]decimal.Decimal{"theory": {decimal.RequireFromString(theory)}}
		for _, p := range practical {
			m["practical"] = append(m["practical"], decimal.RequireFromString(p))
		}
		return m
	}
	s := competition.TheoryPractical()
	s.Trim, s.MinJudges = 1, 5
	r, err := s.Rank([]competition.Entry{
		{ID: "W1", Scores: scores("90", "88", "91", "93", "79", "90")},
		{ID: "W2", Scores: scores("85", "95", "92", "90", "91", "99")},
		{ID: "W3", Scores: scores("99", "98", "97", "99", "96", "98"), Veto: text("competition.label.veto_safety")},
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, text("competition.label.quickstart_title"))
	fmt.Fprintln(w, text("competition.label.quickstart"))
	for _, st := range r.Standings {
		if st.Vetoed {
			fmt.Fprintln(w, text("competition.label.quickstart_line", st.ID, st.Reasons[0].Text(tag)))
			continue
		}
		p := st.Scores[1]
		fmt.Fprintln(w, text("competition.label.standing", strconv.Itoa(st.Rank), st.ID, st.Total.StringFixed(2),
			p.Dropped[0].Score.String(), p.Dropped[1].Score.String()))
	}
	awards := competition.Award(r, []competition.Tier{{Name: competition.TierFirst, Share: decimal.RequireFromString("0.5")}})
	for _, st := range r.Standings {
		if t, ok := awards[st.ID]; ok {
			fmt.Fprintln(w, text("competition.label.quickstart_line", st.ID, competition.TierText(t, tag)))
		}
	}
	return nil
}
