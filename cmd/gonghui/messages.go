package main

import (
	"fmt"
	"sync"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// serviceMessages are the texts of the codes only the command and the
// service use (the HTTP answers that are not about a field), in the three
// languages of the module.
var serviceMessages = map[string][3]string{
	"http.unauthorized":        {"缺少或错误的访问令牌（Authorization: Bearer）", "缺少或錯誤的存取權杖（Authorization: Bearer）", "missing or wrong access token (Authorization: Bearer)"},
	"http.not_found":           {"没有这个接口", "沒有這個介面", "no such endpoint"},
	"http.method":              {"该接口不接受此方法，请用 %[1]s", "該介面不接受此方法，請用 %[1]s", "method not allowed here; use %[1]s"},
	"http.too_large":           {"请求体超过上限 %[1]s 字节", "請求主體超過上限 %[1]s 位元組", "request body exceeds the limit of %[1]s bytes"},
	"http.media_type":          {"不支持的内容类型，请用 application/json 或 text/csv", "不支援的內容類型，請用 application/json 或 text/csv", "unsupported content type; use application/json or text/csv"},
	"http.internal":            {"服务内部错误（已记录，不含请求数据）", "服務內部錯誤（已記錄，不含請求資料）", "internal error (logged without request data)"},
	"invalid.json":             {"不是有效的 JSON：%[1]s", "不是有效的 JSON：%[1]s", "not valid JSON: %[1]s"},
	"invalid.unknown_field":    {"未知字段", "未知欄位", "unknown field"},
	"invalid.type":             {"类型错误，应为 %[1]s", "類型錯誤，應為 %[1]s", "wrong type; expected %[1]s"},
	"invalid.csv":              {"不是有效的 CSV：%[1]s", "不是有效的 CSV：%[1]s", "not valid CSV: %[1]s"},
	"invalid.unknown_column":   {"未知列", "未知欄", "unknown column"},
	"invalid.duplicate_column": {"列重复", "欄重複", "duplicate column"},
	"invalid.missing_column":   {"缺少必需的列", "缺少必需的欄", "required column missing"},
	"invalid.ragged":           {"列数与表头不符：应为 %[1]s 列", "欄數與表頭不符：應為 %[1]s 欄", "wrong number of cells: the header has %[1]s"},
	"invalid.not_utf8":         {"文件不是 UTF-8 编码（第 %[1]s 行，字节偏移 %[2]s）。Excel 另存的“CSV（逗号分隔）”通常是 GBK 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或声明文件的编码：%[3]s", "檔案不是 UTF-8 編碼（第 %[1]s 行，位元組偏移 %[2]s）。Excel 另存的「CSV（逗號分隔）」常為 GBK（簡體中文 Windows）或 Big5 編碼：請在 Excel 中另存為「CSV UTF-8（逗號分隔）」；若為 GBK，亦可宣告檔案的編碼：%[3]s", "the file is not UTF-8 (line %[1]s, byte offset %[2]s). Excel's \"CSV (Comma delimited)\" is often GBK: save it from Excel as \"CSV UTF-8 (Comma delimited)\", or declare its encoding: %[3]s"},
	"invalid.encoding":         {"文件含有不是有效 %[1]s 编码的字节（字节偏移 %[2]s）：请确认文件的编码确是 %[1]s", "檔案含有不是有效 %[1]s 編碼的位元組（位元組偏移 %[2]s）：請確認檔案的編碼確為 %[1]s", "the file holds bytes that are not valid %[1]s (byte offset %[2]s): check that the file really is %[1]s"},
	"invalid.utf8_bom":         {"文件以 UTF-8 字节顺序标记开头，是 UTF-8 编码，不是所声明的 %[1]s：请去掉编码声明", "檔案以 UTF-8 位元組順序標記開頭，是 UTF-8 編碼，不是所宣告的 %[1]s：請去掉編碼宣告", "the file starts with a UTF-8 byte-order mark: it is UTF-8, not the %[1]s declared; drop the declaration"},
	"http.charset":             {"不支持的字符集：CSV 请用 %[1]s 之一，JSON 只能是 UTF-8", "不支援的字元集：CSV 請用 %[1]s 之一，JSON 只能是 UTF-8", "unsupported charset: CSV takes one of %[1]s, JSON only UTF-8"},
	"policy.unknown_preset":    {"没有这个预设，可选：%[1]s", "沒有這個預設，可選：%[1]s", "no such preset; choose one of: %[1]s"},
}

// knownCodes is the set of codes the module's registry has texts for.
var knownCodes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, msg := range union.Messages() {
		m[msg.Code] = true
	}
	return m
})

// langIndex maps a supported language to its column in serviceMessages.
func langIndex(tag language.Tag) int {
	switch union.MatchLanguage(tag) {
	case language.TraditionalChinese:
		return 1
	case language.English:
		return 2
	}
	return 0
}

// codeText is the text of a reason or error code with its arguments: the
// module's registry first, then the command's own codes.
func codeText(code string, args []string, tag language.Tag) string {
	if knownCodes()[code] {
		return union.Reason{Code: code, Args: args}.Text(tag)
	}
	if m, ok := serviceMessages[code]; ok {
		as := make([]any, len(args))
		for i, a := range args {
			as[i] = a
		}
		return fmt.Sprintf(m[langIndex(tag)], as...)
	}
	return union.Reason{Code: code, Args: args}.String()
}

// errorText is a field error's text in tag: the module's own wording when
// it knows the code, otherwise the command's, with the field and value.
func errorText(fe *union.FieldError, tag language.Tag) string {
	if knownCodes()[fe.Code] {
		return fe.Text(tag)
	}
	msg := codeText(fe.Code, fe.Args, tag)
	if fe.Field != "" {
		msg = fe.Field + ": " + msg
	}
	if fe.Value != "" {
		msg += " (" + fe.Value + ")"
	}
	return msg
}
