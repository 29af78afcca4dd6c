package democracy_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// 2/3 of 149 delegates is 99⅓: "at least two thirds" needs 100. Half of 150
// is 75: 半数以上 (at least half) is met by 75, 过半数 (more than half) needs 76.
func ExampleThreshold_Required() {
	fmt.Println(democracy.AtLeast(2, 3).Required(149))
	fmt.Println(democracy.AtLeast(1, 2).Required(150))
	fmt.Println(democracy.MoreThan(1, 2).Required(150))
	fmt.Println(democracy.MoreThan(1, 2).Text(language.SimplifiedChinese))
	// Output:
	// 100
	// 75
	// 76
	// 超过全体（应到）人数的 1/2
}

func ExampleRules_Plan() {
	p, err := democracy.Shanghai2017().Plan(1200)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Form, p.MinDelegates, p.PresidiumMin, p.PresidiumMax, p.TermMin, p.TermMax)
	for _, r := range p.Reasons {
		fmt.Println(r.Text(language.English), "—", r.Source)
	}
	// Output:
	// congress 85 3 5 3 5
	// the headcount requires a staff and workers' congress — 上海市职工代表大会条例 第四条、第二十三条
	// the number of delegates follows the headcount — 上海市职工代表大会条例 第二十一条
	// the presidium's size is permissive (may): a size outside it is only a warning — 上海市职工代表大会条例 第二十三条
	// term and sessions — 上海市职工代表大会条例 第二十二条
}

// Zhejiang's bands leave exactly 1,000 staff in no band; Plan says so.
func ExampleRules_Plan_gap() {
	p, _ := democracy.Zhejiang2010().Plan(1000)
	fmt.Println(p.MinDelegates, p.Gap)
	fmt.Println(p.Reasons[2].Text(language.SimplifiedChinese))
	// Output:
	// 103 true
	// 职工人数恰在两档之间，条文未规定；取两档下限中较大者
}

func ExampleApportion() {
	// 85 delegates over five workshops of 400, 300, 250, 150 and 100 staff, at least 5 each.
	seats, err := democracy.Apportion(85, []int{400, 300, 250, 150, 100}, 5)
	fmt.Println(seats, err)
	// Output:
	// [28 21 18 11 7] <nil>
}

func ExampleApportionBy() {
	sizes := []int{5000, 3000, 1500, 500}
	for _, m := range []democracy.Method{democracy.LargestRemainder, democracy.DHondt, democracy.SainteLague} {
		seats, _ := democracy.ApportionBy(m, 10, sizes, 0)
		fmt.Println(m, seats)
	}
	// Output:
	// largest_remainder [5 3 2 0]
	// dhondt [6 3 1 0]
	// sainte_lague [5 3 2 0]
}

func ExampleRules_Check() {
	roster := democracy.Roster{Workforce: democracy.Workforce{Headcount: 200, Women: 80}}
	for i := 0; i < 47; i++ {
		d := democracy.Delegate{Category: democracy.Frontline, Gender: union.Male}
		if i < 10 {
			d.Category = democracy.Manager
		}
		if i >= 10 && i < 29 {
			d.Gender = union.Female
		}
		roster.Delegates = append(roster.Delegates, d)
	}
	c, err := democracy.Zhejiang2010().Check(roster)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ch := range c.Checks {
		fmt.Println(ch.OK, ch.Reason.Text(language.English))
	}
	fmt.Println(c.OK)
	// Output:
	// true 47 voting delegates; 200 staff need at least 47
	// false management delegates: 10 of 47 voting, at most 9 (1/5)
	// true women delegates: 19 of 47 voting, at least 19 (80/200)
	// true disabled delegates: 0 of 47 voting, at least 0 (0/200)
	// true 0 dispatched workers hold a vote (they should attend without one)
	// false
}

