package competition

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// wrapsKnown reports whether err wraps ErrInvalid or ErrPolicy.
func wrapsKnown(err error) bool {
	return errors.Is(err, union.ErrInvalid) || errors.Is(err, union.ErrPolicy)
}

// FuzzRank feeds Rank a scheme and entries as JSON: never a panic, errors
// always wrap ErrInvalid or ErrPolicy, every standing has reasons, ranks are
// in order, and awards never panic.
func FuzzRank(f *testing.F) {
	f.Add(`{"indicators":[{"id":"a","weight":"1","max":"100"}],"trim":1,"min_judges":3,"places":2}`,
		`[{"id":"x","scores":{"a":["90","80","70"]}},{"id":"y","scores":{"a":["90","80","70"]},"time":"3"}]`)
	f.Add(`{"indicators":[{"id":"q","weight":"0.6"},{"id":"t","weight":"0.4","direction":"lower"}],"places":1,"tie_break":["t","time"],"tie_on":"exact","no_shared_top":3,"max_bonus":"2"}`,
		`[{"id":"x","scores":{"q":["9.99"],"t":["0.001"]},"bonus":"5"},{"id":"y","scores":{"q":["1e3"],"t":["7"]},"veto":"v"},{"id":"z","deduction":"99"}]`)
	f.Add(`{"indicators":[{"id":"a","weight":"0.5","pass":"60"},{"id":"b","weight":"0.5"}],"absent":"disqualify","places":6}`,
		`[{"id":"x","scores":{"a":["-1"],"c":["1"]}},{"id":""},{"id":"x"}]`)
	f.Add(`{"indicators":[{"id":"a","weight":"1"}],"places":0}`,
		`[{"id":"x","scores":{"a":["123456789012345678901234567890.123456789"]}},{"id":"y","scores":{"a":["0.0000000001","3"]}}]`)
	f.Fuzz(func(t *testing.T, scheme, entries string) {
		var s Scheme
		if json.Unmarshal([]byte(scheme), &s) != nil {
			return
		}
		var es []Entry
		if json.Unmarshal([]byte(entries), &es) != nil {
			return
		}
		if len(es) > 200 {
			return
		}
		for _, e := range es {
			for _, v := range e.Scores {
				if len(v) > 100 {
					return
				}
			}
		}
		r, err := s.Rank(es)
		if err != nil {
			if !wrapsKnown(err) {
				t.Fatalf("error wraps neither ErrInvalid nor ErrPolicy: %v", err)
			}
			return
		}
		if len(r.Standings) != len(es) {
			t.Fatalf("%d standings for %d entries", len(r.Standings), len(es))
		}
		prev := 0
		for i, st := range r.Standings {
			if len(st.Reasons) == 0 {
				t.Fatalf("standing %s without reasons", st.ID)
			}
			if i < r.Ranked && (st.Rank < prev || st.Rank < 1 || st.Rank > i+1) {
				t.Fatalf("rank %d after %d at %d", st.Rank, prev, i)
			}
			if i >= r.Ranked && st.Rank != 0 {
				t.Fatalf("unranked standing with rank %d", st.Rank)
			}
			if st.Total.Sign() < 0 {
				t.Fatalf("negative total %s", st.Total)
			}
			prev = st.Rank
		}
		_ = Award(r, []Tier{{Name: "a", Share: decimal.RequireFromString("0.3")}, {Name: "b", Count: 2}, {Name: "c", Reach: decimal.RequireFromString("0.9")}})
		if _, err := s.Award(r, Quota2012()); err != nil {
			t.Fatalf("Award: %v", err)
		}
	})
}

