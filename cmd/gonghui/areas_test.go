package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// areaCase is one of the packages' own cases (testdata/cases) run through
// a subcommand: the request is built from the case's input, and the result
// must equal the case's golden result, texts aside.
type areaCase struct {
	name, sub, input, golden string
	// request builds the subcommand's request from the case's input.
	request func(in map[string]json.RawMessage) map[string]json.RawMessage
	// result picks the result from the golden document.
	result func(g map[string]json.RawMessage) any
}

func areaCases() []areaCase {
	whole := func(keys ...string) func(map[string]json.RawMessage) any {
		return func(g map[string]json.RawMessage) any {
			out := map[string]json.RawMessage{}
			for _, k := range keys {
				out[k] = g[k]
			}
			return out
		}
	}
	inner := func(g map[string]json.RawMessage) any { return g["result"] }
	return []areaCase{
		// 杭州市企业工资集体协商条例 第十六条 and the deadlines of its rules.
		{"consultation hangzhou2014", "consult", "democracy/testdata/cases/consultation_hangzhou2014_late_reply.input.json",
			"democracy/testdata/cases/consultation_hangzhou2014_late_reply.golden.json",
			func(in map[string]json.RawMessage) map[string]json.RawMessage {
				return map[string]json.RawMessage{"policy": in["rules"], "consultation": in["consultation"], "calendar": in["calendar"]}
			}, inner},
		{"proposals fjut2017", "proposals", "democracy/testdata/cases/proposal_fjut2017_session.input.json",
			"democracy/testdata/cases/proposal_fjut2017_session.golden.json",
			func(in map[string]json.RawMessage) map[string]json.RawMessage {
				return map[string]json.RawMessage{"policy": in["rules"], "session": in["session"]}
			}, inner},
		{"mutual fuzhou2012", "mutual", "assistance/testdata/cases/mutual_fuzhou2012_two_stays.input.json",
			"assistance/testdata/cases/mutual_fuzhou2012_two_stays.golden.json",
			func(in map[string]json.RawMessage) map[string]json.RawMessage {
				return map[string]json.RawMessage{"policy": in["plan"], "claims": in["claims"]}
			}, whole("payouts")},
		// 全国模范职工之家 申报条件 through "title".
		{"home fujian2012 national title", "home", "competition/testdata/cases/home_fujian2012_national.input.json",
			"competition/testdata/cases/home_fujian2012_national.golden.json",
			func(in map[string]json.RawMessage) map[string]json.RawMessage {
				policy, _ := json.Marshal(map[string]json.RawMessage{"preset": in["sheet"], "grades": in["grades"]})
				return map[string]json.RawMessage{"policy": policy, "title": json.RawMessage(`"home_national_title"`), "units": in["units"]}
			}, whole("results", "distribution")},
	}
}

// withoutTexts decodes b and drops every "text" key: the command writes
// each reason's text beside its code, the packages' golden files do not.
func withoutTexts(t *testing.T, b []byte) any {
	t.Helper()
	v := decodeAny(t, b)
	var strip func(any) any
	strip = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			delete(x, "text")
			for k, e := range x {
				x[k] = strip(e)
			}
		case []any:
			for i, e := range x {
				x[i] = strip(e)
			}
		}
		return v
	}
	return strip(v)
}

func readCase(t *testing.T, path string) map[string]json.RawMessage {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(path)))
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// TestAreaSubcommandsMatchPackageCases runs consult, proposals, mutual and
// home on the packages' own cases: the command answers what the package does.
func TestAreaSubcommandsMatchPackageCases(t *testing.T) {
	for _, tc := range areaCases() {
		t.Run(tc.name, func(t *testing.T) {
			req, err := json.Marshal(tc.request(readCase(t, tc.input)))
			require.NoError(t, err)
			code, out, errOut := runCmd(t, string(req), tc.sub)
			require.Equal(t, exitOK, code, errOut)
			want, err := json.Marshal(tc.result(readCase(t, tc.golden)))
			require.NoError(t, err)
			assert.Equal(t, withoutTexts(t, want), withoutTexts(t, []byte(out)))
		})
	}
}

