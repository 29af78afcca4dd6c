package competition

// The documents and articles the rules of this package rest on. Reasons carry
// them in their Source, policies in theirs.
const (
	// SourceTheoryPractical is the 3:7 theory : practical weighting.
	SourceTheoryPractical = "第五届全国职工职业技能大赛决赛规则（2015）：理论与实操成绩按3:7计入总成绩"
	// SourceTheoryCap is the cap of 30% on the theory share.
	SourceTheoryCap = "住房城乡建设部办公厅关于加强住房城乡建设行业职业技能竞赛组织管理工作的通知（2015年3月）：理论考试成绩占比不超过30%"
	// SourceTrim is the trimmed mean of judges' scores.
	SourceTrim = "职业院校技能竞赛评分规则（wanglu.net/thread/t4-214551-2.html）：结果评分由5名裁判评分，去掉一个最高分和一个最低分后取平均"
	// SourceMean is the plain mean of judges' scores.
	SourceMean = "延长石油某研究院劳动竞赛评分细则（2018，dywdw.cn）：评委评分取算术平均，个人项目权重35/35/30"
	// SourceTieBreak is the chain of tie-breaks ending in a shared rank.
	SourceTieBreak = "灯具装配职业技能竞赛技术规则（fsou.com/html/text/lar/172079/17207918_7.html）：总成绩相同时，用时少者名次列前；仍相同，实操成绩高者列前；再相同，理论成绩高者列前；仍相同，名次并列"
	// SourceNoSharedRank is the rule that medal places are not shared.
	SourceNoSharedRank = "中华人民共和国职业技能大赛（2020、2023）：前三名分获金、银、铜牌，排名不并列"
	// SourceVeto is the one-vote veto in labour competitions.
	SourceVeto = "劳动竞赛一票否决：中铁十七局项目劳动竞赛（发生重伤、质量事故即取消资格）；某水泥公司劳动竞赛（发生损工事故即取消资格）"
	// SourceQuota2012 is the 10/20/30% award quota.
	SourceQuota2012 = "人力资源社会保障部2012年全国职业技能竞赛决赛通知（fsou.com/html/text/chl/1764/176474_2.html）：每组一等奖10%、二等奖20%、三等奖30%；高级组前5名晋升技师、第6至15名晋升高级工，中级组前5名晋升高级工、第6至15名晋升中级工"
	// SourceNationalSkills is the national skills competition's medal and 优胜 rule.
	SourceNationalSkills = "中华人民共和国职业技能大赛（2020、2023）：前三名金、银、铜牌；其余排名前50%者获优胜奖；前5名（双人赛项前3名、三人赛项前2名）授予全国技术能手；优胜奖及以上晋升技师，已是技师者晋升高级技师"
	// SourceWorkerSkills2015 is the 5th national worker skills competition's title rule.
	SourceWorkerSkills2015 = "第五届全国职工职业技能大赛（2015）：各工种第1名可申报全国五一劳动奖章；前5名授予全国技术能手并晋升技师（或高级技师）；第6至20名晋升高级工"
	// SourceWorkerSkills8 is the 8th national worker skills competition's title rule.
	SourceWorkerSkills8 = "第八届全国职工职业技能大赛：前3名符合推荐条件者按程序授予全国五一劳动奖章"
	// SourceGuizhou2023 is the fixed-count award rule of Guizhou.
	SourceGuizhou2023 = "贵州省首届职工职业技能大赛（2023）：每赛项一等奖1名、二等奖2名、三等奖5名；一等奖授予贵州省五一劳动奖章；前三名授予省技术能手"
	// SourceHebeiField is the minimum field before a title is given.
	SourceHebeiField = "河北省残疾人职业技能竞赛：参赛人数10人以上的赛项，前2名授予省技术能手"
	// SourceTeam is team scoring.
	SourceTeam = "灯具装配职业技能竞赛技术规则（fsou.com/html/text/lar/172079/17207918_7.html）：团体成绩为3名队员总成绩之和，相同时以团体总用时少者列前"
	// SourceHonours is the employer bars for 工人先锋号 and 五一劳动奖.
	SourceHonours = "全国工人先锋号、全国五一劳动奖评选条件：当年有拖欠工资、欠缴社会保险费、未建工会、未建立职代会或集体合同制度等情形的不得申报；发生生产安全事故、严重职业危害或群体性事件的，3年内不得申报"
	// SourceMayDay2022 is the 2022 quota notice for 全国五一劳动奖章.
	SourceMayDay2022 = "全国总工会关于开展2022年全国五一劳动奖和全国工人先锋号评选工作的通知：产业工人不少于35%，其他一线职工和专业技术人员不少于20%，教科文卫不少于20%，农民工不少于10%，非公有制企业不少于35%"
	// SourceMayDay2024 is the 2024 quota notice for 全国五一劳动奖章.
	SourceMayDay2024 = "全国总工会关于开展2024年全国五一劳动奖和全国工人先锋号评选工作的通知：在2022年比例基础上，重点产业不少于35%"
	// SourceXiamen2016 is Xiamen's 2016 nomination quotas.
	SourceXiamen2016 = "厦门市2016年五一劳动奖推荐评选：单位负责人不超过15%，社区工作者不超过10%，一线职工不少于60%，企业职工不少于50%，教科文卫不少于20%，女职工不少于20%，农民工不少于20%"
	// SourceProposals1982 is the 1982 State Council regulation on rationalisation proposals.
	SourceProposals1982 = "合理化建议和技术改进奖励条例（国发〔1982〕43号）第六条"
	// SourceProposals1986 is its 1986 revision: the five tiers (第六条, with
	// 以上 including the number), one tier lower for a borrowed result
	// (第六条第二款), technical reserves (第八条), no double award (第十一条).
	SourceProposals1986 = "合理化建议和技术改进奖励条例（1986年修订，国发〔1986〕59号）第六条、第八条、第十一条"
	// SourceMayDayLists is the non-public share applied to each list of the
	// 五一 awards and the 班组 share of the 工人先锋号.
	SourceMayDayLists = "全国总工会关于推荐评选2022年、2024年全国五一劳动奖和全国工人先锋号的通知：奖状、奖章和先锋号中非公有制比例各不低于35%；先锋号中班组（科室）不低于70%"
	// SourceMayDayResults2022 is the published 2022 results.
	SourceMayDayResults2022 = "全国总工会2022年4月25日发布（新华社、光明日报）：常规表彰奖章931名，产业工人373名，其他一线职工和专业技术人员240名，科教人员204名，农民工149名；非公比例奖状42.0%、奖章37.8%、先锋号39.8%"
	// SourceMayDayResults2024 is the published 2024 results.
	SourceMayDayResults2024 = "全国总工会2024年4月27日发布（新华社、观察者网、中新网）：常规表彰奖章943名，产业工人380名，其他一线职工和专业技术人员236名，科教人员206名，农民工172名；非公比例奖状44.0%、奖章39.0%、先锋号40.3%；重点产业奖状84.4%、奖章71.4%、先锋号74.9%；先锋号中班组（科室）753个，占78.8%"
)
