package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the titles and columns of the
// results sheet, the notes on vetoes, ties and shared ranks (a tie-break by
// "competition.label.by_" and the indicator's ID, a veto by
// "competition.label.veto_" and the sample's veto word), and the lines of
// the award list. The reasons and the names of tiers and titles come from
// package competition.
var headings = heading.New([]catalog.Texts{
	{"competition.label.results", "成绩表", "成績表", "Results"},
	{"competition.label.awards", "获奖名单", "獲獎名單", "Awards"},
	{"competition.label.titles", "称号与晋升", "稱號與晉升", "Titles and promotions"},
	{"competition.label.rank", "名次", "名次", "Rank"},
	{"competition.label.entrant", "选手", "選手", "Entrant"},
	{"competition.label.total", "总成绩", "總成績", "Total"},
	{"competition.label.time", "用时", "用時", "Time"},
	{"competition.label.note", "说明", "說明", "Note"},
	{"competition.label.disqualified", "取消资格", "取消資格", "Disqualified"},
	{"competition.label.none", "无", "無", "none"},
	{"competition.label.event", "焊工技能比武", "焊工技能比武", "Welding skills contest"},
	{"competition.label.theory", "理论", "理論", "Theory"},
	{"competition.label.practical", "实操", "實操", "Practical"},
	{"competition.label.decided", "同分，按%[1]s决出", "同分，按%[1]s決出", "tied; decided by %[1]s"},
	{"competition.label.by_time", "用时", "用時", "time"},
	{"competition.label.by_practical", "实操成绩", "實操成績", "the practical score"},
	{"competition.label.by_theory", "理论成绩", "理論成績", "the theory score"},
	{"competition.label.shared", "并列", "並列", "shared"},
	{"competition.label.veto_safety", "违反安全操作规程", "違反安全操作規程", "breach of safety rules"},
	{"competition.label.prize", "%[1]s（奖金 %[2]s）", "%[1]s（獎金 %[2]s）", "%[1]s (prize %[2]s)"},
	{"competition.label.cutoff_tie", "%[1]s分界处成绩并列，增授%[2]s人", "%[1]s分界處成績並列，增授%[2]s人", "%[1]s: tie at the cut-off, %[2]s more awarded"},
	{"competition.label.trimmed", "实操成绩为5名裁判去掉最高分和最低分后的平均分", "實操成績為5名裁判去掉最高分和最低分後的平均分", "Practical: mean of five judges with the highest and lowest dropped"},
	{"competition.label.field", "参赛%[1]s人，排名%[2]s人", "參賽%[1]s人，排名%[2]s人", "%[1]s entrants, %[2]s ranked"},
})
