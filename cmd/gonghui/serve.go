package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// Defaults of the service's limits (flags of gonghui serve).
const (
	defaultAddr         = "127.0.0.1:8080"
	defaultMaxBody      = 32 << 20 // bytes of a request body
	defaultReadTimeout  = 30 * time.Second
	defaultWriteTimeout = 120 * time.Second
	defaultIdleTimeout  = 120 * time.Second
	shutdownGrace       = 30 * time.Second
)

// serverConfig is the service's configuration.
type serverConfig struct {
	maxBody int64
	token   string // "" : no token required
	logger  *log.Logger
}

// runServe is `gonghui serve`.
func runServe(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("gonghui serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", defaultAddr, "`host:port` to listen on (loopback by default)")
	maxBody := fs.Int64("max-body", defaultMaxBody, "largest request body in `bytes`; larger ones get 413")
	readTimeout := fs.Duration("read-timeout", defaultReadTimeout, "time to read a request, body included")
	writeTimeout := fs.Duration("write-timeout", defaultWriteTimeout, "time to write a response")
	idleTimeout := fs.Duration("idle-timeout", defaultIdleTimeout, "time a keep-alive connection may idle")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 || *maxBody <= 0 {
		fmt.Fprintln(stderr, "gonghui serve: unexpected arguments")
		return exitUsage
	}
	logger := log.New(stderr, "gonghui: ", log.LstdFlags)
	if err := warmPresets(); err != nil {
		logger.Printf("a preset does not validate: %v", err)
		return exitUsage
	}
	cfg := serverConfig{maxBody: *maxBody, token: getenv("GONGHUI_TOKEN"), logger: logger}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		logger.Printf("listen: %v", err)
		return exitUsage
	}
	srv := &http.Server{
		Handler:           newHandler(cfg),
		ReadTimeout:       *readTimeout,
		ReadHeaderTimeout: min(*readTimeout, 10*time.Second),
		WriteTimeout:      *writeTimeout,
		IdleTimeout:       *idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	auth := "no token"
	if cfg.token != "" {
		auth = "bearer token required"
	}
	logger.Printf("listening on http://%s (%s, bodies up to %d bytes)", ln.Addr(), auth, cfg.maxBody)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		logger.Printf("serve: %v", err)
		return exitRecords
	case <-ctx.Done():
	}
	logger.Printf("shutting down: finishing requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Printf("shutdown: %v", err)
		return exitRecords
	}
	logger.Printf("stopped")
	return exitOK
}

// newHandler is the service: routes, the token check, the body limit, the
// request log (method, path, status, size and time: never a body or a
// query) and a last guard against panics.
func newHandler(cfg serverConfig) http.Handler {
	var want [32]byte
	if cfg.token != "" {
		want = sha256.Sum256([]byte(cfg.token))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &statusWriter{ResponseWriter: w}
		tag := requestLanguage(r)
		defer func() {
			if p := recover(); p != nil {
				if cfg.logger != nil {
					cfg.logger.Printf("panic serving %s %s (request data not logged)", r.Method, r.URL.Path)
				}
				if rw.status == 0 {
					writeErrors(rw, http.StatusInternalServerError, union.Invalid("", "http.internal", ""), tag)
				}
			}
			if cfg.logger != nil {
				cfg.logger.Printf("%s %s %d %dB %s", r.Method, r.URL.Path, rw.status, rw.size, time.Since(start).Round(time.Microsecond))
			}
		}()
		if cfg.token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			sum := sha256.Sum256([]byte(got))
			if subtle.ConstantTimeCompare(sum[:], want[:]) != 1 || !ok {
				rw.Header().Set("WWW-Authenticate", `Bearer realm="gonghui"`)
				writeErrors(rw, http.StatusUnauthorized, union.Invalid("", "http.unauthorized", ""), tag)
				return
			}
		}
		route(cfg, rw, r, tag)
	})
}

// statusWriter remembers the status and size of a response, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

