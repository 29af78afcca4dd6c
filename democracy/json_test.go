package democracy

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip marshals v, unmarshals into a fresh T and marshals again.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))
	return back
}

func TestJSONRoundTrip(t *testing.T) {
	for name, r := range Presets() {
		back := roundTrip(t, r)
		assert.Equal(t, r, back, name)
	}
	er := roundTrip(t, UnionElection())
	assert.True(t, er.MinMargin.Equal(UnionElection().MinMargin))

	p, err := Zhejiang2010().Plan(1000)
	require.NoError(t, err)
	assert.Equal(t, p, roundTrip(t, p))

	d, err := Shanghai2017().DecideMatter(MatterAdopt, 85, 80, Tally{60, 15, 5})
	require.NoError(t, err)
	assert.Equal(t, d, roundTrip(t, d))

	c, err := Shanghai2017().Check(roster(1200, 480, 85, 17, 30))
	require.NoError(t, err)
	assert.Equal(t, c, roundTrip(t, c))

	e := committee()
	e = roundTrip(t, e)
	res, err := e.Count(concat(ballots(18, "王芳", "李强", "张伟"), []Ballot{{Approve: []string{"x", "x"}}, {Spoiled: true}}))
	require.NoError(t, err)
	assert.Equal(t, res, roundTrip(t, res))

	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"adopt"`)
	assert.Contains(t, string(b), `"quorum_required":57`)
	b, err = json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"fates":["valid",`)
	assert.Contains(t, string(b), `"duplicate","spoiled"]`)
	b, err = json.Marshal(UnionElection())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"min_margin":"0.05"`)
}

func TestJSONUnknownEnumText(t *testing.T) {
	for _, s := range []string{
		`{"quorum":{"num":2,"den":3,"strict":false,"base":"everyone"}}`,
		`{"form":{"small":"sometimes"}}`,
		`{"delegates":{"gap":"middle"}}`,
		`{"limits":[{"group":"youth"}]}`,
		`{"limits":[{"bound":"about"}]}`,
	} {
		var r Rules
		err := json.Unmarshal([]byte(s), &r)
		require.ErrorIs(t, err, union.ErrInvalid, s)
	}
	var e Election
	require.ErrorIs(t, json.Unmarshal([]byte(`{"round":"third"}`), &e), union.ErrInvalid)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"rules":{"shortfall":"later"}}`), &e), union.ErrInvalid)
	var res Result
	require.ErrorIs(t, json.Unmarshal([]byte(`{"fates":["lost"]}`), &res), union.ErrInvalid)
	var d Decision
	require.ErrorIs(t, json.Unmarshal([]byte(`{"kind":"veto"}`), &d), union.ErrInvalid)
	var m Method
	require.ErrorIs(t, m.UnmarshalText([]byte("jefferson")), union.ErrInvalid)
	var c Category
	require.ErrorIs(t, c.UnmarshalText([]byte("boss")), union.ErrInvalid)
	_, err := json.Marshal(Form(9))
	require.ErrorIs(t, err, union.ErrInvalid)
}

// A policy an ERP stored as JSON is validated by the entry points like a preset.
func TestJSONPolicyValidatedByEntryPoints(t *testing.T) {
	b, err := json.Marshal(Shanghai2017())
	require.NoError(t, err)
	broken := strings.Replace(string(b), `"quorum":{"num":2,"den":3`, `"quorum":{"num":2,"den":0`, 1)
	broken = strings.Replace(broken, `"pass":{"num":1,"den":2`, `"pass":{"num":3,"den":2`, 1)
	var r Rules
	require.NoError(t, json.Unmarshal([]byte(broken), &r))
	err = r.Validate()
	requireField(t, err, union.ErrPolicy, "quorum.den", "invalid.not_positive")
	requireField(t, err, union.ErrPolicy, "pass.num", "democracy.threshold.above_one")
	_, err = r.Decide(100, 80, Tally{60, 10, 10})
	require.ErrorIs(t, err, union.ErrPolicy)
	_, err = r.Plan(100)
	require.ErrorIs(t, err, union.ErrPolicy)
	_, err = r.Check(roster(100, 0, 30, 0, 0))
	require.ErrorIs(t, err, union.ErrPolicy)
	_, err = r.CallSession(100, 50)
	require.ErrorIs(t, err, union.ErrPolicy)

	var er ElectionRules
	require.NoError(t, json.Unmarshal([]byte(`{"quorum":{"num":2,"den":3},"win":{"num":1,"den":0,"strict":true},"min_margin":"1.5","recall":{"num":1,"den":2,"strict":true}}`), &er))
	e := committee()
	e.Rules = er
	_, err = e.Count(nil)
	requireField(t, err, union.ErrPolicy, "rules.win.den", "invalid.not_positive")
	requireField(t, err, union.ErrPolicy, "rules.min_margin", "policy.range")
}
