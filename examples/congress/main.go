// Command congress prints the minutes of a staff and workers' congress held
// jointly with the union members' representative assembly of a 1,200-person
// enterprise with five workshops, under 上海市职工代表大会条例 and
// 工会基层组织选举工作条例: the plan of the congress, the apportionment of
// delegates, the check of the roster and of the presidium, three motions,
// a committee election with a further round and a tie-break, the round of
// wage consultation whose contract the congress adopts (上海市集体合同条例),
// and the session's proposals with their handling and rates, in the
// language -lang picks.
//
//	go run ./examples/congress -lang en
package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/examples/internal/cli"
	"github.com/gonghui/gonghui/union"
)

//go:embed congress.json
var sample []byte

// text is a label in the three languages, keyed "zh-Hans", "zh-Hant", "en".
type text map[string]string

// in returns the text in the language that serves tag best.
func (t text) in(tag language.Tag) string { return t[union.MatchLanguage(tag).String()] }

// meeting is the embedded sample.
type meeting struct {
	Title     text `json:"title"`
	Headcount int  `json:"headcount"`
	Women     int  `json:"women"`
	Minimum   int  `json:"minimum_per_workshop"`
	Workshops []struct {
		Name  text `json:"name"`
		Staff int  `json:"staff"`
	} `json:"workshops"`
	Roster struct {
		Managers  int `json:"managers"`
		Women     int `json:"women"`
		NonVoting int `json:"non_voting_dispatched"`
	} `json:"roster"`
	Presidium []democracy.Delegate `json:"presidium"`
	Motions   []struct {
		Title   text             `json:"title"`
		Kind    democracy.Matter `json:"kind"`
		Present int              `json:"present"`
		Tally   democracy.Tally  `json:"tally"`
	} `json:"motions"`
	Election struct {
		Body       text     `json:"body"`
		Seats      int      `json:"seats"`
		Candidates []string `json:"candidates"`
		Rounds     []struct {
			Issued  int `json:"issued"`
			Ballots []struct {
				Count   int      `json:"count"`
				Approve []string `json:"approve"`
				Spoiled bool     `json:"spoiled"`
			} `json:"ballots"`
		} `json:"rounds"`
	} `json:"election"`
	Consultation struct {
		Title        text                   `json:"title"`
		CalendarNote text                   `json:"calendar_note"`
		Calendar     democracy.Calendar     `json:"calendar"`
		Round        democracy.Consultation `json:"round"`
	} `json:"consultation"`
	Proposals struct {
		ReplyDays int                       `json:"reply_days"`
		Titles    map[string]text           `json:"titles"`
		Session   democracy.ProposalSession `json:"session"`
	} `json:"proposals"`
}

func main() { cli.Main("congress", run) }

// minutes writes localized lines.
type minutes struct {
	w   io.Writer
	tag language.Tag
	err error
}

// say prints the text of a code with its arguments, indented.
func (m *minutes) say(indent int, code string, args ...string) {
	m.line(indent, headings.Text(m.tag, code, args...))
}

// reason prints a reason with its source.
func (m *minutes) reason(indent int, r union.Reason) {
	s := r.Text(m.tag)
	if r.Source != "" {
		s += headings.Text(m.tag, "democracy.minutes.source", r.Source)
	}
	m.line(indent, s)
}

// check prints a composition check with its mark and source.
func (m *minutes) check(indent int, ch democracy.Check) {
	mark := "democracy.minutes.mark.ok"
	switch {
	case !ch.OK && ch.Soft:
		mark = "democracy.minutes.mark.warn"
	case !ch.OK:
		mark = "democracy.minutes.mark.fail"
	}
	m.line(indent, headings.Text(m.tag, mark)+" "+ch.Reason.Text(m.tag)+
		headings.Text(m.tag, "democracy.minutes.source", ch.Reason.Source))
}

