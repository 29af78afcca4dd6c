package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(t.Context(), args, strings.NewReader(stdin), &out, &errOut, func(string) string { return "" })
	return code, out.String(), errOut.String()
}

func TestExitStatuses(t *testing.T) {
	good := `[{"id":"E1","sector":"enterprise","wages":{"basic":"3000"}}]`
	bad := `[{"id":"E1","sector":"enterprise","wages":{"basic":"-3000"}}]`
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"good", good, []string{"dues"}, exitOK},
		{"bad record", bad, []string{"dues"}, exitRecords},
		{"unknown preset", good, []string{"dues", "-policy", "nope"}, exitUsage},
		{"month no rule covers", `{"headcount": 150}`, []string{"plan", "-month", "1980-01"}, exitUsage},
		{"bad flag", good, []string{"dues", "-bogus"}, exitUsage},
		{"bad month", good, []string{"dues", "-month", "2026-13"}, exitUsage},
		{"unknown subcommand", good, []string{"frobnicate"}, exitUsage},
		{"no subcommand", good, nil, exitUsage},
		{"bad json", `{`, []string{"plan"}, exitRecords},
		{"plan", `{"headcount": 150}`, []string{"plan"}, exitOK},
		{"rank without a scheme", `{"entries": []}`, []string{"rank"}, exitUsage},
		{"presets", ``, []string{"presets"}, exitOK},
		{"uppercase args", ``, []string{"uppercase", "1004", "32645.46"}, exitOK},
		{"uppercase bad arg", ``, []string{"uppercase", "12x"}, exitRecords},
		{"allocate arg", ``, []string{"allocate", "32645.46"}, exitOK},
		{"override", good, []string{"dues", "-policy-file", writeTemp(t, `{"preset":"national","rate":"0.01"}`)}, exitOK},
		{"override unknown key", good, []string{"dues", "-policy-file", writeTemp(t, `{"preset":"national","late":true}`)}, exitUsage},
		{"default sector", `[{"id":"E1","wages":{"basic":"3000"}}]`, []string{"dues", "-sector", "事业单位"}, exitOK},
		{"no sector", `[{"id":"E1","wages":{"basic":"3000"}}]`, []string{"dues"}, exitRecords},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, code, "stdout %s\nstderr %s", out, errOut)
		})
	}
}

func writeTemp(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "policy.json")
	require.NoError(t, os.WriteFile(p, []byte(s), 0o600))
	return p
}

func TestUppercaseArgs(t *testing.T) {
	_, out, _ := runCmd(t, "", "uppercase", "1004", "32645.46")
	assert.Equal(t, "壹仟零肆元整\n叁万贰仟陆佰肆拾伍元肆角陆分\n", out)
}

func TestPolicyOverride(t *testing.T) {
	_, out, _ := runCmd(t, `[{"id":"E1","sector":"enterprise","wages":{"basic":"3000"}}]`, "dues", "-policy-file",
		writeTemp(t, `{"preset":"national","rate":"0.01"}`))
	assert.Contains(t, out, `"amount":"30.00"`)
}

// TestMonthPicksTheRule: -month picks the rule of the month from the
// national timeline (before 2006-07 the 1993 base applies).
func TestMonthPicksTheRule(t *testing.T) {
	in := `[{"id":"S1","sector":"institution","wages":{"position":"1000","grade":"1000","basic_performance":"3000"}}]`
	_, now, _ := runCmd(t, in, "dues", "-month", "2026-11")
	_, then, _ := runCmd(t, in, "dues", "-month", "2005-01")
	assert.NotEqual(t, now, then)
}

// payrollCSV writes n members as a payroll export with Chinese columns.
func payrollCSV(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("工号,姓名,单位类型,状态,人员类别,基本工资,岗位工资,薪级工资,技能工资,奖金,津贴\n")
	sectors := []string{"企业", "企业", "企业", "事业单位", "机关"}
	statuses := []string{"在职", "在职", "在职", "在职", "在职", "在职", "退休", "失业"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "E%07d,职工%d,%s,%s,%s,%d.%02d,%d,%d,%d,%d.%02d,%d\n", i, i, sectors[r.IntN(len(sectors))], statuses[r.IntN(len(statuses))],
			[]string{"正式职工", "正式职工", "正式职工", "学徒工"}[r.IntN(4)],
			2000+r.IntN(6000), r.IntN(100), 1000+r.IntN(2000), 300+r.IntN(1500), r.IntN(900), r.IntN(3000), r.IntN(100), r.IntN(800))
	}
	return b.String()
}

