package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildBinary builds the gonghui command into a temporary directory.
func buildBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gonghui")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// startServe starts `gonghui serve` on a free loopback port and returns
// its base URL.
func startServe(t *testing.T, bin string, env ...string) (*exec.Cmd, string, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), env...)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	sc := bufio.NewScanner(stderr)
	re := regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)`)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			return cmd, m[1], sc
		}
	}
	t.Fatal("the service did not say where it listens")
	return nil, "", nil
}

// TestBinaryServe runs the built binary as a service on a loopback port:
// a dues request, the token, and a graceful shutdown on SIGTERM that
// answers the request in flight.
func TestBinaryServe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	cmd, url, logs := startServe(t, bin, "GONGHUI_TOKEN=t0ken")

	status, body := post(t, url+"/v1/dues?month=2026-11", "", []byte(`[{"id":"E1","sector":"enterprise","wages":{"basic":"5000"}}]`),
		"Authorization", "Bearer t0ken")
	require.Equal(t, 200, status, string(body))
	assert.Contains(t, string(body), `"total":"25.00"`)
	status, _ = post(t, url+"/v1/dues", "", []byte(`[]`))
	assert.Equal(t, 401, status)

	// A request in flight: its body arrives slowly, across the signal.
	pr, pw := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/plan", pr)
	req.Header.Set("Authorization", "Bearer t0ken")
	done := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- nil
			return
		}
		done <- resp
	}()
	_, err := pw.Write([]byte(`{"headcount":`))
	require.NoError(t, err)
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	time.Sleep(200 * time.Millisecond)
	_, err = pw.Write([]byte(`150}`))
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	select {
	case resp := <-done:
		require.NotNil(t, resp, "the request in flight was cut off")
		assert.Equal(t, 200, resp.StatusCode)
		resp.Body.Close()
	case <-time.After(10 * time.Second):
		t.Fatal("the request in flight got no answer")
	}
	var rest strings.Builder
	for logs.Scan() {
		rest.WriteString(logs.Text() + "\n")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		require.NoError(t, err, "exit status 0 after a graceful shutdown")
	case <-ctx.Done():
		t.Fatal("the service did not stop")
	}
	assert.Contains(t, rest.String(), "stopped")
	assert.NotContains(t, rest.String(), "5000")
}

// TestBinaryCommand runs the built binary on a payroll file: the exit
// statuses and the output.
func TestBinaryCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "payroll.csv")
	require.NoError(t, os.WriteFile(good, []byte(payrollCSV(100, 1)), 0o600))
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("工号,单位类型,基本工资\nE1,企业,100\nE2,企业,-1\n"), 0o600))
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"dues", "-month", "2026-11", good}, 0},
		{[]string{"dues", "-policy", "national", "-month", "2026-11", filepath.Join("..", "..", "examples", "payroll", "payroll.csv")}, 0},
		{[]string{"dues", "-compact", bad}, 1},
		{[]string{"dues", "-policy", "nope", good}, 2},
		{[]string{"dues", filepath.Join(dir, "missing.csv")}, 2},
	} {
		cmd := exec.Command(bin, tc.args...)
		out, _ := cmd.Output()
		assert.Equal(t, tc.code, cmd.ProcessState.ExitCode(), "%v", tc.args)
		if tc.code != 2 {
			assert.NotEmpty(t, out)
		}
	}
}
