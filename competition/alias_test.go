package competition

import (
	"reflect"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// scribble overwrites every string and int reachable through the exported
// fields, slices and maps of v in place, and appends to every slice, so that
// any backing array shared with another value shows the change.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		if v.Type().PkgPath() != "" && v.Type().PkgPath() != reflect.TypeOf(Standing{}).PkgPath() &&
			v.Type().PkgPath() != reflect.TypeOf(union.Reason{}).PkgPath() {
			return // decimal.Decimal and other foreign values are immutable
		}
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				scribble(f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
		if v.CanSet() {
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
		v.SetMapIndex(reflect.Zero(v.Type().Key()), reflect.Zero(v.Type().Elem()))
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	case reflect.Int, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(-7)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

// noSharing calls f three times: it scribbles over the first result and
// requires the second to equal the third (no result shares memory with
// another result or with state a later call reads).
func noSharing[T any](t *testing.T, name string, f func() T) {
	t.Helper()
	a, b := f(), f()
	before := jsonOf(t, b)
	scribble(reflect.ValueOf(&a))
	require.NotEqual(t, before, jsonOf(t, a), "%s: scribble reached nothing", name)
	require.Equal(t, before, jsonOf(t, b), "%s: scribbling over one result changed another", name)
	require.Equal(t, before, jsonOf(t, f()), "%s: scribbling over one result changed a later call", name)
}

// No result of any entry point shares a backing array with another result
// or with a later call's: each slice field of each result type is appended
// to and overwritten (strings, numbers, flags, reasons' Args).
func TestResultsShareNoMemory(t *testing.T) {
	s := NationalSkills()
	es := tieEntries(3, 40)
	es[0].Bonus, es[1].Deduction = dec("1"), dec("2")
	trim := Trimmed5()
	trimEntries := []Entry{one1("A", "90", "80", "70", "60", "95"), one1("B", "90", "80", "70", "60", "95"), one1("C", "1", "2", "3")}
	rank := func() Ranking { return mustRank(t, s, es) }
	noSharing(t, "Rank", rank)
	noSharing(t, "Rank trimmed", func() Ranking { return mustRank(t, trim, trimEntries) })
	noSharing(t, "RankTeams", func() Ranking {
		r, err := TeamSum3().RankTeams(rank(), []Team{{ID: "T1", Members: []string{es[0].ID, es[1].ID}}, {ID: "T2", Members: []string{es[2].ID}}})
		require.NoError(t, err)
		return r
	})
	noSharing(t, "Award", func() map[string]string { return Award(rank(), NationalSkills2020(1).Tiers) })
	noSharing(t, "Scheme.Award", func() Awards {
		a, err := s.Award(rank(), NationalSkills2020(1))
		require.NoError(t, err)
		return a
	})
	noSharing(t, "Totals", func() map[string]decimal.Decimal { return rank().Totals() })
	noSharing(t, "Check", func() Compliance {
		c, err := MayDay2024().Check([]Nominee{{ID: "a", Groups: []string{GroupIndustrial, GroupNonPublic}}, {ID: "b", Groups: []string{GroupMigrant}}})
		require.NoError(t, err)
		return c
	})
	noSharing(t, "HonourRules.Check", func() Eligibility {
		e, err := Honours().Check(Employer{NoUnion: true, Incidents: []union.Period{union.MustPeriod("2023-01")}}, union.MustPeriod("2024-01"))
		require.NoError(t, err)
		return e
	})
	noSharing(t, "Grade", func() ProposalAward {
		a, err := Proposals1986().Grade(dec("1000000"))
		require.NoError(t, err)
		return a
	})
	noSharing(t, "Promote", func() union.Reason {
		_, r, err := Promote(Technician, Technician)
		require.NoError(t, err)
		return r
	})

	// Within one ranking, appending to one standing's lists never changes
	// another standing (standings may share a reason's Args, read-only).
	r := rank()
	before := jsonOf(t, r.Standings[1:])
	for i := range r.Standings[0].Scores {
		r.Standings[0].Scores[i].Dropped = append(r.Standings[0].Scores[i].Dropped, Dropped{Judge: -1})
	}
	r.Standings[0].Scores = append(r.Standings[0].Scores, Score{Indicator: "x"})
	r.Standings[0].Reasons = append(r.Standings[0].Reasons, union.NewReason("x", "y"))
	require.Equal(t, before, jsonOf(t, r.Standings[1:]))
	tr := mustRank(t, trim, trimEntries)
	before = jsonOf(t, tr.Standings[1:])
	tr.Standings[0].Scores[0].Dropped = append(tr.Standings[0].Scores[0].Dropped, Dropped{Judge: -1})
	tr.Standings[0].Reasons = append(tr.Standings[0].Reasons, union.NewReason("x", "y"))
	require.Equal(t, before, jsonOf(t, tr.Standings[1:]))
}
