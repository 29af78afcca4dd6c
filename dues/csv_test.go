package dues_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// readAll reads every record of a CSV text in chunks of n.
func readAll(t *testing.T, data string, opt dues.DecodeOptions, n int) (dues.Records, error) {
	t.Helper()
	r := dues.NewCSVReader(strings.NewReader(data), opt)
	var all dues.Records
	for {
		rs, err := r.ReadChunk(n)
		if err == io.EOF {
			return all, nil
		}
		all.Members = append(all.Members, rs.Members...)
		all.Bad = append(all.Bad, rs.Bad...)
		if err != nil {
			return all, err
		}
	}
}

func TestCSVReader(t *testing.T) {
	inst := union.Institution
	for _, tc := range []struct {
		name   string
		data   string
		opt    dues.DecodeOptions
		ids    []string
		bad    map[int][]string
		header []string
		check  func(*testing.T, []dues.Member)
	}{
		{name: "chinese export", data: "\uFEFF工号,姓名,单位类型,状态,基本工资,岗位工资,薪级工资,奖金,津贴\r\n" +
			"E1,张三,企业,在职,\"4,200.00\",,,800,300\r\n" +
			"E2,李四,事业单位,退休,, 2250 ,1350.5,,\r\n",
			ids: []string{"E1", "E2"},
			check: func(t *testing.T, ms []dues.Member) {
				assert.Equal(t, "4200", ms[0].Wages[dues.BasicWage].String())
				assert.Len(t, ms[0].Wages, 3)
				assert.Equal(t, union.Institution, ms[1].Sector)
				assert.Equal(t, union.Retired, ms[1].Status)
				assert.Equal(t, "2250", ms[1].Wages[dues.PositionWage].String())
				assert.Equal(t, "1350.5", ms[1].Wages[dues.GradeWage].String())
			}},
		{name: "english words, traditional names", data: "id,sector,status,class,position,grade,no_fixed_income,joined\n" +
			"a,institution,retired,apprentice,1,2,true,2020-03\nb,事業單位,退休,学徒工,3,4,否,\n",
			ids: []string{"a", "b"},
			check: func(t *testing.T, ms []dues.Member) {
				assert.Equal(t, ms[0].Sector, ms[1].Sector)
				assert.Equal(t, ms[0].Status, ms[1].Status)
				assert.Equal(t, ms[0].Class, ms[1].Class)
				assert.True(t, ms[0].NoFixedIncome)
				assert.Equal(t, union.MustPeriod("2020-03"), ms[0].Joined)
			}},
		{name: "default sector, ignored and own columns", data: "工号,部门,绩效奖,基本工资\nE1,财务部,100,3000\n",
			opt: dues.DecodeOptions{DefaultSector: &inst, IgnoreColumns: []string{"部门"}, CustomItems: []dues.WageItem{"绩效奖"}},
			ids: []string{"E1"},
			check: func(t *testing.T, ms []dues.Member) {
				assert.Equal(t, union.Institution, ms[0].Sector)
				assert.Equal(t, "100", ms[0].Wages["绩效奖"].String())
			}},
		{name: "bad rows are records, reading goes on", data: "id,sector,basic,bonus\n" +
			"a,enterprise,1,2\n" +
			"b,farm,x,\n" +
			"c,enterprise\n" +
			",enterprise,1,1\n" +
			"e,enterprise,1\"2,3\n" +
			"f,,1,1\n" +
			"\xff,enterprise,1,1\n" +
			"h,enterprise,\"1,2,3\",-4\n" +
			"i,enterprise,1e3,NaN\n" +
			"j,enterprise,\" \",\n",
			ids: []string{"a", "j"},
			bad: map[int][]string{
				1: {"members[1].sector invalid.enum", "members[1].wages.basic invalid.decimal"},
				2: {"members[2] invalid.inconsistent"},
				3: {"members[3].id invalid.required"},
				4: {"members[4] invalid.format"},
				5: {"members[5].sector invalid.required"},
				6: {"members[6].id invalid.utf8"},
				7: {"members[7].wages.basic invalid.decimal"},
				8: {"members[8].wages.bonus invalid.decimal"},
			}},
		{name: "no id column", data: "sector,basic\nenterprise,1\n", header: []string{"header.id invalid.required"}},
		{name: "no sector column", data: "id,basic\na,1\n", header: []string{"header.sector invalid.required"}},
		{name: "duplicate and unknown columns", data: "id,sector,basic,基本工资,bonnus,\na,enterprise,1,1,1,\n",
			header: []string{"header[3] invalid.duplicate", "header[4] invalid.unknown", "header[5] invalid.empty"}},
		{name: "empty file", data: "", header: []string{"header invalid.required"}},
		// A GBK export (工号,单位类型,基本工资 in GBK): one error, not one a column.
		{name: "header not UTF-8", data: "\xb9\xa4\xba\xc5,\xb5\xa5\xce\xbb\xc0\xe0\xd0\xcd,\xbb\xf9\xb1\xbe\xb9\xa4\xd7\xca\na,1,1\n",
			header: []string{"header[0] invalid.utf8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range []int{1, 2, 100} {
				rs, err := readAll(t, tc.data, tc.opt, n)
				if tc.header != nil {
					assert.Equal(t, tc.header, wireCodes(err))
					assert.ErrorIs(t, err, union.ErrInvalid)
					return
				}
				require.NoError(t, err)
				var ids []string
				for _, m := range rs.Members {
					ids = append(ids, m.ID)
				}
				assert.Equal(t, tc.ids, ids)
				require.Len(t, rs.Bad, len(tc.bad))
				for _, re := range rs.Bad {
					assert.Equal(t, tc.bad[re.Index], wireCodes(re), "record %d", re.Index)
				}
				if tc.check != nil {
					tc.check(t, rs.Members)
				}
			}
		})
	}
}

