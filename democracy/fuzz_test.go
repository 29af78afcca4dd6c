package democracy

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
)

// requireKnownError fails unless err is nil or wraps ErrInvalid or ErrPolicy.
func requireKnownError(t *testing.T, err error) {
	t.Helper()
	if err != nil && !errors.Is(err, union.ErrInvalid) && !errors.Is(err, union.ErrPolicy) {
		t.Fatalf("error wraps neither ErrInvalid nor ErrPolicy: %v", err)
	}
}

// FuzzCount feeds Count arbitrary setups and ballots. A ballot is a line of
// names separated by commas; a leading '!' marks it spoiled.
func FuzzCount(f *testing.F) {
	f.Add(3, "a,b,c,d", 30, 28, "a,b,c\na,b\n!a\n\nx,a\na,a", uint8(0), true)
	f.Add(1, "a,b", 3, 3, "a\nb\na", uint8(2), false)
	f.Add(0, "", -1, 5, "", uint8(1), true)
	f.Add(2, "a,b,c", 4, 4, "a,b\na,b\nc\nc", uint8(0), true)
	f.Fuzz(func(t *testing.T, seats int, cands string, entitled, issued int, lines string, round uint8, writeIns bool) {
		if len(lines) > 1<<14 {
			return
		}
		e := Election{Seats: seats, Entitled: entitled, Issued: issued, Rules: UnionElection(), Round: Round(round)}
		e.Rules.WriteIns = writeIns
		if cands != "" {
			e.Candidates = strings.Split(cands, ",")
		}
		var bs []Ballot
		for _, l := range strings.Split(lines, "\n") {
			b := Ballot{}
			if strings.HasPrefix(l, "!") {
				b.Spoiled, l = true, l[1:]
			}
			if l != "" {
				b.Approve = strings.Split(l, ",")
			}
			bs = append(bs, b)
		}
		r, err := e.Count(bs)
		requireKnownError(t, err)
		if err != nil {
			return
		}
		if len(r.Fates) != len(bs) {
			t.Fatalf("%d fates for %d ballots", len(r.Fates), len(bs))
		}
		if len(r.Reasons) == 0 {
			t.Fatal("no reasons")
		}
		if r.Void {
			return
		}
		if r.Valid+r.Invalid != len(bs) {
			t.Fatalf("valid %d + invalid %d != %d", r.Valid, r.Invalid, len(bs))
		}
		if len(r.Elected)+r.TieSeats+r.Unfilled != e.Seats {
			t.Fatalf("elected %d + tie seats %d + unfilled %d != seats %d", len(r.Elected), r.TieSeats, r.Unfilled, e.Seats)
		}
		for _, name := range r.Elected {
			if r.Votes[name] < r.Required {
				t.Fatalf("%s elected with %d < %d", name, r.Votes[name], r.Required)
			}
		}
		if _, err := e.Next(r); err != nil {
			requireKnownError(t, err)
		}
	})
}

// FuzzDecide feeds Decide arbitrary counts and thresholds.
func FuzzDecide(f *testing.F) {
	f.Add(150, 120, 75, 40, 5, 1, 2, true, uint8(0), uint8(1))
	f.Add(149, 99, 90, 0, 0, 2, 3, false, uint8(0), uint8(0))
	f.Add(0, -1, -5, 3, 2, 1, 0, false, uint8(3), uint8(9))
	f.Fuzz(func(t *testing.T, delegates, present, yes, no, abstain, num, den int, strict bool, base, kind uint8) {
		r := Shanghai2017()
		r.Pass = Threshold{Num: num, Den: den, Strict: strict, Base: Base(base)}
		d, err := r.DecideMatter(Matter(kind), delegates, present, Tally{yes, no, abstain})
		requireKnownError(t, err)
		if err != nil {
			return
		}
		if d.Passed && (!d.Quorate || yes < d.Required) {
			t.Fatalf("passed without quorum or votes: %+v", d)
		}
		if len(d.Reasons) == 0 {
			t.Fatal("no reasons")
		}
		if d.Quorate != (present >= AtLeast(2, 3).Required(delegates)) {
			t.Fatalf("quorum wrong: %+v", d)
		}
	})
}

// FuzzPlan feeds Plan arbitrary headcounts and band edits.
func FuzzPlan(f *testing.F) {
	f.Add(1200, 0, 100, 30, uint8(0))
	f.Add(1000, 2, 0, 0, uint8(2))
	f.Add(-3, 1, -1, -1, uint8(9))
	f.Fuzz(func(t *testing.T, headcount, band, from, base int, gap uint8) {
		r := Zhejiang2010()
		r.Delegates.Gap = GapPolicy(gap)
		if band >= 0 && band < len(r.Delegates.Bands) {
			r.Delegates.Bands[band].From = from
			r.Delegates.Bands[band].Base = base
		}
		p, err := r.Plan(headcount)
		requireKnownError(t, err)
		if err == nil && (p.MinDelegates < 0 || p.MinDelegates > headcount || len(p.Reasons) == 0) {
			t.Fatalf("bad plan for %d: %+v", headcount, p)
		}
	})
}

