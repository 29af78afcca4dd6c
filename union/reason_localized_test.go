package union_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestReasonLocalized(t *testing.T) {
	r := union.NewReason("policy.sum", "中国工会章程 第八条", "100%", "90%")
	l := r.Localized(language.SimplifiedChinese)
	assert.Equal(t, "合计应为 100%，实为 90%", l.Text)
	b, err := json.Marshal(l)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"policy.sum","args":["100%","90%"],"source":"中国工会章程 第八条","text":"合计应为 100%，实为 90%"}`, string(b))
	assert.Equal(t, r, l.Reason())
	// Reason's own JSON is unchanged: no text.
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"policy.sum","args":["100%","90%"],"source":"中国工会章程 第八条"}`, string(b))
	// No shared memory.
	l.Args[0] = "x"
	assert.Equal(t, "100%", r.Args[0])
	assert.Nil(t, union.LocalizeReasons(nil, language.English))
	ls := union.LocalizeReasons([]union.Reason{r, union.NewReason("policy.empty", "s")}, language.TraditionalChinese)
	require.Len(t, ls, 2)
	assert.Equal(t, "政策未設定", ls[1].Text)
	b, err = json.Marshal(union.NewReason("policy.empty", "").Localized(language.English))
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"policy.empty","text":"policy is not set"}`, string(b))
}
