package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeMillionPayroll writes n rows of a realistic payroll export: pay
// scales for the fixed items (so the same amounts recur, as in a real
// company), free amounts for bonuses and allowances.
func writeMillionPayroll(t testing.TB, path string, n int) {
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(2026, 11))
	w.WriteString("工号,姓名,单位类型,状态,基本工资,岗位工资,薪级工资,技能工资,奖金,津贴\n")
	var b []byte
	for i := 0; i < n; i++ {
		b = b[:0]
		b = append(b, 'E')
		b = strconv.AppendInt(b, int64(1000000+i), 10)
		b = append(b, ",职工,"...)
		sector := r.IntN(10)
		switch {
		case sector < 7:
			b = append(b, "企业,"...)
		case sector < 9:
			b = append(b, "事业单位,"...)
		default:
			b = append(b, "机关,"...)
		}
		if r.IntN(12) == 0 {
			b = append(b, "退休,"...)
		} else {
			b = append(b, "在职,"...)
		}
		if sector < 7 {
			b = strconv.AppendInt(b, int64(2200+100*r.IntN(40)), 10) // basic: 40 steps
			b = append(b, ",,,"...)
			b = strconv.AppendInt(b, int64(300+50*r.IntN(20)), 10) // skill
		} else {
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(1800+150*r.IntN(20)), 10) // position
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(300+73*r.IntN(60)), 10) // grade
			b = append(b, ',')
		}
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(r.IntN(3000)), 10) // bonus, yuan and fen
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(10+r.IntN(90)), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(100*r.IntN(8)), 10) // allowance
		b = append(b, '\n')
		w.Write(b)
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

// bareParse reads and parses the file with encoding/csv, nothing else.
func bareParse(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	r.ReuseRecord = true
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// naiveDues is what an HR developer would write instead: parse the CSV,
// apply the national rule with shopspring decimals (enterprise: all but
// bonus and allowance; institution: position + grade; organ: duty + rank;
// retired pay nothing; the tail under 10 yuan dropped; 0.5%, to the fen),
// write each amount as JSON.
func naiveDues(path string, out io.Writer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<16))
	header, err := r.Read()
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	rate := decimal.RequireFromString("0.005")
	ten := decimal.NewFromInt(10)
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, err
		}
		base := decimal.Zero
		for i := 4; i < len(rec); i++ {
			if rec[i] == "" {
				continue
			}
			d, err := decimal.NewFromString(rec[i])
			if err != nil {
				return n, err
			}
			col := header[i]
			switch rec[2] {
			case "企业":
				if col != "奖金" && col != "津贴" {
					base = base.Add(d)
				}
			case "事业单位":
				if col == "岗位工资" || col == "薪级工资" {
					base = base.Add(d)
				}
			}
		}
		amount := decimal.Zero
		if rec[3] != "退休" {
			base = base.Div(ten).Floor().Mul(ten)
			amount = base.Mul(rate).Round(2)
		}
		if err := enc.Encode(struct {
			ID     string `json:"id"`
			Amount string `json:"amount"`
		}{rec[0], amount.StringFixed(2)}); err != nil {
			return n, err
		}
		n++
	}
	return n, w.Flush()
}

// TestDuesMillionRows measures, side by side in one run, gonghui dues
// -compact (the built binary) on a 1,000,000-row payroll against (a)
// reading and parsing the file with encoding/csv and (b) the naive
// program: at least 3× faster than (b), at most 4× (a), peak memory at
// most 256 MB, at most 200 bytes per member. Run it with
//
//	go test -run TestDuesMillionRows -v ./cmd/gonghui/
func TestDuesMillionRows(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a million rows")
	}
	const n = 1_000_000
	dir := t.TempDir()
	path := filepath.Join(dir, "payroll.csv")
	writeMillionPayroll(t, path, n)
	bin := buildBinary(t)

	// CPU time (user + system) of this process, for the in-process runs.
	selfCPU := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	var bareCPU, naiveCPU, oursCPU time.Duration
	best := func(runs int, f func() time.Duration) time.Duration {
		var b time.Duration
		for i := 0; i < runs; i++ {
			if d := f(); i == 0 || d < b {
				b = d
			}
		}
		return b
	}
	bare := best(3, func() time.Duration {
		start, cpu := time.Now(), selfCPU()
		got, err := bareParse(path)
		require.NoError(t, err)
		require.Equal(t, n+1, got)
		bareCPU = selfCPU() - cpu
		return time.Since(start)
	})
	naive := best(2, func() time.Duration {
		out, err := os.Create(filepath.Join(dir, "naive.json"))
		require.NoError(t, err)
		defer out.Close()
		start, cpu := time.Now(), selfCPU()
		got, err := naiveDues(path, out)
		require.NoError(t, err)
		require.Equal(t, n, got)
		naiveCPU = selfCPU() - cpu
		return time.Since(start)
	})
	var maxRSS int64
	var size int64
	ours := best(3, func() time.Duration {
		outPath := filepath.Join(dir, "compact.json")
		out, err := os.Create(outPath)
		require.NoError(t, err)
		defer out.Close()
		cmd := exec.Command(bin, "dues", "-compact", "-month", "2026-11", path)
		cmd.Stdout = out
		start := time.Now()
		require.NoError(t, cmd.Run())
		d := time.Since(start)
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		maxRSS = max(maxRSS, ru.Maxrss*1024)
		oursCPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		st, err := os.Stat(outPath)
		require.NoError(t, err)
		size = st.Size()
		return d
	})
	perMember := float64(size) / n
	t.Logf("1,000,000 rows: encoding/csv parse %v; naive shopspring + JSON %v; gonghui dues -compact %v (%.1f× faster than naive, %.1f× the bare parse); peak RSS %.0f MB; %.1f bytes/member",
		bare.Round(time.Millisecond), naive.Round(time.Millisecond), ours.Round(time.Millisecond),
		float64(naive)/float64(ours), float64(ours)/float64(bare), float64(maxRSS)/(1<<20), perMember)
	t.Logf("CPU time (user+system): parse %v, naive %v, gonghui %v on %d cores; load average when measured: %s",
		bareCPU.Round(time.Millisecond), naiveCPU.Round(time.Millisecond), oursCPU.Round(time.Millisecond), runtime.NumCPU(), loadAverage())
	assert.LessOrEqual(t, maxRSS, int64(256<<20), "peak memory")
	assert.LessOrEqual(t, perMember, 200.0, "bytes per member")
	if os.Getenv("GONGHUI_BENCH_STRICT") != "" {
		assert.GreaterOrEqual(t, float64(naive)/float64(ours), 3.0, "at least 3× faster than the naive program")
		assert.LessOrEqual(t, float64(ours)/float64(bare), 4.0, "at most 4× the bare parse")
	}
}

// loadAverage is the machine's 1-minute load average, when Linux says it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "unknown"
	}
	return f[0]
}

// BenchmarkDuesCompact runs the dues pipeline in process on a 200,000-row
// payroll (compact output), for profiles.
func BenchmarkDuesCompact(b *testing.B) {
	path := filepath.Join(b.TempDir(), "payroll.csv")
	writeMillionPayroll(b, path, 200_000)
	b.ResetTimer()
	for b.Loop() {
		f, err := os.Open(path)
		require.NoError(b, err)
		c := &call{csv: true, format: formatCompact}
		_, err = duesRun(c, bufio.NewReaderSize(f, 1<<16), io.Discard, nil)
		require.NoError(b, err)
		f.Close()
	}
}
