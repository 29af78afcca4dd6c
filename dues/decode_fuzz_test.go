package dues_test

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// everyFieldError fails unless every leaf of err is a *union.FieldError
// wrapping ErrInvalid or ErrPolicy: no raw encoding/json or shopspring error
// crosses the boundary.
func everyFieldError(t *testing.T, err error) {
	t.Helper()
	checkKind(t, err)
	if len(union.FieldErrors(err)) == 0 {
		t.Fatalf("%v holds no FieldError", err)
	}
}

// FuzzDecodeMembers: never a panic; every bad record is reported with its
// index in range, and good plus bad records add up to the input's length.
func FuzzDecodeMembers(f *testing.F) {
	f.Add([]byte(`[{"id":"a","sector":"enterprise","wages":{"basic":"1,200.00"}}]`))
	f.Add([]byte(`{"members":[{"id":1,"sector":"事业单位","status":"退休","wages":{"岗位工资":12.5}},{"id":"b"}]}`))
	f.Add([]byte(`[{"id":"a","sector":"x","wages":{"basic":"1e99999","":"1"}},"s",null,[]]`))
	f.Add([]byte("[{\"id\":\"\xff\"}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ms, bad, err := dues.DecodeMembers(data, dues.DecodeOptions{})
		if err != nil {
			everyFieldError(t, err)
			return
		}
		var n []json.RawMessage
		raw := data
		var wrapper struct {
			Members []json.RawMessage `json:"members"`
		}
		if json.Unmarshal(raw, &n) != nil {
			if json.Unmarshal(raw, &wrapper) != nil {
				t.Fatalf("decoded a document encoding/json cannot read: %q", data)
			}
			n = wrapper.Members
		}
		if len(ms)+len(bad) != len(n) {
			t.Fatalf("%d good + %d bad records of %d", len(ms), len(bad), len(n))
		}
		for _, re := range bad {
			if re.Index < 0 || re.Index >= len(n) {
				t.Fatalf("index %d out of range", re.Index)
			}
			everyFieldError(t, re)
		}
		b := dues.National().AssessRecords(dues.Records{Members: ms, Bad: bad})
		if len(b.Items) != len(n) {
			t.Fatalf("%d items for %d records", len(b.Items), len(n))
		}
		if _, err := json.Marshal(b); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzCSVReader: never a panic or a hang; header problems and bad rows are
// FieldErrors; AssessCSV gives one item per record read.
func FuzzCSVReader(f *testing.F) {
	f.Add("工号,单位类型,基本工资\nE1,企业,\"1,200.00\"\nE2,事业单位,\n", 2)
	f.Add("id,sector,status,class,basic,bonus,joined\na,enterprise,retired,apprentice,1,2,2020-01\n\"b\n\",x,,,\"\",-1,\n", 1)
	f.Add("id,sector\n\xff,企业\na\"b,c\n", 3)
	f.Add("id,id\n", 1)
	f.Fuzz(func(t *testing.T, data string, n int) {
		if n < 1 || n > 64 {
			n = 1 + (n&63+64)%64
		}
		r := dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{})
		records := 0
		for {
			rs, err := r.ReadChunk(n)
			if err == io.EOF {
				break
			}
			if err != nil {
				everyFieldError(t, err)
				return
			}
			for _, re := range rs.Bad {
				everyFieldError(t, re)
			}
			records += rs.Len()
		}
		bs, err := dues.National().AssessCSV(dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		defer bs.Close()
		items := 0
		for {
			b, err := bs.Next(n)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			items += len(b.Items)
			var out bytes.Buffer
			w := dues.NewCompactWriter(&out, dues.CompactOptions{})
			if err := w.Write(b); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			back, err := dues.ReadCompact(&out)
			if err != nil {
				t.Fatalf("compact form of %q does not read back: %v", data, err)
			}
			if len(back.Items) != len(b.Items) {
				t.Fatalf("%d items back of %d", len(back.Items), len(b.Items))
			}
		}
		if items != records {
			t.Fatalf("%d items for %d records", items, records)
		}
	})
}

// FuzzPolicyDecode: a policy, funds rule or scheme file either decodes to
// a valid value or is refused with FieldErrors only.
func FuzzPolicyDecode(f *testing.F) {
	for _, v := range []any{dues.National(), dues.Pingdingshan2018(), dues.Beijing2015(), dues.Standard()} {
		b, _ := json.Marshal(v)
		f.Add(b)
	}
	f.Add([]byte(`{"preset":"national","amount_rounding":{"places":0,"mode":"half_up"},"whole_yuan":true}`))
	f.Add([]byte(`{"preset":"standard","shares":[{"party":"a","weight":"1","parts":[{"party":"b","weight":"x"}]}]}`))
	f.Add([]byte(`{"rate":"0.005","bases":[{"sector":"企业","all_but":true,"items":["奖金"]}],"lapse_month":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, err := dues.DecodePolicy(data); err != nil {
			everyFieldError(t, err)
		} else if err := p.Validate(); err != nil {
			t.Fatalf("decoded an invalid policy: %v", err)
		}
		if fu, err := dues.DecodeFunds(data); err != nil {
			everyFieldError(t, err)
		} else if err := fu.Validate(); err != nil {
			t.Fatalf("decoded an invalid funds rule: %v", err)
		}
		if s, err := dues.DecodeScheme(data); err != nil {
			everyFieldError(t, err)
		} else if err := s.Validate(); err != nil {
			t.Fatalf("decoded an invalid scheme: %v", err)
		}
		var e dues.Employer
		if err := json.Unmarshal(data, &e); err != nil {
			if _, ok := err.(*json.SyntaxError); !ok {
				everyFieldError(t, err)
			}
		}
	})
}
