package union

import "github.com/gonghui/gonghui/internal/catalog"

// unionMessages holds the texts of the codes the union package itself uses:
// the frame of a field error, the generic input and policy problems every
// package reports, and the names of the shared enums.
func unionMessages() []catalog.Texts {
	return []catalog.Texts{
		// The frame of FieldError.Text: %[1]s is the field, %[2]s the reason, %[3]s the value.
		{"error.field", "字段 %[1]s：%[2]s", "欄位 %[1]s：%[2]s", "%[1]s: %[2]s"},
		{"error.separator", "；", "；", "; "},
		// Before the errors of a bad record in ErrorText: %[1]s is its ID.
		{"error.record", "记录 %[1]s：", "記錄 %[1]s：", "record %[1]s: "},
		// Between the accepted values an "invalid.enum" error lists, and between
		// the labelled parts of a field path (FieldLabel).
		{"error.list_separator", "、", "、", ", "},
		{"field.separator", "的", "的", " › "},
		// Date.Text: %[1]s, %[2]s and %[3]s are the year, month and day.
		{"union.date", "%[1]s年%[2]s月%[3]s日", "%[1]s年%[2]s月%[3]s日", "%[1]s-%[2]s-%[3]s"},
		{"error.field.value", "字段 %[1]s：%[2]s（值为“%[3]s”）", "欄位 %[1]s：%[2]s（值為「%[3]s」）", "%[1]s: %[2]s (value \"%[3]s\")"},

		// Generic input problems.
		{"invalid.required", "必须填写", "必須填寫", "is required"},
		{"invalid.empty", "不能为空", "不能為空", "must not be empty"},
		{"invalid.negative", "不能为负数", "不能為負數", "must not be negative"},
		{"invalid.not_positive", "必须大于零", "必須大於零", "must be greater than zero"},
		{"invalid.range", "超出允许范围 %[1]s 至 %[2]s", "超出允許範圍 %[1]s 至 %[2]s", "is outside the allowed range %[1]s to %[2]s"},
		{"invalid.too_large", "不能大于 %[1]s", "不能大於 %[1]s", "must not be greater than %[1]s"},
		{"invalid.too_small", "不能小于 %[1]s", "不能小於 %[1]s", "must not be less than %[1]s"},
		{"invalid.format", "格式不正确，应为 %[1]s", "格式不正確，應為 %[1]s", "is not in the form %[1]s"},
		{"invalid.unknown", "不是可识别的取值", "不是可識別的取值", "is not a known value"},
		// %[1]s is the list of accepted values (enumList builds it).
		{"invalid.enum", "不是可识别的取值，应为以下之一：%[1]s", "不是可識別的取值，應為以下之一：%[1]s", "is not one of %[1]s"},
		{"invalid.duplicate", "重复", "重複", "is a duplicate"},
		{"invalid.precision", "小数位数不能超过 %[1]s 位", "小數位數不能超過 %[1]s 位", "must not have more than %[1]s decimal places"},
		{"invalid.order", "起始不能晚于结束", "起始不能晚於結束", "must not start after it ends"},
		{"invalid.period", "不是有效的月份（年份 %[1]s 至 %[2]s，月份 1 至 12）", "不是有效的月份（年份 %[1]s 至 %[2]s，月份 1 至 12）",
			"is not a real month (years %[1]s to %[2]s, months 1 to 12)"},
		{"invalid.inconsistent", "与 %[1]s 矛盾", "與 %[1]s 矛盾", "contradicts %[1]s"},
		// The limits of decimals and lists (limits.go): %[1]s and %[2]s are
		// MaxIntegerDigits and MaxFractionDigits; %[1]s of too_many is the maximum.
		{"invalid.decimal_range", "超出数值范围：整数部分至多 %[1]s 位，小数至多 %[2]s 位",
			"超出數值範圍：整數部分至多 %[1]s 位，小數至多 %[2]s 位",
			"is outside the decimal limits: at most %[1]s digits before the point and %[2]s after it"},
		{"invalid.too_many", "数量不能超过 %[1]s", "數量不能超過 %[1]s", "must not hold more than %[1]s items"},

		// Decoding (decode.go): %[1]s of json and utf8 is a byte offset, of
		// json_depth the depth limit, of type the JSON type wanted.
		{"invalid.json", "不是有效的 JSON（位置 %[1]s）", "不是有效的 JSON（位置 %[1]s）", "is not valid JSON (at %[1]s)"},
		{"invalid.utf8", "含有无效的 UTF-8 编码（位置 %[1]s）", "含有無效的 UTF-8 編碼（位置 %[1]s）", "holds invalid UTF-8 (at %[1]s)"},
		{"invalid.json_depth", "JSON 嵌套超过 %[1]s 层", "JSON 巢狀超過 %[1]s 層", "nests JSON deeper than %[1]s levels"},
		{"invalid.unknown_field", "不是可识别的字段", "不是可識別的欄位", "is not a known field"},
		{"invalid.type", "类型不正确，应为 %[1]s", "類型不正確，應為 %[1]s", "has the wrong type; want %[1]s"},
		{"invalid.decimal", "不是有效的数值", "不是有效的數值", "is not a valid decimal number"},

		// Generic policy problems.
		{"policy.sum", "合计应为 %[1]s，实为 %[2]s", "合計應為 %[1]s，實為 %[2]s", "must add up to %[1]s, not %[2]s"},
		{"policy.range", "政策参数超出范围 %[1]s 至 %[2]s", "政策參數超出範圍 %[1]s 至 %[2]s", "policy parameter outside the range %[1]s to %[2]s"},
		{"policy.overlap", "有效期与 %[1]s 重叠", "有效期與 %[1]s 重疊", "effective period overlaps %[1]s"},
		{"policy.gap", "有效期与 %[1]s 之间有空档", "有效期與 %[1]s 之間有空檔", "effective period leaves a gap after %[1]s"},
		{"policy.uncovered", "%[1]s 没有有效的政策", "%[1]s 沒有有效的政策", "no policy is in force for %[1]s"},
		{"policy.empty", "政策未设置", "政策未設定", "policy is not set"},

		// Labels of the fields union's own errors name (FieldLabel). Each
		// package adds those of its fields in its own messages file. The bare
		// "places" and "mode" of a Rounding are left to the packages, which
		// label them under their own fields ("amount_rounding.places").
		{"field.amount", "金额", "金額", "amount"},
		{"field.total", "总额", "總額", "total"},
		{"field.weights", "分配比例", "分配比例", "weights"},
		{"field.rounding_mode", "舍入方式", "捨入方式", "rounding mode"},
		{"field.rounding", "舍入规则", "捨入規則", "rounding"},
		{"field.rounding.places", "保留小数位数", "保留小數位數", "decimal places"},
		{"field.rounding.mode", "舍入方式", "捨入方式", "rounding mode"},
		{"field.period", "月份", "月份", "month"},
		{"field.month", "月份", "月份", "month"},
		{"field.effective", "有效期", "有效期", "months in force"},
		{"field.from", "起始月份", "起始月份", "first month"},
		{"field.until", "截止月份", "截止月份", "last month"},
		{"field.timeline", "政策时间线", "政策時間線", "policy timeline"},
		{"field.resident_id", "公民身份号码", "公民身份號碼", "resident ID number"},
		{"field.credit_code", "统一社会信用代码", "統一社會信用代碼", "unified social credit code"},
		{"field.region", "行政区划代码", "行政區劃代碼", "administrative division code"},
		{"field.sector", "单位类型", "單位類型", "sector"},
		{"field.status", "会员状态", "會員狀態", "member status"},
		{"field.gender", "性别", "性別", "gender"},
		{"field.level", "工会层级", "工會層級", "union level"},
		{"field.source", "政策依据", "政策依據", "source"},

		// Rounding modes.
		{"rounding.half_up", "四舍五入", "四捨五入", "half up"},
		{"rounding.half_even", "银行家舍入（四舍六入五成双）", "銀行家捨入（四捨六入五成雙）", "half even"},
		{"rounding.down", "舍去（向零取整）", "捨去（向零取整）", "truncate (toward zero)"},
		{"rounding.up", "进位（远离零取整）", "進位（遠離零取整）", "round up (away from zero)"},

		// Union levels.
		{"level.national", "全国总工会", "全國總工會", "national"},
		{"level.provincial", "省级工会", "省級工會", "provincial"},
		{"level.municipal", "市级工会", "市級工會", "municipal"},
		{"level.county", "县级工会", "縣級工會", "county"},
		{"level.grassroots", "基层工会", "基層工會", "grassroots"},

		// Sectors.
		{"sector.enterprise", "企业", "企業", "enterprise"},
		{"sector.institution", "事业单位", "事業單位", "public institution"},
		{"sector.organ", "机关", "機關", "government organ"},
		{"sector.social_organization", "社会组织", "社會組織", "social organization"},

		// Member statuses.
		{"status.active", "在职", "在職", "active"},
		{"status.retired", "退休", "退休", "retired"},
		{"status.unemployed", "失业", "失業", "unemployed"},
		{"status.laid_off", "下岗", "下崗", "laid off"},
		{"status.transferred", "调离", "調離", "transferred"},
		{"status.deceased", "死亡", "死亡", "deceased"},
		{"status.withdrawn", "退会", "退會", "withdrawn"},

		// Genders.
		{"gender.unknown", "未知", "未知", "unknown"},
		{"gender.female", "女", "女", "female"},
		{"gender.male", "男", "男", "male"},
	}
}