// TestCSVInvalidUTF8Offset: an invalid.utf8 error of a CSV cell gives the
// byte offset of the first bad byte within the cell.
func TestCSVInvalidUTF8Offset(t *testing.T) {
	rs, err := readAll(t, "id,sector\nab\xffc,enterprise\n", dues.DecodeOptions{}, 100)
	require.NoError(t, err)
	require.Len(t, rs.Bad, 1)
	fes := union.FieldErrors(rs.Bad[0])
	require.Len(t, fes, 1)
	assert.Equal(t, []string{"2"}, fes[0].Args)
	_, err = readAll(t, "id,\xe5\xb7\xa5\xb9\n", dues.DecodeOptions{}, 100)
	fes = union.FieldErrors(err)
	require.Len(t, fes, 1)
	assert.Equal(t, "header[1]", fes[0].Field)
	assert.Equal(t, []string{"3"}, fes[0].Args)
}

// Read hands out one record at a time; a bad row is a *union.RecordError
// and reading goes on.
func TestCSVReaderRead(t *testing.T) {
	r := dues.NewCSVReader(strings.NewReader("id,sector,basic\na,enterprise,1\nb,enterprise,-\nc,enterprise,3\n"), dues.DecodeOptions{})
	var got []string
	for {
		m, err := r.Read()
		if err == io.EOF {
			break
		}
		var re *union.RecordError
		if errors.As(err, &re) {
			got = append(got, "bad "+re.ID)
			continue
		}
		require.NoError(t, err)
		got = append(got, m.ID)
	}
	assert.Equal(t, []string{"a", "bad b", "c"}, got)
	_, err := r.ReadChunk(0)
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// AssessCSV gives, chunk for chunk, the batch AssessRecords gives for the
// records ReadChunk reads, whatever the chunk size; merged, the batch of
// the whole file.
func TestAssessCSVEqualsAssessRecords(t *testing.T) {
	data := string(payrollCSV(5000))
	lines := strings.SplitAfter(data, "\n")
	lines[7] = "E7,x,企业,在职,abc,1,1,1,1\n"
	lines[3001] = "E3001,x,农场,在职,1,1,1,1,1\n"
	lines[4500] = "E4500,x\n"
	data = strings.Join(lines, "")
	p := dues.National()
	rs, err := readAll(t, data, dues.DecodeOptions{}, 10000)
	require.NoError(t, err)
	want, err := json.Marshal(p.AssessRecords(rs))
	require.NoError(t, err)
	for _, n := range []int{1, 999, 2048, 4096, 10000} {
		bs, err := p.AssessCSV(dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{}))
		require.NoError(t, err)
		var chunks []dues.Batch
		for {
			assert.Equal(t, min(len(chunks)*n, 5000), bs.First())
			b, err := bs.Next(n)
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			require.LessOrEqual(t, len(b.Items), n)
			chunks = append(chunks, b)
		}
		require.NoError(t, bs.Close())
		got, err := json.Marshal(chunks[0].Merge(chunks[1:]...))
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(got), "chunks of %d", n)
	}
	var whole dues.Batch
	require.NoError(t, json.Unmarshal(want, &whole))
	assert.Equal(t, 3, whole.Failed)
	assert.Equal(t, "E4500", whole.Items[4499].MemberID)
}

