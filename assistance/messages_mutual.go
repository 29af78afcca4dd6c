package assistance

import "github.com/gonghui/gonghui/internal/catalog"

func init() {
	catalog.Register("assistance", mutualMessages())
}

// mutualMessages holds the texts of the codes package assistance uses for
// 职工医疗互助 (workers' mutual medical aid): reasons of a claim's payout and
// of a unit's enrolment, and the errors of plans and claims.
func mutualMessages() []catalog.Texts {
	return []catalog.Texts{
		{"field.shares_held", "互助份数", "互助份數", "shares held"},
		{"field.cover_start", "保障开始日", "保障開始日", "cover start"},
		{"field.member.status", "在职状态", "在職狀態", "employment status"},
		{"field.member.sex", "性别", "性別", "sex"},
		{"field.member.birth", "出生日期", "出生日期", "birth date"},
		{"field.stay", "住院", "住院", "hospital stay"},
		{"field.stay.admitted", "入院日期", "入院日期", "admission date"},
		{"field.stay.discharged", "出院日期", "出院日期", "discharge date"},
		{"field.stay.hospital_grade", "医院等级", "醫院等級", "hospital grade"},
		{"field.stay.total", "住院总费用", "住院總費用", "total cost of the stay"},
		{"field.stay.out_of_catalogue", "全自费费用", "全自費費用", "cost outside the insurance catalogue"},
		{"field.stay.deductible", "起付线", "起付線", "deductible"},
		{"field.stay.excluded", "不计入基数的费用", "不計入基數的費用", "excluded charges"},
		{"field.stay.basic_insurance", "基本医疗保险支付", "基本醫療保險支付", "paid by basic medical insurance"},
		{"field.stay.serious_illness", "大病保险支付", "大病保險支付", "paid by serious-illness insurance"},
		{"field.diagnosis.disease", "确诊病种", "確診病種", "disease diagnosed"},
		{"field.diagnosis.date", "确诊日期", "確診日期", "diagnosis date"},
		{"field.commercial", "商业保险支付", "商業保險支付", "paid by commercial insurance"},
		{"field.paid_before.inpatient", "本期已付住院补助", "本期已付住院補助", "inpatient benefit paid before"},
		{"field.paid_before.allowance", "本期已付住院津贴", "本期已付住院津貼", "allowance paid before"},
		{"field.paid_before.diseases", "本期已付病种", "本期已付病種", "diseases paid before"},
		{"field.claims", "互助申请", "互助申請", "claims"},
		{"assistance.mutual.no_benefit", "互助计划未规定任何给付（住院补助、住院津贴或病种定额）", "互助計劃未規定任何給付（住院補助、住院津貼或病種定額）", "the plan sets no benefit (inpatient share, daily allowance or disease grant)"},
		{"assistance.mutual.steps_order", "须大于上一档的天数 %[1]s", "須大於上一檔的天數 %[1]s", "must be above the previous step's day %[1]s"},
		{"assistance.mutual.nothing_claimed", "申请既无住院也无确诊病种", "申請既無住院也無確診病種", "the claim has neither a hospital stay nor a diagnosis"},
		{"assistance.mutual.exceeds", "超过可支付的费用 %[1]s", "超過可支付的費用 %[1]s", "exceeds the cost it can pay, %[1]s"},
		{"assistance.mutual.paid_before_later", "同一期的后续申请不得另报已给付金额（已由前一申请 %[1]s 结转）", "同一期的後續申請不得另報已給付金額（已由前一申請 %[1]s 結轉）", "a later claim of the same period may not state amounts paid before (carried from claim %[1]s)"},
		{"assistance.mutual.cover", "保障期 %[1]s 至 %[2]s，%[3]s 份", "保障期 %[1]s 至 %[2]s，%[3]s 份", "cover from %[1]s to %[2]s, %[3]s share(s)"},
		{"assistance.mutual.not_in_force", "保障开始月份 %[1]s 不在本计划的施行期 %[2]s 内", "保障開始月份 %[1]s 不在本計劃的施行期 %[2]s 內", "cover starting in %[1]s is outside the plan's months %[2]s"},
		{"assistance.mutual.eligible", "符合参加互助的条件", "符合參加互助的條件", "the member may join the plan"},
		{"assistance.mutual.not_member", "非工会会员，不能参加互助", "非工會會員，不能參加互助", "not a union member: may not join the plan"},
		{"assistance.mutual.not_in_service", "非在职职工（%[1]s），不能参加互助", "非在職職工（%[1]s），不能參加互助", "not in service (%[1]s): may not join the plan"},
		{"assistance.mutual.no_insurance", "未参加基本医疗保险，不能参加互助", "未參加基本醫療保險，不能參加互助", "no basic medical insurance: may not join the plan"},
		{"assistance.mutual.sex", "本计划不适用于该性别（%[1]s）", "本計劃不適用於該性別（%[1]s）", "the plan is not for this sex (%[1]s)"},
		{"assistance.mutual.age", "保障开始时年满 %[1]s 周岁，须未满 %[2]s 周岁", "保障開始時年滿 %[1]s 週歲，須未滿 %[2]s 週歲", "aged %[1]s when cover starts; must be under %[2]s"},
		{"assistance.mutual.before_cover", "%[1]s 早于保障开始日 %[2]s，不予给付", "%[1]s 早於保障開始日 %[2]s，不予給付", "%[1]s is before cover starts on %[2]s: not paid"},
		{"assistance.mutual.after_cover", "%[1]s 晚于保障截止日 %[2]s，不予给付", "%[1]s 晚於保障截止日 %[2]s，不予給付", "%[1]s is after cover ends on %[2]s: not paid"},
		{"assistance.mutual.waiting", "%[1]s 在保障开始后第 %[2]s 日，观察期 %[3]s 日未满，不予给付", "%[1]s 在保障開始後第 %[2]s 日，觀察期 %[3]s 日未滿，不予給付", "%[1]s is day %[2]s of cover, within the %[3]s-day waiting period: not paid"},
		{"assistance.mutual.waiting_waived", "连续续保，免除 %[1]s 日观察期", "連續續保，免除 %[1]s 日觀察期", "renewed without a break: the %[1]s-day waiting period is waived"},
		{"assistance.mutual.before_mutual", "住院总费用 %[1]s，基本医疗保险支付 %[2]s，大病保险支付 %[3]s，个人负担 %[4]s", "住院總費用 %[1]s，基本醫療保險支付 %[2]s，大病保險支付 %[3]s，個人負擔 %[4]s", "stay cost %[1]s; basic insurance paid %[2]s, serious-illness insurance %[3]s; the member bears %[4]s"},
		{"assistance.mutual.inpatient_covered", "住院补助：医保范围内费用 %[1]s × %[2]s = %[3]s", "住院補助：醫保範圍內費用 %[1]s × %[2]s = %[3]s", "inpatient benefit: cost within the insurance catalogue %[1]s × %[2]s = %[3]s"},
		{"assistance.mutual.inpatient_self_paid", "住院补助：起付线以上个人自付 %[1]s × %[2]s = %[3]s", "住院補助：起付線以上個人自付 %[1]s × %[2]s = %[3]s", "inpatient benefit: self-paid cost above the deductible %[1]s × %[2]s = %[3]s"},
		{"assistance.mutual.cap", "本期最高 %[1]s，已给付 %[2]s，本次给付 %[3]s", "本期最高 %[1]s，已給付 %[2]s，本次給付 %[3]s", "capped at %[1]s a period; %[2]s paid before, %[3]s paid now"},
		{"assistance.mutual.hospital_grade", "医院等级 %[1]s 低于要求的 %[2]s 级", "醫院等級 %[1]s 低於要求的 %[2]s 級", "hospital grade %[1]s is below the grade %[2]s required"},
		{"assistance.mutual.allowance", "住院 %[1]s 天，自第 %[2]s 天起计 %[3]s 天，每天 %[4]s，津贴 %[5]s", "住院 %[1]s 天，自第 %[2]s 天起計 %[3]s 天，每天 %[4]s，津貼 %[5]s", "stay of %[1]s days, paid from day %[2]s: %[3]s days at %[4]s, allowance %[5]s"},
		{"assistance.mutual.not_listed", "病种 %[1]s 不在本计划给付范围内", "病種 %[1]s 不在本計劃給付範圍內", "disease %[1]s is not listed by the plan"},
		{"assistance.mutual.grant_paid", "病种 %[1]s 本期已给付，不再给付", "病種 %[1]s 本期已給付，不再給付", "the grant for %[1]s was already paid this period"},
		{"assistance.mutual.grant", "病种 %[1]s 于保障开始后第 %[2]s 日确诊，定额给付 %[3]s", "病種 %[1]s 於保障開始後第 %[2]s 日確診，定額給付 %[3]s", "%[1]s diagnosed on day %[2]s of cover: fixed grant %[3]s"},
		{"assistance.mutual.remaining", "互助给付 %[1]s，商业保险支付 %[2]s，剩余个人负担 %[3]s 计入困难帮扶的医疗自付", "互助給付 %[1]s，商業保險支付 %[2]s，剩餘個人負擔 %[3]s 計入困難幫扶的醫療自付", "mutual aid paid %[1]s, commercial insurance %[2]s; %[3]s is left as the self-paid cost for hardship aid"},
		{"assistance.mutual.unit_all", "%[1]s 人以下的单位须全员参加", "%[1]s 人以下的單位須全員參加", "a unit of %[1]s or fewer enrols everyone"},
		{"assistance.mutual.unit_floor", "%[1]s 类单位参加人数不低于会员的 %[2]s", "%[1]s 類單位參加人數不低於會員的 %[2]s", "a unit of class %[1]s enrols at least %[2]s of its members"},
		{"assistance.mutual.unit_meets", "参加 %[1]s 人 / 会员 %[2]s 人，至少 %[3]s 人：符合", "參加 %[1]s 人 / 會員 %[2]s 人，至少 %[3]s 人：符合", "%[1]s of %[2]s members enrolled, at least %[3]s needed: met"},
		{"assistance.mutual.unit_short", "参加 %[1]s 人 / 会员 %[2]s 人，至少 %[3]s 人：不足", "參加 %[1]s 人 / 會員 %[2]s 人，至少 %[3]s 人：不足", "%[1]s of %[2]s members enrolled, at least %[3]s needed: short"},
	}
}
