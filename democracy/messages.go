package democracy

import (
	"strings"

	"github.com/gonghui/gonghui/internal/catalog"
)

func init() {
	catalog.Register("democracy", democracyMessages())
}

// democracyMessages holds the texts of the codes used by package democracy:
// its reasons, its field errors and the names of its enums.
func democracyMessages() []catalog.Texts {
	msgs := []catalog.Texts{
		// Thresholds and policies.
		{"democracy.threshold.at_least", "%[3]s的 %[1]s/%[2]s 以上", "%[3]s的 %[1]s/%[2]s 以上", "at least %[1]s/%[2]s of %[3]s"},
		{"democracy.threshold.more_than", "超过%[3]s的 %[1]s/%[2]s", "超過%[3]s的 %[1]s/%[2]s", "more than %[1]s/%[2]s of %[3]s"},
		{"democracy.threshold.above_one", "比例不能大于 1，也不能要求“超过全体”", "比例不能大於 1，也不能要求「超過全體」", "share must not exceed 1, nor require more than everyone"},
		{"democracy.policy.quorum_base", "法定人数必须以全体（应到）人数为基数", "法定人數必須以全體（應到）人數為基數", "a quorum must be measured against everyone entitled"},
		{"democracy.base.all", "全体（应到）人数", "全體（應到）人數", "all entitled"},
		{"democracy.base.present", "实到人数", "實到人數", "those present"},
		{"democracy.base.cast", "投票数", "投票數", "votes cast"},

		// Input problems.
		{"democracy.vote.exceeds_present", "赞成、反对、弃权票合计不能超过出席人数 %[1]s", "贊成、反對、棄權票合計不能超過出席人數 %[1]s", "for, against and abstain together must not exceed the %[1]s present"},
		{"democracy.apportion.all_zero", "各选区人数均为零，无法按比例分配名额", "各選區人數均為零，無法按比例分配名額", "every constituency is empty: seats cannot be shared in proportion"},
		{"democracy.election.margin", "应选 %[1]s 名、差额率不低于 %[3]s 时，候选人应不少于 %[2]s 名", "應選 %[1]s 名、差額率不低於 %[3]s 時，候選人應不少於 %[2]s 名", "with %[1]s seats and a margin of at least %[3]s there must be at least %[2]s candidates"},
		{"democracy.unknown_preset", "没有这个预设，可用的预设：%[1]s", "沒有這個預設，可用的預設：%[1]s", "is not a preset; the presets are %[1]s"},
		{"democracy.next.none", "没有需要再次投票的名额或候选人", "沒有需要再次投票的名額或候選人", "nothing is left to vote on"},

		// Plan.
		{"democracy.plan.congress", "职工人数达到规定，应当召开职工代表大会", "職工人數達到規定，應當召開職工代表大會", "the headcount requires a staff and workers' congress"},
		{"democracy.plan.general_meeting", "职工人数较少，一般召开职工大会，也可召开职工代表大会", "職工人數較少，一般召開職工大會，也可召開職工代表大會", "a small unit normally holds a general meeting of all staff; a congress is allowed"},
		{"democracy.plan.general_meeting_may", "职工人数较少，可以召开职工大会代行职工代表大会职权", "職工人數較少，可以召開職工大會代行職工代表大會職權", "a small unit may hold a general meeting with the congress's powers"},
		{"democracy.plan.general_meeting_only", "职工人数较少，应当召开职工大会", "職工人數較少，應當召開職工大會", "a small unit must hold a general meeting of all staff"},
		{"democracy.plan.delegates", "职工代表名额按职工人数确定", "職工代表名額按職工人數確定", "the number of delegates follows the headcount"},
		{"democracy.plan.band_gap.larger", "职工人数恰在两档之间，条文未规定；取两档下限中较大者", "職工人數恰在兩檔之間，條文未規定；取兩檔下限中較大者", "the headcount falls between two bands the text leaves open; the larger minimum is taken"},
		{"democracy.plan.band_gap.below", "职工人数恰在两档之间，条文未规定；按下一档计算", "職工人數恰在兩檔之間，條文未規定；按下一檔計算", "the headcount falls between two bands the text leaves open; the lower band is applied"},
		{"democracy.plan.band_gap.above", "职工人数恰在两档之间，条文未规定；按上一档基数计算", "職工人數恰在兩檔之間，條文未規定；按上一檔基數計算", "the headcount falls between two bands the text leaves open; the upper band's base is applied"},
		{"democracy.plan.unverified", "此项规则仅见于二手资料，条文未经核实", "此項規則僅見於二手資料，條文未經核實", "this rule was seen only in secondary sources and is unverified"},
		{"democracy.plan.presidium", "主席团人数按代表人数确定", "主席團人數按代表人數確定", "the presidium's size follows the number of delegates"},
		{"democracy.plan.presidium_overlap", "代表人数同属两档主席团规定，以强制性规定为准，其次取人数较多者", "代表人數同屬兩檔主席團規定，以強制性規定為準，其次取人數較多者", "the number of delegates falls in two presidium bands; the mandatory one governs, then the larger"},
		{"democracy.plan.presidium_permissive", "主席团人数为可选规定（可以设），不符时仅作提示", "主席團人數為可選規定（可以設），不符時僅作提示", "the presidium's size is permissive (may): a size outside it is only a warning"},
		{"democracy.plan.presidium_none", "规定未设主席团人数", "規定未設主席團人數", "the rules set no presidium size"},
		{"democracy.plan.single_chair", "职工大会可选举大会执行主席一人", "職工大會可選舉大會執行主席一人", "the general meeting may elect a single chair"},
		{"democracy.plan.term", "届期与会议次数", "屆期與會議次數", "term and sessions"},

		// Composition.
		{"democracy.check.delegates", "表决代表 %[1]s 人；职工 %[3]s 人，代表应不少于 %[2]s 人", "表決代表 %[1]s 人；職工 %[3]s 人，代表應不少於 %[2]s 人", "%[1]s voting delegates; %[3]s staff need at least %[2]s"},
		{"democracy.check.dispatched", "有表决权的劳务派遣职工代表 %[1]s 人（应为列席代表）", "有表決權的勞務派遣職工代表 %[1]s 人（應為列席代表）", "%[1]s dispatched workers hold a vote (they should attend without one)"},
		{"democracy.check.pass", "代表构成符合规定", "代表構成符合規定", "the delegates' composition meets the rules"},
		{"democracy.check.fail", "代表构成不符合规定", "代表構成不符合規定", "the delegates' composition breaks the rules"},
		{"democracy.check.presidium.min", "主席团 %[1]s 人；代表 %[3]s 人时应不少于 %[2]s 人", "主席團 %[1]s 人；代表 %[3]s 人時應不少於 %[2]s 人", "%[1]s presidium members; %[3]s delegates need at least %[2]s"},
		{"democracy.check.presidium.max", "主席团 %[1]s 人；代表 %[3]s 人时应不多于 %[2]s 人", "主席團 %[1]s 人；代表 %[3]s 人時應不多於 %[2]s 人", "%[1]s presidium members; %[3]s delegates allow at most %[2]s"},
		{"democracy.check.presidium.overlap", "代表 %[1]s 人同时属于两个主席团人数档次，以强制性规定为准", "代表 %[1]s 人同時屬於兩個主席團人數檔次，以強制性規定為準", "%[1]s delegates fall in two presidium bands; the mandatory one governs"},
		{"democracy.check.presidium.unset", "代表 %[1]s 人时未规定主席团人数", "代表 %[1]s 人時未規定主席團人數", "no presidium size is set for %[1]s delegates"},
		{"democracy.check.presidium.pass", "主席团构成符合规定", "主席團構成符合規定", "the presidium meets the rules"},
		{"democracy.check.presidium.fail", "主席团构成不符合规定", "主席團構成不符合規定", "the presidium breaks the rules"},

		// Motions.
		{"democracy.quorum.met", "出席代表达到法定人数", "出席代表達到法定人數", "a quorum is present"},
		{"democracy.quorum.not_met", "出席代表未达到法定人数，不得表决", "出席代表未達到法定人數，不得表決", "no quorum: no vote may be taken"},
		{"democracy.motion.passed", "赞成票达到规定票数，通过", "贊成票達到規定票數，通過", "the yes votes reach the required number: passed"},
		{"democracy.motion.failed", "赞成票未达到规定票数，未通过", "贊成票未達到規定票數，未通過", "the yes votes fall short of the required number: not passed"},
		{"democracy.motion.base_all", "以全体代表为基数：缺席、弃权和未投票均不计为赞成", "以全體代表為基數：缺席、棄權和未投票均不計為贊成", "measured against all delegates: absentees, abstentions and non-votes do not count in favour"},
		{"democracy.matter.binding", "审议通过的事项对本单位和全体职工具有约束力", "審議通過的事項對本單位和全體職工具有約束力", "the adopted matter binds the unit and all staff"},
		{"democracy.matter.not_binding", "应当审议通过的事项未获通过，单位就此作出的决定对职工不具约束力", "應當審議通過的事項未獲通過，單位就此作出的決定對職工不具約束力", "a matter that must be adopted was not: the unit's decision on it does not bind staff"},
		{"democracy.matter.advisory", "审议建议事项：表决结果为代表意见，由单位决定", "審議建議事項：表決結果為代表意見，由單位決定", "a matter for advice: the vote records the delegates' opinion; the unit decides"},
		{"democracy.extra_session.called", "提议人数达到规定，应当召开临时会议", "提議人數達到規定，應當召開臨時會議", "enough delegates asked: an extraordinary session is called"},
		{"democracy.extra_session.not_called", "提议人数未达到规定，不召开临时会议", "提議人數未達到規定，不召開臨時會議", "too few delegates asked for an extraordinary session"},
		{"democracy.recall.passed", "罢免获 %[1]s 票，达到全体 %[3]s 人中所需的 %[2]s 票，罢免成立", "罷免獲 %[1]s 票，達到全體 %[3]s 人中所需的 %[2]s 票，罷免成立", "the recall got %[1]s votes, reaching the %[2]s needed of all %[3]s: recalled"},
		{"democracy.recall.failed", "罢免获 %[1]s 票，未达到全体 %[3]s 人中所需的 %[2]s 票，罢免不成立", "罷免獲 %[1]s 票，未達到全體 %[3]s 人中所需的 %[2]s 票，罷免不成立", "the recall got %[1]s votes, short of the %[2]s needed of all %[3]s: not recalled"},
		{"democracy.recall.delegate.passed", "撤免职工代表获 %[1]s 人同意，达到原选区全体职工 %[3]s 人中所需的 %[2]s 人，撤免成立", "撤免職工代表獲 %[1]s 人同意，達到原選區全體職工 %[3]s 人中所需的 %[2]s 人，撤免成立", "the recall of the delegate got %[1]s in favour, reaching the %[2]s needed of all %[3]s staff of the constituency: recalled"},
		{"democracy.recall.delegate.failed", "撤免职工代表获 %[1]s 人同意，未达到原选区全体职工 %[3]s 人中所需的 %[2]s 人，撤免不成立", "撤免職工代表獲 %[1]s 人同意，未達到原選區全體職工 %[3]s 人中所需的 %[2]s 人，撤免不成立", "the recall of the delegate got %[1]s in favour, short of the %[2]s needed of all %[3]s staff of the constituency: not recalled"},

		// Elections.
		{"democracy.election.margin_ok", "候选人 %[1]s 名，应选 %[2]s 名；差额率不低于 %[4]s，至少需 %[3]s 名", "候選人 %[1]s 名，應選 %[2]s 名；差額率不低於 %[4]s，至少需 %[3]s 名", "%[1]s candidates for %[2]s seats; a margin of at least %[4]s needs %[3]s"},
		{"democracy.election.margin_exempt", "候选人 %[1]s 名，应选 %[2]s 名；此类选举不适用差额规定，可以等额选举", "候選人 %[1]s 名，應選 %[2]s 名；此類選舉不適用差額規定，可以等額選舉", "%[1]s candidates for %[2]s seats; the margin rule does not apply to this kind of election, which may have one candidate per seat"},
		{"democracy.election.void.excess", "收回选票 %[1]s 张，多于发出选票 %[2]s 张，选举无效，应重新选举", "收回選票 %[1]s 張，多於發出選票 %[2]s 張，選舉無效，應重新選舉", "%[1]s ballots returned but %[2]s issued: the election is void and must be re-run"},
		{"democracy.election.void.quorum", "参加选举 %[1]s 人，不足应到会 %[2]s 人的法定人数 %[3]s 人，选举无效", "參加選舉 %[1]s 人，不足應到會 %[2]s 人的法定人數 %[3]s 人，選舉無效", "%[1]s took part, short of the quorum of %[3]s of the %[2]s entitled: the election is void"},
		{"democracy.election.quorum", "参加选举 %[1]s 人，达到应到会 %[2]s 人的法定人数 %[3]s 人", "參加選舉 %[1]s 人，達到應到會 %[2]s 人的法定人數 %[3]s 人", "%[1]s took part, meeting the quorum of %[3]s of the %[2]s entitled"},
		{"democracy.election.ballots", "收回选票 %[1]s 张，有效 %[2]s 张，无效 %[3]s 张", "收回選票 %[1]s 張，有效 %[2]s 張，無效 %[3]s 張", "%[1]s ballots returned: %[2]s valid, %[3]s invalid"},
		{"democracy.election.elected", "%[1]s 得 %[2]s 票（当选需 %[3]s 票），当选", "%[1]s 得 %[2]s 票（當選需 %[3]s 票），當選", "%[1]s: %[2]s votes (%[3]s needed), elected"},
		{"democracy.election.elected.most", "%[1]s 得 %[2]s 票，得票最多，当选", "%[1]s 得 %[2]s 票，得票最多，當選", "%[1]s: %[2]s votes, the most, elected"},
		{"democracy.election.outvoted", "%[1]s 得 %[2]s 票，名额已满且得票较少，未当选", "%[1]s 得 %[2]s 票，名額已滿且得票較少，未當選", "%[1]s: %[2]s votes, outvoted for the seats"},
		{"democracy.election.below", "%[1]s 得 %[2]s 票，未达到当选所需 %[3]s 票", "%[1]s 得 %[2]s 票，未達到當選所需 %[3]s 票", "%[1]s: %[2]s votes, short of the %[3]s needed"},
		{"democracy.election.tie", "%[1]s 均得 %[2]s 票，争 %[3]s 个名额，应对得票相等者再次投票", "%[1]s 均得 %[2]s 票，爭 %[3]s 個名額，應對得票相等者再次投票", "%[1]s tie on %[2]s votes (seats at stake: %[3]s): a further vote among them decides"},
		{"democracy.election.unfilled.further", "尚缺 %[1]s 个名额，应在未当选的候选人中另行选举", "尚缺 %[1]s 個名額，應在未當選的候選人中另行選舉", "unfilled seats: %[1]s; a further election among the candidates not elected"},
		{"democracy.election.unfilled.vacant", "尚缺 %[1]s 个名额，暂作空缺", "尚缺 %[1]s 個名額，暫作空缺", "unfilled seats: %[1]s; left vacant"},
		{"democracy.election.complete", "应选 %[1]s 个名额已全部选出", "應選 %[1]s 個名額已全部選出", "every seat is filled (seats: %[1]s)"},
	}
	enums := []catalog.Texts{
		{"democracy.form.congress", "职工代表大会", "職工代表大會", "staff and workers' congress"},
		{"democracy.form.general_meeting", "职工大会", "職工大會", "general meeting of all staff"},
		{"democracy.gap.larger", "取较大者", "取較大者", "the larger"},
		{"democracy.gap.below", "按下一档", "按下一檔", "the band below"},
		{"democracy.gap.above", "按上一档", "按上一檔", "the band above"},
		{"democracy.small.general_meeting", "一般召开职工大会", "一般召開職工大會", "normally a general meeting"},
		{"democracy.small.either", "可以召开职工大会", "可以召開職工大會", "a general meeting allowed"},
		{"democracy.small.general_meeting_only", "应当召开职工大会", "應當召開職工大會", "a general meeting required"},
		{"democracy.category.frontline", "一线职工", "一線職工", "frontline worker"},
		{"democracy.category.technical", "专业技术人员", "專業技術人員", "technical staff"},
		{"democracy.category.manager", "中层管理人员", "中層管理人員", "middle manager"},
		{"democracy.category.leader", "领导人员", "領導人員", "senior manager or leader"},
		{"democracy.category.teacher", "教师", "教師", "teacher"},
		{"democracy.category.other", "其他职工", "其他職工", "other staff"},
		{"democracy.bound.ceiling", "上限", "上限", "ceiling"},
		{"democracy.bound.floor", "下限", "下限", "floor"},
		{"democracy.matter.vote", "一般议案", "一般議案", "motion"},
		{"democracy.matter.adopt", "审议通过事项", "審議通過事項", "matter for adoption"},
		{"democracy.matter.advise", "审议建议事项", "審議建議事項", "matter for advice"},
		{"democracy.matter.elect", "选举事项", "選舉事項", "election"},
		{"democracy.method.largest_remainder", "最大余额法", "最大餘額法", "largest remainder"},
		{"democracy.method.dhondt", "顿特法", "頓特法", "D'Hondt"},
		{"democracy.method.sainte_lague", "圣拉古法", "聖拉古法", "Sainte-Laguë"},
		{"democracy.shortfall.further_round", "另行选举", "另行選舉", "further election"},
		{"democracy.shortfall.vacant", "暂作空缺", "暫作空缺", "left vacant"},
		{"democracy.fate.valid", "有效", "有效", "valid"},
		{"democracy.fate.blank", "有效（空白）", "有效（空白）", "valid (blank)"},
		{"democracy.fate.spoiled", "废票", "廢票", "spoiled"},
		{"democracy.fate.too_many", "无效（多选）", "無效（多選）", "invalid (too many names)"},
		{"democracy.fate.duplicate", "无效（重复）", "無效（重複）", "invalid (a name twice)"},
		{"democracy.fate.empty_name", "无效（空名）", "無效（空名）", "invalid (empty name)"},
		{"democracy.fate.write_in_refused", "无效（不得另选他人）", "無效（不得另選他人）", "invalid (write-in not allowed)"},
		{"democracy.fate.uncounted", "未计票（选举无效）", "未計票（選舉無效）", "uncounted (void election)"},
		{"democracy.round.first", "正式选举", "正式選舉", "formal election"},
		{"democracy.round.further", "另行选举", "另行選舉", "further election"},
		{"democracy.round.tie_break", "得票相等者再次投票", "得票相等者再次投票", "tie-break vote"},
		{"democracy.election_kind.committee", "委员会委员", "委員會委員", "committee members"},
		{"democracy.election_kind.standing_committee", "常务委员会委员", "常務委員會委員", "standing committee members"},
		{"democracy.election_kind.chair", "主席", "主席", "chair"},
		{"democracy.election_kind.vice_chair", "副主席", "副主席", "vice-chairs"},
		{"democracy.election_kind.audit_committee", "经费审查委员会委员", "經費審查委員會委員", "funds audit committee members"},
		{"democracy.election_kind.representatives", "代表", "代表", "delegates or representatives"},
	}
	msgs = append(msgs, enums...)
	groups := []struct{ word, hans, hant, en string }{
		{"management", "中高层管理人员", "中高層管理人員", "management"},
		{"frontline", "一线职工", "一線職工", "frontline"},
		{"women", "女职工", "女職工", "women"},
		{"disabled", "残疾职工", "殘疾職工", "disabled"},
		{"teachers", "教师", "教師", "teachers"},
		{"technical", "专业技术人员", "專業技術人員", "technical staff"},
		{"managers", "中层管理人员", "中層管理人員", "middle managers"},
	}
	for _, g := range groups {
		msgs = append(msgs,
			catalog.Texts{"democracy.group." + g.word, g.hans, g.hant, g.en},
			catalog.Texts{"democracy.check.ceiling." + g.word,
				g.hans + "代表 %[1]s 人（表决代表 %[2]s 人），上限 %[3]s 人（%[4]s）",
				g.hant + "代表 %[1]s 人（表決代表 %[2]s 人），上限 %[3]s 人（%[4]s）",
				g.en + " delegates: %[1]s of %[2]s voting, at most %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.floor." + g.word,
				g.hans + "代表 %[1]s 人（表决代表 %[2]s 人），下限 %[3]s 人（%[4]s）",
				g.hant + "代表 %[1]s 人（表決代表 %[2]s 人），下限 %[3]s 人（%[4]s）",
				g.en + " delegates: %[1]s of %[2]s voting, at least %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.presidium.ceiling." + g.word,
				"主席团中" + g.hans + "代表 %[1]s 人（共 %[2]s 人），上限 %[3]s 人（%[4]s）",
				"主席團中" + g.hant + "代表 %[1]s 人（共 %[2]s 人），上限 %[3]s 人（%[4]s）",
				g.en + " in the presidium: %[1]s of %[2]s members, at most %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.presidium.floor." + g.word,
				"主席团中" + g.hans + "代表 %[1]s 人（共 %[2]s 人），下限 %[3]s 人（%[4]s）",
				"主席團中" + g.hant + "代表 %[1]s 人（共 %[2]s 人），下限 %[3]s 人（%[4]s）",
				g.en + " in the presidium: %[1]s of %[2]s members, at least %[3]s (%[4]s)"},
		)
	}
	msgs = append(msgs, groupUnionMessages(groups)...)
	return append(msgs, democracyFieldLabels()...)
}