func (m *minutes) line(indent int, s string) {
	if m.err == nil {
		_, m.err = fmt.Fprintln(m.w, strings.Repeat("  ", indent)+s)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// run prints the minutes of the sample meeting in the language of tag.
func run(w io.Writer, tag language.Tag) error {
	var mt meeting
	if err := json.Unmarshal(sample, &mt); err != nil {
		return err
	}
	m := &minutes{w: w, tag: tag}
	rules := democracy.Shanghai2017()
	m.say(0, "democracy.minutes.title", mt.Title.in(tag))
	m.say(0, "democracy.minutes.rules", rules.Source)

	// 1. Plan.
	plan, err := rules.Plan(mt.Headcount)
	if err != nil {
		return err
	}
	m.say(0, "democracy.minutes.section.plan")
	m.say(1, "democracy.minutes.plan", itoa(mt.Headcount), plan.Form.Text(tag), itoa(plan.MinDelegates),
		itoa(plan.PresidiumMin), itoa(plan.PresidiumMax), itoa(plan.TermMin), itoa(plan.TermMax), itoa(plan.SessionsPerYear))
	for _, r := range plan.Reasons {
		m.reason(2, r)
	}

	// 2. Apportionment of the delegates between the workshops.
	sizes := make([]int, len(mt.Workshops))
	for i, ws := range mt.Workshops {
		sizes[i] = ws.Staff
	}
	seats, err := democracy.Apportion(plan.MinDelegates, sizes, mt.Minimum)
	if err != nil {
		return err
	}
	m.say(0, "democracy.minutes.section.apportion")
	m.say(1, "democracy.minutes.apportion", itoa(plan.MinDelegates), democracy.LargestRemainder.Text(tag), itoa(mt.Minimum))
	for i, ws := range mt.Workshops {
		m.say(2, "democracy.minutes.constituency", ws.Name.in(tag), itoa(ws.Staff), itoa(seats[i]))
	}

	// 3. The roster, built from the apportionment and checked.
	roster := buildRoster(mt, seats)
	comp, err := rules.Check(roster)
	if err != nil {
		return err
	}
	m.say(0, "democracy.minutes.section.check")
	m.say(1, "democracy.minutes.roster", itoa(comp.Voting), itoa(comp.NonVoting))
	for _, ch := range comp.Checks {
		m.check(2, ch)
	}
	m.reason(1, comp.Reasons[len(comp.Reasons)-1])

	// The presidium the preparatory meeting proposes, checked in turn.
	pres, err := rules.CheckPresidium(comp.Voting, mt.Presidium)
	if err != nil {
		return err
	}
	names := make([]string, len(mt.Presidium))
	for i, d := range mt.Presidium {
		names[i] = d.Name
	}
	m.say(1, "democracy.minutes.presidium", itoa(pres.Size), strings.Join(names, "、"))
	for _, ch := range pres.Checks {
		m.check(2, ch)
	}
	m.reason(1, pres.Reasons[len(pres.Reasons)-1])

	// 4. Motions.
	m.say(0, "democracy.minutes.section.motions")
	for i, mo := range mt.Motions {
		d, err := rules.DecideMatter(mo.Kind, comp.Voting, mo.Present, mo.Tally)
		if err != nil {
			return err
		}
		m.say(1, "democracy.minutes.motion", itoa(i+1), mo.Title.in(tag), mo.Kind.Text(tag))
		m.say(2, "democracy.minutes.attendance", itoa(d.Delegates), itoa(d.Present), itoa(d.QuorumRequired))
		m.say(2, "democracy.minutes.vote", itoa(d.Tally.For), itoa(d.Tally.Against), itoa(d.Tally.Abstain), itoa(d.Required))
		for _, r := range d.Reasons {
			m.reason(3, r)
		}
	}

	// 5. The committee election, round after round.
	el := mt.Election
	e := democracy.Election{
		Seats: el.Seats, Candidates: el.Candidates, Entitled: comp.Voting, Rules: democracy.UnionElection(),
	}
	m.say(0, "democracy.minutes.section.election", el.Body.in(tag), itoa(el.Seats))
	var elected []string
	for i, round := range el.Rounds {
		e.Issued = round.Issued
		var ballots []democracy.Ballot
		for _, g := range round.Ballots {
			for k := 0; k < g.Count; k++ {
				ballots = append(ballots, democracy.Ballot{Approve: g.Approve, Spoiled: g.Spoiled})
			}
		}
		res, err := e.Count(ballots)
		if err != nil {
			return err
		}
		m.say(1, "democracy.minutes.round", itoa(i+1), e.Round.Text(tag), itoa(e.Seats), strings.Join(e.Candidates, "、"))
		for _, r := range res.Reasons {
			m.reason(2, r)
		}
		for _, s := range res.Standings {
			if s.WriteIn {
				m.say(2, "democracy.minutes.write_in", s.Name, itoa(s.Votes))
			}
		}
		elected = append(elected, res.Elected...)
		if i == len(el.Rounds)-1 {
			break
		}
		if e, err = e.Next(res); err != nil {
			return err
		}
	}
	m.say(1, "democracy.minutes.elected", itoa(len(elected)), strings.Join(elected, "、"))

	if err := consultation(m, mt); err != nil {
		return err
	}
	if err := proposals(m, mt); err != nil {
		return err
	}
	return m.err
}

// consultation prints section 6: the round of wage consultation under
// 上海市集体合同条例, step by step on the enterprise's calendar.
func consultation(m *minutes, mt meeting) error {
	c := mt.Consultation
	rules := democracy.ConsultationShanghai()
	rep, err := rules.Check(c.Round, c.Calendar)
	if err != nil {
		return err
	}
	m.say(0, "democracy.minutes.section.consultation", c.Title.in(m.tag))
	m.say(1, "democracy.minutes.rules", rules.Source)
	m.say(1, "democracy.minutes.consultation.negotiators", itoa(rep.Negotiators.Workers), itoa(rep.Negotiators.Employers))
	for _, ch := range rep.Negotiators.Checks {
		m.check(2, ch)
	}
	m.say(1, "democracy.minutes.consultation.schedule", c.CalendarNote.in(m.tag))
	for _, st := range rep.Schedule.Steps {
		m.say(2, "democracy.minutes.consultation.step", st.Step.Text(m.tag), st.Status.Text(m.tag))
		m.reason(3, st.Reason)
		if st.Standing.Code != "" {
			m.reason(3, st.Standing)
		}
	}
	for _, r := range rep.Schedule.Reasons {
		m.reason(2, r)
	}
	if d := rep.Vote; d != nil {
		m.say(1, "democracy.minutes.consultation.vote")
		m.say(2, "democracy.minutes.attendance", itoa(d.Delegates), itoa(d.Present), itoa(d.QuorumRequired))
		m.say(2, "democracy.minutes.vote", itoa(d.Tally.For), itoa(d.Tally.Against), itoa(d.Tally.Abstain), itoa(d.Required))
		for _, r := range d.Reasons {
			m.reason(3, r)
		}
	}
	m.say(1, "democracy.minutes.consultation.terms")
	for _, ch := range rep.Terms.Checks {
		m.check(2, ch)
	}
	if g := rep.Guideline; g != nil {
		m.say(1, "democracy.minutes.consultation.guideline", g.Band.Text(m.tag))
		for _, r := range g.Reasons {
			m.reason(2, r)
		}
	}
	verdict := "democracy.minutes.consultation.ok"
	if !rep.OK {
		verdict = "democracy.minutes.consultation.not_ok"
	}
	m.say(1, verdict)
	return nil
}

// proposals prints section 7: the session's proposals under an enterprise
// group's rules, with the enterprise's own reply period.
func proposals(m *minutes, mt meeting) error {
	p := mt.Proposals
	rules := democracy.ProposalsEnterpriseGroup()
	rules.Reply = democracy.Step{Span: democracy.Span{N: p.ReplyDays, Unit: democracy.Days}, Source: rules.Source + "（本企业规定：交办后三十日内答复）"}
	rules.Implement = democracy.Step{}
	rep, err := rules.Process(p.Session)
	if err != nil {
		return err
	}
	m.say(0, "democracy.minutes.section.proposals", itoa(len(p.Session.Items)))
	m.say(1, "democracy.minutes.rules", rules.Source)
	for i, o := range rep.Outcomes {
		it := p.Session.Items[i]
		m.say(1, "democracy.minutes.proposal.item", o.ID, p.Titles[o.ID].in(m.tag), it.Proposer, o.Status.Text(m.tag))
		for _, r := range o.Reasons {
			m.reason(2, r)
		}
	}
	for _, c := range rep.Cases {
		m.say(1, "democracy.minutes.proposal.case", c.ID, strings.Join(c.Items, "、"), strings.Join(c.Proposers, "、"))
	}
	m.say(1, "democracy.minutes.proposal.stats", itoa(rep.Stats.Submitted), itoa(rep.Stats.Proposals), itoa(rep.Stats.Cases))
	for _, r := range rep.Stats.Reasons {
		m.reason(2, r)
	}
	return nil
}

// buildRoster lays out the voting delegates workshop by workshop, the
// managers and the women spread evenly over them, and adds the dispatched
// workers attending without a vote.
func buildRoster(mt meeting, seats []int) democracy.Roster {
	r := democracy.Roster{Workforce: democracy.Workforce{Headcount: mt.Headcount, Women: mt.Women}}
	total := 0
	for _, n := range seats {
		total += n
	}
	k := 0
	for i, n := range seats {
		for j := 0; j < n; j++ {
			d := democracy.Delegate{
				Name:         fmt.Sprintf("%d-%02d", i+1, j+1),
				Constituency: mt.Workshops[i].Name["zh-Hans"],
				Category:     democracy.Frontline,
				Gender:       union.Male,
			}
			// Spread: the k-th delegate is a manager when ⌊(k+1)·M/T⌋ > ⌊k·M/T⌋.
			if (k+1)*mt.Roster.Managers/total > k*mt.Roster.Managers/total {
				d.Category = democracy.Manager
			}
			if (k+1)*mt.Roster.Women/total > k*mt.Roster.Women/total {
				d.Gender = union.Female
			}
			r.Delegates = append(r.Delegates, d)
			k++
		}
	}
	for i := 0; i < mt.Roster.NonVoting; i++ {
		r.Delegates = append(r.Delegates, democracy.Delegate{
			Name: fmt.Sprintf("列席-%d", i+1), Category: democracy.Frontline, Gender: union.Male,
			Dispatched: true, NonVoting: true,
		})
	}
	return r
}
