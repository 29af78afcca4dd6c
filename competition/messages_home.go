package competition

import "github.com/gonghui/gonghui/internal/catalog"

func init() {
	catalog.Register("competition", homeMessages())
}

// homeMessages holds the texts of the codes package competition uses for
// 职工之家 score sheets, the star ratings of union facilities and the
// national title's preconditions.
func homeMessages() []catalog.Texts {
	return []catalog.Texts{
		{"field.as_of", "截至时间", "截至時間", "as of"},
		{"field.items.item", "评分项目", "評分項目", "item"},
		{"field.items.value", "申报值", "申報值", "reported value"},
		{"field.items.deductions", "扣分项", "扣分項", "deductions"},
		{"field.events.veto", "否决事项", "否決事項", "veto"},
		{"field.events.month", "发生月份", "發生月份", "month of the event"},
		{"field.staff", "职工人数", "職工人數", "staff"},
		{"field.surveyed", "参评会员数", "參評會員數", "members surveyed"},
		{"field.satisfied", "满意会员数", "滿意會員數", "members satisfied"},
		{"field.second_level_units", "二级单位数", "二級單位數", "second-level units"},
		{"field.second_level_titled", "获称号二级单位数", "獲稱號二級單位數", "second-level units titled"},
		{"competition.home.empty", "评分表既无评分项目也无否决项目", "評分表既無評分項目也無否決項目", "the sheet has neither items nor vetoes"},
		{"competition.home.steps_order", "须高于上一档 %[1]s", "須高於上一檔 %[1]s", "must be above the previous step's %[1]s"},
		{"competition.home.above_points", "超过该项分值 %[1]s", "超過該項分值 %[1]s", "exceeds the item's points, %[1]s"},
		{"competition.home.above", "不能超过 %[1]s", "不能超過 %[1]s", "must not exceed %[1]s"},
		{"competition.home.whole", "计数项须为整数", "計數項須為整數", "a count must be a whole number"},
		{"competition.home.after_as_of", "晚于考核月份 %[1]s", "晚於考核月份 %[1]s", "is after the assessment month %[1]s"},
		{"competition.home.not_reported", "%[1]s 未申报，计0分", "%[1]s 未申報，計0分", "%[1]s not reported: 0 points"},
		{"competition.home.awarded", "%[1]s 评审得分 %[2]s（满分 %[3]s）", "%[1]s 評審得分 %[2]s（滿分 %[3]s）", "%[1]s: reviewers' score %[2]s (out of %[3]s)"},
		{"competition.home.threshold_met", "%[1]s 为 %[2]s，达到 %[3]s 以上，得满分", "%[1]s 為 %[2]s，達到 %[3]s 以上，得滿分", "%[1]s is %[2]s, at least %[3]s: full points"},
		{"competition.home.threshold_missed", "%[1]s 为 %[2]s，未达到 %[3]s，不得分", "%[1]s 為 %[2]s，未達到 %[3]s，不得分", "%[1]s is %[2]s, below %[3]s: no points"},
		{"competition.home.step_none", "%[1]s 为 %[2]s，低于最低档 %[3]s，不得分", "%[1]s 為 %[2]s，低於最低檔 %[3]s，不得分", "%[1]s is %[2]s, below the lowest step %[3]s: no points"},
		{"competition.home.step", "%[1]s 为 %[2]s，达到 %[3]s 档，得 %[4]s 分", "%[1]s 為 %[2]s，達到 %[3]s 檔，得 %[4]s 分", "%[1]s is %[2]s, step %[3]s reached: %[4]s points"},
		{"competition.home.shortfall", "%[1]s 为 %[2]s，低于 %[3]s，差 %[4]s 档，扣 %[5]s 分", "%[1]s 為 %[2]s，低於 %[3]s，差 %[4]s 檔，扣 %[5]s 分", "%[1]s is %[2]s, below %[3]s by %[4]s step(s): −%[5]s"},
		{"competition.home.count", "%[1]s 共 %[2]s 次，每次 %[3]s 分，最高 %[4]s 分", "%[1]s 共 %[2]s 次，每次 %[3]s 分，最高 %[4]s 分", "%[1]s: %[2]s time(s) at %[3]s each, at most %[4]s"},
		{"competition.home.deduction", "%[1]s 扣分项 %[2]s：扣 %[3]s 分", "%[1]s 扣分項 %[2]s：扣 %[3]s 分", "%[1]s deduction %[2]s: −%[3]s"},
		{"competition.home.essential_unmet", "必备项目 %[1]s 未达标，不能评定等级", "必備項目 %[1]s 未達標，不能評定等級", "essential item %[1]s not met: no grade"},
		{"competition.home.total", "总分 %[1]s（满分 %[2]s）", "總分 %[1]s（滿分 %[2]s）", "total %[1]s (out of %[2]s)"},
		{"competition.home.veto", "一票否决：%[1]s", "一票否決：%[1]s", "veto: %[1]s"},
		{"competition.home.veto_window", "一票否决：%[1]s 发生于 %[2]s，在近 %[3]s 个月内", "一票否決：%[1]s 發生於 %[2]s，在近 %[3]s 個月內", "veto: %[1]s in %[2]s falls within the last %[3]s months"},
		{"competition.home.veto_expired", "%[1]s 发生于 %[2]s，已超出近 %[3]s 个月，不否决", "%[1]s 發生於 %[2]s，已超出近 %[3]s 個月，不否決", "%[1]s in %[2]s is outside the last %[3]s months: no veto"},
		{"competition.home.no_grade", "有否决项或必备项目未达标，不评定等级", "有否決項或必備項目未達標，不評定等級", "a veto applies or an essential item is not met: no grade"},
		{"competition.home.grade_requires", "%[1]s 须达标项目 %[2]s 未达标", "%[1]s 須達標項目 %[2]s 未達標", "%[1]s needs item %[2]s met"},
		{"competition.home.grade", "评定为 %[1]s（总分 %[2]s，不低于 %[3]s）", "評定為 %[1]s（總分 %[2]s，不低於 %[3]s）", "graded %[1]s (total %[2]s, at least %[3]s)"},
		{"competition.home.below", "总分 %[1]s，未达到任何等级", "總分 %[1]s，未達到任何等級", "total %[1]s reaches no grade"},
		{"competition.home.membership_met", "入会率 %[1]s / %[2]s，达到 %[3]s 以上", "入會率 %[1]s / %[2]s，達到 %[3]s 以上", "membership %[1]s of %[2]s staff: at least %[3]s"},
		{"competition.home.membership_short", "入会率 %[1]s / %[2]s，低于 %[3]s", "入會率 %[1]s / %[2]s，低於 %[3]s", "membership %[1]s of %[2]s staff: below %[3]s"},
		{"competition.home.satisfaction_met", "会员评价满意 %[1]s / %[2]s，达到 %[3]s 以上", "會員評價滿意 %[1]s / %[2]s，達到 %[3]s 以上", "%[1]s of %[2]s members satisfied: at least %[3]s"},
		{"competition.home.satisfaction_short", "会员评价满意 %[1]s / %[2]s，低于 %[3]s", "會員評價滿意 %[1]s / %[2]s，低於 %[3]s", "%[1]s of %[2]s members satisfied: below %[3]s"},
		{"competition.home.group_units_met", "二级单位获下级称号 %[1]s / %[2]s，达到 %[3]s 以上", "二級單位獲下級稱號 %[1]s / %[2]s，達到 %[3]s 以上", "%[1]s of %[2]s second-level units titled: at least %[3]s"},
		{"competition.home.group_units_short", "二级单位获下级称号 %[1]s / %[2]s，低于 %[3]s", "二級單位獲下級稱號 %[1]s / %[2]s，低於 %[3]s", "%[1]s of %[2]s second-level units titled: below %[3]s"},
		{"competition.home.lower_title", "已获下一级模范职工之家等称号", "已獲下一級模範職工之家等稱號", "holds the lower-level title"},
		{"competition.home.lower_title_missing", "未获下一级模范职工之家等称号", "未獲下一級模範職工之家等稱號", "does not hold the lower-level title"},
	}
}
