package democracy_test

import (
	"fmt"

	"github.com/gonghui/gonghui/democracy"
	"golang.org/x/text/language"
)

// roster: formal delegates 王芳…周敏, and 吴刚 attending without a vote (列席).
func roster() []democracy.Delegate {
	var ds []democracy.Delegate
	for _, n := range []string{"王芳", "李强", "张伟", "陈静", "刘洋", "赵磊", "孙丽", "周敏"} {
		ds = append(ds, democracy.Delegate{Name: n})
	}
	return append(ds, democracy.Delegate{Name: "吴刚", NonVoting: true})
}

// Under 西北师范大学's rules a proposal needs two formal seconders and must
// be in 15 days before the opening: a 列席 seconder does not count.
func ExampleProposalRules_Qualify() {
	r := democracy.ProposalsNWNU()
	opening := democracy.MustDate("2025-04-20")
	q, _ := r.Qualify(roster(), opening, democracy.ProposalItem{
		ID: "7", Proposer: "王芳", Seconders: []string{"李强", "吴刚"}, Submitted: democracy.MustDate("2025-04-08"),
	})
	fmt.Println(q.Proposal, q.Status, q.Seconders, q.Cutoff, q.DaysLate)
	for _, rs := range q.Reasons {
		fmt.Println(rs.Text(language.English))
	}
	_, err := r.Qualify(roster(), opening, democracy.ProposalItem{ID: "8", Proposer: "王芳", Seconders: []string{"李强", "钱多"}, Submitted: opening})
	fmt.Println(err)
	// Output:
	// false opinion 1 2025-04-05 3
	// 1 seconders are not formal delegates (吴刚) and do not count
	// 1 valid seconders, fewer than the 2 required
	// submitted on 2025-04-08, 3 days after the cut-off of 2025-04-05
	// not a proposal: handled as an opinion or suggestion
	// invalid input: seconders[1]: is not on the roster (value "钱多")
}

// A session under 福建工程学院's practice: replies within 15 days of hand-over.
func ExampleProposalRules_Process() {
	sec := []string{"陈静", "刘洋"}
	s := democracy.ProposalSession{
		Opening: democracy.MustDate("2025-09-10"), Delegates: roster(), Calendar: calendar2025(), AsOf: democracy.MustDate("2025-10-21"),
		Items: []democracy.ProposalItem{
			{ID: "1", Proposer: "王芳", Seconders: sec, Submitted: democracy.MustDate("2025-09-01"), Decision: democracy.ReviewAccept,
				HandedOver: democracy.MustDate("2025-09-20")},
			{ID: "2", Proposer: "李强", Seconders: sec, Submitted: democracy.MustDate("2025-09-02"), Decision: democracy.ReviewMerge, MergeInto: "1"},
			{ID: "3", Proposer: "张伟", Seconders: sec, Submitted: democracy.MustDate("2025-09-02"), Decision: democracy.ReviewAccept,
				HandedOver: democracy.MustDate("2025-09-20"), Replied: democracy.MustDate("2025-09-30"),
				Result: democracy.ResultSolved, Feedback: democracy.FeedbackBasic},
			{ID: "4", Proposer: "赵磊", Seconders: sec, Submitted: democracy.MustDate("2025-09-03"), Decision: democracy.ReviewReject,
				Exclusion: democracy.ExclusionPersonal},
			{ID: "5", Proposer: "孙丽", Seconders: []string{"周敏"}, Submitted: democracy.MustDate("2025-09-03")},
		},
	}
	rep, err := democracy.ProposalsFJUT2017().Process(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range rep.Outcomes {
		fmt.Println(o.ID, o.Status, o.Case, o.ReplyDue, o.Reply, o.ReplyDays)
	}
	fmt.Println(rep.Cases[0].Items, rep.Cases[0].Proposers)
	for _, r := range rep.Stats.Reasons {
		fmt.Println(r.Text(language.SimplifiedChinese))
	}
	// Output:
	// 1 accepted 1 2025-10-09 overdue 12
	// 2 merged 1  not_set 0
	// 3 accepted 3 2025-10-09 on_time 0
	// 4 rejected   not_set 0
	// 5 opinion   not_set 0
	// [1 2] [王芳 李强]
	// 立案率 3/5 = 60.0%：立案件数（并案的按原件计）÷ 收到的全部件数
	// 办复率 1/2 = 50.0%：已答复的案数 ÷ 立案数
	// 落实率 1/2 = 50.0%：已解决和列入计划的案数 ÷ 立案数
	// 满意率（含基本满意）1/1 = 100.0%，不含基本满意 0/1 = 0.0%：以收到的反馈为基数
	// 本规定报告的满意率含基本满意：1/1 = 100.0%
}

func ExampleProposalPresets() {
	for _, r := range democracy.ProposalPresets() {
		fmt.Println(r.Name, r.MinSeconders, r.CutoffDays, r.Late, r.Reply.Span, r.Unverified)
	}
	// Output:
	// proposal_enterprise_group 2 1 opinion 3 months true
	// proposal_fjut2017 2 0 opinion 15 days true
	// proposal_nwnu 2 15 opinion  false
	// proposal_sppc2018 2 0 forward  false
	// proposal_xpu2016 5 0 opinion  false
}

// A configuration file names a preset; an unknown name is an error.
func ExampleProposalPreset() {
	r, err := democracy.ProposalPreset("proposal_xpu2016")
	fmt.Println(r.MinSeconders, err)
	_, err = democracy.ConsultationPreset("consultation_atlantis")
	fmt.Println(err)
	for _, p := range democracy.ConsultationPresetList()[:2] {
		fmt.Println(p.Name, p.Document, p.Effective)
	}
	// Output:
	// 5 <nil>
	// invalid input: preset: is not a known value (value "consultation_atlantis")
	// consultation_beijing2005 北京市集体合同条例（2005年7月22日通过） ..
	// consultation_chongqing2016 重庆市集体合同条例（2016年11月24日修正） 2016-11..
}