func ExampleRules_CheckPresidium() {
	// A congress of 150 delegates in Shanghai proposes a presidium of 7, of
	// whom 3 are frontline workers: at least 7 members pass, but frontline
	// delegates must be at least half of them (4 of 7).
	cats := []democracy.Category{democracy.Frontline, democracy.Frontline, democracy.Frontline,
		democracy.Technical, democracy.Technical, democracy.Manager, democracy.Leader}
	var members []democracy.Delegate
	for i, c := range cats {
		members = append(members, democracy.Delegate{Name: fmt.Sprint("主席团成员", i+1), Category: c, Gender: union.Female})
	}
	p, err := democracy.Shanghai2017().CheckPresidium(150, members)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range p.Reasons {
		fmt.Println(r.Text(language.English))
	}
	fmt.Println(p.Reasons[1].Text(language.SimplifiedChinese))
	// Output:
	// 7 presidium members; 150 delegates need at least 7
	// frontline in the presidium: 3 of 7 members, at least 4 (1/2)
	// the presidium breaks the rules
	// 主席团中一线职工代表 3 人（共 7 人），下限 4 人（1/2）
}

func ExampleRules_Decide() {
	// 150 delegates, 120 present, 75 in favour: Shanghai's 半数以上 passes it,
	// Zhejiang's 过半数 does not.
	for _, r := range []democracy.Rules{democracy.Shanghai2017(), democracy.Zhejiang2010()} {
		d, err := r.Decide(150, 120, democracy.Tally{For: 75, Against: 40, Abstain: 5})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.Name, d.Quorate, d.Required, d.Passed)
	}
	// Output:
	// shanghai2017 true 75 true
	// zhejiang2010 true 76 false
}

func ExampleRules_DecideMatter() {
	d, _ := democracy.Shanghai2017().DecideMatter(democracy.MatterAdopt, 85, 80, democracy.Tally{For: 40, Against: 35, Abstain: 5})
	fmt.Println(d.Passed, d.Binding)
	fmt.Println(d.Reasons[len(d.Reasons)-1].Text(language.English))
	// Output:
	// false false
	// a matter that must be adopted was not: the unit's decision on it does not bind staff
}

func ExampleRules_CallSession() {
	d, _ := democracy.Shanghai2017().CallSession(85, 29)
	fmt.Println(d.Required, d.Passed)
	// Output:
	// 29 true
}

func ExampleElection_Count() {
	e := democracy.Election{
		Seats:      2,
		Candidates: []string{"王芳", "李强", "张伟"},
		Entitled:   25,
		Issued:     24,
		Rules:      democracy.UnionElection(),
	}
	var ballots []democracy.Ballot
	for i := 0; i < 14; i++ {
		ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", "李强"}})
	}
	for i := 0; i < 8; i++ {
		ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", "张伟"}})
	}
	ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", "李强", "张伟"}}) // too many names
	ballots = append(ballots, democracy.Ballot{})                                    // blank, valid
	r, err := e.Count(ballots)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Valid, r.Invalid, r.Required, r.Elected, r.Unfilled)
	for _, reason := range r.Reasons[1:] {
		fmt.Println(reason.Text(language.English))
	}
	// Output:
	// 23 1 13 [王芳 李强] 0
	// 24 took part, meeting the quorum of 17 of the 25 entitled
	// 24 ballots returned: 23 valid, 1 invalid
	// 王芳: 22 votes (13 needed), elected
	// 李强: 14 votes (13 needed), elected
	// 张伟: 8 votes, short of the 13 needed
	// every seat is filled (seats: 2)
}

func ExampleElection_Next() {
	e := democracy.Election{
		Seats:      2,
		Candidates: []string{"王芳", "李强", "张伟"},
		Entitled:   25,
		Issued:     25,
		Rules:      democracy.UnionElection(),
	}
	var ballots []democracy.Ballot
	for i := 0; i < 12; i++ {
		ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", "李强"}})
	}
	for i := 0; i < 10; i++ {
		ballots = append(ballots, democracy.Ballot{Approve: []string{"王芳", "张伟"}})
	}
	r, _ := e.Count(ballots)
	fmt.Println(r.Elected, r.Unfilled)
	next, _ := e.Next(r)
	fmt.Println(next.Round, next.Seats, next.Candidates)
	// Output:
	// [王芳] 1
	// further 1 [李强 张伟]
}