// FuzzCheckPresidium feeds CheckPresidium arbitrary congress sizes and
// presidiums (one byte a member: its category, and a flag for a non-voting
// member) and band edits: it never panics, reports its size, and gives a
// reason for every check and a verdict.
func FuzzCheckPresidium(f *testing.F) {
	f.Add(150, []byte{0, 0, 0, 0, 1, 1, 2}, 0, 7, 0)
	f.Add(100, []byte{0, 0, 1, 1, 2, 3}, 1, 3, 5)
	f.Add(20, []byte{0}, -1, 0, 0)
	f.Add(0, []byte{}, 0, -2, -5)
	f.Add(5, []byte{0, 0, 0, 0, 0, 0, 0, 0, 0x80}, 1, 9, 2)
	f.Fuzz(func(t *testing.T, delegates int, members []byte, band, lo, hi int) {
		if len(members) > 1000 {
			return
		}
		r := Shanghai2017()
		if band >= 0 && band < len(r.Presidium.Bands) {
			r.Presidium.Bands[band].Min, r.Presidium.Bands[band].Max = lo, hi
		}
		ps := make([]Delegate, len(members))
		for i, m := range members {
			ps[i] = Delegate{Category: Category(m & 0x7f % 8), NonVoting: m&0x80 != 0}
		}
		p, err := r.CheckPresidium(delegates, ps)
		requireKnownError(t, err)
		if err != nil {
			return
		}
		if p.Size != len(ps) || len(p.Reasons) < len(p.Checks)+1 {
			t.Fatalf("bad result for %d, %v: %+v", delegates, members, p)
		}
		for _, ch := range p.Checks {
			if ch.Reason.Code != ch.Code || ch.Reason.Source == "" {
				t.Fatalf("check without its reason: %+v", ch)
			}
		}
	})
}

// FuzzApportion checks that parts always add up and respect the minimum.
func FuzzApportion(f *testing.F) {
	f.Add(uint8(0), 85, 400, 300, 250, 150, 100, 5)
	f.Add(uint8(1), 10, 0, 0, 1, 0, 0, 0)
	f.Add(uint8(2), -1, -4, 3, 0, 0, 0, -2)
	f.Fuzz(func(t *testing.T, m uint8, seats, a, b, c, d, e, minimum int) {
		if seats > 5000 {
			return
		}
		sizes := []int{a, b, c, d, e}
		got, err := ApportionBy(Method(m), seats, sizes, minimum)
		requireKnownError(t, err)
		if err != nil {
			return
		}
		sum := 0
		for _, g := range got {
			if g < minimum {
				t.Fatalf("%v below minimum %d", got, minimum)
			}
			sum += g
		}
		if sum != seats {
			t.Fatalf("%v adds up to %d, not %d", got, sum, seats)
		}
	})
}

// FuzzRulesJSON unmarshals arbitrary policies and runs every entry point on them.
func FuzzRulesJSON(f *testing.F) {
	for _, r := range congressRules() {
		b, _ := json.Marshal(r)
		f.Add(string(b))
	}
	f.Add(`{"quorum":{"num":1,"den":0},"delegates":{"bands":[{"from":5,"to":2}]}}`)
	f.Add(`{"preset":"shanghai2017","pass":{"strict":true},"limits":[{"group":"women","bound":"floor","workforce":true}]}`)
	f.Add(`{"preset":"nowhere","quorm":1}`)
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) {
			return // malformed JSON is union.DecodeJSON's own fuzz target's to explore
		}
		var r Rules
		if err := union.DecodeJSON([]byte(s), &r); err != nil {
			requireKnownError(t, err)
			return
		}
		requireKnownError(t, r.Validate())
		_, err := r.Plan(1200)
		requireKnownError(t, err)
		_, err = r.Decide(100, 80, Tally{60, 10, 10})
		requireKnownError(t, err)
		_, err = r.Check(Roster{Workforce: Workforce{Headcount: 100, Women: 40}, Delegates: []Delegate{{Name: "a"}, {Name: "b", Gender: union.Female}}})
		requireKnownError(t, err)
	})
}

// FuzzThreshold checks Required against the rational comparison it encodes.
func FuzzThreshold(f *testing.F) {
	f.Add(2, 3, false, 149)
	f.Add(1, 2, true, 150)
	f.Add(-1, 0, true, -5)
	f.Fuzz(func(t *testing.T, num, den int, strict bool, base int) {
		th := Threshold{Num: num, Den: den, Strict: strict}
		req := th.Required(base)
		if th.Validate() != nil || base < 0 || base > 1<<40 || num > 1<<20 || den > 1<<20 {
			return
		}
		meets := func(c int) bool {
			if strict {
				return c*den > num*base
			}
			return c*den >= num*base
		}
		if !meets(req) || (req > 0 && meets(req-1)) {
			t.Fatalf("%v of %d: Required %d is not the least", th, base, req)
		}
	})
}

// FuzzElectionJSON decodes arbitrary elections and ballots strictly (every
// failure a FieldError) and counts what decodes.
func FuzzElectionJSON(f *testing.F) {
	f.Add(`{"seats":1,"candidates":["甲","乙"],"entitled":10,"issued":10,"kind":"chair","rules":{"preset":"union_election"}}`,
		`[{"approve":["甲"]},{"approve":["乙"],"spoiled":true},{}]`)
	f.Add(`{"seats":2,"rules":{"preset":"shanghai_delegates2017","min_margin":"0.1"}}`, `[{"aprove":[]}]`)
	f.Fuzz(func(t *testing.T, es, bs string) {
		if !json.Valid([]byte(es)) || !json.Valid([]byte(bs)) {
			return // malformed JSON is union.DecodeJSON's own fuzz target's to explore
		}
		var e Election
		if err := union.DecodeJSON([]byte(es), &e); err != nil {
			requireKnownError(t, err)
			return
		}
		var ballots []Ballot
		if err := union.DecodeJSON([]byte(bs), &ballots); err != nil {
			requireKnownError(t, err)
			return
		}
		_, err := e.Count(ballots)
		requireKnownError(t, err)
	})
}
