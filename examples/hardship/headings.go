package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the title of the case sheet, the
// lines of each case and of its mutual-aid claim, and the summary. The
// reasons, the field errors, the preset's name and the names of categories,
// programmes, documents and outcomes come from package assistance.
var headings = heading.New([]catalog.Texts{
	{"assistance.sheet.title", "困难职工帮扶个案表（%[1]s，低保 %[2]s 元）", "困難職工幫扶個案表（%[1]s，低保 %[2]s 元）", "Hardship case sheet (%[1]s, minimum living standard %[2]s yuan)"},
	{"assistance.sheet.case", "个案 %[1]s：%[2]s，%[3]s 人户", "個案 %[1]s：%[2]s，%[3]s 人戶", "Case %[1]s: %[2]s, household of %[3]s"},
	{"assistance.sheet.category", "认定类别：%[1]s", "認定類別：%[1]s", "Category: %[1]s"},
	{"assistance.sheet.per_capita", "人均月收入 %[1]s 元，对照标准 %[2]s 元", "人均月收入 %[1]s 元，對照標準 %[2]s 元", "Per capita %[1]s yuan a month against a threshold of %[2]s yuan"},
	{"assistance.sheet.grant", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},
	{"assistance.sheet.total", "救助合计：%[1]s（大写：%[2]s）", "救助合計：%[1]s（大寫：%[2]s）", "Aid in total: %[1]s (in capitals: %[2]s)"},
	{"assistance.sheet.missing", "尚缺材料：%[1]s", "尚缺材料：%[1]s", "Documents missing: %[1]s"},
	{"assistance.sheet.reasons", "依据：", "依據：", "Reasons:"},
	{"assistance.sheet.review", "年度复核（%[1]s 建档，%[2]s 复核）：%[3]s", "年度複核（%[1]s 建檔，%[2]s 複核）：%[3]s", "Yearly review (filed %[1]s, reviewed %[2]s): %[3]s"},
	{"assistance.sheet.error", "无法评估：%[1]s", "無法評估：%[1]s", "Cannot assess: %[1]s"},
	{"assistance.sheet.summary", "共 %[1]s 户，认定 %[2]s 户，救助合计 %[3]s", "共 %[1]s 戶，認定 %[2]s 戶，救助合計 %[3]s", "%[1]s households, %[2]s filed, aid in total %[3]s"},
	{"assistance.sheet.none", "无", "無", "none"},
	{"assistance.sheet.no_aid", "本年无救助", "本年無救助", "No aid this year"},
	{"assistance.mutual.sheet", "职工医疗互助（%[1]s）申请 %[2]s：互助给付 %[3]s，剩余个人自付 %[4]s 计入本户医疗自付", "職工醫療互助（%[1]s）申請 %[2]s：互助給付 %[3]s，剩餘個人自付 %[4]s 計入本戶醫療自付", "mutual medical aid (%[1]s) claim %[2]s: paid %[3]s; %[4]s left as the person's self-paid medical cost"},
})
