package dues_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// compactOf assesses a payroll CSV in chunks of n and writes it compact.
func compactOf(t *testing.T, data []byte, n int, lang language.Tag) ([]byte, []dues.Batch) {
	t.Helper()
	bs, err := dues.National().AssessCSV(dues.NewCSVReader(bytes.NewReader(data), dues.DecodeOptions{}))
	require.NoError(t, err)
	var out bytes.Buffer
	w := dues.NewCompactWriter(&out, dues.CompactOptions{Lang: lang})
	var chunks []dues.Batch
	for {
		b, err := bs.Next(n)
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		require.NoError(t, w.Write(b))
		chunks = append(chunks, b)
	}
	require.NoError(t, w.Close())
	require.NoError(t, w.Close())
	assert.Error(t, w.Write(dues.Batch{}))
	return out.Bytes(), chunks
}

// Every member's reasons, figures and errors come back from the compact
// form, with the totals of the merged chunks; a typical payroll takes well
// under 200 bytes a member.
func TestCompactRoundTrip(t *testing.T) {
	data := payrollCSV(5_000)
	lines := strings.SplitAfter(string(data), "\n")
	lines[10] = "E10,x,企业,在职,-5,1,1,1,1\n"
	lines[11] = "E\"11,x\n"
	data = []byte(strings.Join(lines, ""))
	for _, n := range []int{1000, 4096} {
		out, chunks := compactOf(t, data, n, language.English)
		require.True(t, json.Valid(out))
		perMember := float64(len(out)) / 5000
		t.Logf("chunks of %d: %d bytes, %.1f bytes a member", n, len(out), perMember)
		assert.Less(t, perMember, 200.0)

		back, err := dues.ReadCompact(bytes.NewReader(out))
		require.NoError(t, err)
		want := chunks[0].Merge(chunks[1:]...)
		require.Len(t, back.Items, len(want.Items))
		for i := range want.Items {
			w, g := want.Items[i], back.Items[i]
			require.Equal(t, w.MemberID, g.MemberID, i)
			if w.Err != nil {
				require.Equal(t, wireCodes(w.Err), wireCodes(g.Err), i)
				continue
			}
			require.NoError(t, g.Err)
			require.Equal(t, w.Reasons, g.Reasons, i)
			require.True(t, w.Base.Equal(g.Base) && w.Amount.Equal(g.Amount) && w.Rate.Equal(g.Rate), i)
			require.Equal(t, []any{w.Sector, w.Status, w.Class, w.Exempt, w.Flat}, []any{g.Sector, g.Status, g.Class, g.Exempt, g.Flat}, i)
		}
		wj, err := json.Marshal(want)
		require.NoError(t, err)
		bj, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(wj), string(bj))
		assert.Equal(t, 2, back.Failed)
		// Each reason's text is written once, in the language asked for.
		assert.Equal(t, 1, strings.Count(string(out), `"code":"dues.exempt.retired"`))
		text := union.Reason{Code: "dues.base.round.down", Args: []string{"10"}}.Text(language.English)
		assert.True(t, strings.Contains(string(out), `"text":"`+text+`"`), text)
	}
}

// Rebuilt reasons belong to their item alone.
func TestCompactReasonsDoNotAlias(t *testing.T) {
	out, _ := compactOf(t, payrollCSV(10), 5, language.Und)
	back, err := dues.ReadCompact(bytes.NewReader(out))
	require.NoError(t, err)
	back.Items[0].Reasons[0].Code = "changed"
	if len(back.Items[0].Reasons[0].Args) > 0 {
		back.Items[0].Reasons[0].Args[0] = "changed"
	}
	for _, it := range back.Items[1:] {
		for _, r := range it.Reasons {
			assert.NotEqual(t, "changed", r.Code)
			for _, a := range r.Args {
				assert.NotEqual(t, "changed", a)
			}
		}
	}
}

func TestCompactEmptyAndBadDocuments(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, dues.NewCompactWriter(&out, dues.CompactOptions{}).Close())
	b, err := dues.ReadCompact(&out)
	require.NoError(t, err)
	assert.Empty(t, b.Items)
	assert.Equal(t, "0", b.Total.String())
	for _, bad := range []string{
		``, `{}`, `{"format":"other"}`, `[1]`,
		`{"format":"gonghui.dues.compact.v1","chunks":[{"reasons":[],"lists":[[3]],"items":[]}]}`,
		`{"format":"gonghui.dues.compact.v1","chunks":[{"reasons":[],"lists":[],"items":[["a","enterprise","active","regular",false,false,"1","0","1",0]]}]}`,
		`{"format":"gonghui.dues.compact.v1","chunks":[{"reasons":[],"lists":[[]],"items":[["a","farm","active","regular",false,false,"1","0","1",0]]}]}`,
		`{"format":"gonghui.dues.compact.v1","chunks":[{"reasons":[],"lists":[],"items":[{"member_id":"a"}]}]}`,
		`{"format":"gonghui.dues.compact.v1","surprise":1}`,
	} {
		_, err := dues.ReadCompact(strings.NewReader(bad))
		assert.ErrorIs(t, err, union.ErrInvalid, bad)
	}
}

// A writer's first error is kept and returned again.
func TestCompactWriterError(t *testing.T) {
	boom := errors.New("pipe closed")
	w := dues.NewCompactWriter(failWriter{boom}, dues.CompactOptions{})
	b := dues.National().AssessAll([]dues.Member{{ID: "a"}})
	assert.ErrorIs(t, w.Write(b), boom)
	assert.ErrorIs(t, w.Write(b), boom)
	assert.ErrorIs(t, w.Close(), boom)
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// BenchmarkCompactWriter writes the compact form of a 100k payroll batch.
func BenchmarkCompactWriter(b *testing.B) {
	bs, err := dues.National().AssessCSV(dues.NewCSVReader(bytes.NewReader(payrollCSV(100_000)), dues.DecodeOptions{}))
	require.NoError(b, err)
	batch, err := bs.Next(100_000)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		w := dues.NewCompactWriter(io.Discard, dues.CompactOptions{})
		if err := w.Write(batch); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
