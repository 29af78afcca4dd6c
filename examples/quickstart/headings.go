package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the title of each package's part and
// the lines around the library's reasons, amounts and names, part by part.
var headings = heading.New([]catalog.Texts{
	// The union part (union.go).
	{"union.quickstart.title", "== 工会基础 ==", "== 工會基礎 ==", "== Union basics =="},
	{"union.quickstart.split", "工会经费 %[1]s 按 60/40 分配：基层工会留用 %[2]s，上缴上级工会 %[3]s",
		"工會經費 %[1]s 按 60/40 分配：基層工會留用 %[2]s，上繳上級工會 %[3]s",
		"Union funds of %[1]s split 60/40: %[2]s kept by the grassroots union, %[3]s passed up"},
	{"union.quickstart.capitals", "大写金额：%[1]s", "大寫金額：%[1]s", "In capitals: %[1]s"},
	{"union.quickstart.resident", "身份证 %[1]s：%[2]s 出生，%[3]s，%[4]s 时年满 %[5]s 周岁，%[6]s（%[7]s）",
		"身分證 %[1]s：%[2]s 出生，%[3]s，%[4]s 時年滿 %[5]s 歲，%[6]s（%[7]s）",
		"Resident ID %[1]s: born %[2]s, %[3]s, %[5]s years old on %[4]s, %[6]s (%[7]s)"},
	{"union.quickstart.reason", "理由：%[1]s", "理由：%[1]s", "Reason: %[1]s"},
	{"union.quickstart.error", "错误：%[1]s", "錯誤：%[1]s", "Error: %[1]s"},

	// The dues part (dues.go); the funds and share lines are the payroll
	// program's too.
	{"dues.label.quickstart", "== 会费与工会经费 ==", "== 會費與工會經費 ==", "== Dues and union funds =="},
	{"dues.label.dues_line", "%[1]s：基数 %[2]s，会费 %[3]s", "%[1]s：基數 %[2]s，會費 %[3]s", "%[1]s: base %[2]s, dues %[3]s"},
	{"dues.label.funds", "工会经费：工资总额 %[1]s，应拨缴 %[2]s（%[3]s）", "工會經費：工資總額 %[1]s，應撥繳 %[2]s（%[3]s）", "Union funds: wage bill %[1]s, %[2]s due (%[3]s)"},
	{"dues.label.share", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},

	// The assistance part (assistance.go).
	{"assistance.sheet.heading", "困难职工帮扶", "困難職工幫扶", "Hardship aid"},
	{"assistance.sheet.quickstart", "%[1]s 人户，人均月收入 %[2]s 元（低保 %[3]s 元）→ %[4]s，救助 %[5]s",
		"%[1]s 人戶，人均月收入 %[2]s 元（低保 %[3]s 元）→ %[4]s，救助 %[5]s",
		"Household of %[1]s, %[2]s yuan per person a month (minimum living %[3]s yuan) → %[4]s, aid %[5]s"},

	// The democracy part (democracy.go); the plan line is the congress
	// program's too.
	{"democracy.minutes.plan",
		"职工 %[1]s 人，召开%[2]s；代表不少于 %[3]s 人，主席团 %[4]s 至 %[5]s 人，每届任期 %[6]s 至 %[7]s 年，每年至少召开 %[8]s 次",
		"職工 %[1]s 人，召開%[2]s；代表不少於 %[3]s 人，主席團 %[4]s 至 %[5]s 人，每屆任期 %[6]s 至 %[7]s 年，每年至少召開 %[8]s 次",
		"%[1]s staff: a %[2]s of at least %[3]s delegates, a presidium of %[4]s to %[5]s, a term of %[6]s to %[7]s years, sessions a year at least %[8]s"},
	{"democracy.quickstart.title", "== 职工民主管理 ==", "== 職工民主管理 ==", "== Workplace democracy =="},
	{"democracy.quickstart.decide", "%[1]s 名代表中 %[2]s 票赞成，按“%[3]s”：%[4]s", "%[1]s 名代表中 %[2]s 票贊成，按「%[3]s」：%[4]s", "%[2]s of %[1]s delegates in favour, under %[3]s: %[4]s"},
	{"democracy.quickstart.election", "应选 %[1]s 名，当选需 %[3]s 票：%[2]s 当选", "應選 %[1]s 名，當選需 %[3]s 票：%[2]s 當選", "%[1]s seats, %[3]s votes needed: %[2]s elected"},

	// The competition part (competition.go); "competition.label.veto_safety"
	// is the veto the third welder is given.
	{"competition.label.quickstart_title", "== 劳动和技能竞赛 ==", "== 勞動和技能競賽 ==", "== Labour and skills competitions =="},
	{"competition.label.quickstart_line", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},
	{"competition.label.quickstart", "技能比武：理论30%%、实操70%%，5名裁判去掉最高分和最低分", "技能比武：理論30%%、實操70%%，5名裁判去掉最高分和最低分", "Skills contest: theory 30%%, practical 70%%, five judges with the highest and lowest dropped"},
	{"competition.label.standing", "第%[1]s名 %[2]s：总成绩 %[3]s（实操去掉 %[4]s 和 %[5]s）", "第%[1]s名 %[2]s：總成績 %[3]s（實操去掉 %[4]s 和 %[5]s）", "rank %[1]s %[2]s: total %[3]s (practical without %[4]s and %[5]s)"},
	{"competition.label.veto_safety", "违反安全操作规程", "違反安全操作規程", "breach of safety rules"},
})
