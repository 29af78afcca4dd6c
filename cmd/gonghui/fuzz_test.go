package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzServe posts arbitrary bodies to every endpoint: never a panic, never
// a 5xx, and every error answer is {"errors": [...]}.
func FuzzServe(f *testing.F) {
	names := []string{"dues"}
	for _, e := range entries {
		names = append(names, e.name)
	}
	index := map[string]uint8{}
	for i, n := range names {
		index[n] = uint8(i)
	}
	add := func(name, ctype string, body []byte) { f.Add(index[name], ctype == "text/csv", body) }
	add("dues", "application/json", []byte(`[{"id":"E1","sector":"enterprise","wages":{"basic":"5000"}}]`))
	add("dues", "text/csv", []byte("工号,单位类型,基本工资\nE1,企业,\"1,200.00\"\n"))
	add("funds", "text/csv", []byte("id,payroll\nA,100\n"))
	add("plan", "application/json", []byte(`{"headcount": 1e308}`))
	add("count", "application/json", []byte(`{"election":{"seats":-1},"ballots":[{"approve":[""]}]}`))
	add("rank", "application/json", []byte(`{"policy":"trimmed5","entries":[{"id":"A","scores":{"result":["1e9999"]}}]}`))
	add("uppercase", "application/json", []byte(`{"amounts":["99999999999999999999"]}`))
	add("allocate", "application/json", []byte(`{"total":"-0.01","policy":{"preset":"standard","places":-9}}`))
	h := newHandler(serverConfig{maxBody: 1 << 20})
	f.Fuzz(func(t *testing.T, which uint8, csv bool, body []byte) {
		name := names[int(which)%len(names)]
		ctype := "application/json"
		if csv {
			ctype = "text/csv"
		}
		req := httptest.NewRequest(http.MethodPost, "/v1/"+name+"?month=2026-11", bytes.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%s %q: status %d: %s", name, body, w.Code, w.Body.Bytes())
		}
		if w.Code >= 400 && !bytes.HasPrefix(w.Body.Bytes(), []byte(`{"errors":[`)) {
			t.Fatalf("%s: error answer %s", name, w.Body.Bytes())
		}
	})
}

// FuzzMemberCSV streams arbitrary CSV through the dues command: never a
// panic, one item per record.
func FuzzMemberCSV(f *testing.F) {
	f.Add([]byte("工号,单位类型,基本工资\nE1,企业,100\n"))
	f.Add([]byte("id,sector,basic,bonus\n\"E,1\",enterprise,\"1,000\",\"\"\"\"\n"))
	f.Add([]byte("\ufeffid,sector\r\nA,机关\r\n\"B\nC\",x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		c := &call{csv: true, format: formatCompact, sector: "enterprise"}
		_, _ = duesRun(c, bytes.NewReader(data), &out, nil)
	})
}