// TestAreaSubcommandsPolicyFlag: -policy NAME picks the preset, over the
// body's "policy".
func TestAreaSubcommandsPolicyFlag(t *testing.T) {
	for _, tc := range areaCases() {
		t.Run(tc.name, func(t *testing.T) {
			in := readCase(t, tc.input)
			body := tc.request(in)
			preset := body["policy"]
			if tc.sub == "home" {
				preset = in["sheet"]
			}
			var name string
			require.NoError(t, json.Unmarshal(preset, &name))
			body["policy"] = json.RawMessage(`"nope"`)
			req, err := json.Marshal(body)
			require.NoError(t, err)
			code, _, _ := runCmd(t, string(req), tc.sub)
			assert.Equal(t, exitUsage, code, "the body's unknown preset")
			code, out, errOut := runCmd(t, string(req), tc.sub, "-policy", name)
			assert.Equal(t, exitOK, code, "%s %s", out, errOut)
		})
	}
}

func TestAreaSubcommandsExitStatuses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
	}{
		{"consult without rules", `{"consultation": {}}`, []string{"consult"}, exitUsage},
		{"consult unknown key", `{"policy": "consultation_shanghai", "bogus": 1}`, []string{"consult"}, exitRecords},
		{"proposals without rules", `{"session": {}}`, []string{"proposals"}, exitUsage},
		{"proposals empty session", `{"session": {"opening": "2025-09-10"}}`, []string{"proposals", "-policy", "proposal_fjut2017"}, exitOK},
		{"mutual without a plan", `{"claims": []}`, []string{"mutual"}, exitUsage},
		{"mutual no claims", `{"claims": []}`, []string{"mutual", "-policy", "mutual_xiamen2021"}, exitOK},
		{"mutual claim without id", `{"claims": [{}]}`, []string{"mutual", "-policy", "mutual_xiamen2021"}, exitRecords},
		{"home without a sheet", `{"units": []}`, []string{"home"}, exitUsage},
		{"home title as sheet", `{"units": []}`, []string{"home", "-policy", "home_national_title"}, exitUsage},
		{"home unknown title", `{"units": [], "title": "nope"}`, []string{"home", "-policy", "home_fujian2012"}, exitUsage},
		{"home bad title rule", `{"units": [], "title": {"preset": "home_national_title", "min_membership": "2"}}`, []string{"home", "-policy", "home_fujian2012"}, exitUsage},
		{"home unit without id", `{"units": [{}]}`, []string{"home", "-policy", "home_fujian2012"}, exitRecords},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.code, code, "stdout %s\nstderr %s", out, errOut)
		})
	}
}

// TestPresetsListNewAreas: gonghui presets lists every preset of the
// packages' new areas under its subcommand.
func TestPresetsListNewAreas(t *testing.T) {
	code, out, _ := runCmd(t, "", "presets")
	require.Equal(t, exitOK, code)
	var body presetsBody
	require.NoError(t, json.Unmarshal([]byte(out), &body))
	kinds := map[string]string{}
	for _, p := range body.Presets {
		kinds[p.Name] = p.Kind
		if p.Kind == "consult" || p.Kind == "proposals" || p.Kind == "mutual" || p.Kind == "home" || p.Kind == "home_title" {
			assert.NotEmpty(t, p.Document, p.Name)
		}
	}
	for name, kind := range map[string]string{"consultation_shanghai": "consult", "proposal_fjut2017": "proposals",
		"mutual_xiamen2021": "mutual", "home_fujian2012": "home", "home_national_title": "home_title"} {
		assert.Equal(t, kind, kinds[name], name)
	}
	assert.Len(t, consultPresets.presets, 9)
	assert.Len(t, proposalPresets.presets, 5)
	assert.Len(t, mutualPresets.presets, 6)
	assert.Len(t, homePresets.presets, 4)
	assert.Len(t, homeTitlePresets.presets, 1)
}
