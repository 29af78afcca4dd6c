package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openAPI is the part of an OpenAPI 3.1 document the tests read.
type openAPI struct {
	OpenAPI    string                          `json:"openapi"`
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas map[string]json.RawMessage `json:"schemas"`
	} `json:"components"`
}

type operation struct {
	OperationID string `json:"operationId"`
	RequestBody *struct {
		Content map[string]struct {
			Examples map[string]struct {
				Value json.RawMessage `json:"value"`
				// Query is the query string the example is posted with.
				Query string `json:"x-query"`
			} `json:"examples"`
		} `json:"content"`
	} `json:"requestBody"`
	Responses map[string]struct {
		Content map[string]struct {
			Schema json.RawMessage `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

func loadOpenAPI(t *testing.T) openAPI {
	t.Helper()
	var doc openAPI
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	require.Equal(t, "3.1.0", doc.OpenAPI)
	return doc
}

// schemaChecker validates JSON values against the subset of JSON Schema the
// document uses: $ref (to #/components/schemas), type (one or a list),
// properties, required, additionalProperties (false or a schema), items,
// enum, oneOf. A keyword outside the subset fails the check, so the
// document cannot use what the checker does not understand.
type schemaChecker struct {
	schemas map[string]json.RawMessage
}

var knownKeywords = map[string]bool{"$ref": true, "type": true, "properties": true, "required": true,
	"additionalProperties": true, "items": true, "enum": true, "oneOf": true, "description": true}

func (c *schemaChecker) check(schema json.RawMessage, v any, path string) error {
	var s map[string]json.RawMessage
	if err := json.Unmarshal(schema, &s); err != nil {
		return fmt.Errorf("%s: schema is not an object", path)
	}
	for k := range s {
		if !knownKeywords[k] {
			return fmt.Errorf("%s: schema keyword %q is outside the checked subset", path, k)
		}
	}
	if r, ok := s["$ref"]; ok {
		var ref string
		_ = json.Unmarshal(r, &ref)
		name, ok := strings.CutPrefix(ref, "#/components/schemas/")
		target, found := c.schemas[name]
		if !ok || !found {
			return fmt.Errorf("%s: unresolved $ref %q", path, ref)
		}
		return c.check(target, v, path)
	}
	if raw, ok := s["oneOf"]; ok {
		var alts []json.RawMessage
		_ = json.Unmarshal(raw, &alts)
		matched := 0
		var errs []string
		for _, a := range alts {
			if err := c.check(a, v, path); err == nil {
				matched++
			} else {
				errs = append(errs, err.Error())
			}
		}
		if matched != 1 {
			return fmt.Errorf("%s: matches %d of oneOf (%s)", path, matched, strings.Join(errs, "; "))
		}
	}
	if raw, ok := s["type"]; ok {
		var types []string
		if err := json.Unmarshal(raw, &types); err != nil {
			var one string
			_ = json.Unmarshal(raw, &one)
			types = []string{one}
		}
		if !typeMatches(types, v) {
			return fmt.Errorf("%s: %T is not of type %v", path, v, types)
		}
	}
	if raw, ok := s["enum"]; ok {
		var vals []any
		_ = json.Unmarshal(raw, &vals)
		found := false
		for _, e := range vals {
			if fmt.Sprint(e) == fmt.Sprint(v) {
				found = true
			}
		}
		if !found {
			return fmt.Errorf("%s: %v not in enum %v", path, v, vals)
		}
	}
	switch val := v.(type) {
	case map[string]any:
		var props map[string]json.RawMessage
		if raw, ok := s["properties"]; ok {
			_ = json.Unmarshal(raw, &props)
		}
		if raw, ok := s["required"]; ok {
			var req []string
			_ = json.Unmarshal(raw, &req)
			for _, k := range req {
				if _, ok := val[k]; !ok {
					return fmt.Errorf("%s: required property %q missing", path, k)
				}
			}
		}
		keys := make([]string, 0, len(val))
		for k := range val {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if ps, ok := props[k]; ok {
				if err := c.check(ps, val[k], path+"."+k); err != nil {
					return err
				}
				continue
			}
			raw, ok := s["additionalProperties"]
			if !ok {
				continue
			}
			if string(raw) == "false" {
				return fmt.Errorf("%s: property %q is not in the schema", path, k)
			}
			if string(raw) != "true" {
				if err := c.check(raw, val[k], path+"."+k); err != nil {
					return err
				}
			}
		}
	case []any:
		if raw, ok := s["items"]; ok {
			for i, e := range val {
				if err := c.check(raw, e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func typeMatches(types []string, v any) bool {
	for _, t := range types {
		switch t {
		case "object":
			if _, ok := v.(map[string]any); ok {
				return true
			}
		case "array":
			if _, ok := v.([]any); ok {
				return true
			}
		case "string":
			if _, ok := v.(string); ok {
				return true
			}
		case "integer":
			if n, ok := v.(json.Number); ok && regexp.MustCompile(`^-?\d+$`).MatchString(string(n)) {
				return true
			}
		case "number":
			if _, ok := v.(json.Number); ok {
				return true
			}
		case "boolean":
			if _, ok := v.(bool); ok {
				return true
			}
		case "null":
			if v == nil {
				return true
			}
		}
	}
	return false
}

func decodeAny(t *testing.T, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), string(b))
	return v
}

func TestSchemaCheckerCatchesDrift(t *testing.T) {
	c := &schemaChecker{schemas: loadOpenAPI(t).Components.Schemas}
	s := json.RawMessage(`{"$ref": "#/components/schemas/Errors"}`)
	require.NoError(t, c.check(s, decodeAny(t, []byte(`{"errors":[{"field":"a","code":"x","kind":"invalid"}]}`)), "$"))
	assert.Error(t, c.check(s, decodeAny(t, []byte(`{"errors":[{"field":"a","code":"x","kind":"other"}]}`)), "$"), "enum")
	assert.Error(t, c.check(s, decodeAny(t, []byte(`{"errors":[{"field":"a","kind":"invalid"}]}`)), "$"), "required")
	assert.Error(t, c.check(s, decodeAny(t, []byte(`{"errors":[],"extra":1}`)), "$"), "additionalProperties")
	assert.Error(t, c.check(s, decodeAny(t, []byte(`{"errors":{}}`)), "$"), "type")
	assert.Error(t, c.check(json.RawMessage(`{"minimum": 3}`), decodeAny(t, []byte(`1`)), "$"), "unknown keyword")
}

// TestOpenAPIPathsAreServed holds the document and the handler to each
// other: every documented path and method is served (not 404 or 405), and
// every endpoint the service has is documented.
func TestOpenAPIPathsAreServed(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: defaultMaxBody}))
	defer srv.Close()
	for path, ops := range doc.Paths {
		for m := range ops {
			req, err := http.NewRequest(strings.ToUpper(m), srv.URL+path, strings.NewReader("{}"))
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.NotContains(t, []int{404, 405}, resp.StatusCode, "%s %s", m, path)
		}
	}
	served := []string{"/healthz", "/openapi.json", "/v1/presets", "/v1/dues"}
	for _, e := range entries {
		served = append(served, "/v1/"+e.name)
	}
	for _, p := range served {
		assert.Contains(t, doc.Paths, p, "endpoint %s is not documented", p)
	}
	assert.Len(t, doc.Paths, len(served))
}

// TestOpenAPIExamples posts every documented request example and checks
// that it is accepted (200) and that the response matches the documented
// schema of that status; the GET endpoints are checked the same way.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	c := &schemaChecker{schemas: doc.Components.Schemas}
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: defaultMaxBody}))
	defer srv.Close()
	n := 0
	for path, ops := range doc.Paths {
		for m, op := range ops {
			if op.RequestBody == nil {
				resp, err := http.Get(srv.URL + path)
				require.NoError(t, err)
				checkResponse(t, c, op, resp, path)
				n++
				continue
			}
			for ctype, content := range op.RequestBody.Content {
				require.NotEmpty(t, content.Examples, "%s %s %s has no example", m, path, ctype)
				for name, ex := range content.Examples {
					body := []byte(ex.Value)
					if ctype == "text/csv" {
						var s string
						require.NoError(t, json.Unmarshal(ex.Value, &s))
						body = []byte(s)
					}
					for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
						url := srv.URL + path
						if ex.Query != "" {
							url += "?" + ex.Query
						}
						req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
						req.Header.Set("Content-Type", ctype)
						req.Header.Set("Accept-Language", lang)
						resp, err := http.DefaultClient.Do(req)
						require.NoError(t, err)
						require.Equal(t, http.StatusOK, resp.StatusCode, "%s %s example %s", path, ctype, name)
						checkResponse(t, c, op, resp, path+" "+name)
						n++
					}
				}
			}
		}
	}
	assert.Greater(t, n, 40)
}

func checkResponse(t *testing.T, c *schemaChecker, op operation, resp *http.Response, what string) {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	r, ok := op.Responses[fmt.Sprint(resp.StatusCode)]
	require.True(t, ok, "%s: status %d is not documented", what, resp.StatusCode)
	ctype := strings.Split(resp.Header.Get("Content-Type"), ";")[0]
	content, ok := r.Content[ctype]
	require.True(t, ok, "%s: content type %s is not documented for %d", what, ctype, resp.StatusCode)
	if ctype != "application/json" {
		return
	}
	require.NoError(t, c.check(content.Schema, decodeAny(t, b), "$"), "%s: %s", what, b)
}

// TestOpenAPIErrorResponses checks the error answers against the Errors
// schema: bad input, a bad policy, a missing token, a body over the limit,
// a Content-Type or charset the service does not take.
func TestOpenAPIErrorResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	c := &schemaChecker{schemas: doc.Components.Schemas}
	srv := httptest.NewServer(newHandler(serverConfig{maxBody: 1 << 10, token: "s3cret"}))
	defer srv.Close()
	for _, tc := range []struct {
		path, body, token string
		status            int
		ctype             string
	}{
		{"/v1/dues", `{"members":[{"id":1}]`, "s3cret", 400, ""},
		{"/v1/dues?policy=nope", `[]`, "s3cret", 400, ""},
		{"/v1/plan", `{"headcount":100}`, "", 401, ""},
		{"/v1/plan", `{"headcount":100}`, "wrong", 401, ""},
		{"/v1/dues", `[` + strings.Repeat(`{"id":"x","sector":"enterprise","wages":{}},`, 100) + `{}]`, "s3cret", 413, ""},
		{"/v1/dues", "id,sector\nE1,enterprise\n", "s3cret", 415, "text/csv; charset=latin1"},
		{"/v1/funds", "<x/>", "s3cret", 415, "application/xml"},
		{"/v1/dues", "id,sector\nE1,\xc6\xf3\xd2\xb5\n", "s3cret", 400, "text/csv"},
	} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+tc.path, strings.NewReader(tc.body))
		if tc.ctype != "" {
			req.Header.Set("Content-Type", tc.ctype)
		}
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		require.Equal(t, tc.status, resp.StatusCode, tc.path)
		checkResponse(t, c, doc.Paths[strings.Split(tc.path, "?")[0]]["post"], resp, tc.path)
	}
}
