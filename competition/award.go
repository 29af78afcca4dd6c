package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Tier is one award tier (一等奖, 金牌, 优胜奖 …) of an award list.
//
// Tiers are cumulative cut-offs over the n ranked entrants (vetoed ones do not
// count): tier k reaches position Count_1 + … + Count_k + floor((Share_1 + … +
// Share_k) × n). A tier with Reach instead reaches floor(Reach × n) from the
// top, whatever the tiers before it took ("the top half of the field get 优胜,
// medallists aside"), and the cumulation restarts from it. Entrants tied with
// the one at a cut-off share the better tier, and the next tier starts after
// them.
type Tier struct {
	// Name is the tier's key, e.g. "first" or "gold"; TierText localizes the
	// keys this package knows and shows any other name as it is.
	Name string `json:"name"`
	// Share is the fraction of ranked entrants, e.g. 0.1.
	Share decimal.Decimal `json:"share,omitzero"`
	// Count is a fixed number of places instead of a share (1 / 2 / 5).
	Count int `json:"count,omitempty"`
	// Reach is a cumulative fraction from the top instead of a share.
	Reach decimal.Decimal `json:"reach,omitzero"`
}

// ValidateTiers reports every problem of a tier list at once (errors.Join of
// *union.FieldError wrapping union.ErrPolicy): an empty list, a tier without
// a name or with a duplicate name, a negative share, count or reach, a tier
// that sets none or more than one of Share, Count and Reach, a Reach above 1,
// and shares adding up to more than 1; more than MaxTiers tiers, a Count above
// MaxEntrants, a share or reach outside the decimal limits.
func ValidateTiers(tiers []Tier) error {
	if len(tiers) == 0 {
		return union.Inconsistent("tiers", "policy.empty", "")
	}
	if fe := tooManyPolicy("tiers", len(tiers), MaxTiers); fe != nil {
		return fe
	}
	var errs []error
	bad := func(field, code, value string, args ...string) {
		errs = append(errs, union.Inconsistent(field, code, value, args...))
	}
	names := make(map[string]bool, len(tiers))
	sum := decimal.Zero
	for i, t := range tiers {
		f := union.Indexed("tiers", i)
		switch {
		case t.Name == "":
			bad(f+".name", "invalid.required", "")
		case names[t.Name]:
			bad(f+".name", "invalid.duplicate", t.Name)
		}
		names[t.Name] = true
		share, reach := checkPolicyDecimal(f+".share", t.Share), checkPolicyDecimal(f+".reach", t.Reach)
		if share != nil || reach != nil {
			for _, fe := range []*union.FieldError{share, reach} {
				if fe != nil {
					errs = append(errs, fe)
				}
			}
			continue // no arithmetic on a value outside the limits
		}
		if t.Count > MaxEntrants {
			errs = append(errs, intRange(f+".count", t.Count, 0, MaxEntrants))
		}
		set := 0
		if t.Share.Sign() < 0 {
			bad(f+".share", "invalid.negative", t.Share.String())
		} else if t.Share.Sign() > 0 {
			set++
		}
		if t.Count < 0 {
			bad(f+".count", "invalid.negative", strconv.Itoa(t.Count))
		} else if t.Count > 0 {
			set++
		}
		if t.Reach.Sign() < 0 {
			bad(f+".reach", "invalid.negative", t.Reach.String())
		} else if t.Reach.Sign() > 0 {
			set++
			if t.Reach.GreaterThan(one) {
				bad(f+".reach", "policy.range", t.Reach.String(), "0", "1")
			}
		}
		if set != 1 {
			bad(f, "competition.tiers.quota", t.Name)
		}
		if t.Share.Sign() > 0 {
			sum = sum.Add(t.Share)
		}
	}
	if sum.GreaterThan(one) {
		bad("tiers", "policy.range", sum.String(), "0", "1")
	}
	return errors.Join(errs...)
}

