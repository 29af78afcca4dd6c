package union_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gonghui/gonghui/union"
)

// rate is a stand-in policy for the timeline tests.
type rate struct{ Name string }

func dated(from, until string, name string) union.Dated[rate] {
	var e union.Effective
	if from != "" {
		e.From = union.MustPeriod(from)
	}
	if until != "" {
		e.Until = union.MustPeriod(until)
	}
	return union.Dated[rate]{Effective: e, Policy: rate{name}}
}

func TestTimelineAt(t *testing.T) {
	// Given out of order: the timeline sorts by start.
	tl, err := union.NewTimeline(
		dated("2022-01", "", "2021 law"),
		dated("", "2016-12", "old"),
		dated("2017-01", "2021-12", "2017 rules"),
	)
	require.NoError(t, err)
	assert.Equal(t, 3, tl.Len())
	names := []string{}
	for _, e := range tl.Entries() {
		names = append(names, e.Policy.Name)
	}
	assert.Equal(t, []string{"old", "2017 rules", "2021 law"}, names)

	for month, want := range map[string]string{
		"0001-01": "old", "2016-12": "old", "2017-01": "2017 rules", "2021-03": "2017 rules",
		"2021-12": "2017 rules", "2022-01": "2021 law", "9999-12": "2021 law",
	} {
		got, err := tl.At(union.MustPeriod(month))
		require.NoError(t, err, month)
		assert.Equal(t, want, got.Name, month)
	}
}

func TestTimelineUncovered(t *testing.T) {
	tl, err := union.NewTimeline(dated("2017-01", "2021-12", "a"), dated("2022-01", "2022-12", "b"))
	require.NoError(t, err)
	for _, month := range []string{"2016-12", "2023-01"} {
		got, err := tl.At(union.MustPeriod(month))
		assert.Equal(t, rate{}, got)
		assert.ErrorIs(t, err, union.ErrPolicy)
		var fe *union.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "policy.uncovered", fe.Code)
		assert.Equal(t, month, fe.Value)
	}
	var zero union.Timeline[rate]
	assert.Equal(t, 0, zero.Len())
	_, err = zero.At(union.MustPeriod("2026-11"))
	assert.ErrorIs(t, err, union.ErrPolicy)
}

func TestTimelineEntriesDoNotAlias(t *testing.T) {
	tl, err := union.NewTimeline(dated("2022-01", "", "a"))
	require.NoError(t, err)
	es := tl.Entries()
	es[0].Policy.Name = "changed"
	got, err := tl.At(union.MustPeriod("2026-11"))
	require.NoError(t, err)
	assert.Equal(t, "a", got.Name)
}

func TestTimelineErrors(t *testing.T) {
	tests := []struct {
		name    string
		entries []union.Dated[rate]
		codes   []string
	}{
		{"empty", nil, []string{"policy.empty"}},
		{"gap", []union.Dated[rate]{dated("2017-01", "2021-11", "a"), dated("2022-01", "", "b")}, []string{"policy.gap"}},
		{"overlap", []union.Dated[rate]{dated("2017-01", "2022-01", "a"), dated("2022-01", "", "b")}, []string{"policy.overlap"}},
		{"open end not last", []union.Dated[rate]{dated("2017-01", "", "a"), dated("2022-01", "", "b")}, []string{"policy.overlap"}},
		{"two open starts", []union.Dated[rate]{dated("", "2016-12", "a"), dated("", "2021-12", "b")}, []string{"policy.overlap"}},
		{"bad range", []union.Dated[rate]{dated("2022-02", "2022-01", "a")}, []string{"invalid.order"}},
		{"every problem at once", []union.Dated[rate]{
			dated("2010-01", "2010-12", "a"), dated("2012-01", "2012-12", "b"), dated("2012-06", "", "c"),
		}, []string{"policy.gap", "policy.overlap"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := union.NewTimeline(tt.entries...)
			require.Error(t, err)
			assert.ErrorIs(t, err, union.ErrPolicy)
			assert.Equal(t, tt.codes, fieldCodes(err))
		})
	}
}

// fieldCodes lists the codes of every *FieldError in err, also inside errors.Join.
func fieldCodes(err error) []string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range j.Unwrap() {
			out = append(out, fieldCodes(e)...)
		}
		return out
	}
	var fe *union.FieldError
	if errors.As(err, &fe) {
		return []string{fe.Code}
	}
	return nil
}

func TestTimelineJSON(t *testing.T) {
	tl, err := union.NewTimeline(dated("2022-01", "", "2021 law"), dated("", "2021-12", "2009 law"))
	require.NoError(t, err)
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"effective":{"until":"2021-12"},"policy":{"Name":"2009 law"}},
		{"effective":{"from":"2022-01"},"policy":{"Name":"2021 law"}}]`, string(b))
	var back union.Timeline[rate]
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tl.Entries(), back.Entries())

	// A stored timeline is checked like a new one.
	err = json.Unmarshal([]byte(`[{"effective":{"until":"2021-10"}},{"effective":{"from":"2022-01"}}]`), &back)
	assert.ErrorIs(t, err, union.ErrPolicy)
	assert.Equal(t, []string{"policy.gap"}, fieldCodes(err))
	err = json.Unmarshal([]byte(`[{"effective":{"from":"2022-13"}}]`), &back)
	assert.ErrorIs(t, err, union.ErrInvalid)
	err = json.Unmarshal([]byte(`{"not":"an array"}`), &back)
	assert.ErrorIs(t, err, union.ErrInvalid)

	require.NoError(t, json.Unmarshal([]byte(`[]`), &back))
	assert.Equal(t, 0, back.Len())
	b, err = json.Marshal(union.Timeline[rate]{})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
}