// TestStreamingTotalsMergeExactly: the chunked, parallel run gives the
// same totals as AssessAll of the whole payroll at once, and one item per
// row in order.
func TestStreamingTotalsMergeExactly(t *testing.T) {
	csv := payrollCSV(2*chunkRows+123, 7)
	code, out, errOut := runCmd(t, csv, "dues", "-compact")
	require.Equal(t, exitOK, code, errOut)
	got, err := dues.ReadCompact(strings.NewReader(out))
	require.NoError(t, err)
	// The same members, read with the package's reader, assessed at once.
	ms := readMembersCSV(t, csv)
	want := dues.National().AssessAll(ms)
	require.Len(t, got.Items, len(want.Items))
	for i := range want.Items {
		require.Equal(t, want.Items[i].MemberID, got.Items[i].MemberID)
		require.True(t, want.Items[i].Amount.Equal(got.Items[i].Amount), i)
	}
	assert.True(t, want.Total.Equal(got.Total), "%s != %s", want.Total, got.Total)
	assert.Equal(t, want.Paying, got.Paying)
	assert.Equal(t, want.Exempt, got.Exempt)
	require.Len(t, got.BySector, len(want.BySector))
	for i := range want.BySector {
		assert.Equal(t, want.BySector[i].Sector, got.BySector[i].Sector)
		assert.True(t, want.BySector[i].Amount.Equal(got.BySector[i].Amount))
		assert.Equal(t, want.BySector[i].Members, got.BySector[i].Members)
	}
	require.Len(t, got.ByStatus, len(want.ByStatus))
	for i := range want.ByStatus {
		assert.Equal(t, want.ByStatus[i].Status, got.ByStatus[i].Status)
		assert.True(t, want.ByStatus[i].Amount.Equal(got.ByStatus[i].Amount))
	}
	// Merge of the shards equals the whole, too.
	merged := dues.National().AssessAll(ms[:100]).Merge(dues.National().AssessAll(ms[100:]))
	assert.True(t, merged.Total.Equal(got.Total))
}

// readMembersCSV reads a member CSV with dues.NewCSVReader, every row good.
func readMembersCSV(t *testing.T, csv string) []dues.Member {
	t.Helper()
	r := dues.NewCSVReader(strings.NewReader(csv), dues.DecodeOptions{})
	var ms []dues.Member
	for {
		m, err := r.Read()
		if err == io.EOF {
			return ms
		}
		require.NoError(t, err)
		ms = append(ms, m)
	}
}

// TestCompactRecoversReasons: every member's reasons come back from the
// compact form (dues.ReadCompact), equal to the full form's, and the same
// output whatever the scheduling.
func TestCompactRecoversReasons(t *testing.T) {
	csv := payrollCSV(chunkRows+77, 3) + "BAD1,坏,企业,在职,正式职工,abc,,,,,\n"
	_, full, _ := runCmd(t, csv, "dues", "-lang", "en")
	code, compact, _ := runCmd(t, csv, "dues", "-compact", "-lang", "en")
	require.Equal(t, exitRecords, code)
	_, again, _ := runCmd(t, csv, "dues", "-compact", "-lang", "en")
	assert.Equal(t, compact, again, "deterministic")
	var fb dues.Batch
	require.NoError(t, json.Unmarshal([]byte(full), &fb))
	cb, err := dues.ReadCompact(strings.NewReader(compact))
	require.NoError(t, err)
	require.Len(t, cb.Items, len(fb.Items))
	assert.Equal(t, 1, cb.Failed)
	assert.True(t, fb.Total.Equal(cb.Total))
	for i := range fb.Items {
		assert.Equal(t, fb.Items[i].MemberID, cb.Items[i].MemberID)
		assert.Equal(t, fb.Items[i].Err != nil, cb.Items[i].Err != nil)
		assert.True(t, fb.Items[i].Amount.Equal(cb.Items[i].Amount))
		assert.Equal(t, union.Codes(fb.Items[i].Reasons), union.Codes(cb.Items[i].Reasons))
	}
	perMember := float64(len(compact)) / float64(len(cb.Items))
	assert.Less(t, perMember, 200.0)
	t.Logf("compact: %.0f bytes per member (full form %.0f)", perMember, float64(len(full))/float64(len(cb.Items)))
}