// Award gives each ranked entrant its tier: entry ID → tier name; an entrant
// absent from the map has no award. Vetoed entrants (rank 0) never get one.
//
// The cut-offs are those documented on Tier, over r.Ranked entrants in the
// order of r.Standings; ties at a cut-off share the better tier. Award returns
// no error and never panics: call ValidateTiers first, or use Scheme.Award,
// which does. Given bad tiers anyway, Award counts a negative share or count
// as zero, stops at the last ranked entrant (so shares adding up to more than
// 1 give no one two tiers), lets a tier that starts past the field or below
// an earlier cut-off award nobody, skips a tier with an empty name, and
// counts a share or reach outside the decimal limits as 1 when it is above 1
// and as zero otherwise.
func Award(r Ranking, tiers []Tier) map[string]string {
	out := map[string]string{}
	for _, c := range cutoffs(r, tiers, QuotaFloor) {
		for _, s := range c.standings {
			if c.tier.Name != "" {
				out[s.ID] = c.tier.Name
			}
		}
	}
	return out
}

// cut is one tier's share of the ranked field.
type cut struct {
	tier      Tier
	target    int // the position the quota reaches
	end       int // the position the tier actually reaches, ties included
	standings []Standing
}

// cutoffs applies the cumulative cut-offs.
func cutoffs(r Ranking, tiers []Tier, mode QuotaRounding) []cut {
	ranked := make([]Standing, 0, len(r.Standings))
	for _, s := range r.Standings {
		if s.Rank > 0 && !s.Vetoed {
			ranked = append(ranked, s)
		}
	}
	n := len(ranked)
	N := decimal.NewFromInt(int64(n))
	out := make([]cut, 0, len(tiers))
	count, share := 0, decimal.Zero
	pos := 0
	for _, t := range tiers {
		t.Share, t.Reach = fraction(t.Share), fraction(t.Reach)
		if t.Reach.Sign() > 0 {
			count, share = 0, decimal.Min(t.Reach, one)
		} else {
			if t.Share.Sign() > 0 {
				share = decimal.Min(share.Add(t.Share), one)
			}
			if t.Count > 0 {
				count = min(count+min(t.Count, n), n)
			}
		}
		q := share.Mul(N)
		if mode == QuotaCeil {
			q = q.Ceil()
		} else {
			q = q.Floor()
		}
		target := min(count+int(q.IntPart()), n)
		if mode == QuotaAtLeastOne && target <= pos && pos < n && (t.Share.Sign() > 0 || t.Reach.Sign() > 0) {
			target = pos + 1
		}
		c := cut{tier: t, target: target}
		if target > pos {
			end := target
			for end < n && ranked[end].Rank == ranked[end-1].Rank {
				end++
			}
			c.standings = ranked[pos:end]
			pos = end
		}
		c.end = pos
		out = append(out, c)
	}
	return out
}

// TitleRule maps places or tiers to a title or promotion (全国技术能手,
// 五一劳动奖章, promotion to 技师 …).
type TitleRule struct {
	// Title is the title's key, e.g. "national_skill_expert"; TitleText
	// localizes the keys this package knows.
	Title string `json:"title"`
	// From is the first rank that earns the title; zero means 1.
	From int `json:"from,omitempty"`
	// To is the last rank that earns it; zero: no rank condition.
	To int `json:"to,omitempty"`
	// Tiers, when set, lists the tiers that earn the title; with From/To both
	// conditions must hold.
	Tiers []string `json:"tiers,omitempty"`
	// MinField is the number of ranked entrants an event needs before the
	// title is given (SourceHebeiField); zero: any.
	MinField int `json:"min_field,omitempty"`
	// Nomination marks a title the event only nominates for (五一劳动奖章 is
	// granted "through the normal procedure" to those who meet its conditions).
	Nomination bool `json:"nomination,omitempty"`
	// Source cites the rule.
	Source string `json:"source,omitempty"`
}

// AwardPlan is the award policy of an event: tiers, a minimum field, and
// title mappings.
type AwardPlan struct {
	// Name is an optional label.
	Name string `json:"name,omitempty"`
	// Tiers are the award tiers, best first; may be empty when only titles
	// are given.
	Tiers []Tier `json:"tiers,omitempty"`
	// MinField is the number of ranked entrants needed before any tier is
	// awarded; zero: any.
	MinField int `json:"min_field,omitempty"`
	// QuotaRounding says how a share of a small field becomes places: floor
	// (default, as Award), ceil, or floor but at least one place per tier.
	// The sources leave it open ("quotas on small fields need rounding
	// rules"); floor never awards more than the quota.
	QuotaRounding QuotaRounding `json:"quota_rounding,omitzero"`
	// Titles map places or tiers to titles and promotions.
	Titles []TitleRule `json:"titles,omitempty"`
	// Source cites the rules.
	Source string `json:"source,omitempty"`
	// Effective is the period the plan is in force.
	Effective union.Effective `json:"effective,omitzero"`
}