// route answers one request.
func route(cfg serverConfig, w http.ResponseWriter, r *http.Request, tag language.Tag) {
	path := r.URL.Path
	switch path {
	case "/healthz":
		if !method(w, r, http.MethodGet, tag) {
			return
		}
		writeJSON(w, http.StatusOK, []byte(`{"status":"ok"}`))
		return
	case "/openapi.json":
		if !method(w, r, http.MethodGet, tag) {
			return
		}
		writeJSON(w, http.StatusOK, openAPIDocument)
		return
	case "/v1/presets":
		if !method(w, r, http.MethodGet, tag) {
			return
		}
		b, _ := json.Marshal(allPresets())
		writeJSON(w, http.StatusOK, b)
		return
	}
	name, ok := strings.CutPrefix(path, "/v1/")
	if !ok {
		writeErrors(w, http.StatusNotFound, union.Invalid("", "http.not_found", path), tag)
		return
	}
	var e entry
	if name != "dues" {
		if e, ok = findEntry(name); !ok {
			writeErrors(w, http.StatusNotFound, union.Invalid("", "http.not_found", path), tag)
			return
		}
	}
	if !method(w, r, http.MethodPost, tag) {
		return
	}
	c, err := callFromRequest(r, tag)
	if err != nil {
		writeErrors(w, requestStatus(err), err, tag)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cfg.maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeErrors(w, http.StatusRequestEntityTooLarge, union.Invalid("", "http.too_large", "", strconv.FormatInt(cfg.maxBody, 10)), tag)
			return
		}
		writeErrors(w, http.StatusBadRequest, union.Invalid("", "invalid.json", "", "unreadable body"), tag)
		return
	}
	c.body = body
	if name == "dues" {
		var buf bytes.Buffer
		if _, err := duesRun(c, bytes.NewReader(body), &buf, nil); err != nil {
			writeErrors(w, http.StatusBadRequest, err, tag)
			return
		}
		if c.format == formatCSV {
			writeBody(w, http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
			return
		}
		writeJSON(w, http.StatusOK, buf.Bytes())
		return
	}
	res, _, err := e.run(c)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, err, tag)
		return
	}
	if e.name == "funds" && c.format == formatCSV {
		writeBody(w, http.StatusOK, "text/csv; charset=utf-8", fundsSheet(res.(fundsResult), c))
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, union.Invalid("", "invalid.unknown", ""), tag)
		return
	}
	writeJSON(w, http.StatusOK, localize(b, tag))
}

// requestStatus is the status of an error in a request's parameters: 415
// Unsupported Media Type for a Content-Type the service does not take, its
// media type or its charset (RFC 9110 names 415 for a body in a format the
// resource does not take), else 400.
func requestStatus(err error) int {
	for _, fe := range union.FieldErrors(err) {
		if fe.Code == "http.media_type" || fe.Code == "http.charset" {
			return http.StatusUnsupportedMediaType
		}
	}
	return http.StatusBadRequest
}

// method answers 405 unless the request uses m.
func method(w http.ResponseWriter, r *http.Request, m string, tag language.Tag) bool {
	if r.Method == m || m == http.MethodGet && r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", m)
	writeErrors(w, http.StatusMethodNotAllowed, union.Invalid("", "http.method", r.Method, m), tag)
	return false
}

// callFromRequest reads the query parameters (policy, month, compact,
// format, sector, minimum_living, plan) and the content type with its
// charset (parseContentType).
func callFromRequest(r *http.Request, tag language.Tag) (*call, error) {
	q := r.URL.Query()
	c := &call{tag: tag, plan: q.Get("plan"), minimumLiving: q.Get("minimum_living"), sector: q.Get("sector")}
	c.spec.name = q.Get("policy")
	if m := q.Get("month"); m != "" {
		p, err := union.ParsePeriod(m)
		if err != nil {
			return nil, union.Invalid("month", "invalid.format", m, "YYYY-MM")
		}
		c.spec.month = p
	}
	switch v := q.Get("compact"); v {
	case "", "false", "0":
	case "true", "1":
		c.format = formatCompact
	default:
		return nil, union.Invalid("compact", "invalid.format", v, "true/false")
	}
	switch v := q.Get("format"); v {
	case "", "json":
	case "csv":
		if c.format != formatCompact {
			c.format = formatCSV
		}
	default:
		return nil, union.Invalid("format", "invalid.format", v, "json/csv")
	}
	csv, enc, err := parseContentType(r.Header.Get("Content-Type"))
	if err != nil {
		return nil, err
	}
	c.csv, c.enc, c.encHint = csv, enc, "Content-Type: text/csv; charset=gbk"
	return c, nil
}

// requestLanguage picks the language of texts: ?lang=, else the first
// Accept-Language tag the module speaks; zh-Hans by default.
func requestLanguage(r *http.Request) language.Tag {
	if l := r.URL.Query().Get("lang"); l != "" {
		if t, err := language.Parse(l); err == nil {
			return union.MatchLanguage(t)
		}
	}
	if h := r.Header.Get("Accept-Language"); h != "" && len(h) < 512 {
		if tags, _, err := language.ParseAcceptLanguage(h); err == nil && len(tags) > 0 {
			return union.MatchLanguage(tags[0])
		}
	}
	return language.SimplifiedChinese
}

// writeErrors answers {"errors": [...]} with status.
func writeErrors(w http.ResponseWriter, status int, err error, tag language.Tag) {
	b, _ := json.Marshal(errorsBody{Errors: errorsJSON(err, tag)})
	writeJSON(w, status, b)
}

// writeJSON answers a JSON body.
func writeJSON(w http.ResponseWriter, status int, b []byte) {
	writeBody(w, status, "application/json; charset=utf-8", b)
}

func writeBody(w http.ResponseWriter, status int, ctype string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
}
