package dues_test

import (
	"encoding/json"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
)

// AssessCSV reuses the payslip maps of its scratch rows block after block:
// a row never keeps an item of the row decoded before it in the same
// scratch member, nor its ID. Rows here have random sets of items (empty
// cells), bad amounts, bad or missing IDs and ragged rows among them, over many more rows than the scratch
// blocks hold; the batch equals AssessRecords on ReadChunk's records.
func TestAssessCSVReusedRowsKeepNoStaleItems(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 7))
	var b strings.Builder
	b.WriteString("工号,单位类型,状态,基本工资,岗位工资,薪级工资,技能工资,奖金,津贴\n")
	const n = 12000
	for i := range n {
		switch r.IntN(100) {
		case 0:
			b.WriteString("\xffE" + strconv.Itoa(i)) // invalid UTF-8: a bad row without ID
		case 1:
			b.WriteString(" ") // no ID
		default:
			b.WriteString(" E" + strconv.Itoa(i))
		}
		b.WriteString([]string{",企业", ",事业单位", ",机关", ",社会组织"}[r.IntN(4)])
		b.WriteString([]string{",在职", ",退休", ","}[r.IntN(3)])
		if r.IntN(50) == 0 {
			b.WriteString(",1\n") // ragged
			continue
		}
		for range 6 {
			b.WriteByte(',')
			switch k := r.IntN(10); {
			case k < 4:
			case k == 4 && r.IntN(20) == 0:
				b.WriteString("abc")
			case k == 5:
				b.WriteString(strconv.Itoa(r.IntN(500000)) + "." + strconv.Itoa(r.IntN(10)))
			default:
				b.WriteString(strconv.Itoa(1000 + 100*r.IntN(30)))
			}
		}
		b.WriteByte('\n')
	}
	data := b.String()
	p := dues.National()
	rs, err := readAll(t, data, dues.DecodeOptions{}, n)
	require.NoError(t, err)
	want, err := json.Marshal(p.AssessRecords(rs))
	require.NoError(t, err)
	bs, err := p.AssessCSV(dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{}))
	require.NoError(t, err)
	var chunks []dues.Batch
	for {
		c, err := bs.Next(3000)
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		chunks = append(chunks, c)
	}
	got, err := json.Marshal(chunks[0].Merge(chunks[1:]...))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
	var whole dues.Batch
	require.NoError(t, json.Unmarshal(got, &whole))
	assert.Greater(t, whole.Failed, 250, "ragged rows and bad amounts")
}