func ExampleElectionRules_RecallChair() {
	d, _ := democracy.UnionElection().RecallChair(200, 160, democracy.Tally{For: 100, Against: 50, Abstain: 10})
	fmt.Println(d.Required, d.Passed)
	fmt.Println(d.Reasons[0].Text(language.English))
	// Output:
	// 101 false
	// the recall got 100 votes, short of the 101 needed of all 200: not recalled
}

func ExampleElectionRules_MarginNeeded() {
	er := democracy.UnionElection()
	fmt.Println(er.MarginNeeded(7), er.MarginNeeded(13), er.MarginNeeded(21))
	// Output:
	// 1 1 2
}

func ExampleUnionElection() {
	er := democracy.UnionElection()
	fmt.Println(er.Quorum.Text(language.English), "|", er.Win.Text(language.English), "|", er.MinMargin)
	// Output:
	// at least 2/3 of all entitled | more than 1/2 of all entitled | 0.05
}

func ExampleEnterprise() {
	p, _ := democracy.Enterprise().Plan(1200)
	fmt.Println(p.MinDelegates, p.Unverified)
	// Output:
	// 60 true
}

func ExamplePresets() {
	for _, p := range democracy.Presets() {
		fmt.Println(p.Name, p.Effective)
	}
	// Output:
	// enterprise 2012-02..
	// shanghai2017 2017-11..
	// zhejiang2010 2010-10..
	// school2012 2012-01..
	// state_enterprise1986 1986-10..2012-01
	// union_election 2016-10..
	// union_election1992 1992-01..2016-09
	// shanghai_delegates2017 2017-11..
}

