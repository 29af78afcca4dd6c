package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/democracy"
)

// democracyPart shows the democracy package at work: the congress a
// 1,200-person enterprise in Shanghai needs, one vote under Shanghai's
// 半数以上 and Zhejiang's 过半数, and a small committee election.
func democracyPart(w io.Writer, tag language.Tag) error {
	text := func(code string, args ...string) string {
		return headings.Text(tag, code, args...)
	}
	itoa := strconv.Itoa
	fmt.Fprintln(w, text("democracy.quickstart.title"))

	p, err := democracy.Shanghai2017().Plan(1200)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, text("democracy.minutes.plan", itoa(p.Headcount), p.Form.Text(tag), itoa(p.MinDelegates),
		itoa(p.PresidiumMin), itoa(p.PresidiumMax), itoa(p.TermMin), itoa(p.TermMax), itoa(p.SessionsPerYear)))

	// 75 of 150 delegates in favour: at least half passes, more than half does not.
	for _, r := range []democracy.Rules{democracy.Shanghai2017(), democracy.Zhejiang2010()} {
		d, err := r.Decide(150, 120, democracy.Tally{For: 75, Against: 40, Abstain: 5})
		if err != nil {
			return err
		}
		fmt.Fprintln(w, text("democracy.quickstart.decide", "150", "75", r.Pass.Text(tag), d.Reasons[1].Text(tag)))
	}

	e := democracy.Election{Seats: 2, Candidates: []string{"王芳", "李强", "张伟"}, Entitled: 25, Issued: 24, Rules: democracy.UnionElection()}
	var ballots []democracy.Ballot
	for i := 0; i < 24; i++ {
		ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", []string{"李强", "张伟", "李强"}[i%3]}})
	}
	res, err := e.Count(ballots)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, text("democracy.quickstart.election", itoa(e.Seats), strings.Join(res.Elected, "、"), itoa(res.Required)))
	return nil
}