// Closing a CSVBatches stops its reading goroutine at any point; an invalid
// policy is refused before anything is read; a header error ends reading.
func TestAssessCSVCloseAndErrors(t *testing.T) {
	bs, err := dues.National().AssessCSV(dues.NewCSVReader(bytes.NewReader(payrollCSV(20000)), dues.DecodeOptions{}))
	require.NoError(t, err)
	_, err = bs.Next(10)
	require.NoError(t, err)
	require.NoError(t, bs.Close())
	require.NoError(t, bs.Close())
	_, err = bs.Next(10)
	assert.Error(t, err)

	bad := dues.National()
	bad.Rate = dues.National().Rate.Neg()
	_, err = bad.AssessCSV(dues.NewCSVReader(strings.NewReader(""), dues.DecodeOptions{}))
	assert.ErrorIs(t, err, union.ErrPolicy)

	bs, err = dues.National().AssessCSV(dues.NewCSVReader(strings.NewReader("basic\n1\n"), dues.DecodeOptions{}))
	require.NoError(t, err)
	_, err = bs.Next(10)
	assert.Equal(t, []string{"header.id invalid.required", "header.sector invalid.required"}, wireCodes(err))
	_, err = bs.Next(10)
	assert.Error(t, err)
}

// An I/O error of the underlying reader ends reading and is returned as it is.
func TestCSVReaderIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("id,sector,basic\na,enterprise,1\n"), errReader{boom})
	bs, err := dues.National().AssessCSV(dues.NewCSVReader(r, dues.DecodeOptions{}))
	require.NoError(t, err)
	b, err := bs.Next(10)
	assert.ErrorIs(t, err, boom)
	assert.Len(t, b.Items, 1)
	_, err = readAll(t, "id,sector\n", dues.DecodeOptions{}, 1)
	require.NoError(t, err)
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// The sample payroll of examples/payroll (the README's first command) reads
// whole, with Chinese column names, and assesses without a bad record.
func TestSamplePayroll(t *testing.T) {
	data, err := os.ReadFile("../examples/payroll/payroll.csv")
	require.NoError(t, err)
	rs, err := readAll(t, string(data), dues.DecodeOptions{}, 64)
	require.NoError(t, err)
	require.Empty(t, rs.Bad)
	require.Len(t, rs.Members, 200)
	b := dues.National().AssessRecords(rs)
	require.NoError(t, b.Err())
	assert.Len(t, b.BySector, 4)
	assert.Positive(t, b.Exempt)
	assert.True(t, b.Total.IsPositive())
	t.Logf("sample payroll: total %s, %d paying, %d exempt", b.Total.StringFixed(2), b.Paying, b.Exempt)
}
