package dues_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"testing"

	"github.com/gonghui/gonghui/dues"
)

// payrollCSV generates a payroll export of n rows with Chinese column
// names, as a typical enterprise and institution payroll: salaries from a
// grid of grades, most rows with five items, some retired members.
func payrollCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("工号,姓名,单位类型,状态,基本工资,岗位工资,薪级工资,奖金,津贴\n")
	for i := 0; i < n; i++ {
		b.WriteString("E")
		b.WriteString(strconv.Itoa(1000000 + i))
		b.WriteString(",张三,")
		switch {
		case i%10 == 9:
			b.WriteString("事业单位,")
		default:
			b.WriteString("企业,")
		}
		if i%25 == 24 {
			b.WriteString("退休,")
		} else {
			b.WriteString("在职,")
		}
		g := i % 97
		b.WriteString(strconv.Itoa(3000 + g*50))
		b.WriteString(".00,")
		b.WriteString("\"1," + strconv.Itoa(100+g%40*20) + ".50\",")
		b.WriteString(strconv.Itoa(800 + (i%13)*35))
		b.WriteString(",")
		if i%3 == 0 {
			b.WriteString(strconv.Itoa(500 + (i%7)*100))
		}
		b.WriteString(",300\n")
	}
	return b.Bytes()
}

func BenchmarkCSVReader(b *testing.B) {
	data := payrollCSV(100_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := dues.NewCSVReader(bytes.NewReader(data), dues.DecodeOptions{})
		rows := 0
		for {
			rs, err := r.ReadChunk(65536)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if len(rs.Bad) > 0 {
				b.Fatal(rs.Bad[0])
			}
			rows += rs.Len()
		}
		if rows != 100_000 {
			b.Fatal(rows)
		}
	}
}

// BenchmarkCSVBaseline is merely reading and parsing the same file with
// encoding/csv: the floor BenchmarkCSVReader is measured against.
func BenchmarkCSVBaseline(b *testing.B) {
	data := payrollCSV(100_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		r.ReuseRecord = true
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAssessCSV reads and assesses the payroll chunk by chunk, as
// `gonghui dues` does.
func BenchmarkAssessCSV(b *testing.B) {
	data := payrollCSV(100_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	p := dues.National()
	for b.Loop() {
		bs, err := p.AssessCSV(dues.NewCSVReader(bytes.NewReader(data), dues.DecodeOptions{}))
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		for {
			batch, err := bs.Next(65536)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if batch.Failed > 0 {
				b.Fatal(batch.Err())
			}
			rows += len(batch.Items)
		}
		if rows != 100_000 {
			b.Fatal(rows)
		}
	}
}
