package competition

import (
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/catalog"
	"github.com/gonghui/gonghui/union"
)

func init() {
	catalog.Register("competition", competitionMessages())
}

// competitionMessages holds the texts of the codes used by package competition.
func competitionMessages() []catalog.Texts {
	ms := []catalog.Texts{
		// Aggregation of judges' scores.
		{"competition.aggregate.trimmed", "各指标去掉%[1]s个最高分和%[1]s个最低分后取平均（评分裁判不少于%[2]s人时）", "各指標去掉%[1]s個最高分和%[1]s個最低分後取平均（評分裁判不少於%[2]s人時）", "per indicator, the %[1]s highest and %[1]s lowest scores dropped and the rest averaged (with at least %[2]s judges)"},
		{"competition.aggregate.mean", "各指标取评委评分的算术平均", "各指標取評委評分的算術平均", "per indicator, the plain mean of the judges' scores"},
		{"competition.aggregate.few_judges", "指标 %[1]s 仅有%[2]s名裁判评分（少于%[3]s名），取算术平均，不去最高最低分", "指標 %[1]s 僅有%[2]s名裁判評分（少於%[3]s名），取算術平均，不去最高最低分", "indicator %[1]s was scored by only %[2]s judges (fewer than %[3]s): plain mean, nothing dropped"},
		{"competition.normalised", "指标 %[1]s 越低越好：全场最优值 %[2]s，本人 %[3]s，折算得分 %[4]s", "指標 %[1]s 越低越好：全場最優值 %[2]s，本人 %[3]s，折算得分 %[4]s", "indicator %[1]s, lower is better: best in the field %[2]s, own %[3]s, normalised score %[4]s"},
		{"competition.veto", "一票否决：%[1]s，不参加排名", "一票否決：%[1]s，不參加排名", "one-vote veto: %[1]s; not ranked"},
		{"competition.bonus", "加分 %[1]s", "加分 %[1]s", "bonus %[1]s"},
		{"competition.deduction", "扣分 %[1]s", "扣分 %[1]s", "deduction %[1]s"},
		{"competition.bonus.capped", "加分 %[1]s 超过上限，按 %[2]s 计", "加分 %[1]s 超過上限，按 %[2]s 計", "bonus %[1]s exceeds the cap; %[2]s counted"},
		{"competition.deduction.capped", "扣分 %[1]s 超过上限，按 %[2]s 计", "扣分 %[1]s 超過上限，按 %[2]s 計", "deduction %[1]s exceeds the cap; %[2]s counted"},
		{"competition.absent.zero", "缺考指标 %[1]s，按零分计", "缺考指標 %[1]s，按零分計", "absent from %[1]s: scored zero"},
		{"competition.absent.disqualified", "缺考指标 %[1]s，取消资格", "缺考指標 %[1]s，取消資格", "absent from %[1]s: disqualified"},
		{"competition.pass.failed", "指标 %[1]s 得分 %[2]s 低于合格线 %[3]s，不参加排名", "指標 %[1]s 得分 %[2]s 低於合格線 %[3]s，不參加排名", "%[1]s score %[2]s is below the pass mark %[3]s; not ranked"},
		{"competition.total", "总成绩 %[1]s", "總成績 %[1]s", "total %[1]s"},
		{"competition.total.floor", "扣分后不足零分，按零分计", "扣分後不足零分，按零分計", "below zero after deductions: zero counted"},

		// Ties.
		{"competition.tie.ahead.indicator", "与 %[2]s 总成绩相同，按指标 %[1]s 得分高列前", "與 %[2]s 總成績相同，按指標 %[1]s 得分高列前", "same total as %[2]s; placed ahead on %[1]s"},
		{"competition.tie.behind.indicator", "与 %[2]s 总成绩相同，按指标 %[1]s 得分低列后", "與 %[2]s 總成績相同，按指標 %[1]s 得分低列後", "same total as %[2]s; placed behind on %[1]s"},
		{"competition.tie.ahead.time", "与 %[1]s 成绩相同，用时少者列前", "與 %[1]s 成績相同，用時少者列前", "same score as %[1]s; placed ahead on the shorter time"},
		{"competition.tie.behind.time", "与 %[1]s 成绩相同，用时多者列后", "與 %[1]s 成績相同，用時多者列後", "same score as %[1]s; placed behind on the longer time"},
		{"competition.tie.ahead.no_time", "与 %[1]s 成绩相同，本人有用时记录而对方没有，有记录者列前", "與 %[1]s 成績相同，本人有用時記錄而對方沒有，有記錄者列前", "same score as %[1]s, who has no recorded time; a recorded time is placed ahead of none"},
		{"competition.tie.behind.no_time", "与 %[1]s 成绩相同，本人没有用时记录，列于有记录的 %[1]s 之后", "與 %[1]s 成績相同，本人沒有用時記錄，列於有記錄的 %[1]s 之後", "same score as %[1]s; no recorded time, so placed behind %[1]s, who has one"},
		{"competition.tie.ahead.exact", "与 %[1]s 公布成绩相同，按未舍入成绩列前", "與 %[1]s 公佈成績相同，按未捨入成績列前", "same published total as %[1]s; placed ahead on the exact total"},
		{"competition.tie.behind.exact", "与 %[1]s 公布成绩相同，按未舍入成绩列后", "與 %[1]s 公佈成績相同，按未捨入成績列後", "same published total as %[1]s; placed behind on the exact total"},
		{"competition.tie.shared", "第%[1]s名并列：%[2]s", "第%[1]s名並列：%[2]s", "rank %[1]s shared: %[2]s"},
		{"competition.tie.undecided", "第%[1]s名不得并列：%[2]s 成绩完全相同，须由裁判组裁定", "第%[1]s名不得並列：%[2]s 成績完全相同，須由裁判組裁定", "rank %[1]s may not be shared: %[2]s are tied on every criterion; the jury must decide"},

		// Awards and titles.
		{"competition.award.tier", "%[1]s：%[2]s人", "%[1]s：%[2]s人", "%[1]s: %[2]s"},
		{"competition.award.cutoff_tie", "%[1]s 分界处成绩并列，多授%[2]s人", "%[1]s 分界處成績並列，多授%[2]s人", "tie at the %[1]s cut-off: %[2]s more awarded"},
		{"competition.award.field_too_small", "参赛排名人数%[1]s人，不足%[2]s人，不设奖项", "參賽排名人數%[1]s人，不足%[2]s人，不設獎項", "%[1]s ranked entrants, fewer than %[2]s: no awards"},
		{"competition.award.provisional", "第%[1]s名并列待裁定，相关奖项暂定", "第%[1]s名並列待裁定，相關獎項暫定", "rank %[1]s is tied pending the jury's decision; the awards it touches are provisional"},
		{"competition.title.field_too_small", "%[1]s：排名人数%[2]s人，不足%[3]s人，不授予", "%[1]s：排名人數%[2]s人，不足%[3]s人，不授予", "%[1]s: %[2]s ranked entrants, fewer than %[3]s; not given"},
		{"competition.tiers.quota", "奖项须且只能设定比例、名额或累计比例之一", "獎項須且只能設定比例、名額或累計比例之一", "a tier must set exactly one of share, count or reach"},
		{"competition.title.condition", "称号须设定名次范围或获奖等级", "稱號須設定名次範圍或獲獎等級", "a title needs a rank range or tiers"},
		{"competition.unknown_preset", "不是已知的预设，可用：%[1]s", "不是已知的預設，可用：%[1]s", "is not a known preset; known: %[1]s"},
		{"competition.too_many_lines", "参赛者人数 × 指标数为 %[1]s，超过上限 %[2]s", "參賽者人數 × 指標數為 %[1]s，超過上限 %[2]s", "entrants × indicators is %[1]s, above the limit of %[2]s"},
		{"competition.indicator.reserved", "“%[1]s”为保留字，不能作为指标编号", "「%[1]s」為保留字，不能作為指標編號", "\"%[1]s\" is reserved and cannot be an indicator ID"},

		// Tier names.
		{"competition.tier_name.first", "一等奖", "一等獎", "First prize"},
		{"competition.tier_name.second", "二等奖", "二等獎", "Second prize"},
		{"competition.tier_name.third", "三等奖", "三等獎", "Third prize"},
		{"competition.tier_name.gold", "金牌", "金牌", "Gold medal"},
		{"competition.tier_name.silver", "银牌", "銀牌", "Silver medal"},
		{"competition.tier_name.bronze", "铜牌", "銅牌", "Bronze medal"},
		{"competition.tier_name.excellence", "优胜奖", "優勝獎", "Award of excellence"},

		// Title names.
		{"competition.title_name.national_skill_expert", "全国技术能手", "全國技術能手", "National Technical Expert"},
		{"competition.title_name.provincial_skill_expert", "省技术能手", "省技術能手", "Provincial Technical Expert"},
		{"competition.title_name.national_may_day_medal", "推荐全国五一劳动奖章", "推薦全國五一勞動獎章", "nominated for the National May Day Labour Medal"},
		{"competition.title_name.provincial_may_day_medal", "省五一劳动奖章", "省五一勞動獎章", "Provincial May Day Labour Medal"},
		{"competition.title_name.medal", "奖牌", "獎牌", "medal"},
		{"competition.title_name.promote_technician", "晋升技师（已是技师者晋升高级技师）", "晉升技師（已是技師者晉升高級技師）", "promotion to technician (senior technician if already one)"},
		{"competition.title_name.promote_senior_worker", "晋升高级工", "晉升高級工", "promotion to senior worker"},
		{"competition.title_name.promote_intermediate", "晋升中级工", "晉升中級工", "promotion to intermediate worker"},
		{"competition.title_name.promote_one_level", "晋升一级职业技能等级", "晉升一級職業技能等級", "promotion by one skill level"},
		{"competition.title_name.young_eagle", "雏鹰奖", "雛鷹獎", "Young Eagle award"},
		{"competition.title_name.provincial_craftsman", "推荐省级工匠", "推薦省級工匠", "nominated as provincial craftsman"},

		// Skill levels and promotion.
		{"competition.level.unqualified", "无职业技能等级", "無職業技能等級", "no skill level"},
		{"competition.level.junior", "初级工", "初級工", "junior worker"},
		{"competition.level.intermediate", "中级工", "中級工", "intermediate worker"},
		{"competition.level.senior", "高级工", "高級工", "senior worker"},
		{"competition.level.technician", "技师", "技師", "technician"},
		{"competition.level.senior_technician", "高级技师", "高級技師", "senior technician"},
		{"competition.promotion.junior", "晋升为初级工", "晉升為初級工", "promoted to junior worker"},
		{"competition.promotion.intermediate", "晋升为中级工", "晉升為中級工", "promoted to intermediate worker"},
		{"competition.promotion.senior", "晋升为高级工", "晉升為高級工", "promoted to senior worker"},
		{"competition.promotion.technician", "晋升为技师", "晉升為技師", "promoted to technician"},
		{"competition.promotion.senior_technician", "晋升为高级技师", "晉升為高級技師", "promoted to senior technician"},
		{"competition.promotion.top", "已是最高等级，不再晋升", "已是最高等級，不再晉升", "already at the top level: no further promotion"},

		// Directions.
		{"competition.direction.higher", "越高越好", "越高越好", "higher is better"},
		{"competition.direction.lower", "越低越好", "越低越好", "lower is better"},

		// Teams.
		{"competition.team.sum", "团体成绩为 %[1]s 的成绩之和：%[2]s", "團體成績為 %[1]s 的成績之和：%[2]s", "team score, the sum of %[1]s: %[2]s"},
		{"competition.team.mean", "团体成绩为 %[1]s 的成绩平均：%[2]s", "團體成績為 %[1]s 的成績平均：%[2]s", "team score, the mean of %[1]s: %[2]s"},
		{"competition.team.vetoed_member", "队员 %[1]s 被取消资格，成绩按零计", "隊員 %[1]s 被取消資格，成績按零計", "member %[1]s is disqualified and counts zero"},

		// Honours: employer bars.
		{"competition.honour.wage_arrears", "当年存在拖欠工资，不得申报", "當年存在拖欠工資，不得申報", "wages in arrears this year: may not apply"},
		{"competition.honour.insurance_arrears", "当年欠缴社会保险费，不得申报", "當年欠繳社會保險費，不得申報", "social insurance unpaid this year: may not apply"},
		{"competition.honour.no_union", "未建立工会，不得申报", "未建立工會，不得申報", "no trade union: may not apply"},
		{"competition.honour.no_congress", "未建立职代会或集体合同制度，不得申报", "未建立職代會或集體合同制度，不得申報", "no workers' congress or collective contract: may not apply"},
		{"competition.honour.incident", "%[1]s 发生安全生产事故、严重职业危害或群体性事件，%[2]s 前不得申报", "%[1]s 發生安全生產事故、嚴重職業危害或群體性事件，%[2]s 前不得申報", "safety accident, serious occupational hazard or mass incident in %[1]s: may not apply before %[2]s"},
		{"competition.honour.clear", "无否决情形，可以申报", "無否決情形，可以申報", "no bar found: may apply"},

		// Nomination quotas.
		{"competition.quota.met", "%[1]s：%[2]s人，占 %[3]s，符合比例要求", "%[1]s：%[2]s人，佔 %[3]s，符合比例要求", "%[1]s: %[2]s, a share of %[3]s, within the quota"},
		{"competition.quota.below", "%[1]s：%[2]s人，占 %[3]s，低于不少于 %[4]s 的要求", "%[1]s：%[2]s人，佔 %[3]s，低於不少於 %[4]s 的要求", "%[1]s: %[2]s, a share of %[3]s, below the minimum %[4]s"},
		{"competition.quota.above", "%[1]s：%[2]s人，占 %[3]s，超过不超过 %[4]s 的限制", "%[1]s：%[2]s人，佔 %[3]s，超過不超過 %[4]s 的限制", "%[1]s: %[2]s, a share of %[3]s, above the maximum %[4]s"},

		// Rationalisation proposals.
		{"competition.proposal.band", "年经济效益 %[2]s 元，属第%[1]s等，奖金 %[3]s 至 %[4]s 元", "年經濟效益 %[2]s 元，屬第%[1]s等，獎金 %[3]s 至 %[4]s 元", "annual benefit %[2]s yuan: tier %[1]s, award %[3]s to %[4]s yuan"},
		{"competition.proposal.borrowed", "借鉴已经应用的科技成果，由第%[1]s等降低一个等级，按第%[2]s等奖励", "借鑒已經應用的科技成果，由第%[1]s等降低一個等級，按第%[2]s等獎勵", "borrows a result already applied: one tier lower, from tier %[1]s to tier %[2]s"},
		{"competition.proposal.borrowed_last", "借鉴已经应用的科技成果，第%[1]s等已是最低等级，不再降低", "借鑒已經應用的科技成果，第%[1]s等已是最低等級，不再降低", "borrows a result already applied; tier %[1]s is already the lowest"},
		{"competition.proposal.reserve", "作为技术储备，在第%[1]s等的限额内酌情奖励", "作為技術儲備，在第%[1]s等的限額內酌情獎勵", "adopted as a technical reserve: an award within the limit of tier %[1]s"},
		{"competition.proposal.no_double", "该项目已获第%[1]s等奖励，不高于已获等级（第%[2]s等），不得重复得奖", "該項目已獲第%[1]s等獎勵，不高於已獲等級（第%[2]s等），不得重複得獎", "the project already holds a tier %[1]s award, no lower than tier %[2]s: no double award"},
		{"competition.proposal.difference", "已发放奖金 %[1]s 元予以剔除，只补发差额 %[2]s 至 %[3]s 元", "已發放獎金 %[1]s 元予以剔除，只補發差額 %[2]s 至 %[3]s 元", "%[1]s yuan already paid is deducted: only the difference, %[2]s to %[3]s yuan, is paid"},
		{"competition.proposal.no_rule", "所用奖励标准没有这一情形的规定", "所用獎勵標準沒有這一情形的規定", "the award table has no rule for this case"},
	}
	// Labels of the fields of competition's policies and inputs, for error
	// texts ("field.<path without indices>"). The plan's fields also appear
	// under "plan." (Scheme.Award prefixes them). "bands" and "preset" are
	// labelled by another package with words that fit here too.
	plan := []catalog.Texts{
		{"tiers", "奖项等级", "獎項等級", "award tiers"},
		{"tiers.name", "奖项名称", "獎項名稱", "tier name"},
		{"tiers.share", "奖项比例", "獎項比例", "tier share"},
		{"tiers.count", "奖项名额", "獎項名額", "tier count"},
		{"tiers.reach", "奖项累计比例", "獎項累計比例", "tier reach"},
		{"min_field", "最少参赛排名人数", "最少參賽排名人數", "minimum field"},
		{"quota_rounding", "名额取整方式", "名額取整方式", "quota rounding"},
		{"titles", "称号与晋升", "稱號與晉升", "titles"},
		{"titles.title", "称号", "稱號", "title"},
		{"titles.from", "称号起始名次", "稱號起始名次", "title's first rank"},
		{"titles.to", "称号截止名次", "稱號截止名次", "title's last rank"},
		{"titles.tiers", "获得称号的奖项等级", "獲得稱號的獎項等級", "tiers earning the title"},
		{"titles.min_field", "授予称号的最少排名人数", "授予稱號的最少排名人數", "title's minimum field"},
	}
	for _, l := range plan {
		ms = append(ms, catalog.Texts{"field." + l[0], l[1], l[2], l[3]}, catalog.Texts{"field.plan." + l[0], "奖项方案" + l[1], "獎項方案" + l[2], "plan's " + l[3]})
	}
	for _, l := range []catalog.Texts{
		{"indicators", "评分指标", "評分指標", "indicators"},
		{"indicators.id", "指标编号", "指標編號", "indicator ID"},
		{"indicators.weight", "指标权重", "指標權重", "indicator weight"},
		{"indicators.max", "指标满分", "指標滿分", "indicator maximum"},
		{"indicators.direction", "指标方向", "指標方向", "indicator direction"},
		{"indicators.full", "折算满分", "折算滿分", "full mark of a normalised indicator"},
		{"indicators.pass", "合格线", "合格線", "pass mark"},
		{"indicators.weight_cap", "权重上限", "權重上限", "weight cap"},
		{"trim", "去掉最高分和最低分的个数", "去掉最高分和最低分的個數", "scores trimmed at each end"},
		{"min_judges", "去分所需最少裁判人数", "去分所需最少裁判人數", "judges needed for trimming"},
		{"places", "保留位数", "保留位數", "decimal places"},
		{"norm_places", "折算得分保留位数", "折算得分保留位數", "decimals of normalised scores"},
		{"tie_break", "同分比较顺序", "同分比較順序", "tie-break order"},
		{"tie_on", "同分判定依据", "同分判定依據", "basis of ties"},
		{"no_shared_top", "不得并列的名次数", "不得並列的名次數", "places never shared"},
		{"max_bonus", "加分上限", "加分上限", "bonus cap"},
		{"max_deduction", "扣分上限", "扣分上限", "deduction cap"},
		{"absent", "缺考处理", "缺考處理", "absence rule"},
		{"entries", "参赛者", "參賽者", "entrants"},
		{"entries.id", "参赛者编号", "參賽者編號", "entrant ID"},
		{"entries.scores", "评分", "評分", "scores"},
		{"entries.bonus", "加分", "加分", "bonus"},
		{"entries.deduction", "扣分", "扣分", "deduction"},
		{"entries.veto", "一票否决事由", "一票否決事由", "veto"},
		{"entries.time", "用时", "用時", "time"},
		{"entries.scores.count", "评分总数", "評分總數", "number of scores"},
		{"mode", "计算方式", "計算方式", "mode"},
		{"teams", "参赛团体", "參賽團體", "teams"},
		{"teams.id", "团体编号", "團體編號", "team ID"},
		{"teams.members", "团体成员", "團體成員", "team members"},
		{"teams.time", "团体用时", "團體用時", "team time"},
		{"ranking.standings", "排名", "排名", "standings"},
		{"ranking.standings.total", "排名中的总成绩", "排名中的總成績", "total in the ranking"},
		{"quotas", "推荐比例", "推薦比例", "quotas"},
		{"quotas.group", "推荐比例的群体", "推薦比例的群體", "quota group"},
		{"quotas.min", "最低比例", "最低比例", "minimum share"},
		{"quotas.max", "最高比例", "最高比例", "maximum share"},
		{"nominees", "推荐名单", "推薦名單", "nominees"},
		{"nominees.id", "推荐对象编号", "推薦對象編號", "nominee ID"},
		{"nominees.groups", "推荐对象所属群体", "推薦對象所屬群體", "nominee groups"},
		{"bands.tier", "奖励等级", "獎勵等級", "tier"},
		{"bands.from", "年经济效益下限", "年經濟效益下限", "lower bound of annual benefit"},
		{"bands.min", "奖金下限", "獎金下限", "lowest award"},
		{"bands.max", "奖金上限", "獎金上限", "highest award"},
		{"borrowed_lower", "借鉴成果降一等", "借鑒成果降一等", "borrowed results one tier lower"},
		{"reserve_in_last", "技术储备按末等奖励", "技術儲備按末等獎勵", "reserves within the last tier"},
		{"benefit", "年经济效益", "年經濟效益", "annual economic benefit"},
		{"borrowed", "借鉴已应用成果", "借鑒已應用成果", "borrowed result"},
		{"reserve", "技术储备", "技術儲備", "technical reserve"},
		{"prior_tier", "已获奖励等级", "已獲獎勵等級", "tier already awarded"},
		{"prior_paid", "已发放奖金", "已發放獎金", "amount already paid"},
		{"lookback_months", "事故追溯月数", "事故追溯月數", "months an incident bars"},
		{"incidents", "安全事故等事件", "安全事故等事件", "incidents"},
		{"at", "申报月份", "申報月份", "month of application"},
	} {
		ms = append(ms, catalog.Texts{"field." + l[0], l[1], l[2], l[3]})
	}
	return ms
}

// nameText returns the localized text of a name code (an enum value, a tier
// or title key), which has no arguments; the source names the package's
// message table, as a name is not a rule.
func nameText(code string, tag language.Tag) string {
	return union.Label(tag, code)
}