// FuzzAward feeds Award arbitrary tiers: never a panic, no vetoed entrant
// awarded, and ValidateTiers errors always wrap ErrPolicy.
func FuzzAward(f *testing.F) {
	f.Add(`[{"name":"a","share":"0.1"},{"name":"b","share":"0.2"},{"name":"c","share":"0.3"}]`, 10, 3)
	f.Add(`[{"name":"a","count":1},{"name":"b","reach":"0.5"},{"name":"","share":"-2"}]`, 7, 0)
	f.Add(`[{"name":"a","share":"1e30","count":-5}]`, 3, 1)
	f.Fuzz(func(t *testing.T, tiers string, n, tie int) {
		var ts []Tier
		if json.Unmarshal([]byte(tiers), &ts) != nil || n < 0 || n > 300 {
			return
		}
		r := ranking(func() []int {
			out := make([]int, n)
			for i := range out {
				out[i] = i + 1
				if tie > 0 && i > 0 && i%(tie+1) == 0 {
					out[i] = out[i-1]
				}
			}
			if n > 2 {
				out[n-1] = 0 // the last entrant vetoed
			}
			return out
		}()...)
		got := Award(r, ts)
		for _, st := range r.Standings {
			if st.Rank == 0 && got[st.ID] != "" {
				t.Fatalf("vetoed %s awarded", st.ID)
			}
		}
		if err := ValidateTiers(ts); err != nil && !errors.Is(err, union.ErrPolicy) {
			t.Fatalf("ValidateTiers: %v", err)
		}
	})
}

// FuzzPolicies unmarshals each policy type from JSON and validates it: never
// a panic, errors wrap ErrInvalid (the JSON) or ErrPolicy (the policy), and
// the entry points refuse what Validate refuses.
func FuzzPolicies(f *testing.F) {
	f.Add(`{"tiers":[{"name":"first","share":"0.1"}],"titles":[{"title":"x","to":3}],"min_field":10}`)
	f.Add(`{"bands":[{"tier":1,"from":"100","min":"1","max":"2"},{"tier":2,"from":"0","min":"0","max":"1"}]}`)
	f.Add(`{"quotas":[{"group":"industrial","min":"0.35"}]}`)
	f.Add(`{"lookback_months":36,"mode":"mean","places":2}`)
	f.Fuzz(func(t *testing.T, js string) {
		check := func(err error) {
			if err != nil && !wrapsKnown(err) {
				t.Fatalf("%v", err)
			}
		}
		var a AwardPlan
		if json.Unmarshal([]byte(js), &a) == nil {
			check(a.Validate())
			_, err := Trimmed5().Award(Ranking{}, a)
			check(err)
		}
		var p ProposalTable
		if json.Unmarshal([]byte(js), &p) == nil {
			_, err := p.Grade(decimal.NewFromInt(123456))
			check(err)
		}
		var n NominationRules
		if json.Unmarshal([]byte(js), &n) == nil {
			_, err := n.Check([]Nominee{{ID: "a", Groups: []string{GroupIndustrial}}})
			check(err)
		}
		var h HonourRules
		if json.Unmarshal([]byte(js), &h) == nil {
			_, err := h.Check(Employer{}, union.MustPeriod("2026-01"))
			check(err)
		}
		var tr TeamRules
		if json.Unmarshal([]byte(js), &tr) == nil {
			_, err := tr.RankTeams(Ranking{}, nil)
			check(err)
		}
	})
}

// FuzzGrade grades arbitrary benefits under both tables.
func FuzzGrade(f *testing.F) {
	for _, s := range []string{"0", "10000", "999999.99", "1000000", "-1", "1e40"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decimal.NewFromString(s)
		if err != nil {
			return
		}
		for _, tb := range []ProposalTable{Proposals1982(), Proposals1986()} {
			a, err := tb.Grade(d)
			if err != nil {
				if !errors.Is(err, union.ErrInvalid) {
					t.Fatal(err)
				}
				continue
			}
			if len(a.Reasons) == 0 || a.Band.Tier == 0 {
				t.Fatal("no band")
			}
		}
	})
}

// FuzzDecodeEntries: DecodeEntries never panics, returns one entry per
// record when the document is an array, and its errors are FieldErrors.
func FuzzDecodeEntries(f *testing.F) {
	f.Add(`[{"id":"a","scores":{"q":["1","2"]}},{"id":"b","tiem":"3"},{"id":"c","bonus":"1e99999999"}]`)
	f.Add(`[{"preset":"x"}, 3, "s", null]`)
	f.Add(`{"id":"a"}`)
	f.Fuzz(func(t *testing.T, data string) {
		es, err := DecodeEntries([]byte(data))
		if err != nil && !errors.Is(err, union.ErrInvalid) {
			t.Fatalf("error wraps no ErrInvalid: %v", err)
		}
		if err == nil {
			for _, e := range es {
				for _, v := range e.Scores {
					_ = v
				}
			}
		}
	})
}
