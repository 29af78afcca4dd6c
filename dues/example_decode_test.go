package dues_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// A payroll system sends members as JSON: every bad record is reported with
// its index, its ID and the path of each problem, and the good ones are
// assessed in their place.
func ExampleDecodeMembers() {
	data := []byte(`{"members": [
		{"id": "E1", "sector": "企业", "wages": {"基本工资": "4,200.00", "奖金": 800}},
		{"id": "E2", "sector": "institution", "wages": {"position": "2250", "grade": "abc"}},
		{"id": "E3", "wages": {"position": "3000"}},
		{"id": "E4", "sector": "institution", "status": "退休", "wages": {}}
	]}`)
	ms, bad, err := dues.DecodeMembers(data, dues.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, re := range bad {
		for _, fe := range union.FieldErrors(re.Err) {
			fmt.Println(re.Index, re.ID, fe.Field, fe.Code)
		}
	}
	b := dues.National().AssessRecords(dues.Records{Members: ms, Bad: bad})
	for _, it := range b.Items {
		fmt.Println(it.MemberID, it.Amount.StringFixed(2), it.Err != nil)
	}
	fmt.Println("total", b.Total.StringFixed(2), "failed", b.Failed)
	// Output:
	// 1 E2 members[1].wages.grade invalid.decimal
	// 2 E3 members[2].sector invalid.required
	// E1 21.00 false
	// E2 0.00 true
	// E3 0.00 true
	// E4 0.00 false
	// total 21.00 failed 2
}

// A payroll export with Chinese column names, read row by row: values are
// the words Text prints, amounts as Excel writes them, an empty cell is an
// absent item.
func ExampleNewCSVReader() {
	data := "工号,姓名,单位类型,状态,基本工资,岗位工资,薪级工资,奖金\n" +
		"E1,张三,企业,在职,\"4,200.00\",,,800\n" +
		"E2,李四,事业单位,在职,,2250,1350.50,\n" +
		"E3,王五,事业单位,退休,,,,\n"
	r := dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{})
	rs, err := r.ReadChunk(100)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range rs.Members {
		fmt.Println(m.ID, m.Sector, m.Status, len(m.Wages))
	}
	b := dues.National().AssessRecords(rs)
	fmt.Println("total", b.Total.StringFixed(2))
	_, err = r.ReadChunk(100)
	fmt.Println(err == io.EOF)
	// Output:
	// E1 enterprise active 2
	// E2 institution active 2
	// E3 institution retired 0
	// total 39.00
	// true
}

// A large payroll is assessed chunk by chunk as it is read, and written in
// the compact form: each reason once, per member only its figures and the
// index of its list of reasons.
func ExamplePolicy_AssessCSV() {
	data := "id,sector,basic,bonus\nE1,enterprise,4200,800\nE2,enterprise,x,1\nE3,enterprise,3000,\n"
	bs, err := dues.National().AssessCSV(dues.NewCSVReader(strings.NewReader(data), dues.DecodeOptions{}))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer bs.Close()
	var out bytes.Buffer
	w := dues.NewCompactWriter(&out, dues.CompactOptions{Lang: language.English})
	for {
		b, err := bs.Next(2)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(len(b.Items), "items, failed", b.Failed)
		if err := w.Write(b); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
		return
	}
	back, err := dues.ReadCompact(&out)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(back.Items), back.Total.StringFixed(2), back.Failed)
	fe := union.FieldErrors(back.Items[1].Err)[0]
	fmt.Println(back.Items[1].MemberID, fe.Field)
	// Output:
	// 2 items, failed 1
	// 1 items, failed 0
	// 3 36.00 1
	// E2 wages.basic
}

// Presets lists every preset with its document and months in force; the
// lookups build one by name.
func ExamplePresets() {
	for _, p := range dues.Presets() {
		if p.Name == "national" || p.Name == "legacy1993" || p.Name == "funds.beijing2015" {
			fmt.Println(p.Name, p.Effective)
		}
	}
	p, err := dues.PresetPolicy("national")
	fmt.Println(p.Rate, err)
	_, err = dues.PresetFunds("nowhere")
	fmt.Println(err)
	// Output:
	// national 2006-07..
	// legacy1993 ..2006-06
	// funds.beijing2015 2016-01..
	// 0.005 <nil>
	// invalid input: preset: is not a known value (value "nowhere")
}

// A policy file names a preset and overrides some fields; a misspelt key
// is an error, never ignored.
func ExampleDecodePolicy() {
	p, err := dues.DecodePolicy([]byte(`{"preset": "national", "amount_rounding": {"places": 1, "mode": "half_up"}}`))
	fmt.Println(p.AmountRounding, err)
	_, err = dues.DecodePolicy([]byte(`{"preset": "national", "lapse_month": 3}`))
	for _, fe := range union.FieldErrors(err) {
		fmt.Println(fe.Field, fe.Code)
	}
	// Output:
	// 1 places half_up <nil>
	// lapse_month invalid.unknown_field
}

