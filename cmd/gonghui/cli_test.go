package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	assert.Contains(t, out, `"amount":"30"`)
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
	b.WriteString("工号,姓名,单位类型,状态,类别,基本工资,岗位工资,薪级工资,技能工资,奖金,津贴\n")
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
	csv := payrollCSV(3*chunkRows+123, 7)
	code, out, errOut := runCmd(t, csv, "dues")
	require.Equal(t, exitOK, code, errOut)
	var got dues.Batch
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	// The same members, decoded by the same layout, assessed at once.
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	layout, err := parseHeader(strings.Split(lines[0], ","), 0, false)
	require.NoError(t, err)
	ms := make([]dues.Member, len(lines)-1)
	for i, l := range lines[1:] {
		fields, _, ok := splitCSV([]byte(l), nil, nil)
		require.True(t, ok)
		require.NoError(t, layout.member(fields, &ms[i]))
	}
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

// compactBatch is the compact form as a reader decodes it.
type compactBatch struct {
	Format      string            `json:"format"`
	Columns     []string          `json:"columns"`
	Items       []json.RawMessage `json:"items"`
	ReasonLists [][]int           `json:"reason_lists"`
	Reasons     []reasonJSON      `json:"reasons"`
	Total       decimal.Decimal   `json:"total"`
	Failed      int               `json:"failed"`
}

// TestCompactRecoversReasons: every member's reasons come back from the
// compact form, equal to the full form's, and the same output whatever
// the scheduling.
func TestCompactRecoversReasons(t *testing.T) {
	csv := payrollCSV(2*chunkRows+77, 3) + "BAD1,坏,企业,在职,正式职工,abc,,,,,\n"
	_, full, _ := runCmd(t, csv, "dues", "-lang", "en")
	code, compact, _ := runCmd(t, csv, "dues", "-compact", "-lang", "en")
	require.Equal(t, exitRecords, code)
	_, again, _ := runCmd(t, csv, "dues", "-compact", "-lang", "en")
	assert.Equal(t, compact, again, "deterministic")
	var fb struct {
		Items []struct {
			MemberID string            `json:"member_id"`
			Amount   decimal.Decimal   `json:"amount"`
			Reasons  []reasonJSON      `json:"reasons"`
			Errors   []json.RawMessage `json:"errors"`
		} `json:"items"`
	}
	require.NoError(t, json.Unmarshal([]byte(full), &fb))
	var cb compactBatch
	require.NoError(t, json.Unmarshal([]byte(compact), &cb))
	require.Equal(t, compactFormat, cb.Format)
	require.Len(t, cb.Items, len(fb.Items))
	assert.Equal(t, 1, cb.Failed)
	for i, raw := range cb.Items {
		if raw[0] == '{' {
			var e errorItem
			require.NoError(t, json.Unmarshal(raw, &e))
			assert.Equal(t, fb.Items[i].MemberID, e.MemberID)
			assert.NotEmpty(t, fb.Items[i].Errors)
			continue
		}
		var row []json.RawMessage
		require.NoError(t, json.Unmarshal(raw, &row))
		require.Len(t, row, len(cb.Columns))
		var id string
		var amount decimal.Decimal
		var list int
		require.NoError(t, json.Unmarshal(row[0], &id))
		require.NoError(t, json.Unmarshal(row[8], &amount))
		require.NoError(t, json.Unmarshal(row[9], &list))
		assert.Equal(t, fb.Items[i].MemberID, id)
		assert.True(t, fb.Items[i].Amount.Equal(amount))
		var rs []reasonJSON
		for _, r := range cb.ReasonLists[list] {
			rs = append(rs, cb.Reasons[r])
		}
		require.Equal(t, fb.Items[i].Reasons, rs, "member %s", id)
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
	assert.Equal(t, "32645.46", r.Items[0].Amount.StringFixed(2))
	require.NotNil(t, r.Items[0].Late)
	assert.Nil(t, r.Items[1].FundsAssessment, "an error item carries no figures")
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

func TestAppendExact(t *testing.T) {
	for _, s := range []string{"0.005", "0", "1", "-0.25", "0.0025", "12.5", "100", "0.000000000001", "123456789.123"} {
		d := decimal.RequireFromString(s)
		assert.Equal(t, d.String(), string(appendExact(nil, d)), s)
		assert.Equal(t, d.StringFixed(2), string(appendFen(nil, d.Round(2))), s)
	}
	assert.Equal(t, "5800.00", string(appendFen(nil, decimal.New(58, 2))))
	assert.Equal(t, "0.123", string(appendFen(nil, decimal.RequireFromString("0.123"))), "more decimals are written exactly")
}

// TestSmallBatchSameAsAssessAll: the member-by-member path for small
// batches gives AssessAll's batch.
func TestSmallBatchSameAsAssessAll(t *testing.T) {
	csv := payrollCSV(smallBatch-1, 9)
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	layout, err := parseHeader(strings.Split(lines[0], ","), 0, false)
	require.NoError(t, err)
	ms := make([]dues.Member, len(lines)-1)
	for i, l := range lines[1:] {
		fields, _, _ := splitCSV([]byte(l), nil, nil)
		require.NoError(t, layout.member(fields, &ms[i]))
	}
	ms = append(ms, dues.Member{ID: "bad", Wages: map[dues.WageItem]decimal.Decimal{"basic": decimal.NewFromInt(-1)}})
	p := dues.National()
	want, err := json.Marshal(p.AssessAll(ms))
	require.NoError(t, err)
	got, err := json.Marshal(assessAll(&p, ms))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
}
