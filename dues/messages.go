package dues

import "github.com/gonghui/gonghui/internal/catalog"

func init() {
	catalog.Register("dues", duesMessages())
}

// duesMessages holds the texts of the codes used by package dues. Codes built
// from a prefix and an item, class, status or mode word are generated from
// the small tables below, so every word has its three texts.
func duesMessages() []catalog.Texts {
	ms := []catalog.Texts{
		// Member dues.
		{"dues.base.none", "工资中没有计入会费基数的项目，基数为零", "工資中沒有計入會費基數的項目，基數為零", "no wage item counts towards the dues base: the base is zero"},
		{"dues.rate", "按会费基数的 %[1]s 交纳会费", "按會費基數的 %[1]s 交納會費", "dues are %[1]s of the base"},
		{"dues.reference.previous_month", "无固定收入，按上月工资计交会费", "無固定收入，按上月工資計交會費", "no fixed income: dues are computed on the previous month's wages"},
		{"dues.counted.other", "%[1]s计入会费基数", "%[1]s計入會費基數", "%[1]s counts towards the dues base"},
		{"dues.excluded.other", "%[1]s不计入会费基数", "%[1]s不計入會費基數", "%[1]s is left out of the dues base"},
		{"dues.own_rule", "本规则为调用方自定，未注明文件依据", "本規則為調用方自定，未註明文件依據", "this is the caller's own rule: no document is cited"},
		{"dues.item.unknown", "不是已知的工资项目，政策也未声明为本单位自定项目（own_items）：不计入也不舍弃，请更正", "不是已知的工資項目，政策也未聲明為本單位自定項目（own_items）：不計入也不捨棄，請更正", "is neither a known wage item nor one of the employer's own items the policy declares (own_items): it is neither counted nor dropped; correct it"},
		{"dues.item.alias", "是工资项目 %[1]s 的中文名：请使用项目代码 %[1]s（读入 JSON、CSV 时中文名会自动转换）", "是工資項目 %[1]s 的中文名：請使用項目代碼 %[1]s（讀入 JSON、CSV 時中文名會自動轉換）", "is the Chinese name of the wage item %[1]s: use its code %[1]s (names are converted when JSON or CSV is read)"},
		{"dues.item.named", "是已知的工资项目，不能声明为本单位自定项目", "是已知的工資項目，不能聲明為本單位自定項目", "is a known wage item, not one of the employer's own"},
		{"dues.policy.rounding_unset", "未写明舍入方式（零值会四舍五入到元）：请写明位数和方式；确要四舍五入到元，请同时设定 whole_yuan", "未寫明捨入方式（零值會四捨五入到元）：請寫明位數和方式；確要四捨五入到元，請同時設定 whole_yuan", "rounding not stated (the zero value would round half-up to whole yuan): state places and mode; to round to whole yuan, also set whole_yuan"},
		{"dues.policy.exempt_active", "在职会员不能列为免交会费", "在職會員不能列為免交會費", "active members cannot be exempt"},

		// Exemptions, by member status.
		{"dues.exempt.retired", "退休会员保留会籍期间免交会费", "退休會員保留會籍期間免交會費", "retired members keeping their membership pay no dues"},
		{"dues.exempt.unemployed", "失业会员保留会籍期间免交会费", "失業會員保留會籍期間免交會費", "unemployed members keeping their membership pay no dues"},
		{"dues.exempt.laid_off", "下岗会员按本规定免交会费", "下崗會員按本規定免交會費", "laid-off members pay no dues under this policy"},
		{"dues.exempt.transferred", "已调离本单位，不在本工会交纳会费", "已調離本單位，不在本工會交納會費", "transferred out: no dues to this union"},
		{"dues.exempt.deceased", "会员已去世，不再交纳会费", "會員已去世，不再交納會費", "deceased: no dues"},
		{"dues.exempt.withdrawn", "已退会，不再交纳会费", "已退會，不再交納會費", "withdrawn from the union: no dues"},

		// Periods and arrears.
		{"dues.period.months", "按期内会籍 %[1]s 个月（%[2]s 至 %[3]s）计交会费", "按期內會籍 %[1]s 個月（%[2]s 至 %[3]s）計交會費", "dues for the %[1]s months of membership from %[2]s to %[3]s"},
		{"dues.period.none", "%[1]s 至 %[2]s 期间不是会员，不交会费", "%[1]s 至 %[2]s 期間不是會員，不交會費", "not a member between %[1]s and %[2]s: no dues"},
		{"dues.period.round_span", "全期 %[1]s 个月按基数 × 费率 × 月数一次计算，按 %[2]s 元舍入", "全期 %[1]s 個月按基數 × 費率 × 月數一次計算，按 %[2]s 元捨入", "the %[1]s months are computed as one product, base × rate × months, rounded once to %[2]s yuan"},
		{"dues.arrears.none", "期内会费已按月交清", "期內會費已按月交清", "every month of the span is paid"},
		{"dues.arrears.owed", "欠交会费 %[1]s 个月（%[2]s 至 %[3]s 之间）", "欠交會費 %[1]s 個月（%[2]s 至 %[3]s 之間）", "%[1]s months unpaid, between %[2]s and %[3]s"},
		{"dues.arrears.lapsed", "连续 %[1]s 个月未交会费（达到 %[2]s 个月）：经教育拒不改正的，视为自动退会", "連續 %[1]s 個月未交會費（達到 %[2]s 個月）：經教育拒不改正的，視為自動退會", "%[1]s consecutive months unpaid (limit %[2]s): deemed to have left if not corrected after being talked to"},

		// Union funds.
		{"dues.funds.kind.union_funds", "工会经费", "工會經費", "union funds"},
		{"dues.funds.kind.preparatory", "建会筹备金", "建會籌備金", "preparatory funds"},
		{"dues.funds.kind.none", "无需缴纳", "無需繳納", "nothing due"},
		{"dues.funds.rate", "已建工会的单位按每月全部职工工资总额的 %[1]s 拨缴工会经费", "已建工會的單位按每月全部職工工資總額的 %[1]s 撥繳工會經費", "an employer with a union pays %[1]s of its monthly wage bill as union funds"},
		{"dues.funds.no_union", "未建立工会，本规定不收建会筹备金", "未建立工會，本規定不收建會籌備金", "no union, and this rule charges no preparatory funds"},
		{"dues.funds.exempt.small", "未建工会且职工 %[1]s 人，少于 %[2]s 人，暂免缴纳筹备金", "未建工會且職工 %[1]s 人，少於 %[2]s 人，暫免繳納籌備金", "no union and %[1]s staff, fewer than %[2]s: exempt from preparatory funds for now"},
		{"dues.funds.preparatory.grace", "未建工会，自 %[1]s 起缴纳建会筹备金", "未建工會，自 %[1]s 起繳納建會籌備金", "no union: preparatory funds are due from %[1]s"},
		{"dues.funds.preparatory", "未建工会的单位按工资总额的 %[1]s 向上级工会缴纳建会筹备金", "未建工會的單位按工資總額的 %[1]s 向上級工會繳納建會籌備金", "an employer without a union pays %[1]s of its wage bill to the higher union as preparatory funds"},
		{"dues.funds.preparatory_body", "已成立工会筹备组织的单位，自 %[2]s 起按工资总额的 %[1]s 向工会拨缴工会经费", "已成立工會籌備組織的單位，自 %[2]s 起按工資總額的 %[1]s 向工會撥繳工會經費", "an employer whose union preparatory body was formed in %[2]s pays %[1]s of its wage bill to the union as union funds from then"},
		{"dues.funds.preparatory_body.before", "尚未成立工会筹备组织：自 %[1]s（筹备组织成立之月）起拨缴工会经费", "尚未成立工會籌備組織：自 %[1]s（籌備組織成立之月）起撥繳工會經費", "no union preparatory body yet: union funds are due from %[1]s, the month it is formed"},
		{"dues.funds.deductible.none", "企业所得税法实施条例自 %[1]s 起施行，此前的月份不计算税前扣除额", "企業所得稅法實施條例自 %[1]s 起施行，此前的月份不計算稅前扣除額", "the corporate income tax regulation took effect in %[1]s: no deductible part is computed for earlier months"},
		{"dues.funds.preparatory.refundable", "工会建立后，筹备金返还给新建工会", "工會建立後，籌備金返還給新建工會", "refunded to the union once it is set up"},
		{"dues.funds.base.previous", "以 %[1]s 的工资总额为基数", "以 %[1]s 的工資總額為基數", "based on the wage bill of %[1]s"},
		{"dues.funds.deductible", "按月估算的税前扣除额（不超过工资薪金总额的 %[1]s，按纳税年度汇算）：%[2]s 元", "按月估算的稅前扣除額（不超過工資薪金總額的 %[1]s，按納稅年度匯算）：%[2]s 元", "estimated for the month: deductible for corporate income tax up to %[1]s of salaries, settled over the tax year: %[2]s yuan"},
		{"dues.funds.late", "按每日 %[1]s 加收滞纳金 %[2]s 天：%[3]s 元", "按每日 %[1]s 加收滯納金 %[2]s 天：%[3]s 元", "late fee at %[1]s a day for %[2]s days: %[3]s yuan"},
		{"dues.funds.late.capped", "滞纳金以本金 %[1]s 元为限", "滯納金以本金 %[1]s 元為限", "late fee capped at the principal, %[1]s yuan"},

		// Collection and allocation.
		{"dues.collect.direct", "基层工会直接拨缴", "基層工會直接撥繳", "paid directly"},
		{"dues.collect.tax_full", "税务全额代收", "稅務全額代收", "tax authority collects the full amount"},
		{"dues.collect.tax_higher", "税务代收上解部分", "稅務代收上解部分", "tax authority collects the higher unions' share"},
		{"dues.collect.flow.direct", "向上级工会拨缴 %[1]s 元，基层工会留成 %[2]s 元", "向上級工會撥繳 %[1]s 元，基層工會留成 %[2]s 元", "%[1]s yuan paid to the higher unions, %[2]s yuan kept by the grassroots union"},
		{"dues.collect.flow.tax_full", "向税务机关全额缴纳 %[1]s 元，返还基层工会 %[2]s 元", "向稅務機關全額繳納 %[1]s 元，返還基層工會 %[2]s 元", "%[1]s yuan paid in full to the tax authority, %[2]s yuan returned to the grassroots union"},
		{"dues.collect.flow.tax_higher", "向税务机关缴纳上解部分 %[1]s 元，基层工会留成 %[2]s 元", "向稅務機關繳納上解部分 %[1]s 元，基層工會留成 %[2]s 元", "%[1]s yuan (the higher unions' share) paid to the tax authority, %[2]s yuan kept by the grassroots union"},
		{"dues.party.grassroots", "基层工会", "基層工會", "grassroots union"},
		{"dues.party.higher", "上级工会", "上級工會", "higher unions"},
		{"dues.party.county", "县级工会", "縣級工會", "county federation"},
		{"dues.party.municipal", "市级工会", "市級工會", "city federation"},
		{"dues.party.provincial", "省级工会", "省級工會", "provincial federation"},
		{"dues.party.national", "全国总工会", "全國總工會", "ACFTU"},
	}

	// Wage items: their names, and whether they count towards the base.
	items := []struct{ word, hans, hant, en string }{
		{"position", "岗位工资", "崗位工資", "position wage"},
		{"grade", "薪级工资", "薪級工資", "grade wage"},
		{"duty", "职务工资", "職務工資", "duty wage"},
		{"rank", "级别工资", "級別工資", "rank wage"},
		{"basic", "基本工资", "基本工資", "basic wage"},
		{"seniority", "工龄工资", "工齡工資", "seniority wage"},
		{"level", "等级工资", "等級工資", "level wage"},
		{"skill", "技能工资", "技能工資", "skill wage"},
		{"basic_performance", "基础性绩效工资", "基礎性績效工資", "basic performance pay"},
		{"bonus", "奖金", "獎金", "bonus"},
		{"allowance", "津贴", "津貼", "allowance"},
		{"subsidy", "补贴", "補貼", "subsidy"},
		{"overtime", "加班工资", "加班工資", "overtime pay"},
		{"royalty", "稿费", "稿費", "royalties"},
		{"pension", "退休金", "退休金", "pension"},
		{"severance", "退职金", "退職金", "severance pay"},
		{"relief", "救济费", "救濟費", "relief payments"},
	}
	for _, it := range items {
		ms = append(ms,
			// Field labels: "field.<path without indices>", for error texts.
			catalog.Texts{"field.wages." + it.word, it.hans, it.hant, it.en},
			catalog.Texts{"field.previous_wages." + it.word, "上月" + it.hans, "上月" + it.hant, "previous month's " + it.en},
			catalog.Texts{"dues.item." + it.word, it.hans, it.hant, it.en},
			catalog.Texts{"dues.counted." + it.word, it.hans + "计入会费基数", it.hant + "計入會費基數", it.en + " counts towards the dues base"},
			catalog.Texts{"dues.excluded." + it.word, it.hans + "不计入会费基数", it.hant + "不計入會費基數", it.en + " is left out of the dues base"},
		)
	}

	// Classes of staff: their names, class rates and flat fees.
	classes := []struct{ word, hans, hant, en string }{
		{"regular", "正式职工", "正式職工", "regular staff"},
		{"apprentice", "学徒工", "學徒工", "apprentices"},
		{"probation", "试用期人员", "試用期人員", "staff on probation"},
		{"contract", "合同制人员", "合同制人員", "contract staff"},
		{"non_established", "编外员工", "編外員工", "non-established staff"},
		{"worker", "工人", "工人", "workers"},
	}
	for _, c := range classes {
		ms = append(ms,
			catalog.Texts{"dues.class." + c.word, c.hans, c.hant, c.en},
			catalog.Texts{"dues.class.rate." + c.word, c.hans + "按会费基数的 %[1]s 交纳会费", c.hant + "按會費基數的 %[1]s 交納會費", c.en + " pay %[1]s of the base"},
			catalog.Texts{"dues.class.flat." + c.word, c.hans + "每月定额交纳会费 %[1]s 元", c.hant + "每月定額交納會費 %[1]s 元", c.en + " pay a flat %[1]s yuan a month"},
		)
	}

	// Rounding of the base and of the amount, by mode; %[1]s is the unit in yuan.
	modes := []struct{ word, hans, hant, en string }{
		{"half_up", "按 %[1]s 元四舍五入", "按 %[1]s 元四捨五入", "is rounded half-up to %[1]s yuan"},
		{"half_even", "按 %[1]s 元银行家舍入", "按 %[1]s 元銀行家捨入", "is rounded half-even to %[1]s yuan"},
		{"down", "舍去不足 %[1]s 元的尾数", "捨去不足 %[1]s 元的尾數", "drops the tail under %[1]s yuan"},
		{"up", "不足 %[1]s 元的尾数进位", "不足 %[1]s 元的尾數進位", "rounds any tail under %[1]s yuan up"},
	}
	for _, m := range modes {
		ms = append(ms,
			catalog.Texts{"dues.base.round." + m.word, "会费基数" + m.hans, "會費基數" + m.hant, "the base " + m.en},
			catalog.Texts{"dues.amount.round." + m.word, "会费金额" + m.hans, "會費金額" + m.hant, "the amount " + m.en},
		)
	}

	// Labels of the fields of members, employers and policies particular to
	// dues (codes "field.<path without indices>"); the shared ones (id,
	// sector, status, rate, source, effective …) are union's.
	ms = append(ms, []catalog.Texts{
		{"field.wages", "工资", "工資", "wages"},
		{"field.previous_wages", "上月工资", "上月工資", "previous month's wages"},
		{"field.no_fixed_income", "无固定收入", "無固定收入", "no fixed income"},
		{"field.joined", "入会月份", "入會月份", "month joined"},
		{"field.left", "离会月份", "離會月份", "month left"},
		{"field.base_rounding", "会费基数舍入", "會費基數捨入", "base rounding"},
		{"field.base_rounding.places", "会费基数保留位数", "會費基數保留位數", "base rounding places"},
		{"field.base_rounding.mode", "会费基数舍入方式", "會費基數捨入方式", "base rounding mode"},
		{"field.amount_rounding", "会费金额舍入", "會費金額捨入", "amount rounding"},
		{"field.amount_rounding.places", "会费金额保留位数", "會費金額保留位數", "amount rounding places"},
		{"field.amount_rounding.mode", "会费金额舍入方式", "會費金額捨入方式", "amount rounding mode"},
		{"field.whole_yuan", "确认到元", "確認到元", "whole yuan stated"},
		{"field.bases", "会费基数口径", "會費基數口徑", "dues bases"},
		{"field.bases.sector", "会费基数口径的单位类型", "會費基數口徑的單位類型", "sector of a dues base"},
		{"field.bases.class", "会费基数口径的人员类别", "會費基數口徑的人員類別", "class of a dues base"},
		{"field.bases.items", "会费基数口径的工资项目", "會費基數口徑的工資項目", "wage items of a dues base"},
		{"field.own_items", "本单位自定工资项目", "本單位自定工資項目", "employer's own wage items"},
		{"field.exempt", "免交会费的会员状态", "免交會費的會員狀態", "exempt statuses"},
		{"field.exempt.status", "免交会费的会员状态", "免交會費的會員狀態", "exempt status"},
		{"field.classes", "人员类别规则", "人員類別規則", "class rules"},
		{"field.classes.class", "人员类别", "人員類別", "class of staff"},
		{"field.classes.rate", "人员类别费率", "人員類別費率", "class rate"},
		{"field.classes.fee", "人员类别定额", "人員類別定額", "class flat fee"},
		{"field.lapse_months", "视为退会的连续欠费月数", "視為退會的連續欠費月數", "months unpaid before lapse"},
		{"field.round_per_span", "按整期一次舍入", "按整期一次捨入", "round once per span"},
		{"field.daily_late_rate", "滞纳金日费率", "滯納金日費率", "daily late-fee rate"},
		{"field.deductible_rate", "税前扣除比例", "稅前扣除比例", "deductible rate"},
		{"field.due_day", "缴纳日", "繳納日", "due day"},
		{"field.preparatory.after_months", "筹备金宽限月数", "籌備金寬限月數", "preparatory-funds grace months"},
		{"field.preparatory.refundable", "筹备金可返还", "籌備金可返還", "preparatory funds refundable"},
		{"field.small_firm.below", "小微企业免缴人数线", "小微企業免繳人數線", "small-firm headcount limit"},
		{"field.payroll", "工资总额", "工資總額", "wage bill"},
		{"field.salaries", "工资薪金总额", "工資薪金總額", "salaries"},
		{"field.headcount", "职工人数", "職工人數", "headcount"},
		{"field.since", "起算月份", "起算月份", "month the clock starts"},
		{"field.principal", "欠缴本金", "欠繳本金", "principal"},
		{"field.days_late", "逾期天数", "逾期天數", "days late"},
		{"field.shares", "经费分成", "經費分成", "shares"},
		{"field.shares.party", "分成单位", "分成單位", "party"},
		{"field.shares.weight", "分成权重", "分成權重", "weight"},
		{"field.shares.parts", "下级分成", "下級分成", "parts"},
	}...)
	return ms
}
