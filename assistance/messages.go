package assistance

import "github.com/gonghui/gonghui/internal/catalog"

func init() {
	catalog.Register("assistance", assistanceMessages())
}

// assistanceMessages holds the texts of the codes used by package assistance:
// the names of its enums and presets, and the reasons of an assessment and
// of a review. Families of codes that differ only by a category, programme,
// school level, document or income kind are built from the name tables
// below, so every member of a family has the same verbs.
func assistanceMessages() []catalog.Texts {
	type name struct{ word, hans, hant, en string }
	categories := []name{
		{"none", "非困难", "非困難", "not in hardship"},
		{"deep", "深度困难", "深度困難", "deep hardship"},
		{"relative", "相对困难", "相對困難", "relative hardship"},
		{"accident", "意外致困", "意外致困", "hardship from an accident"},
		{"subsistence", "低保户", "低保戶", "minimum-living household"},
		{"marginal", "低保边缘户", "低保邊緣戶", "near-minimum-living household"},
	}
	filed := categories[1:]
	programmes := []name{
		{"living", "生活救助", "生活救助", "living aid"},
		{"study", "金秋助学", "金秋助學", "study aid"},
		{"medical", "医疗救助", "醫療救助", "medical aid"},
		{"accident", "意外致困救助", "意外致困救助", "accident aid"},
		{"temporary", "临时救助", "臨時救助", "temporary aid"},
	}
	schools := []name{
		{"none", "非在校", "非在校", "not in school"},
		{"kindergarten", "幼儿园", "幼兒園", "kindergarten"},
		{"compulsory", "义务教育", "義務教育", "compulsory education"},
		{"senior_high", "普通高中", "普通高中", "senior high school"},
		{"vocational", "中等职业学校", "中等職業學校", "secondary vocational school"},
		{"college", "大学专科", "大學專科", "college (associate degree)"},
		{"bachelor", "大学本科", "大學本科", "bachelor's degree"},
		{"postgraduate", "研究生", "研究生", "postgraduate study"},
		{"special_education", "特殊教育", "特殊教育", "special education"},
	}
	documents := []name{
		{"application_form", "申请审批表和困难职工档案表", "申請審批表和困難職工檔案表", "application and approval form with the hardship file form"},
		{"identity_and_hukou", "户主身份证及家庭成员户口簿", "戶主身分證及家庭成員戶口簿", "ID of the household head and hukou pages of the members"},
		{"income_proof", "一年工资流水或单位收入证明", "一年工資流水或單位收入證明", "one year of wage records or the employer's income certificate"},
		{"bank_card", "本地银行卡", "本地銀行卡", "a local bank card"},
		{"low_income_certificate", "一年内的低保证明", "一年內的低保證明", "minimum-living certificate issued within the last year"},
		{"diagnosis", "二级及以上医院诊断证明及自付票据", "二級及以上醫院診斷證明及自付票據", "diagnosis from a hospital of grade 2 or above, with self-paid receipts"},
		{"disability_certificate", "残疾证", "殘疾證", "disability certificate"},
		{"disaster_proof", "灾害或事故证明及票据", "災害或事故證明及票據", "proof of the disaster or accident, with receipts"},
		{"school_proof", "在校证明及学费票据", "在校證明及學費票據", "school enrolment proof and tuition receipts"},
		{"labour_contract", "一年以上劳动合同或事实劳动关系证明", "一年以上勞動合同或事實勞動關係證明", "labour contract of at least one year, or proof of de-facto employment"},
		{"marital_proof", "离婚或丧偶证明", "離婚或喪偶證明", "proof of divorce or widowhood"},
	}
	incomes := []name{
		{"wages", "工资性收入", "工資性收入", "wages"},
		{"business", "经营性收入", "經營性收入", "business income"},
		{"maintenance", "赡养费、抚养费", "贍養費、撫養費", "maintenance payments"},
		{"pension", "养老金", "養老金", "pension"},
		{"unemployment", "失业保险金", "失業保險金", "unemployment benefit"},
		{"survivor", "遗属补助", "遺屬補助", "survivor benefit"},
		{"compensation", "赔偿金", "賠償金", "compensation"},
		{"investment", "利息、股息等投资收益", "利息、股息等投資收益", "interest and dividends"},
		{"collective_dividend", "集体经济分红", "集體經濟分紅", "collective dividends"},
		{"expropriation", "征收拆迁补偿", "徵收拆遷補償", "expropriation proceeds"},
		{"rent", "租金", "租金", "rent"},
		{"gift", "赠与收入", "贈與收入", "gifts"},
		{"union_aid", "已获工会救助", "已獲工會救助", "union aid received"},
		{"social_assistance", "政府救助", "政府救助", "government assistance"},
		{"festival_gift", "节日慰问金", "節日慰問金", "festival gifts of money"},
		{"resident_pension", "城乡居民基础养老金", "城鄉居民基礎養老金", "basic resident pension"},
		{"other", "其他收入", "其他收入", "other income"},
	}

	incidents := []name{
		{"none", "未发生", "未發生", "none"},
		{"on_duty", "因公", "因公", "on duty"},
		{"natural_disaster", "自然灾害", "自然災害", "a natural disaster"},
		{"safety_accident", "重大安全事故", "重大安全事故", "a major safety accident"},
		{"epidemic", "重大疫情", "重大疫情", "a major epidemic"},
		{"public_security", "重大公共安全事件", "重大公共安全事件", "a major public-security event"},
	}
	harms := []name{
		{"none", "未受伤害", "未受傷害", "not harmed"},
		{"injured", "受伤", "受傷", "injured"},
		{"disabled", "致残", "致殘", "disabled"},
		{"killed", "死亡", "死亡", "killed"},
	}

	ms := []catalog.Texts{
		// Operators.
		{"assistance.op.lt", "低于", "低於", "below"},
		{"assistance.op.le", "不高于", "不高於", "at most"},
		{"assistance.op.gt", "超过", "超過", "above"},
		{"assistance.op.ge", "不低于", "不低於", "at least"},

		// Causes of hardship.
		{"assistance.cause.none", "未填写", "未填寫", "not recorded"},
		{"assistance.cause.no_work_capacity", "丧失劳动能力", "喪失勞動能力", "no capacity to work"},
		{"assistance.cause.unemployed", "有劳动能力但失业", "有勞動能力但失業", "able to work but unemployed"},
		{"assistance.cause.laid_off", "下岗", "下崗", "laid off"},
		{"assistance.cause.no_social_insurance", "未参加社会保险", "未參加社會保險", "no social insurance"},
		{"assistance.cause.insurance_undelivered", "社会保险待遇未落实", "社會保險待遇未落實", "social-insurance benefits not delivered"},
		{"assistance.cause.serious_illness", "大病", "大病", "serious illness"},
		{"assistance.cause.natural_disaster", "自然灾害", "自然災害", "natural disaster"},
		{"assistance.cause.accident", "意外事故", "意外事故", "accident"},
		{"assistance.cause.schooling", "子女就学", "子女就學", "children's schooling"},
		{"assistance.cause.other", "其他", "其他", "other"},

		// Work capacity.
		{"assistance.capacity.full", "有劳动能力", "有勞動能力", "able to work"},
		{"assistance.capacity.partial", "部分丧失劳动能力", "部分喪失勞動能力", "partly unable to work"},
		{"assistance.capacity.none", "完全丧失劳动能力", "完全喪失勞動能力", "unable to work"},

		// Review outcomes.
		{"assistance.outcome.continue", "继续帮扶", "繼續幫扶", "continue"},
		{"assistance.outcome.move", "调整类别", "調整類別", "move to another category"},
		{"assistance.outcome.exit", "脱困", "脫困", "out of hardship"},
		{"assistance.outcome.resolved", "解困（保留档案）", "解困（保留檔案）", "resolved with support (file kept)"},
		{"assistance.outcome.cancel", "注销档案", "註銷檔案", "file cancelled"},

		// Income and the per-capita figure.
		{"assistance.per_capita",
			"家庭计算收入 %[1]s 元，扣除刚性支出 %[2]s 元，按 %[3]s 人、12 个月计，人均月收入 %[4]s 元",
			"家庭計算收入 %[1]s 元，扣除剛性支出 %[2]s 元，按 %[3]s 人、12 個月計，人均月收入 %[4]s 元",
			"counted income %[1]s yuan less rigid spending %[2]s yuan, over %[3]s members and 12 months: %[4]s yuan per person per month"},
		{"assistance.income.excluded", "“%[1]s”收入 %[2]s 元不计入家庭收入", "「%[1]s」收入 %[2]s 元不計入家庭收入", "income of kind “%[1]s”: %[2]s yuan not counted"},
		{"assistance.income.imputed", "家庭成员 %[1]s 处于劳动年龄、有劳动能力而未就业，按当地最低工资推算年收入 %[2]s 元",
			"家庭成員 %[1]s 處於勞動年齡、有勞動能力而未就業，按當地最低工資推算年收入 %[2]s 元",
			"member %[1]s is of working age, able to work and idle: %[2]s yuan a year imputed at the local minimum wage"},
		{"assistance.income.paid_aid", "本年已获工会救助 %[1]s 元计入家庭收入", "本年已獲工會救助 %[1]s 元計入家庭收入", "union aid of %[1]s yuan paid this year is counted as income"},

		// The 意外致困 test.
		{"assistance.accident.share.met", "困难支出 %[1]s 元 %[2]s 家庭年收入 %[4]s 元的 %[3]s%%，符合意外致困",
			"困難支出 %[1]s 元 %[2]s 家庭年收入 %[4]s 元的 %[3]s%%，符合意外致困",
			"hardship costs of %[1]s yuan are %[2]s %[3]s%% of the household income of %[4]s yuan: hardship from an accident"},
		{"assistance.accident.share.not_met", "困难支出 %[1]s 元未满足“%[2]s 家庭年收入 %[4]s 元的 %[3]s%%”",
			"困難支出 %[1]s 元未滿足「%[2]s 家庭年收入 %[4]s 元的 %[3]s%%」",
			"hardship costs of %[1]s yuan do not meet %[2]s %[3]s%% of the household income of %[4]s yuan"},
		{"assistance.accident.above_cap", "人均月收入 %[1]s 元超过低保 %[2]s 倍，不适用意外致困认定",
			"人均月收入 %[1]s 元超過低保 %[2]s 倍，不適用意外致困認定",
			"per-capita income of %[1]s yuan a month is above %[2]s times the minimum living standard: no accident category"},
		{"assistance.accident.assets", "人均收入超过低保 %[2]s 倍，金融资产 %[1]s 元计入收入",
			"人均收入超過低保 %[2]s 倍，金融資產 %[1]s 元計入收入",
			"per-capita income above %[2]s times the minimum living standard: financial assets of %[1]s yuan are added to income"},
		{"assistance.accident.residual.met", "扣除意外支出后人均月收入 %[1]s 元 %[2]s %[3]s 元，符合意外致困",
			"扣除意外支出後人均月收入 %[1]s 元 %[2]s %[3]s 元，符合意外致困",
			"after the accident costs, %[1]s yuan per person a month is %[2]s %[3]s yuan: hardship from an accident"},
		{"assistance.accident.residual.not_met", "扣除意外支出后人均月收入 %[1]s 元未满足“%[2]s %[3]s 元”",
			"扣除意外支出後人均月收入 %[1]s 元未滿足「%[2]s %[3]s 元」",
			"after the accident costs, %[1]s yuan per person a month does not meet %[2]s %[3]s yuan"},

		// The outcome of an assessment.
		{"assistance.filed.none", "不符合困难职工认定标准", "不符合困難職工認定標準", "the household does not meet any hardship category"},
		{"assistance.filed.ineligible", "收入符合困难标准，但因上述条件不予建档", "收入符合困難標準，但因上述條件不予建檔", "the income test is met, but the conditions above bar a file"},

		// Conditions.
		{"assistance.condition.status.deceased", "职工已死亡", "職工已死亡", "the worker has died"},
		{"assistance.condition.status.transferred", "职工已调离", "職工已調離", "the worker has transferred away"},
		{"assistance.condition.status.withdrawn", "职工已退会", "職工已退會", "the worker has left the union"},
		{"assistance.condition.in_service.retired", "须为在职职工，申请人已退休", "須為在職職工，申請人已退休", "only workers in service qualify; the applicant has retired"},
		{"assistance.condition.in_service.unemployed", "须为在职职工，申请人已失业", "須為在職職工，申請人已失業", "only workers in service qualify; the applicant is unemployed"},
		{"assistance.condition.member", "申请人须为工会会员", "申請人須為工會會員", "the applicant must be a union member"},
		{"assistance.condition.hukou", "须为本地户籍", "須為本地戶籍", "a local hukou is required"},
		{"assistance.condition.contract", "农民工劳动合同或事实劳动关系 %[1]s 个月，不足 %[2]s 个月",
			"農民工勞動合同或事實勞動關係 %[1]s 個月，不足 %[2]s 個月",
			"the migrant worker's contract or employment of %[1]s months is shorter than %[2]s months"},
		{"assistance.condition.rural", "农民工须在城镇长期居住，居住在农村的不予认定", "農民工須在城鎮長期居住，居住在農村的不予認定", "migrant workers must live in the city; living in a rural area disqualifies"},

		// Exclusions.
		{"assistance.exclude.homes", "家庭拥有住房 %[1]s 套，超过 %[2]s 套", "家庭擁有住房 %[1]s 套，超過 %[2]s 套", "the household owns %[1]s homes, more than %[2]s"},
		{"assistance.exclude.shop", "家庭拥有商铺 %[1]s 处", "家庭擁有商鋪 %[1]s 處", "the household owns %[1]s commercial premises"},
		{"assistance.exclude.employs", "家庭成员经商办企并雇佣他人", "家庭成員經商辦企並僱用他人", "a member runs a business employing others"},
		{"assistance.exclude.vehicle", "家庭拥有机动车 %[1]s 辆", "家庭擁有機動車 %[1]s 輛", "the household owns %[1]s motor vehicles"},
		{"assistance.exclude.assets", "人均金融资产 %[1]s 元超过 %[3]s 个月低保（%[2]s 元）", "人均金融資產 %[1]s 元超過 %[3]s 個月低保（%[2]s 元）",
			"financial assets of %[1]s yuan per person exceed %[3]s months of the minimum living standard (%[2]s yuan)"},
		{"assistance.exclude.private_school", "家庭成员 %[1]s 就读高收费学校：学费 %[2]s 元超过同级公办学校 %[4]s 元的 %[3]s 倍",
			"家庭成員 %[1]s 就讀高收費學校：學費 %[2]s 元超過同級公辦學校 %[4]s 元的 %[3]s 倍",
			"member %[1]s attends a high-fee school: the fee of %[2]s yuan is more than %[3]s times the public fee of %[4]s yuan"},
		{"assistance.exclude.abroad", "家庭成员 %[1]s 自费出国留学", "家庭成員 %[1]s 自費出國留學", "member %[1]s studies abroad at their own expense"},
		{"assistance.exclude.age", "申请人年龄 %[1]s 岁，不在 %[2]s 至 %[3]s 岁之间", "申請人年齡 %[1]s 歲，不在 %[2]s 至 %[3]s 歲之間", "the applicant's age of %[1]s is outside %[2]s to %[3]s"},

		// Aid.
		{"assistance.aid.living", "生活救助：%[1]s 个月低保，计 %[2]s 元", "生活救助：%[1]s 個月低保，計 %[2]s 元", "living aid: %[1]s months of the minimum living standard, %[2]s yuan"},
		{"assistance.aid.living.fixed", "生活救助：每户每年 %[1]s 元", "生活救助：每戶每年 %[1]s 元", "living aid: %[1]s yuan per household a year"},
		{"assistance.aid.study.funded", "家庭成员 %[1]s 已获其他资助或免费就读，不重复资助", "家庭成員 %[1]s 已獲其他資助或免費就讀，不重複資助", "member %[1]s is already funded or studies tuition-free: no double funding"},
		{"assistance.aid.medical", "医疗救助：家庭成员 %[1]s 自付医疗费 %[2]s 元，救助 %[3]s 元", "醫療救助：家庭成員 %[1]s 自付醫療費 %[2]s 元，救助 %[3]s 元",
			"medical aid: member %[1]s paid %[2]s yuan themselves; aid %[3]s yuan"},
		{"assistance.aid.medical.not_serious", "家庭成员 %[1]s 未患所列重大疾病，其自付医疗费不予医疗救助",
			"家庭成員 %[1]s 未患所列重大疾病，其自付醫療費不予醫療救助",
			"member %[1]s has no serious illness on the list: no medical aid for their self-paid costs"},
		{"assistance.aid.medical.no_persons", "医疗救助仅限患重大疾病的家庭成员，须逐人填写家庭成员情况",
			"醫療救助僅限患重大疾病的家庭成員，須逐人填寫家庭成員情況",
			"medical aid is for members with a serious illness only: list the household's members to claim it"},
		{"assistance.aid.medical.cap", "医疗救助每户每年不超过 %[1]s 元", "醫療救助每戶每年不超過 %[1]s 元", "medical aid is capped at %[1]s yuan per household a year"},
		{"assistance.aid.accident", "意外致困救助：困难支出 %[2]s 元的 %[1]s%%，计 %[3]s 元", "意外致困救助：困難支出 %[2]s 元的 %[1]s%%，計 %[3]s 元",
			"accident aid: %[1]s%% of hardship costs of %[2]s yuan, %[3]s yuan"},
		{"assistance.aid.temporary", "临时救助 %[1]s 元（每人每年不超过 %[2]s 元）", "臨時救助 %[1]s 元（每人每年不超過 %[2]s 元）", "temporary aid of %[1]s yuan (at most %[2]s yuan per person a year)"},

		// Review.
		{"assistance.review.cancel.retired", "职工已退休，注销档案", "職工已退休，註銷檔案", "the worker has retired: file cancelled"},
		{"assistance.review.cancel.transferred", "职工已调离，注销档案", "職工已調離，註銷檔案", "the worker has transferred away: file cancelled"},
		{"assistance.review.cancel.deceased", "职工已死亡，注销档案", "職工已死亡，註銷檔案", "the worker has died: file cancelled"},
		{"assistance.review.cancel.withdrawn", "职工已退会，注销档案", "職工已退會，註銷檔案", "the worker has left the union: file cancelled"},
		{"assistance.review.cancel.excluded", "核查发现排除性情形，退档", "核查發現排除性情形，退檔", "an exclusion now applies: file withdrawn"},
		{"assistance.review.cancel.conditions", "不再符合建档条件，注销档案", "不再符合建檔條件，註銷檔案", "the conditions for a file are no longer met: file cancelled"},
		{"assistance.review.exit", "人均收入已连续 %[1]s 个月高于低保（标准 %[2]s 个月），脱困", "人均收入已連續 %[1]s 個月高於低保（標準 %[2]s 個月），脫困",
			"per-capita income has been above the minimum living standard for %[1]s consecutive months (%[2]s required): out of hardship"},
		{"assistance.review.pending", "已不符合困难标准，但人均收入连续高于低保仅 %[1]s 个月（须 %[2]s 个月），暂不脱困",
			"已不符合困難標準，但人均收入連續高於低保僅 %[1]s 個月（須 %[2]s 個月），暫不脫困",
			"no longer in a category, but above the minimum living standard for only %[1]s months (%[2]s required): the file stays open"},
		{"assistance.review.resolved", "因大病或残疾无法脱困，经政府兜底达到低保水平，解困并保留档案、持续帮扶",
			"因大病或殘疾無法脫困，經政府兜底達到低保水準，解困並保留檔案、持續幫扶",
			"serious illness or disability prevents an exit; brought up to the minimum living standard with government support, the file is kept and help continues"},
		{"assistance.review.continue", "仍符合原困难类别，继续帮扶", "仍符合原困難類別，繼續幫扶", "still in the same category: help continues"},
		{"assistance.review.next", "下次复核：%[1]s", "下次複核：%[1]s", "next review: %[1]s"},

		// Names of the presets.
		{"assistance.preset.standard", "全总困难职工认定标准", "全總困難職工認定標準", "ACFTU standard"},
		{"assistance.preset.generation1", "2017年以前困难职工建档标准", "2017年以前困難職工建檔標準", "pre-2018 ACFTU filing standard"},
		{"assistance.preset.hubei2024", "湖北省总工会帮扶标准（2024）", "湖北省總工會幫扶標準（2024）", "Hubei federation of trade unions (2024)"},
		{"assistance.preset.shanghai2019", "上海工会深度困难职工帮扶办法（2019）", "上海工會深度困難職工幫扶辦法（2019）", "Shanghai deep-hardship rules (2019)"},
	}

	// Labels of the fields of assistance's inputs and rules, for error texts
	// ("field.<path without indices>"); the shared ones (effective …) are
	// union's.
	for _, l := range []name{
		{"preset", "预设", "預設", "preset"},
		{"minimum_living", "最低生活保障标准（低保）", "最低生活保障標準（低保）", "minimum living standard"},
		{"per_capita_rounding", "人均收入舍入", "人均收入捨入", "per-capita rounding"},
		{"per_capita_rounding.places", "人均收入保留小数位数", "人均收入保留小數位數", "per-capita decimal places"},
		{"per_capita_rounding.mode", "人均收入舍入方式", "人均收入捨入方式", "per-capita rounding mode"},
		{"impute_idle", "未就业成员推算收入", "未就業成員推算收入", "imputed income of idle members"},
		{"minimum_wage", "最低工资标准", "最低工資標準", "minimum wage"},
		{"working_age", "劳动年龄", "勞動年齡", "working age"},
		{"counted_expenses", "计入的刚性支出类别", "計入的剛性支出類別", "counted kinds of rigid spending"},
		{"excluded_income", "不计入的收入类别", "不計入的收入類別", "excluded kinds of income"},
		{"bands", "收入认定档次", "收入認定檔次", "income bands"},
		{"bands.category", "认定档次的困难类别", "認定檔次的困難類別", "band category"},
		{"bands.multiple", "认定档次的低保倍数", "認定檔次的低保倍數", "band multiple of the minimum living standard"},
		{"bands.op", "认定档次的比较方式", "認定檔次的比較方式", "band comparison"},
		{"bands.months_below", "连续低于低保月数要求", "連續低於低保月數要求", "months below the minimum living standard required"},
		{"bands.also_deduct", "认定档次另行扣除的支出", "認定檔次另行扣除的支出", "band's further deductions"},
		{"bands.residual.multiple", "扣除支出后的低保倍数", "扣除支出後的低保倍數", "multiple after spending"},
		{"bands.residual.op", "扣除支出后的比较方式", "扣除支出後的比較方式", "comparison after spending"},
		{"accident.share", "意外致困支出占收入比例", "意外致困支出佔收入比例", "accident cost share of income"},
		{"accident.share_op", "意外致困比例的比较方式", "意外致困比例的比較方式", "accident share comparison"},
		{"accident.income_cap.multiple", "意外致困收入上限倍数", "意外致困收入上限倍數", "accident income cap multiple"},
		{"accident.income_cap.op", "意外致困收入上限比较方式", "意外致困收入上限比較方式", "accident income cap comparison"},
		{"accident.residual.multiple", "意外致困扣除支出后倍数", "意外致困扣除支出後倍數", "accident residual multiple"},
		{"accident.residual.op", "意外致困扣除支出后比较方式", "意外致困扣除支出後比較方式", "accident residual comparison"},
		{"conditions.migrant_contract_months", "农民工劳动合同最短月数", "農民工勞動合同最短月數", "migrant workers' minimum contract months"},
		{"exclusions.max_homes", "住房套数上限", "住房套數上限", "most homes allowed"},
		{"exclusions.private_school_multiple", "高收费学校学费倍数", "高收費學校學費倍數", "high-fee school multiple"},
		{"exclusions.asset_months", "金融资产上限（低保月数）", "金融資產上限（低保月數）", "asset cap in months of the minimum living standard"},
		{"exclusions.age", "申请人年龄范围", "申請人年齡範圍", "applicant age range"},
		{"aid.rounding", "救助金额舍入", "救助金額捨入", "aid rounding"},
		{"aid.rounding.places", "救助金额保留小数位数", "救助金額保留小數位數", "aid decimal places"},
		{"aid.rounding.mode", "救助金额舍入方式", "救助金額捨入方式", "aid rounding mode"},
		{"aid.living", "生活救助标准", "生活救助標準", "living aid rates"},
		{"aid.living.category", "生活救助的困难类别", "生活救助的困難類別", "living aid category"},
		{"aid.living.months", "生活救助低保月数", "生活救助低保月數", "living aid months"},
		{"aid.living.amount", "生活救助定额", "生活救助定額", "living aid amount"},
		{"aid.study", "助学标准", "助學標準", "study aid rates"},
		{"aid.study.level", "助学的学段", "助學的學段", "study aid school level"},
		{"aid.study.months", "助学低保月数", "助學低保月數", "study aid months"},
		{"aid.study.amount", "助学定额", "助學定額", "study aid amount"},
		{"aid.study.non_filed", "非建档家庭助学金额", "非建檔家庭助學金額", "study aid for non-filed households"},
		{"aid.medical", "医疗救助标准", "醫療救助標準", "medical aid rates"},
		{"aid.medical.categories", "医疗救助的困难类别", "醫療救助的困難類別", "medical aid categories"},
		{"aid.medical.tiers", "医疗救助分段", "醫療救助分段", "medical aid tiers"},
		{"aid.medical.tiers.rate", "医疗救助分段比例", "醫療救助分段比例", "medical aid tier rate"},
		{"aid.medical.tiers.up_to", "医疗救助分段上限", "醫療救助分段上限", "medical aid tier upper end"},
		{"aid.medical.cap", "医疗救助封顶", "醫療救助封頂", "medical aid cap"},
		{"aid.accident.rate", "意外致困救助比例", "意外致困救助比例", "accident aid rate"},
		{"aid.accident.cap", "意外致困救助封顶", "意外致困救助封頂", "accident aid cap"},
		{"aid.temporary_cap", "临时救助上限", "臨時救助上限", "temporary aid cap"},
		{"aid.no_stacking", "不可叠加救助的类别", "不可疊加救助的類別", "categories without stacking"},
		{"exit.months", "脱困所需连续月数", "脫困所需連續月數", "months above the minimum living standard to exit"},
		{"exit.review_months", "复核周期（月）", "複核週期（月）", "review cycle in months"},
		{"documents", "建档必备材料", "建檔必備材料", "documents every file needs"},
		{"worker.status", "职工状态", "職工狀態", "worker status"},
		{"age", "申请人年龄", "申請人年齡", "applicant's age"},
		{"contract_months", "劳动合同月数", "勞動合同月數", "contract months"},
		{"main_cause", "主要致困原因", "主要致困原因", "main cause of hardship"},
		{"causes", "次要致困原因", "次要致困原因", "secondary causes of hardship"},
		{"incident", "致害事件", "致害事件", "incident"},
		{"harm", "伤害后果", "傷害後果", "harm"},
		{"evidence", "已提交材料", "已提交材料", "documents on file"},
		{"paid", "本年已发放救助", "本年已發放救助", "aid paid this year"},
		{"paid.programme", "已发放救助项目", "已發放救助項目", "programme paid"},
		{"paid.amount", "已发放救助金额", "已發放救助金額", "amount paid"},
		{"household.members", "家庭人口数", "家庭人口數", "household members"},
		{"household.income", "家庭收入", "家庭收入", "household income"},
		{"household.rigid_expenses", "刚性支出", "剛性支出", "rigid spending"},
		{"household.hardship_costs", "困难支出", "困難支出", "hardship costs"},
		{"household.assets", "金融资产", "金融資產", "financial assets"},
		{"household.homes", "住房套数", "住房套數", "homes owned"},
		{"household.shops", "商铺数", "商鋪數", "commercial premises owned"},
		{"household.vehicles", "机动车数", "機動車數", "motor vehicles owned"},
		{"household.months_below", "连续低于低保月数", "連續低於低保月數", "months below the minimum living standard"},
		{"household.months_above", "连续高于低保月数", "連續高於低保月數", "months above the minimum living standard"},
		{"household.persons", "家庭成员", "家庭成員", "household persons"},
		{"household.persons.age", "家庭成员年龄", "家庭成員年齡", "person's age"},
		{"household.persons.school", "家庭成员学段", "家庭成員學段", "person's school level"},
		{"household.persons.capacity", "家庭成员劳动能力", "家庭成員勞動能力", "person's capacity to work"},
		{"household.persons.employed", "家庭成员就业情况", "家庭成員就業情況", "person employed"},
		{"household.persons.disability", "残疾等级", "殘疾等級", "disability grade"},
		{"household.persons.medical_self_paid", "自付医疗费", "自付醫療費", "self-paid medical cost"},
		{"household.persons.school_fee", "学费", "學費", "school fee"},
		{"household.persons.public_school_fee", "同级公办学校学费", "同級公辦學校學費", "public school fee"},
		{"household.persons.abroad_self_funded", "自费留学", "自費留學", "self-funded study abroad"},
		{"household.income_items", "分类收入", "分類收入", "income items"},
		{"household.income_items.kind", "收入类别", "收入類別", "income kind"},
		{"household.income_items.amount", "收入金额", "收入金額", "income amount"},
		{"household.expense_items", "分类支出", "分類支出", "expense items"},
		{"household.expense_items.kind", "支出类别", "支出類別", "expense kind"},
		{"household.expense_items.amount", "支出金额", "支出金額", "expense amount"},
		{"file.category", "档案困难类别", "檔案困難類別", "category on file"},
		{"file.filed", "建档月份", "建檔月份", "month filed"},
		{"file.reviewed", "复核月份", "複核月份", "month reviewed"},
		{"figures", "年度标准", "年度標準", "yearly figures"},
		{"figures.from", "标准起始月份", "標準起始月份", "first month of the figures"},
	} {
		ms = append(ms, catalog.Texts{"field." + l.word, l.hans, l.hant, l.en})
	}
	ms = append(ms,
		catalog.Texts{"assistance.own_rule", "以上依据调用方自定的帮扶规则，未注明文件出处", "以上依據調用方自定的幫扶規則，未註明文件出處",
			"these are the caller's own hardship rules; they cite no document"},
		catalog.Texts{"assistance.policy.rounding_unset", "未规定舍入方式（不默认取整到元；确需取整到元请设置 whole_yuan）",
			"未規定捨入方式（不預設取整到元；確需取整到元請設定 whole_yuan）",
			"no rounding is stated (money is never rounded to whole yuan by default; set whole_yuan if that is meant)"})
	ms = append(ms, catalog.Texts{"assistance.unknown_preset", "没有这个预设，可用的预设：%[1]s", "沒有這個預設，可用的預設：%[1]s",
		"is not a preset; the presets are %[1]s"})

	for _, c := range categories {
		ms = append(ms, catalog.Texts{"assistance.category." + c.word, c.hans, c.hant, c.en})
	}
	for _, c := range filed {
		w := c.word
		ms = append(ms,
			catalog.Texts{"assistance.filed." + w, "认定为" + c.hans, "認定為" + c.hant, "filed as " + c.en},
			catalog.Texts{"assistance.band.met." + w,
				"人均月收入 %[1]s 元 %[2]s 低保的 %[4]s 倍（%[3]s 元），符合" + c.hans,
				"人均月收入 %[1]s 元 %[2]s 低保的 %[4]s 倍（%[3]s 元），符合" + c.hant,
				"%[1]s yuan per person a month is %[2]s %[4]s times the minimum living standard (%[3]s yuan): " + c.en},
			catalog.Texts{"assistance.band.not_met." + w,
				"人均月收入 %[1]s 元未满足“%[2]s 低保的 %[4]s 倍（%[3]s 元）”，不符合" + c.hans,
				"人均月收入 %[1]s 元未滿足「%[2]s 低保的 %[4]s 倍（%[3]s 元）」，不符合" + c.hant,
				"%[1]s yuan per person a month is not %[2]s %[4]s times the minimum living standard (%[3]s yuan): not " + c.en},
			catalog.Texts{"assistance.band.months." + w,
				"人均收入连续低于低保 %[1]s 个月，不足 %[2]s 个月，不符合" + c.hans,
				"人均收入連續低於低保 %[1]s 個月，不足 %[2]s 個月，不符合" + c.hant,
				"below the minimum living standard for %[1]s consecutive months, fewer than %[2]s: not " + c.en},
			catalog.Texts{"assistance.band.cause." + w,
				"未填写致困原因，不符合" + c.hans, "未填寫致困原因，不符合" + c.hant,
				"no cause of hardship recorded: not " + c.en},
			catalog.Texts{"assistance.band.residual." + w,
				"扣除刚性支出后人均月收入 %[1]s 元未满足“%[2]s %[3]s 元”，不符合" + c.hans,
				"扣除剛性支出後人均月收入 %[1]s 元未滿足「%[2]s %[3]s 元」，不符合" + c.hant,
				"after rigid spending, %[1]s yuan per person a month is not %[2]s %[3]s yuan: not " + c.en},
			catalog.Texts{"assistance.review.move." + w,
				"调整为" + c.hans, "調整為" + c.hant, "moved to " + c.en},
		)
	}
	for _, p := range programmes {
		ms = append(ms,
			catalog.Texts{"assistance.programme." + p.word, p.hans, p.hant, p.en},
			catalog.Texts{"assistance.aid.paid." + p.word,
				"本年已发放" + p.hans + " %[1]s 元，从额度中扣除", "本年已發放" + p.hant + " %[1]s 元，從額度中扣除",
				p.en + " of %[1]s yuan already paid this year is deducted"},
			catalog.Texts{"assistance.aid.not_stacked." + p.word,
				"该类别不可叠加救助，" + p.hans + " %[1]s 元不予发放", "該類別不可疊加救助，" + p.hant + " %[1]s 元不予發放",
				"aid does not stack in this category: " + p.en + " of %[1]s yuan is not paid"},
		)
	}
	for _, s := range schools {
		ms = append(ms, catalog.Texts{"assistance.school." + s.word, s.hans, s.hant, s.en})
		if s.word != "none" {
			ms = append(ms, catalog.Texts{"assistance.aid.study." + s.word,
				"金秋助学：家庭成员 %[1]s 就读" + s.hans + "，%[2]s 元", "金秋助學：家庭成員 %[1]s 就讀" + s.hant + "，%[2]s 元",
				"study aid: member %[1]s, " + s.en + ", %[2]s yuan"})
		}
	}
	for _, x := range incidents {
		ms = append(ms, catalog.Texts{"assistance.incident." + x.word, x.hans, x.hant, x.en})
	}
	for _, x := range harms {
		ms = append(ms, catalog.Texts{"assistance.harm." + x.word, x.hans, x.hant, x.en})
	}
	for _, x := range incidents[1:] {
		for _, h := range harms[1:] {
			en := "the worker was " + h.en + " on duty"
			hans, hant := "职工因公"+h.hans, "職工因公"+h.hant
			if x.word != "on_duty" {
				en = "the worker was " + h.en + " in " + x.en
				hans, hant = "职工在"+x.hans+"中"+h.hans, "職工在"+x.hant+"中"+h.hant
			}
			ms = append(ms, catalog.Texts{"assistance.accident.incident." + x.word + "." + h.word,
				hans + "，不经困难支出测算即符合意外致困", hant + "，不經困難支出測算即符合意外致困",
				en + ": hardship from an accident, without the test on hardship costs"})
		}
	}
	for _, d := range documents {
		ms = append(ms,
			catalog.Texts{"assistance.document." + d.word, d.hans, d.hant, d.en},
			catalog.Texts{"assistance.document.missing." + d.word, "尚缺：" + d.hans, "尚缺：" + d.hant, "missing: " + d.en},
		)
	}
	for _, k := range incomes {
		ms = append(ms, catalog.Texts{"assistance.income.excluded." + k.word,
			k.hans + " %[1]s 元不计入家庭收入", k.hant + " %[1]s 元不計入家庭收入",
			k.en + ": %[1]s yuan not counted as income"})
	}
	return ms
}