func ExamplePreset() {
	for _, name := range []string{"enterprise", "shanghai2017", "zhejiang2010", "school2012"} {
		r, err := democracy.Preset(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		p, _ := r.Plan(3000)
		fmt.Println(name, p.MinDelegates)
	}
	_, err := democracy.Preset("beijing")
	fmt.Println(err)
	// Output:
	// enterprise 150
	// shanghai2017 175
	// zhejiang2010 140
	// school2012 600
	// invalid input: preset: is not a preset; the presets are enterprise, shanghai2017, zhejiang2010, school2012, state_enterprise1986 (value "beijing")
}

// A policy file names a preset and overrides some of its fields.
func ExampleRules_UnmarshalJSON() {
	var r democracy.Rules
	err := json.Unmarshal([]byte(`{"preset": "shanghai2017", "name": "某集团", "pass": {"num": 1, "den": 2, "strict": true}}`), &r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name, r.Pass.Text(language.English), r.Quorum.Text(language.English))
	err = json.Unmarshal([]byte(`{"preset": "shanghai2017", "quorum": {"num": 2, "den": 3, "stirct": true}}`), &r)
	fmt.Println(err)
	// Output:
	// 某集团 more than 1/2 of all entitled at least 2/3 of all entitled
	// invalid input: quorum.stirct: is not a known field (value "stirct")
}

// Re-deciding a 2010 vote in a state-owned enterprise uses the 1986
// regulation in force then; a 2024 vote uses 企业民主管理规定.
func ExampleEnterpriseTimeline() {
	tl := democracy.EnterpriseTimeline()
	for _, month := range []string{"2010-03", "2024-03"} {
		r, err := tl.At(union.MustPeriod(month))
		if err != nil {
			fmt.Println(err)
			return
		}
		p, _ := r.Plan(600)
		fmt.Println(month, r.Name, p.SessionsPerYear)
	}
	// Output:
	// 2010-03 state_enterprise1986 2
	// 2024-03 enterprise 1
}

// A rule set stored by an ERP with a zero denominator and a pass share above 1:
// Validate reports both, as ErrPolicy.
func ExampleRules_Validate() {
	r := democracy.Shanghai2017()
	r.Quorum.Den = 0
	r.Pass = democracy.AtLeast(3, 2)
	err := r.Validate()
	fmt.Println(errors.Is(err, union.ErrPolicy))
	fmt.Println(err)
	// Output:
	// true
	// inconsistent policy: quorum.den: must be greater than zero (value "0")
	// inconsistent policy: pass.num: share must not exceed 1, nor require more than everyone (value "3/2 at least of all")
}

func ExampleThreshold_Validate() {
	fmt.Println(democracy.MoreThan(1, 1).Validate())
	// Output:
	// inconsistent policy: num: share must not exceed 1, nor require more than everyone (value "1/1 more than of all")
}

func ExampleElection_Validate() {
	e := democracy.Election{Seats: 7, Candidates: []string{"a", "b", "c", "d", "e", "f", "g"}, Entitled: 60, Issued: 58,
		Rules: democracy.UnionElection()}
	err := e.Validate()
	fmt.Println(errors.Is(err, union.ErrInvalid))
	fmt.Println(err)
	// Output:
	// true
	// invalid input: candidates: with 7 seats and a margin of at least 5% there must be at least 8 candidates (value "7")
}

func ExampleElectionRules_Validate() {
	er := democracy.UnionElection()
	er.Win = democracy.Threshold{Num: 1, Den: 0}
	fmt.Println(er.Validate())
	// Output:
	// inconsistent policy: win.den: must be greater than zero (value "0")
}

// 上海市职工代表大会条例 第十九条: a delegate is recalled with the consent of
// at least half of ALL the constituency's staff.
func ExampleElectionRules_RecallDelegate() {
	d, err := democracy.ShanghaiDelegates2017().RecallDelegate(40, 31, democracy.Tally{For: 20, Against: 11})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Passed, d.Required)
	fmt.Println(d.Reasons[0].Text(language.SimplifiedChinese))
	// Output:
	// true 20
	// 撤免职工代表获 20 人同意，达到原选区全体职工 40 人中所需的 20 人，撤免成立
}

// A constituency of 30 staff elects its delegates (上海市职工代表大会条例
// 第十五条): 20 must take part, 15 votes of all elect.
func ExampleShanghaiDelegates2017() {
	e := democracy.Election{Seats: 1, Candidates: []string{"王芳", "李强"}, Entitled: 30, Issued: 24,
		Rules: democracy.ShanghaiDelegates2017(), Kind: democracy.Representatives}
	var ballots []democracy.Ballot
	for i := 0; i < 24; i++ {
		name := "王芳"
		if i%3 == 2 {
			name = "李强"
		}
		ballots = append(ballots, democracy.Ballot{Approve: []string{name}})
	}
	r, err := e.Count(ballots)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.QuorumRequired, r.Required, r.Votes["王芳"], r.Elected)
	// Output:
	// 20 15 16 [王芳]
}

// The chair may be elected 等额: the 差额 rule of the 2016 regulation is for
// committee members.
func ExampleElectionKind() {
	e := democracy.Election{Seats: 1, Candidates: []string{"王芳"}, Entitled: 50, Issued: 50,
		Rules: democracy.UnionElection(), Kind: democracy.Chair}
	fmt.Println(e.Validate())
	e.Kind = democracy.Committee
	fmt.Println(e.Validate() != nil)
	// Output:
	// <nil>
	// true
}

// An election held in 2010 is recounted under the rules then in force.
func ExampleElectionTimeline() {
	r, err := democracy.ElectionTimeline().At(union.MustPeriod("2010-06"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name, r.Effective)
	// Output:
	// union_election1992 1992-01..2016-09
}

func ExampleElectionPreset() {
	er, err := democracy.ElectionPreset("union_election")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(er.MarginFor(democracy.Committee, 13), er.MarginFor(democracy.Chair, 1))
	// Output:
	// 1 0
}