// groupUnionMessages holds the check texts of every union of two or more
// groups (a Limit with Also): the code element is the groups' words in the
// order of the list joined by "+", e.g. "frontline+technical+managers", and
// the text names them all, e.g. 一线职工、专业技术人员、中层管理人员.
func groupUnionMessages(groups []struct{ word, hans, hant, en string }) []catalog.Texts {
	var msgs []catalog.Texts
	for mask := 1; mask < 1<<len(groups); mask++ {
		if mask&(mask-1) == 0 {
			continue // a single group has its own texts
		}
		var word, hans, hant, en string
		for i, g := range groups {
			if mask&(1<<i) == 0 {
				continue
			}
			if word != "" {
				word += "+"
				hans += "、"
				hant += "、"
				en += ", "
			}
			word += g.word
			hans += g.hans
			hant += g.hant
			en += g.en
		}
		msgs = append(msgs,
			catalog.Texts{"democracy.check.ceiling." + word,
				hans + "代表合计 %[1]s 人（表决代表 %[2]s 人），上限 %[3]s 人（%[4]s）",
				hant + "代表合計 %[1]s 人（表決代表 %[2]s 人），上限 %[3]s 人（%[4]s）",
				en + " delegates together: %[1]s of %[2]s voting, at most %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.floor." + word,
				hans + "代表合计 %[1]s 人（表决代表 %[2]s 人），下限 %[3]s 人（%[4]s）",
				hant + "代表合計 %[1]s 人（表決代表 %[2]s 人），下限 %[3]s 人（%[4]s）",
				en + " delegates together: %[1]s of %[2]s voting, at least %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.presidium.ceiling." + word,
				"主席团中" + hans + "合计 %[1]s 人（共 %[2]s 人），上限 %[3]s 人（%[4]s）",
				"主席團中" + hant + "合計 %[1]s 人（共 %[2]s 人），上限 %[3]s 人（%[4]s）",
				en + " together in the presidium: %[1]s of %[2]s members, at most %[3]s (%[4]s)"},
			catalog.Texts{"democracy.check.presidium.floor." + word,
				"主席团中" + hans + "合计 %[1]s 人（共 %[2]s 人），下限 %[3]s 人（%[4]s）",
				"主席團中" + hant + "合計 %[1]s 人（共 %[2]s 人），下限 %[3]s 人（%[4]s）",
				en + " together in the presidium: %[1]s of %[2]s members, at least %[3]s (%[4]s)"},
		)
	}
	return msgs
}