// A batch for a front end: each reason's text beside its code, and money
// at the fen.
func ExampleBatch_MarshalJSONText() {
	b := dues.National().AssessAll([]dues.Member{{ID: "E1", Sector: union.Enterprise, Status: union.Retired}})
	js, _ := b.MarshalJSONText(language.English)
	var v struct {
		Items []struct {
			Amount  string `json:"amount"`
			Reasons []struct{ Code, Text string }
		} `json:"items"`
		Total string `json:"total"`
	}
	_ = json.Unmarshal(js, &v)
	fmt.Println(v.Total, v.Items[0].Amount, v.Items[0].Reasons[0].Code)
	fmt.Println(v.Items[0].Reasons[0].Text != "")
	// Output:
	// 0.00 0.00 dues.exempt.retired
	// true
}

// A batch written in the compact form and read back: the reasons once, the
// members as rows, the totals at the end.
func ExampleNewCompactWriter() {
	b := dues.National().AssessAll([]dues.Member{
		{ID: "E1", Sector: union.Enterprise, Status: union.Retired},
		{ID: "E2", Sector: union.Enterprise, Status: union.Retired},
	})
	var out bytes.Buffer
	w := dues.NewCompactWriter(&out, dues.CompactOptions{Lang: language.English})
	_ = w.Write(b)
	_ = w.Close()
	fmt.Println(strings.Count(out.String(), `"code":"dues.exempt.retired"`), "reason for", len(b.Items), "members")
	back, err := dues.ReadCompact(&out)
	fmt.Println(back.Items[1].MemberID, back.Items[1].Reasons[0].Code, back.Exempt, err)
	// Output:
	// 1 reason for 2 members
	// E2 dues.exempt.retired 2 <nil>
}

// ReadCompact rebuilds every item, its reasons and errors included.
func ExampleReadCompact() {
	doc := `{"format":"gonghui.dues.compact.v1","columns":["member_id","sector","status","class","exempt","flat","base","rate","amount","reasons"],
	"chunks":[{"reasons":[{"code":"dues.exempt.retired","source":"中国工会章程（2008） 第八条"}],"lists":[[0]],
	"items":[["E1","enterprise","retired","regular",true,false,"0.00","0","0.00",0],
	{"member_id":"E2","errors":[{"field":"sector","code":"invalid.required","kind":"invalid"}]}]}],
	"total":"0.00","paying":0,"exempt":1,"failed":1,"by_sector":[],"by_status":[]}`
	b, err := dues.ReadCompact(strings.NewReader(doc))
	fmt.Println(len(b.Items), b.Items[0].Reasons[0].Source, err)
	fmt.Println(b.Items[1].MemberID, union.FieldErrors(b.Items[1].Err)[0].Field)
	// Output:
	// 2 中国工会章程（2008） 第八条 <nil>
	// E2 sector
}

// A preset looked up by name, as a policy file or the command names it.
func ExamplePresetPolicy() {
	p, err := dues.PresetPolicy("pingdingshan2018")
	fmt.Println(p.AmountRounding, p.WholeYuan, err)
	s, err := dues.PresetScheme("standard")
	fmt.Println(len(s.Shares), s.Places, err)
	// Output:
	// 0 places half_up true <nil>
	// 2 2 <nil>
}

// AssessRecords assesses decoded records, bad ones in their place.
func ExamplePolicy_AssessRecords() {
	r := dues.NewCSVReader(strings.NewReader("id,sector,basic\nE1,enterprise,3000\nE2,enterprise,-\n"), dues.DecodeOptions{})
	rs, _ := r.ReadChunk(10)
	b := dues.National().AssessRecords(rs)
	fmt.Println(b.Items[0].Amount.StringFixed(2), b.Items[1].MemberID, b.Failed)
	fmt.Println(b.Err() != nil)
	// Output:
	// 15.00 E2 1
	// true
}

// Employers for the union-funds rule, decoded record by record.
func ExampleDecodeEmployers() {
	es, bad, err := dues.DecodeEmployers([]byte(`[
		{"id": "ACME", "payroll": "1,632,273.00", "headcount": 120, "has_union": true},
		{"id": "NEWCO", "payroll": "80000", "has_union": false}]`), 0)
	fmt.Println(len(es), err)
	for _, re := range bad {
		fmt.Println(re.Index, re.ID, wireCodes(re))
	}
	fa, err := dues.NationalFunds().Assess(es[0], union.MustPeriod("2026-03"))
	fmt.Println(fa.Amount.StringFixed(2), err)
	// Output:
	// 1 <nil>
	// 1 NEWCO [employers[1].headcount invalid.required]
	// 32645.46 <nil>
}
