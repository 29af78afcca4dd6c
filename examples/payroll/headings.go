package main

import (
	"github.com/gonghui/gonghui/examples/internal/heading"
	"github.com/gonghui/gonghui/internal/catalog"
)

// headings are the program's own texts: the title and columns of the dues
// table, the totals and subtotals, and the lines of the union funds and
// their allocation. The reasons and the names of sectors, statuses, classes,
// kinds and parties come from package dues.
var headings = heading.New([]catalog.Texts{
	{"dues.label.title", "%[1]s 会费计算表", "%[1]s 會費計算表", "Member dues for %[1]s"},
	{"dues.label.member", "会员", "會員", "member"},
	{"dues.label.sector", "单位类型", "單位類型", "sector"},
	{"dues.label.status", "状态", "狀態", "status"},
	{"dues.label.class", "人员类别", "人員類別", "class"},
	{"dues.label.base", "基数", "基數", "base"},
	{"dues.label.amount", "会费", "會費", "dues"},
	{"dues.label.note", "说明", "說明", "note"},
	{"dues.label.rows", "（共 %[1]s 人，仅列前 %[2]s 人）", "（共 %[1]s 人，僅列前 %[2]s 人）", "(%[1]s members, first %[2]s shown)"},
	{"dues.label.errors", "错误记录", "錯誤記錄", "Bad records"},
	{"dues.label.totals", "合计：应交 %[1]s 人，免交 %[2]s 人，错误 %[3]s 条，会费 %[4]s", "合計：應交 %[1]s 人，免交 %[2]s 人，錯誤 %[3]s 條，會費 %[4]s", "Totals: %[1]s paying, %[2]s exempt, %[3]s bad records, dues %[4]s"},
	{"dues.label.by_sector", "按单位类型", "按單位類型", "By sector"},
	{"dues.label.by_status", "按状态", "按狀態", "By status"},
	{"dues.label.subtotal", "%[1]s：%[2]s 人，应交 %[3]s 人，免交 %[4]s 人，%[5]s", "%[1]s：%[2]s 人，應交 %[3]s 人，免交 %[4]s 人，%[5]s", "%[1]s: %[2]s members, %[3]s paying, %[4]s exempt, %[5]s"},
	{"dues.label.funds", "工会经费：工资总额 %[1]s，应拨缴 %[2]s（%[3]s）", "工會經費：工資總額 %[1]s，應撥繳 %[2]s（%[3]s）", "Union funds: wage bill %[1]s, %[2]s due (%[3]s)"},
	{"dues.label.allocation", "经费分成", "經費分成", "Allocation"},
	{"dues.label.share", "%[1]s：%[2]s", "%[1]s：%[2]s", "%[1]s: %[2]s"},
	{"dues.label.late", "逾期 %[1]s 天的滞纳金：%[2]s", "逾期 %[1]s 天的滯納金：%[2]s", "late fee for %[1]s days: %[2]s"},
	{"dues.label.source", "依据：%[1]s", "依據：%[1]s", "source: %[1]s"},
})