// democracyFieldLabels holds the labels of the fields of democracy's
// policies and inputs, for error texts (codes "field.<path without
// indices>", e.g. "field.limits.group" for limits[2].group). A one-name
// label applies wherever a path ends in that name, in every package, so the
// names other packages use for something else (kind, members) and the
// generic ones (name, source, effective, preset, headcount) have none here.
func democracyFieldLabels() []catalog.Texts {
	type label struct{ path, hans, hant, en string }
	labels := []label{
		{"vote_source", "表决规则出处", "表決規則出處", "source of the voting rules"},
		{"form", "大会形式规则", "大會形式規則", "form of the staff body"},
		{"form.congress_from", "须召开职工代表大会的职工人数", "須召開職工代表大會的職工人數", "headcount requiring a congress"},
		{"form.small", "人数较少单位的形式", "人數較少單位的形式", "form of a small unit"},
		{"form.single_chair_up_to", "可选举执行主席一人的职工人数上限", "可選舉執行主席一人的職工人數上限", "headcount up to which a single chair may serve"},
		{"form.unverified", "形式规则未经核实", "形式規則未經核實", "form rule unverified"},
		{"form.source", "形式规则出处", "形式規則出處", "source of the form rule"},
		{"delegates", "职工代表", "職工代表", "delegates"},
		{"delegates.bands", "代表名额档次", "代表名額檔次", "delegate bands"},
		{"delegates.bands.from", "档次起始职工人数", "檔次起始職工人數", "first headcount of the band"},
		{"delegates.bands.to", "档次截止职工人数", "檔次截止職工人數", "last headcount of the band"},
		{"delegates.bands.base", "名额基数", "名額基數", "base number of delegates"},
		{"delegates.bands.per_step", "每档增加名额", "每檔增加名額", "delegates added per step"},
		{"delegates.bands.step", "每档职工人数", "每檔職工人數", "staff per step"},
		{"delegates.bands.step_from", "增加名额的起算人数", "增加名額的起算人數", "headcount the steps count from"},
		{"delegates.bands.partial", "不足一档按一档计", "不足一檔按一檔計", "partial step counts"},
		{"delegates.bands.share_num", "最低比例分子", "最低比例分子", "numerator of the least share"},
		{"delegates.bands.share_den", "最低比例分母", "最低比例分母", "denominator of the least share"},
		{"delegates.gap", "档次空档的处理", "檔次空檔的處理", "gap between bands"},
		{"delegates.unverified", "名额规则未经核实", "名額規則未經核實", "delegate rule unverified"},
		{"delegates.source", "名额规则出处", "名額規則出處", "source of the delegate rule"},
		{"delegates.name", "代表姓名", "代表姓名", "delegate's name"},
		{"delegates.constituency", "选区", "選區", "constituency"},
		{"delegates.category", "代表类别", "代表類別", "delegate's category"},
		{"delegates.gender", "代表性别", "代表性別", "delegate's gender"},
		{"delegates.age", "代表年龄", "代表年齡", "delegate's age"},
		{"delegates.disabled", "残疾职工代表", "殘疾職工代表", "delegate with a disability"},
		{"delegates.dispatched", "劳务派遣职工代表", "勞務派遣職工代表", "dispatched delegate"},
		{"delegates.non_voting", "列席代表", "列席代表", "non-voting delegate"},
		{"presidium", "主席团", "主席團", "presidium"},
		{"presidium.bands", "主席团人数档次", "主席團人數檔次", "presidium bands"},
		{"presidium.bands.from", "档次起始代表人数", "檔次起始代表人數", "first delegate count of the band"},
		{"presidium.bands.to", "档次截止代表人数", "檔次截止代表人數", "last delegate count of the band"},
		{"presidium.bands.min", "主席团最少人数", "主席團最少人數", "smallest presidium"},
		{"presidium.bands.max", "主席团最多人数", "主席團最多人數", "largest presidium"},
		{"presidium.bands.soft", "主席团人数为可选规定", "主席團人數為可選規定", "permissive presidium band"},
		{"presidium.source", "主席团规则出处", "主席團規則出處", "source of the presidium rule"},
		{"presidium.non_voting", "主席团成员为列席代表", "主席團成員為列席代表", "non-voting presidium member"},
		{"term", "届期", "屆期", "term"},
		{"term.min_years", "最短届期（年）", "最短屆期（年）", "shortest term (years)"},
		{"term.max_years", "最长届期（年）", "最長屆期（年）", "longest term (years)"},
		{"term.postpone_years", "最长延期换届（年）", "最長延期換屆（年）", "longest postponement (years)"},
		{"term.sessions_per_year", "每年最少会议次数", "每年最少會議次數", "least sessions a year"},
		{"term.unverified", "届期规则未经核实", "屆期規則未經核實", "term rule unverified"},
		{"term.source", "届期规则出处", "屆期規則出處", "source of the term rule"},
		{"extra_session_source", "临时会议规则出处", "臨時會議規則出處", "source of the extraordinary session rule"},
		{"matters", "议事规则", "議事規則", "rules on matters"},
		{"matters.adopt_source", "审议通过事项规则出处", "審議通過事項規則出處", "source of the rule on matters for adoption"},
		{"matters.advise_source", "审议建议事项规则出处", "審議建議事項規則出處", "source of the rule on matters for advice"},
		{"limits", "代表构成比例", "代表構成比例", "composition limits"},
		{"dispatched", "劳务派遣职工规则", "勞務派遣職工規則", "rule on dispatched workers"},
		{"dispatched.non_voting", "劳务派遣职工列席", "勞務派遣職工列席", "dispatched workers attend without a vote"},
		{"dispatched.source", "劳务派遣规则出处", "勞務派遣規則出處", "source of the rule on dispatched workers"},
		{"min_margin", "最低差额率", "最低差額率", "least margin of candidates"},
		{"margin_kinds", "适用差额的选举", "適用差額的選舉", "elections the margin applies to"},
		{"margin_source", "差额规则出处", "差額規則出處", "source of the margin rule"},
		{"write_ins", "允许另选他人", "允許另選他人", "write-ins allowed"},
		{"ballot_source", "选票规则出处", "選票規則出處", "source of the ballot rules"},
		{"shortfall", "缺额处理", "缺額處理", "unfilled seats"},
		{"round_source", "再次投票规则出处", "再次投票規則出處", "source of the rules on further rounds"},
		{"recall_source", "罢免规则出处", "罷免規則出處", "source of the recall rule"},
		{"seats", "应选名额", "應選名額", "seats"},
		{"candidates", "候选人", "候選人", "candidates"},
		{"entitled", "应到会人数", "應到會人數", "number entitled"},
		{"issued", "发出选票数", "發出選票數", "ballots issued"},
		{"rules", "规则", "規則", "rules"},
		{"round", "投票轮次", "投票輪次", "round"},
		{"approve", "赞成的人选", "贊成的人選", "names approved"},
		{"spoiled", "废票", "廢票", "spoiled"},
		{"tally", "表决票数", "表決票數", "tally"},
		{"for", "赞成票", "贊成票", "votes for"},
		{"against", "反对票", "反對票", "votes against"},
		{"abstain", "弃权票", "棄權票", "abstentions"},
		{"workforce", "职工情况", "職工情況", "workforce"},
		{"workforce.headcount", "职工人数", "職工人數", "headcount"},
		{"workforce.women", "女职工人数", "女職工人數", "women on the staff"},
		{"workforce.disabled", "残疾职工人数", "殘疾職工人數", "staff with a disability"},
		{"workforce.frontline", "一线职工人数", "一線職工人數", "frontline staff"},
		{"present", "出席人数", "出席人數", "number present"},
		{"requesting", "提议的代表人数", "提議的代表人數", "delegates requesting"},
		{"sizes", "各选区职工人数", "各選區職工人數", "constituency sizes"},
		{"minimum", "每个选区最少名额", "每個選區最少名額", "least seats per constituency"},
		{"method", "分配方法", "分配方法", "apportionment method"},
		{"ballots", "选票", "選票", "ballots"},
		{"result", "计票结果", "計票結果", "result of the count"},
		{"result.tie_seats", "得票相等者争夺的名额", "得票相等者爭奪的名額", "seats at stake in the tie"},
		{"result.unfilled", "缺额", "缺額", "unfilled seats"},
	}
	// Thresholds: the share and its parts.
	for _, th := range []label{
		{"quorum", "法定人数", "法定人數", "quorum"},
		{"pass", "通过所需票数", "通過所需票數", "pass rule"},
		{"extra_session", "临时会议提议人数", "臨時會議提議人數", "extraordinary session request"},
		{"win", "当选所需票数", "當選所需票數", "winning threshold"},
		{"recall", "罢免所需票数", "罷免所需票數", "recall threshold"},
	} {
		labels = append(labels, th,
			label{th.path + ".num", th.hans + "比例分子", th.hant + "比例分子", th.en + ": numerator"},
			label{th.path + ".den", th.hans + "比例分母", th.hant + "比例分母", th.en + ": denominator"},
			label{th.path + ".strict", th.hans + "须超过比例", th.hant + "須超過比例", th.en + ": more than"},
			label{th.path + ".base", th.hans + "基数", th.hant + "基數", th.en + ": base"},
		)
	}
	// Limits, of the roster and of the presidium.
	for _, l := range []label{
		{"group", "人员类别", "人員類別", "group"},
		{"also", "合并计算的其他类别", "合併計算的其他類別", "groups counted with it"},
		{"bound", "上限或下限", "上限或下限", "ceiling or floor"},
		{"num", "比例分子", "比例分子", "numerator of the share"},
		{"den", "比例分母", "比例分母", "denominator of the share"},
		{"workforce", "按职工中所占比例", "按職工中所佔比例", "share of the workforce"},
		{"soft", "指导性规定", "指導性規定", "guidance"},
		{"unverified", "比例规定未经核实", "比例規定未經核實", "limit unverified"},
		{"source", "比例规定出处", "比例規定出處", "source of the limit"},
	} {
		labels = append(labels,
			label{"limits." + l.path, "代表构成：" + l.hans, "代表構成：" + l.hant, "composition limit: " + l.en},
			label{"presidium.limits." + l.path, "主席团构成：" + l.hans, "主席團構成：" + l.hant, "presidium limit: " + l.en})
	}
	labels = append(labels, label{"presidium.limits", "主席团构成比例", "主席團構成比例", "presidium composition limits"})
	// An election's rules, and a tally's votes, under their prefixes.
	n := len(labels)
	for _, l := range labels[:n] {
		switch {
		case l.path == "for", l.path == "against", l.path == "abstain":
			labels = append(labels, label{"tally." + l.path, l.hans, l.hant, l.en})
		case electionRulesField(l.path):
			labels = append(labels, label{"rules." + l.path, "选举规则：" + l.hans, "選舉規則：" + l.hant, "election rules: " + l.en})
		}
	}
	labels = append(labels,
		label{"rules.name", "选举规则名称", "選舉規則名稱", "name of the election rules"},
		label{"rules.source", "选举规则出处", "選舉規則出處", "source of the election rules"},
		label{"rules.effective", "选举规则有效期", "選舉規則有效期", "months the election rules are in force"},
	)
	msgs := make([]catalog.Texts, len(labels))
	for i, l := range labels {
		msgs[i] = catalog.Texts{"field." + l.path, l.hans, l.hant, l.en}
	}
	return msgs
}

// electionRulesField reports whether a field path belongs to ElectionRules,
// whose labels an Election's "rules." prefix repeats.
func electionRulesField(path string) bool {
	switch path {
	case "min_margin", "margin_kinds", "margin_source", "write_ins", "ballot_source", "shortfall", "round_source",
		"recall_source", "vote_source":
		return true
	}
	for _, p := range []string{"quorum", "win", "recall"} {
		if path == p || strings.HasPrefix(path, p+".") {
			return true
		}
	}
	return false
}