// Validate reports every problem at once (errors.Join of *union.FieldError
// wrapping union.ErrPolicy): the tiers' problems (ValidateTiers, when there
// are tiers), neither tiers nor titles, a negative MinField, a title without
// a key, with a negative or inverted rank range, with no condition at all,
// or naming a tier the plan does not have; an invalid Effective period; more
// than MaxTitles titles or MaxTiers tiers of a title, a rank or field above
// MaxEntrants.
func (a AwardPlan) Validate() error {
	var errs []error
	bad := func(field, code, value string, args ...string) {
		errs = append(errs, union.Inconsistent(field, code, value, args...))
	}
	if len(a.Tiers) > 0 {
		if err := ValidateTiers(a.Tiers); err != nil {
			errs = append(errs, err)
		}
	} else if len(a.Titles) == 0 {
		bad("tiers", "policy.empty", "")
	}
	if fe := tooManyPolicy("titles", len(a.Titles), MaxTitles); fe != nil {
		return errors.Join(append(errs, fe)...)
	}
	if a.MinField < 0 {
		bad("min_field", "invalid.negative", strconv.Itoa(a.MinField))
	} else if a.MinField > MaxEntrants {
		errs = append(errs, intRange("min_field", a.MinField, 0, MaxEntrants))
	}
	if !a.QuotaRounding.Valid() {
		bad("quota_rounding", "invalid.unknown", strconv.Itoa(int(a.QuotaRounding)))
	}
	tiers := map[string]bool{}
	for _, t := range a.Tiers {
		tiers[t.Name] = true
	}
	for i, t := range a.Titles {
		f := union.Indexed("titles", i)
		if t.Title == "" {
			bad(f+".title", "invalid.required", "")
		}
		if t.From < 0 {
			bad(f+".from", "invalid.negative", strconv.Itoa(t.From))
		} else if t.From > MaxEntrants {
			errs = append(errs, intRange(f+".from", t.From, 0, MaxEntrants))
		}
		if t.To < 0 {
			bad(f+".to", "invalid.negative", strconv.Itoa(t.To))
		} else if t.To > MaxEntrants {
			errs = append(errs, intRange(f+".to", t.To, 0, MaxEntrants))
		}
		if fe := tooManyPolicy(f+".tiers", len(t.Tiers), MaxTiers); fe != nil {
			errs = append(errs, fe)
			continue
		}
		if t.To > 0 && t.From > t.To {
			bad(f+".from", "invalid.order", strconv.Itoa(t.From))
		}
		if t.To == 0 && len(t.Tiers) == 0 {
			bad(f, "competition.title.condition", t.Title)
		}
		for j, name := range t.Tiers {
			if !tiers[name] {
				bad(union.Indexed(f+".tiers", j), "invalid.unknown", name)
			}
		}
		if t.MinField < 0 {
			bad(f+".min_field", "invalid.negative", strconv.Itoa(t.MinField))
		} else if t.MinField > MaxEntrants {
			errs = append(errs, intRange(f+".min_field", t.MinField, 0, MaxEntrants))
		}
	}
	if err := a.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// Awards is the award list of an event.
type Awards struct {
	// Tiers maps an entry ID to its tier; absent: no award.
	Tiers map[string]string `json:"tiers"`
	// Titles maps an entry ID to its titles and promotions, in the plan's order.
	Titles map[string][]string `json:"titles,omitempty"`
	// Reasons explain the cut-offs, ties at a cut-off, withheld titles and
	// provisional awards, each with its source.
	Reasons []union.Reason `json:"reasons"`
}

// Award validates the scheme and the plan (ErrPolicy) and gives the award
// list of a ranking made under the scheme: tiers by cumulative cut-off (see
// Tier; ties at a cut-off share the better tier), no tier at all when fewer
// than plan.MinField entrants are ranked, and titles by rank or tier, each
// withheld when its own minimum field is not met. While a tie inside
// NoSharedTop is undecided, the awards it touches are provisional: a reason
// says so.
func (s Scheme) Award(r Ranking, plan AwardPlan) (Awards, error) {
	if err := errors.Join(s.Validate(), union.Prefix("plan", plan.Validate())); err != nil {
		return Awards{}, err
	}
	if fe := tooMany("ranking.standings", len(r.Standings), MaxEntrants); fe != nil {
		return Awards{}, fe
	}
	plan.Source = cite(plan.Source)
	out := Awards{Tiers: map[string]string{}, Titles: map[string][]string{}}
	n := r.Ranked
	if plan.MinField > 0 && n < plan.MinField {
		out.Reasons = append(out.Reasons, union.NewReason("competition.award.field_too_small", plan.Source,
			strconv.Itoa(n), strconv.Itoa(plan.MinField)))
	} else if len(plan.Tiers) > 0 {
		for _, c := range cutoffs(r, plan.Tiers, plan.QuotaRounding) {
			for _, st := range c.standings {
				out.Tiers[st.ID] = c.tier.Name
			}
			got := len(c.standings)
			out.Reasons = append(out.Reasons, union.NewReason("competition.award.tier", plan.Source,
				c.tier.Name, strconv.Itoa(got)))
			if got > 0 && c.end > c.target {
				out.Reasons = append(out.Reasons, union.NewReason("competition.award.cutoff_tie", plan.Source,
					c.tier.Name, strconv.Itoa(c.end-c.target)))
			}
		}
	}
	// Each standing's tier as an index into the plan (-1: none), so a title
	// over tiers costs one array lookup per standing.
	tierIndex := make(map[string]int, len(plan.Tiers))
	for i, t := range plan.Tiers {
		tierIndex[t.Name] = i
	}
	standingTier := make([]int, len(r.Standings))
	for i, st := range r.Standings {
		standingTier[i] = -1
		if name, ok := out.Tiers[st.ID]; ok {
			standingTier[i] = tierIndex[name]
		}
	}
	titles := make([][]string, len(r.Standings))
	for _, t := range plan.Titles {
		if t.MinField > 0 && n < t.MinField {
			src := t.Source
			if src == "" {
				src = plan.Source
			}
			out.Reasons = append(out.Reasons, union.NewReason("competition.title.field_too_small", src,
				t.Title, strconv.Itoa(n), strconv.Itoa(t.MinField)))
			continue
		}
		wanted := make([]bool, len(plan.Tiers))
		for _, name := range t.Tiers {
			wanted[tierIndex[name]] = true // Validate: every name is a tier of the plan
		}
		from := max(t.From, 1)
		for i, st := range r.Standings {
			if st.Rank == 0 || st.Vetoed {
				continue
			}
			if t.To > 0 && (st.Rank < from || st.Rank > t.To) {
				continue
			}
			if len(t.Tiers) > 0 && (standingTier[i] < 0 || !wanted[standingTier[i]]) {
				continue
			}
			titles[i] = append(titles[i], t.Title)
		}
	}
	for i, ts := range titles {
		if len(ts) > 0 {
			id := r.Standings[i].ID
			out.Titles[id] = append(out.Titles[id], ts...)
		}
	}
	for _, tie := range r.Ties {
		if tie.Undecided {
			out.Reasons = append(out.Reasons, union.NewReason("competition.award.provisional", SourceNoSharedRank,
				strconv.Itoa(tie.Rank)))
		}
	}
	return out, nil
}

// QuotaRounding says how a tier's share of the field becomes a number of
// places. Its text form is "floor", "ceil" or "at_least_one".
type QuotaRounding uint8

// The quota roundings.
const (
	// QuotaFloor rounds the cumulative share down (Award's rule).
	QuotaFloor QuotaRounding = iota
	// QuotaCeil rounds it up.
	QuotaCeil
	// QuotaAtLeastOne rounds down but gives a share tier at least one place
	// while places remain.
	QuotaAtLeastOne
)

var quotaEnum = enum.New[QuotaRounding]("QuotaRounding", "quota_rounding", "", union.Invalid, "floor", "ceil", "at_least_one")

// String returns the word.
func (q QuotaRounding) String() string { return quotaEnum.String(q) }

// Valid reports whether q is defined.
func (q QuotaRounding) Valid() bool { return quotaEnum.Valid(q) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (q QuotaRounding) MarshalText() ([]byte, error) {
	return quotaEnum.Marshal(q)
}

// UnmarshalText reads the word; anything else is ErrInvalid.
func (q *QuotaRounding) UnmarshalText(b []byte) error {
	return quotaEnum.Unmarshal(q, b)
}
