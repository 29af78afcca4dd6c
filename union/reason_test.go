package union_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestReasonTextLanguageMatching(t *testing.T) {
	r := union.NewReason("policy.sum", "test", "100", "90")
	want := map[string]string{
		"zh-Hans": "合计应为 100，实为 90",
		"zh":      "合计应为 100，实为 90",
		"zh-CN":   "合计应为 100，实为 90",
		"zh-SG":   "合计应为 100，实为 90",
		"zh-Hant": "合計應為 100，實為 90",
		"zh-TW":   "合計應為 100，實為 90",
		"zh-HK":   "合計應為 100，實為 90",
		"zh-MO":   "合計應為 100，實為 90",
		"en":      "must add up to 100, not 90",
		"en-GB":   "must add up to 100, not 90",
		"en-US":   "must add up to 100, not 90",
		"fr":      "合计应为 100，实为 90",
		"ja":      "合计应为 100，实为 90",
		"de-CH":   "合计应为 100，实为 90",
		"und":     "合计应为 100，实为 90",
	}
	for tag, text := range want {
		assert.Equal(t, text, r.Text(language.MustParse(tag)), tag)
	}
	assert.Equal(t, language.TraditionalChinese, union.MatchLanguage(language.MustParse("zh-HK")))
	assert.Equal(t, language.English, union.MatchLanguage(language.MustParse("en-AU")))
	assert.Equal(t, language.SimplifiedChinese, union.MatchLanguage(language.MustParse("ja")))
}

func TestReasonUnknownCode(t *testing.T) {
	r := union.Reason{Code: "nobody.knows", Args: []string{"1", "2"}}
	for _, tag := range union.Languages() {
		assert.Equal(t, "nobody.knows(1, 2)", r.Text(tag))
	}
	assert.Equal(t, "nobody.knows", union.Reason{Code: "nobody.knows"}.Text(en))
}

func TestReasonBasics(t *testing.T) {
	r := union.NewReason("invalid.too_large", "中国工会章程 第八条", "300")
	assert.Equal(t, union.Reason{Code: "invalid.too_large", Args: []string{"300"}, Source: "中国工会章程 第八条"}, r)
	assert.Equal(t, "invalid.too_large(300)", r.String())
	assert.Equal(t, "invalid.empty", union.Reason{Code: "invalid.empty"}.String())
	assert.Equal(t, []string{"a", "b"}, union.Codes([]union.Reason{{Code: "a"}, {Code: "b"}}))
	assert.Empty(t, union.Codes(nil))

	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"invalid.too_large","args":["300"],"source":"中国工会章程 第八条"}`, string(b))
	var back union.Reason
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r, back)
	b, err = json.Marshal(union.Reason{Code: "x"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"x"}`, string(b))
}

func TestReasonTextConcurrent(t *testing.T) {
	r := union.NewReason("policy.sum", "test", "100", "90")
	done := make(chan string, 64)
	for i := 0; i < 64; i++ {
		go func(i int) {
			done <- r.Text(union.Languages()[i%3])
		}(i)
	}
	for i := 0; i < 64; i++ {
		assert.NotEmpty(t, <-done)
	}
}
