package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the title of each package's part and
// the lines around the library's reasons, amounts and names, part by part.
var headings = heading.New([]catalog.Texts{
	// The competition part (competition.go); "competition.label.veto_safety"
	// is the veto the third welder is given.
	{"competition.label.quickstart_title", "== 劳动和技能竞赛 ==", "== 勞動和技能競賽 ==", "== Labour and skills competitions =="},
	{"competition.label.quickstart_line", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},
	{"competition.label.quickstart", "技能比武：理论30%%、实操70%%，5名裁判去掉最高分和最低分", "技能比武：理論30%%、實操70%%，5名裁判去掉最高分和最低分", "Skills contest: theory 30%%, practical 70%%, five judges with the highest and lowest dropped"},
	{"competition.label.standing", "第%[1]s名 %[2]s：总成绩 %[3]s（实操去掉 %[4]s 和 %[5]s）", "第%[1]s名 %[2]s：總成績 %[3]s（實操去掉 %[4]s 和 %[5]s）", "rank %[1]s %[2]s: total %[3]s (practical without %[4]s and %[5]s)"},
	{"competition.label.veto_safety", "违反安全操作规程", "違反安全操作規程", "breach of safety rules"},
})
