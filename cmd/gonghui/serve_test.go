package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func post(t *testing.T, url, ctype string, body []byte, hdr ...string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, b
}

// TestServeDuesSameAsCommand: POST /v1/dues takes what gonghui dues takes
// and returns the same batch JSON.
func TestServeDuesSameAsCommand(t *testing.T) {
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: defaultMaxBody}))
	defer srv.Close()
	body := []byte(`{"members":[{"id":"E1","sector":"enterprise","wages":{"basic":"5000.55","bonus":"100"}},{"id":"E2","sector":"enterprise","wages":{"basic":"-1"}}],"month":"2026-11"}`)
	for _, q := range []string{"", "?compact=true", "?format=csv"} {
		status, got := post(t, srv.URL+"/v1/dues"+q, "application/json", body, "Accept-Language", "en-US,en;q=0.9")
		require.Equal(t, 200, status, string(got))
		var out, errOut bytes.Buffer
		args := []string{"dues", "-lang", "en"}
		switch q {
		case "?compact=true":
			args = append(args, "-compact")
		case "?format=csv":
			args = append(args, "-format", "csv")
		}
		code := run(t.Context(), args, bytes.NewReader(body), &out, &errOut, func(string) string { return "" })
		assert.Equal(t, exitRecords, code, "one record is bad")
		assert.Equal(t, out.String(), string(got), q)
	}
}

func TestServeLanguage(t *testing.T) {
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: defaultMaxBody}))
	defer srv.Close()
	body := []byte(`[{"id":"R1","sector":"enterprise","status":"retired","wages":{}}]`)
	for lang, want := range map[string]string{"en": "pay no dues", "zh-CN": "免交会费", "zh-TW": "免交會費", "": "免交会费"} {
		_, b := post(t, srv.URL+"/v1/dues", "", body, "Accept-Language", lang)
		assert.Contains(t, string(b), want, lang)
	}
}

// TestServeBadInput: malformed JSON, wrong types, unknown fields, invalid
// UTF-8, deep nesting, huge numbers, empty bodies and bad CSV get a 400
// with every problem as a FieldError, never a 500.
func TestServeBadInput(t *testing.T) {
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: 1 << 20}))
	defer srv.Close()
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	cases := []struct {
		name, path, ctype, body string
		status                  int
		code                    string
	}{
		{"malformed", "/v1/dues", "", `{"members": [`, 400, "invalid.json"},
		{"wrong type", "/v1/dues", "", `{"members": 3}`, 400, "invalid.type"},
		{"unknown field", "/v1/dues", "", `{"members": [], "bogus": 1}`, 400, "invalid.unknown_field"},
		{"invalid utf-8", "/v1/dues", "", "[{\"id\":\"\xff\"}]", 400, "invalid.utf8"},
		{"deep nesting", "/v1/plan", "", deep, 400, "invalid.json_depth"},
		{"huge number", "/v1/allocate", "", `{"total": 1` + strings.Repeat("0", 5000) + `}`, 400, "invalid.decimal_range"},
		{"empty body", "/v1/dues", "", ``, 400, "invalid.required"},
		{"empty plan", "/v1/plan", "", ``, 400, "invalid.required"},
		{"unknown preset", "/v1/dues?policy=atlantis", "", `[]`, 400, "policy.unknown_preset"},
		{"csv missing column", "/v1/dues", "text/csv", "姓名,基本工资\n张三,100\n", 400, "invalid.required"},
		{"csv duplicate column", "/v1/dues", "text/csv", "工号,单位类型,基本工资,basic\nE1,企业,1,2\n", 400, "invalid.duplicate"},
		{"csv unknown column", "/v1/dues", "text/csv", "工号,单位类型,bonnus\nE1,企业,1\n", 400, "invalid.unknown"},
		{"funds without month", "/v1/funds", "", `[]`, 400, "invalid.required"},
		{"policy unknown key", "/v1/dues", "", `{"members":[],"policy":{"preset":"national","late_fee":true}}`, 400, "invalid.unknown_field"},
		{"bad content type", "/v1/dues", "application/xml", `<x/>`, 415, "http.media_type"},
		{"unknown endpoint", "/v1/nothing", "", `{}`, 404, "http.not_found"},
		{"wrong method", "/v1/presets", "", `{}`, 405, "http.method"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, b := post(t, srv.URL+tc.path, tc.ctype, []byte(tc.body))
			assert.Equal(t, tc.status, status, string(b))
			var e errorsBody
			require.NoError(t, json.Unmarshal(b, &e), string(b))
			require.NotEmpty(t, e.Errors)
			codes := []string{}
			for _, fe := range e.Errors {
				codes = append(codes, fe.Code)
				assert.NotEmpty(t, fe.Message)
				assert.Contains(t, []string{"invalid", "policy"}, fe.Kind)
			}
			assert.Contains(t, codes, tc.code)
		})
	}
}

