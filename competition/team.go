package competition

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// TeamMode says how a team's score is made of its members' totals.
// Its text form is "sum" or "mean".
type TeamMode uint8

// The team modes.
const (
	// TeamSum adds the members' totals (SourceTeam: the sum of the 3 members).
	TeamSum TeamMode = iota
	// TeamMean averages them, rounded half-up to TeamRules.Places.
	TeamMean
)

var teamModeEnum = enum.New[TeamMode]("TeamMode", "mode", "", union.Invalid, "sum", "mean")

// String returns "sum" or "mean".
func (m TeamMode) String() string { return teamModeEnum.String(m) }

// Valid reports whether m is defined.
func (m TeamMode) Valid() bool { return teamModeEnum.Valid(m) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (m TeamMode) MarshalText() ([]byte, error) { return teamModeEnum.Marshal(m) }

// UnmarshalText reads the word; anything else is ErrInvalid.
func (m *TeamMode) UnmarshalText(b []byte) error {
	return teamModeEnum.Unmarshal(m, b)
}

// Team is a team entered in a team event: its members' individual standings
// make its score.
type Team struct {
	// ID identifies the team; present and unique.
	ID string `json:"id"`
	// Members are the entry IDs of the members, each in the ranking.
	Members []string `json:"members"`
	// Time is the team's total time; zero: not recorded. A shorter time
	// breaks a tie (SourceTeam).
	Time decimal.Decimal `json:"time,omitzero"`
}

// TeamRules is the policy of a team event.
type TeamRules struct {
	// Mode is sum (default) or mean of the members' totals.
	Mode TeamMode `json:"mode"`
	// Places is the rounding of a mean, half-up (0–6).
	Places int32 `json:"places"`
	// Source cites the rules.
	Source string `json:"source,omitempty"`
	// Effective is the period the rules are in force.
	Effective union.Effective `json:"effective,omitzero"`
}

// TeamSum3 is the team rule of SourceTeam: the sum of the members' totals,
// ties broken by the team's total time, then a shared rank.
func TeamSum3() TeamRules { return TeamRules{Mode: TeamSum, Places: 2, Source: SourceTeam} }

// Validate reports an unknown mode or places outside 0–6 as ErrPolicy.
func (t TeamRules) Validate() error {
	var errs []error
	if !t.Mode.Valid() {
		errs = append(errs, union.Inconsistent("mode", "invalid.unknown", strconv.Itoa(int(t.Mode))))
	}
	if t.Places < 0 || t.Places > MaxPlaces {
		errs = append(errs, union.Inconsistent("places", "policy.range", strconv.Itoa(int(t.Places)), "0", strconv.Itoa(int(MaxPlaces))))
	}
	if err := t.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// RankTeams ranks teams by their members' totals in r: sum or mean, then the
// shorter team time (a recorded time before none, so the order is total),
// then a shared rank; teams sharing a rank are listed by
// ID. A vetoed member counts zero, with a reason. A team without an ID, with
// a duplicate ID, without members, with a member missing from r or listed
// twice (in one team or two), or with a negative time is ErrInvalid, and so
// are more than MaxEntrants standings, teams or members in all, and a time or
// a member's total outside the decimal limits. The
// standings carry no breakdown lines; their reasons name the members counted.
func (t TeamRules) RankTeams(r Ranking, teams []Team) (Ranking, error) {
	if err := t.Validate(); err != nil {
		return Ranking{}, err
	}
	t.Source = cite(t.Source)
	if fe := tooMany("ranking.standings", len(r.Standings), MaxEntrants); fe != nil {
		return Ranking{}, fe
	}
	if fe := tooMany("teams", len(teams), MaxEntrants); fe != nil {
		return Ranking{}, fe
	}
	members := 0
	for _, tm := range teams {
		members += len(tm.Members) // at most MaxEntrants lists: checked as it grows
		if members > MaxEntrants {
			return Ranking{}, tooMany("teams.members", members, MaxEntrants)
		}
	}
	var errs []error
	byID := make(map[string]*Standing, len(r.Standings))
	for i := range r.Standings {
		byID[r.Standings[i].ID] = &r.Standings[i]
		if fe := checkDecimal("", r.Standings[i].Total); fe != nil { // the path is written only for an error
			fe.Field = union.Indexed("ranking.standings", i) + ".total"
			errs = append(errs, fe)
		}
	}
	seen := map[string]bool{}
	member := map[string]bool{}
	for i, tm := range teams {
		f := func() string { return union.Indexed("teams", i) } // written only for an error
		switch {
		case tm.ID == "":
			errs = append(errs, union.Invalid(f()+".id", "invalid.required", ""))
		case seen[tm.ID]:
			errs = append(errs, union.Invalid(f()+".id", "invalid.duplicate", tm.ID))
		}
		seen[tm.ID] = true
		if len(tm.Members) == 0 {
			errs = append(errs, union.Invalid(f()+".members", "invalid.empty", ""))
		}
		for j, m := range tm.Members {
			switch {
			case byID[m] == nil:
				errs = append(errs, union.Invalid(union.Indexed(f()+".members", j), "invalid.unknown", m))
			case member[m]:
				errs = append(errs, union.Invalid(union.Indexed(f()+".members", j), "invalid.duplicate", m))
			}
			member[m] = true
		}
		if fe := checkDecimal("", tm.Time); fe != nil {
			fe.Field = f() + ".time"
			errs = append(errs, fe)
		} else if tm.Time.Sign() < 0 {
			errs = append(errs, union.Invalid(f()+".time", "invalid.negative", tm.Time.String()))
		}
	}
	if len(errs) > 0 {
		return Ranking{}, errors.Join(errs...)
	}
	out := make([]Standing, len(teams))
	for i, tm := range teams {
		st := Standing{ID: tm.ID, Time: tm.Time}
		sum := decimal.Zero
		for _, m := range tm.Members {
			ms := byID[m]
			if ms.Vetoed {
				st.Reasons = append(st.Reasons, union.NewReason("competition.team.vetoed_member", t.Source, m))
				continue
			}
			sum = sum.Add(ms.Total)
		}
		if t.Mode == TeamMean {
			sum = sum.DivRound(decimal.NewFromInt(int64(len(tm.Members))), t.Places)
			st.Reasons = append(st.Reasons, union.NewReason("competition.team.mean", t.Source, strings.Join(tm.Members, ", "), sum.String()))
		} else {
			st.Reasons = append(st.Reasons, union.NewReason("competition.team.sum", t.Source, strings.Join(tm.Members, ", "), sum.String()))
		}
		st.Total = sum
		out[i] = st
	}
	cmp := func(a, b *Standing) int {
		if c := b.Total.Cmp(a.Total); c != 0 {
			return c
		}
		c, _ := cmpTime(a.Time, b.Time)
		return c
	}
	slices.SortFunc(out, func(a, b Standing) int {
		if c := cmp(&a, &b); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	res := Ranking{Standings: out, Ranked: len(out)}
	for i := range out {
		out[i].Rank = i + 1
		if i == 0 {
			continue
		}
		if cmp(&out[i-1], &out[i]) == 0 {
			out[i].Rank = out[i-1].Rank
			out[i].Shared, out[i-1].Shared = true, true
			if n := len(res.Ties); n > 0 && res.Ties[n-1].Rank == out[i].Rank {
				res.Ties[n-1].IDs = append(res.Ties[n-1].IDs, out[i].ID)
			} else {
				res.Ties = append(res.Ties, Tie{Rank: out[i].Rank, IDs: []string{out[i-1].ID, out[i].ID}})
			}
		} else if out[i-1].Total.Equal(out[i].Total) {
			code := "time"
			if _, key := cmpTime(out[i-1].Time, out[i].Time); key == noTime {
				code = "no_time"
			}
			out[i-1].DecidedBy, out[i].DecidedBy = TimeKey, TimeKey
			out[i-1].Reasons = append(out[i-1].Reasons, union.NewReason("competition.tie.ahead."+code, t.Source, out[i].ID))
			out[i].Reasons = append(out[i].Reasons, union.NewReason("competition.tie.behind."+code, t.Source, out[i-1].ID))
		}
	}
	return res, nil
}