func TestDuesCSVSheet(t *testing.T) {
	code, out, _ := runCmd(t, "id,sector,basic\nE1,enterprise,=1+1\nE2,enterprise,\"3,000.00\"\n", "dues", "-format", "csv", "-lang", "en")
	assert.Equal(t, exitRecords, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, "member_id,sector,status,class,exempt,base,rate,amount,errors", lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "E1,,,,,,,"), lines[1])
	assert.NotContains(t, lines[1], ",=1+1", "no formula reaches a spreadsheet")
	assert.Equal(t, "E2,enterprise,active,regular staff,no,3000.00,0.005,15.00,", lines[2])
}

func TestFundsCSV(t *testing.T) {
	csv := "单位编号,工资总额,工资薪金,职工人数,已建会,滞纳天数\nA,\"1,632,273.00\",1632273,200,是,10\nB,-5,,,是,\nC,100\n"
	code, out, _ := runCmd(t, csv, "funds", "-month", "2026-11")
	assert.Equal(t, exitRecords, code)
	var r fundsResult
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Items, 3)
	assert.Equal(t, "32645.46", r.Items[0].Assessment.Amount.StringFixed(2))
	require.NotNil(t, r.Items[0].Late)
	assert.Nil(t, r.Items[1].Assessment, "an error item carries no figures")
	assert.NotEmpty(t, r.Items[1].Errors)
	assert.Equal(t, 2, r.Failed)
	_, sheet, _ := runCmd(t, csv, "funds", "-month", "2026-11", "-format", "csv")
	assert.Contains(t, sheet, "A,2026-11,")
}

func TestEveryEntryRunsItsExample(t *testing.T) {
	doc := loadOpenAPI(t)
	for _, e := range entries {
		op := doc.Paths["/v1/"+e.name]["post"]
		ex := op.RequestBody.Content["application/json"].Examples["example"]
		args := []string{e.name}
		if e.name == "funds" {
			args = append(args, "-month", "2026-11")
		}
		code, out, errOut := runCmd(t, string(ex.Value), args...)
		assert.Equal(t, exitOK, code, "%s: %s %s", e.name, out, errOut)
	}
	_ = union.Enterprise
}

func TestAppendFen(t *testing.T) {
	assert.Equal(t, "5800.00", string(appendFen(nil, decimal.New(58, 2))))
	assert.Equal(t, "0.50", string(appendFen(nil, decimal.RequireFromString("0.5"))))
	assert.Equal(t, "0.123", string(appendFen(nil, decimal.RequireFromString("0.123"))), "more decimals are written exactly")
}

// TestSmallBatchSameAsAssessRecords: the member-by-member path for small
// batches gives AssessRecords' batch, bad records included.
func TestSmallBatchSameAsAssessRecords(t *testing.T) {
	in := `[{"id":"A","sector":"enterprise","wages":{"basic":"1000"}},{"id":"B","sector":"enterprise","wages":{"basic":"-1"}},
		{"id":"C","wages":{}},{"id":"D","sector":"organ","wages":{"duty":"3000","rank":"2000"}},{"id":"E","sector":"x"},{"bogus":1}]`
	_, recs, err := readDuesJSON([]byte(in), dues.DecodeOptions{})
	require.NoError(t, err)
	require.NotEmpty(t, recs.Bad)
	p := dues.National()
	want, err := p.AssessRecords(recs).MarshalJSONText(language.English)
	require.NoError(t, err)
	got, err := assessRecords(&p, recs).MarshalJSONText(language.English)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
}

// TestStreamedJSONSameAsBatch: the chunked JSON output is the batch's own
// JSON (MarshalJSONText) of the whole payroll.
func TestStreamedJSONSameAsBatch(t *testing.T) {
	csv := payrollCSV(chunkRows+5, 11)
	_, out, _ := runCmd(t, csv, "dues", "-lang", "en")
	whole := dues.National().AssessAll(readMembersCSV(t, csv))
	want, err := whole.MarshalJSONText(language.English)
	require.NoError(t, err)
	type doc struct {
		Items json.RawMessage `json:"items"`
		Total string          `json:"total"`
	}
	var w, g doc
	require.NoError(t, json.Unmarshal(want, &w))
	require.NoError(t, json.Unmarshal([]byte(out), &g))
	assert.True(t, bytes.Equal(w.Items, g.Items), "the streamed items differ from MarshalJSONText's")
	assert.Equal(t, w.Total, g.Total)
	// and the totals are the batch's own (MarshalJSON)
	plain, err := whole.MarshalJSON()
	require.NoError(t, err)
	i := bytes.Index(plain, []byte(`],"paying"`))
	require.Positive(t, i)
	assert.True(t, bytes.HasSuffix(bytes.TrimSpace([]byte(out)), plain[i+1:]))
}
