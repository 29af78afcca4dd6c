package assistance

// The documents the rules rest on (summarised in docs/rules/hardship.md).
// The ACFTU primary texts were not available when the presets were written,
// so the citations are the local restatements and, where visible, their
// articles.
const (
	srcYunnan6          = "《云南省困难职工档案管理办法(试行)》第六条（一户一档）"
	srcYunnan7          = "《云南省困难职工档案管理办法(试行)》第七条"
	srcPingdingshan     = "平顶山市总工会《困难职工家庭认定标准》"
	srcQingdao          = "青岛市总工会“困难职工自测小程序”认定公式"
	srcJiangmen         = "江门日报2025-06-18《申请困难职工家庭帮扶 如何核算职工家庭收支》"
	srcJuduo            = "某市困难职工建档标准（juduo.cc 转述）"
	srcZhengzhou        = "郑州市总工会困难职工建档标准（郑州晚报2017-11-02）"
	srcYueyang          = "岳阳市总工会《2018年岳阳市困难职工建档流程》"
	srcZoucheng         = "邹城市总工会困难职工动态管理（2023-03-31）"
	srcJiangsu          = "新华日报2019-09-11（江苏：脱困、解困标准）"
	srcHunan            = "《湖南工会困难职工档案管理办法》（每年至少集中复核一次）"
	srcHubei            = "湖北省总工会困难职工帮扶标准（武汉本地宝2024-03-20）"
	srcShanghai         = "《上海工会深度困难职工帮扶工作实施办法(试行)》(沪工总权〔2019〕19号)"
	srcShenzhen         = "深圳市支出型困难家庭认定办法（政府社会救助规则，类比适用）"
	srcTianmen          = "天门市总工会2024年金秋助学通知（不重复资助）"
	srcAidIncome        = "困难职工帮扶标准（hfno1.cn 转述：救助计入家庭收入）"
	srcOldLocal         = "某地困难职工建档规定（约2009年，xiexiebang.com 转述）"
	srcAccidentIncident = "青岛市总工会困难职工认定标准（意外致困：因公或在自然灾害、重大安全事故、重大疫情、重大公共安全事件中受伤、致残、死亡）；" +
		srcPingdingshan + "（意外致困）"
	srcFileForm = "全国困难职工帮扶管理系统档案表（致困原因：主因1项、次因至多3项）"
)
