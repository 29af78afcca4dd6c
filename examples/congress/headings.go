package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the title and sections of the
// minutes and the lines around the library's reasons, checks and names. The
// reasons, with their sources, and the names of forms, methods, rounds,
// steps and statuses come from package democracy.
var headings = heading.New([]catalog.Texts{
	{"democracy.minutes.title", "%[1]s 会议纪要", "%[1]s 會議紀要", "Minutes: %[1]s"},
	{"democracy.minutes.rules", "适用规则：%[1]s", "適用規則：%[1]s", "Rules applied: %[1]s"},
	{"democracy.minutes.source", "（依据：%[1]s）", "（依據：%[1]s）", " (source: %[1]s)"},
	{"democracy.minutes.section.plan", "一、大会组织", "一、大會組織", "1. The congress"},
	{"democracy.minutes.section.apportion", "二、代表名额分配", "二、代表名額分配", "2. Apportionment of delegates"},
	{"democracy.minutes.section.check", "三、代表资格与构成审查", "三、代表資格與構成審查", "3. Delegates and their composition"},
	{"democracy.minutes.section.motions", "四、议案表决", "四、議案表決", "4. Motions"},
	{"democracy.minutes.section.election", "五、选举%[1]s（应选 %[2]s 名）", "五、選舉%[1]s（應選 %[2]s 名）", "5. Election of %[1]s (seats: %[2]s)"},
	{"democracy.minutes.plan",
		"职工 %[1]s 人，召开%[2]s；代表不少于 %[3]s 人，主席团 %[4]s 至 %[5]s 人，每届任期 %[6]s 至 %[7]s 年，每年至少召开 %[8]s 次",
		"職工 %[1]s 人，召開%[2]s；代表不少於 %[3]s 人，主席團 %[4]s 至 %[5]s 人，每屆任期 %[6]s 至 %[7]s 年，每年至少召開 %[8]s 次",
		"%[1]s staff: a %[2]s of at least %[3]s delegates, a presidium of %[4]s to %[5]s, a term of %[6]s to %[7]s years, sessions a year at least %[8]s"},
	{"democracy.minutes.apportion", "%[1]s 个代表名额按%[2]s分配到各选区，每个选区至少 %[3]s 名", "%[1]s 個代表名額按%[2]s分配到各選區，每個選區至少 %[3]s 名", "%[1]s seats shared by the %[2]s method, at least %[3]s per constituency"},
	{"democracy.minutes.constituency", "%[1]s（职工 %[2]s 人）：%[3]s 名", "%[1]s（職工 %[2]s 人）：%[3]s 名", "%[1]s (%[2]s staff): %[3]s"},
	{"democracy.minutes.roster", "表决代表 %[1]s 人，列席代表 %[2]s 人（不计入构成比例）", "表決代表 %[1]s 人，列席代表 %[2]s 人（不計入構成比例）", "%[1]s voting delegates, %[2]s attending without a vote (not counted in the shares)"},
	{"democracy.minutes.presidium", "主席团候选人 %[1]s 名：%[2]s", "主席團候選人 %[1]s 名：%[2]s", "presidium proposed, %[1]s members: %[2]s"},
	{"democracy.minutes.mark.ok", "【符合】", "【符合】", "[ok]"},
	{"democracy.minutes.mark.warn", "【提示】", "【提示】", "[note]"},
	{"democracy.minutes.mark.fail", "【不符合】", "【不符合】", "[breach]"},
	{"democracy.minutes.motion", "%[1]s. %[2]s（%[3]s）", "%[1]s. %[2]s（%[3]s）", "%[1]s. %[2]s (%[3]s)"},
	{"democracy.minutes.attendance", "应到 %[1]s 人，实到 %[2]s 人，法定人数 %[3]s 人", "應到 %[1]s 人，實到 %[2]s 人，法定人數 %[3]s 人", "%[1]s delegates, %[2]s present, quorum %[3]s"},
	{"democracy.minutes.vote", "赞成 %[1]s 票，反对 %[2]s 票，弃权 %[3]s 票；通过需 %[4]s 票", "贊成 %[1]s 票，反對 %[2]s 票，棄權 %[3]s 票；通過需 %[4]s 票", "for %[1]s, against %[2]s, abstain %[3]s; %[4]s needed to pass"},
	{"democracy.minutes.round", "第 %[1]s 轮（%[2]s）：应选 %[3]s 名，候选人 %[4]s", "第 %[1]s 輪（%[2]s）：應選 %[3]s 名，候選人 %[4]s", "Round %[1]s (%[2]s): seats %[3]s, candidates %[4]s"},
	{"democracy.minutes.write_in", "另选他人 %[1]s 得 %[2]s 票", "另選他人 %[1]s 得 %[2]s 票", "write-in %[1]s: %[2]s votes"},
	{"democracy.minutes.elected", "共当选 %[1]s 名：%[2]s", "共當選 %[1]s 名：%[2]s", "%[1]s elected in all: %[2]s"},

	// Sections 6 and 7: the round of wage consultation and the proposals.
	{"democracy.minutes.section.consultation", "六、工资集体协商：%[1]s", "六、工資集體協商：%[1]s", "6. Wage consultation: %[1]s"},
	{"democracy.minutes.consultation.negotiators", "协商代表：职工方 %[1]s 人，企业方 %[2]s 人", "協商代表：職工方 %[1]s 人，企業方 %[2]s 人", "negotiators: %[1]s for the workers, %[2]s for the employer"},
	{"democracy.minutes.consultation.schedule", "协商程序与期限（%[1]s）", "協商程序與期限（%[1]s）", "procedure and deadlines (%[1]s)"},
	{"democracy.minutes.consultation.step", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},
	{"democracy.minutes.consultation.vote", "职代会审议草案", "職代會審議草案", "the congress's vote on the draft"},
	{"democracy.minutes.consultation.terms", "合同条款审查", "合同條款審查", "the contract's terms"},
	{"democracy.minutes.consultation.guideline", "计划工资增幅对照工资指导线：%[1]s", "計劃工資增幅對照工資指導線：%[1]s", "planned raise against the wage guideline: %[1]s"},
	{"democracy.minutes.consultation.ok", "本轮工资集体协商符合规定", "本輪工資集體協商符合規定", "this round of wage consultation meets the rules"},
	{"democracy.minutes.consultation.not_ok", "本轮工资集体协商存在不符合规定之处", "本輪工資集體協商存在不符合規定之處", "this round of wage consultation breaks the rules"},
	{"democracy.minutes.section.proposals", "七、职代会提案（共 %[1]s 件）", "七、職代會提案（共 %[1]s 件）", "7. Proposals (%[1]s items)"},
	{"democracy.minutes.proposal.item", "%[1]s. %[2]s（提案人 %[3]s）：%[4]s", "%[1]s. %[2]s（提案人 %[3]s）：%[4]s", "%[1]s. %[2]s (proposed by %[3]s): %[4]s"},
	{"democracy.minutes.proposal.case", "案 %[1]s（含第 %[2]s 件），提案人 %[3]s", "案 %[1]s（含第 %[2]s 件），提案人 %[3]s", "case %[1]s (items %[2]s), proposers %[3]s"},
	{"democracy.minutes.proposal.stats", "收到 %[1]s 件，构成提案 %[2]s 件，立案 %[3]s 案", "收到 %[1]s 件，構成提案 %[2]s 件，立案 %[3]s 案", "%[1]s items received, %[2]s proposals, %[3]s cases"},
})
