package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadDuesOneMember is the service's load test: POST /v1/dues with one
// member from 16 concurrent clients on 127.0.0.1, bounded at 20,000
// requests or 10 seconds, whichever comes first. Target on a 2-core
// machine: at least 5,000 requests/s, p99 at most 20 ms, no errors. Run it
// with
//
//	go test -run TestLoadDuesOneMember -v ./cmd/gonghui/
func TestLoadDuesOneMember(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("load test")
	}
	const (
		clients  = 16
		maxReqs  = 20_000
		maxTime  = 10 * time.Second
		endpoint = "/v1/dues?month=2026-11"
	)
	require.NoError(t, warmPresets())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := &http.Server{Handler: newHandler(serverConfig{maxBody: defaultMaxBody}), ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + endpoint
	body := []byte(`[{"id":"E0001","sector":"enterprise","status":"active","wages":{"basic":"5000.55","skill":"800","bonus":"1200"}}]`)
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true}}

	var issued, errorsSeen atomic.Int64
	lat := make([][]time.Duration, clients)
	deadline := time.Now().Add(maxTime)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for issued.Add(1) <= maxReqs && time.Now().Before(deadline) {
				t0 := time.Now()
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err != nil {
					errorsSeen.Add(1)
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					errorsSeen.Add(1)
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	require.NotEmpty(t, all)
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	p50, p99 := all[len(all)/2], all[len(all)*99/100]
	rps := float64(len(all)) / elapsed.Seconds()
	t.Logf("POST /v1/dues, one member, %d clients: %d requests in %v: %.0f requests/s, p50 %v, p99 %v, %d errors (load average %s)",
		clients, len(all), elapsed.Round(time.Millisecond), rps, p50.Round(10*time.Microsecond), p99.Round(10*time.Microsecond), errorsSeen.Load(), loadAverage())
	assert.Zero(t, errorsSeen.Load(), "errors")
	if os.Getenv("GONGHUI_BENCH_STRICT") != "" {
		assert.GreaterOrEqual(t, rps, 5000.0, "requests per second")
		assert.LessOrEqual(t, p99, 20*time.Millisecond, "p99")
	}
}

// BenchmarkServeDuesOneMember is the handler's cost for one member,
// without the network.
func BenchmarkServeDuesOneMember(b *testing.B) {
	h := newHandler(serverConfig{maxBody: defaultMaxBody})
	body := []byte(`[{"id":"E0001","sector":"enterprise","status":"active","wages":{"basic":"5000.55","skill":"800","bonus":"1200"}}]`)
	b.ReportAllocs()
	for b.Loop() {
		req, _ := http.NewRequest(http.MethodPost, "/v1/dues?month=2026-11", bytes.NewReader(body))
		w := &discardWriter{h: http.Header{}}
		h.ServeHTTP(w, req)
		if w.status != 200 {
			b.Fatal(w.status)
		}
	}
}

// discardWriter is a ResponseWriter that keeps only the status.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteHeader(s int)           { w.status = s }