// TestServeBadRecords: records that are independent are reported one by
// one and the batch goes on: 200, failed counted, every item at its index.
func TestServeBadRecords(t *testing.T) {
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: 1 << 20}))
	defer srv.Close()
	t.Run("json", func(t *testing.T) {
		body := `[{"id":"A","sector":"enterprise","wages":{"basic":"1000"}},
			{"id":"B","sector":"enterprise","wages":{"basic":"1e999999999"}},
			{"id":"C","sector":"enterprise","wages":{"basic":true}},
			{"id":"D","wages":{"basic":"1000"}},
			{"id":"E","sector":"enterprise","wages":{"basic":"1000"},"nickname":"x"},
			{"id":"F","sector":"nowhere","wages":{}},
			{"id":"G","sector":"enterprise","wages":{"basic":"2000"}}]`
		status, b := post(t, srv.URL+"/v1/dues", "", []byte(body))
		require.Equal(t, 200, status, string(b))
		var batch struct {
			Items []struct {
				MemberID string           `json:"member_id"`
				Errors   []fieldErrorJSON `json:"errors"`
			} `json:"items"`
			Failed int    `json:"failed"`
			Total  string `json:"total"`
		}
		require.NoError(t, json.Unmarshal(b, &batch))
		require.Len(t, batch.Items, 7)
		ids := []string{}
		for i, it := range batch.Items {
			ids = append(ids, it.MemberID)
			assert.Equal(t, i != 0 && i != 6, len(it.Errors) > 0, "item %d: %s", i, string(b))
		}
		assert.Equal(t, []string{"A", "B", "C", "D", "E", "F", "G"}, ids)
		assert.Equal(t, 5, batch.Failed)
		assert.Equal(t, "15.00", batch.Total)
	})
	t.Run("csv ragged", func(t *testing.T) {
		body := "工号,单位类型,基本工资\nE1,企业,1000\nE2,企业\nE3,企业,abc\nE4,\"企业\",\"2,000.00\"\n\"E5,企业,1\n"
		status, b := post(t, srv.URL+"/v1/dues", "text/csv", []byte(body))
		require.Equal(t, 200, status, string(b))
		assert.Contains(t, string(b), `"failed":3`)
		assert.Contains(t, string(b), `"total":"15.00"`)
	})
}

func TestServeTokenAndLimit(t *testing.T) {
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: 100, token: "tok"}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 401, resp.StatusCode)
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/healthz", nil)
	req.Header.Set("Authorization", "Bearer tok")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	status, _ := post(t, srv.URL+"/v1/plan", "", bytes.Repeat([]byte(" "), 200), "Authorization", "Bearer tok")
	assert.Equal(t, 413, status)
	status, _ = post(t, srv.URL+"/v1/plan", "", []byte(`{"headcount":120}`), "Authorization", "Bearer tok")
	assert.Equal(t, 200, status)
	status, _ = post(t, srv.URL+"/v1/plan", "", []byte(`{"headcount":120}`), "Authorization", "tok")
	assert.Equal(t, 401, status)
}

// TestServeLogsNoPayrollData: the request log names method, path, status,
// size and time, never bodies or queries.
func TestServeLogsNoPayrollData(t *testing.T) {
	var logs bytes.Buffer
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: 1 << 20, logger: newTestLogger(&logs)}))
	defer srv.Close()
	post(t, srv.URL+"/v1/dues?sector=enterprise", "", []byte(`[{"id":"SECRET-ID","wages":{"basic":"98765.43"}}]`))
	post(t, srv.URL+"/v1/dues", "", []byte(`[{"id":"SECRET-ID","wages":{"basic":"oops98765"}}]`))
	srv.Close() // waits for the handlers, and their log lines
	assert.Contains(t, logs.String(), "POST /v1/dues 200")
	assert.NotContains(t, logs.String(), "SECRET")
	assert.NotContains(t, logs.String(), "98765")
	assert.NotContains(t, logs.String(), "enterprise")
}
