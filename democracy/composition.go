package democracy

import (
	"errors"
	"slices"
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// Delegate is one member of a congress roster.
type Delegate struct {
	// Name identifies the delegate; non-empty names must be unique.
	Name string `json:"name"`
	// Constituency is the delegate's electoral unit (选区: 车间, 科室 …).
	Constituency string `json:"constituency,omitempty"`
	// Category is the delegate's place in the workforce.
	Category Category `json:"category"`
	// Gender is the delegate's gender.
	Gender union.Gender `json:"gender"`
	// Age is the delegate's age in years (0: not given). No verified
	// instrument sets an age share, so Check carries it but does not test it.
	Age int `json:"age,omitempty"`
	// Disabled marks a delegate with a disability.
	Disabled bool `json:"disabled,omitempty"`
	// Dispatched marks a dispatched (劳务派遣) worker.
	Dispatched bool `json:"dispatched,omitempty"`
	// NonVoting marks a non-voting delegate (列席代表, 特邀代表): present,
	// without a vote, and never counted by the composition rules.
	NonVoting bool `json:"non_voting,omitempty"`
}

// Workforce is the unit's staff, against which workforce shares are measured.
type Workforce struct {
	// Headcount is the number of staff (职工人数).
	Headcount int `json:"headcount"`
	// Women is the number of women on the staff.
	Women int `json:"women"`
	// Disabled is the number of staff with a disability.
	Disabled int `json:"disabled"`
	// Frontline is the number of frontline staff (0: not given).
	Frontline int `json:"frontline,omitempty"`
}

// Roster is a congress's delegates with the workforce they represent.
type Roster struct {
	// Workforce is the unit's staff.
	Workforce Workforce `json:"workforce"`
	// Delegates are the delegates, voting and non-voting.
	Delegates []Delegate `json:"delegates"`
}

// Check is one composition rule applied to a roster.
type Check struct {
	// Code names the check: "democracy.check.delegates",
	// "democracy.check.ceiling.<group>", "democracy.check.floor.<group>" or
	// "democracy.check.dispatched" (Check); "democracy.check.presidium.min",
	// "democracy.check.presidium.max" or
	// "democracy.check.presidium.<ceiling|floor>.<group>" (CheckPresidium).
	Code string `json:"code"`
	// Count is the actual number: voting delegates, or voting delegates in the group.
	Count int `json:"count"`
	// Of is the number of voting delegates.
	Of int `json:"of"`
	// Limit is the most (ceiling) or the least (floor) Count may be.
	Limit int `json:"limit"`
	// Ceiling is true when Limit is a maximum.
	Ceiling bool `json:"ceiling"`
	// OK reports whether the rule holds.
	OK bool `json:"ok"`
	// Soft marks guidance: a failing soft check is a warning and does not
	// make the roster fail.
	Soft bool `json:"soft"`
	// Reason explains the check with its numbers and source.
	Reason union.Reason `json:"reason"`
}

// Composition is the result of Check: every rule with its actual value, its
// limit and its source, passing ones too.
type Composition struct {
	// Voting is the number of voting delegates; NonVoting the 列席 delegates.
	Voting int `json:"voting"`
	// NonVoting is the number of non-voting delegates.
	NonVoting int `json:"non_voting"`
	// MinDelegates is the least number of voting delegates (Plan).
	MinDelegates int `json:"min_delegates"`
	// Checks are the rules applied, in order: the number of delegates,
	// then each Limit of the rules, then the dispatched-worker rule.
	Checks []Check `json:"checks"`
	// OK reports whether every hard check holds.
	OK bool `json:"ok"`
	// Reasons lists each check's reason, in the order of Checks, followed by
	// the overall verdict.
	Reasons []union.Reason `json:"reasons"`
}

// Check applies the composition rules to a delegate roster: the number of
// voting delegates against the minimum of Plan for the workforce headcount,
// each Limit of the rules (management ceiling, frontline floor, women's share
// as a hard floor in Zhejiang and as guidance in Shanghai, teachers in
// schools), and, where the rules say dispatched workers attend without a vote
// (浙江省企业民主管理条例 第十一条), that none of them votes. Non-voting delegates
// are excluded from every count.
//
// A roster that breaks a rule is a result (Composition.OK false), not an
// error. Errors: an inconsistent rule set (ErrPolicy); a headcount that is not
// positive, workforce figures that are negative or above the headcount, an
// empty roster, an unknown category or gender, a duplicate name (ErrInvalid).
func (r Rules) Check(roster Roster) (Composition, error) {
	if err := r.Validate(); err != nil {
		return Composition{}, err
	}
	if err := roster.validate(); err != nil {
		return Composition{}, err
	}
	plan, err := r.Plan(roster.Workforce.Headcount)
	if err != nil {
		return Composition{}, err
	}
	var c Composition
	for _, d := range roster.Delegates {
		if d.NonVoting {
			c.NonVoting++
		} else {
			c.Voting++
		}
	}
	c.MinDelegates = plan.MinDelegates
	c.Checks = make([]Check, 0, len(r.Limits)+2)
	c.Checks = append(c.Checks, Check{
		Code: "democracy.check.delegates", Count: c.Voting, Of: c.Voting, Limit: plan.MinDelegates,
		OK: c.Voting >= plan.MinDelegates, Soft: plan.Form == GeneralMeeting || r.Delegates.Unverified,
		Reason: union.NewReason("democracy.check.delegates", cite(r.Delegates.Source),
			itoa(c.Voting), itoa(plan.MinDelegates), itoa(roster.Workforce.Headcount)),
	})
	counts := countDelegates(roster.Delegates)
	for _, l := range r.Limits {
		c.Checks = append(c.Checks, l.measure("democracy.check.", &counts, c.Voting, roster.Workforce))
	}
	if r.Dispatched.NonVoting {
		n := 0
		for _, d := range roster.Delegates {
			if d.Dispatched && !d.NonVoting {
				n++
			}
		}
		c.Checks = append(c.Checks, Check{
			Code: "democracy.check.dispatched", Count: n, Of: c.Voting, Limit: 0, Ceiling: true, OK: n == 0,
			Reason: union.NewReason("democracy.check.dispatched", cite(r.Dispatched.Source), itoa(n)),
		})
	}
	c.OK, c.Reasons = verdict(c.Checks, 1)
	c.Reasons = append(c.Reasons, passOrFail(c.OK, "democracy.check.pass", "democracy.check.fail", cite(r.Source)))
	return c, nil
}

// verdict reports whether every hard check holds, and the checks' reasons
// in order, with room for extra more.
func verdict(checks []Check, extra int) (ok bool, reasons []union.Reason) {
	ok = true
	reasons = make([]union.Reason, 0, len(checks)+extra)
	for _, ch := range checks {
		if !ch.OK && !ch.Soft {
			ok = false
		}
		r := ch.Reason
		r.Args = slices.Clone(r.Args) // the list and the check never share arguments
		reasons = append(reasons, r)
	}
	return ok, reasons
}

// passOrFail is the overall verdict's reason.
func passOrFail(ok bool, pass, fail, source string) union.Reason {
	if ok {
		return union.NewReason(pass, source)
	}
	return union.NewReason(fail, source)
}

// delegateCounts counts voting delegates by everything a Group looks at:
// category, gender, and disability. Counting once lets every limit be
// measured in constant time, whatever the roster's length.
type delegateCounts [6][3][2]int

// countDelegates counts the voting delegates of ds (validated: known
// categories and genders).
func countDelegates(ds []Delegate) delegateCounts {
	var c delegateCounts
	for i := range ds {
		d := &ds[i]
		if d.NonVoting || int(d.Category) >= len(c) || int(d.Gender) >= len(c[0]) {
			continue
		}
		dis := 0
		if d.Disabled {
			dis = 1
		}
		c[d.Category][d.Gender][dis]++
	}
	return c
}

// of returns the number of counted delegates the limit's groups hold.
func (c *delegateCounts) of(l Limit) int {
	n := 0
	for cat := range c {
		for g := range c[cat] {
			for dis := range c[cat][g] {
				if c[cat][g][dis] > 0 && l.has(Delegate{Category: Category(cat), Gender: union.Gender(g), Disabled: dis == 1}) {
					n += c[cat][g][dis]
				}
			}
		}
	}
	return n
}

// measure counts the limit's groups among the counted voting delegates, of
// them voting, and compares the count with the limit (a workforce share
// from wf). The check's code is prefix + "ceiling." or "floor." + the
// groups (Limit.groupCode). An unverified limit is only a warning.
func (l Limit) measure(prefix string, counts *delegateCounts, voting int, wf Workforce) Check {
	n := counts.of(l)
	ch := Check{Count: n, Of: voting, Ceiling: l.Bound == Ceiling, Soft: l.soft()}
	var share string
	switch {
	case l.Workforce:
		g, _ := l.Group.workforce(wf)
		ch.Limit = AtLeast(g, wf.Headcount).Required(voting)
		share = strconv.Itoa(g) + "/" + strconv.Itoa(wf.Headcount)
	case l.Bound == Ceiling:
		ch.Limit = floorShare(l.Num, l.Den, voting)
		share = strconv.Itoa(l.Num) + "/" + strconv.Itoa(l.Den)
	default:
		ch.Limit = AtLeast(l.Num, l.Den).Required(voting)
		share = strconv.Itoa(l.Num) + "/" + strconv.Itoa(l.Den)
	}
	if ch.Ceiling {
		ch.OK = n <= ch.Limit
		ch.Code = prefix + "ceiling." + l.groupCode()
	} else {
		ch.OK = n >= ch.Limit
		ch.Code = prefix + "floor." + l.groupCode()
	}
	ch.Reason = union.NewReason(ch.Code, cite(l.Source), itoa(n), itoa(voting), itoa(ch.Limit), share)
	return ch
}

// validate checks a roster as input (ErrInvalid).
func (ro Roster) validate() error {
	var errs []error
	w := ro.Workforce
	headOK := true
	if fe := countError("workforce.headcount", w.Headcount, true); fe != nil {
		headOK = false
		errs = append(errs, fe)
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"women", w.Women}, {"disabled", w.Disabled}, {"frontline", w.Frontline}} {
		if fe := countError("workforce."+f.name, f.v, false); fe != nil {
			errs = append(errs, fe)
		} else if headOK && f.v > w.Headcount {
			errs = append(errs, union.Invalid("workforce."+f.name, "invalid.too_large", itoa(f.v), itoa(w.Headcount)))
		}
	}
	switch {
	case len(ro.Delegates) == 0:
		errs = append(errs, union.Invalid("delegates", "invalid.empty", ""))
	case len(ro.Delegates) > MaxDelegateList:
		// Not read further: the list is beyond what any congress has.
		return errors.Join(append(errs, tooMany(union.ErrInvalid, "delegates", len(ro.Delegates), MaxDelegateList))...)
	case headOK && len(ro.Delegates) > w.Headcount:
		errs = append(errs, union.Invalid("delegates", "invalid.too_large", itoa(len(ro.Delegates)), itoa(w.Headcount)))
	}
	errs = append(errs, delegateErrors("delegates", ro.Delegates)...)
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// delegateErrors checks each delegate of ds, a list named field (ErrInvalid):
// known category and gender, an age that is not negative, unique names.
func delegateErrors(field string, ds []Delegate) []error {
	var errs []error
	seen := make(map[string]bool, len(ds))
	for i, d := range ds {
		f := lazyIndex{field, i} // the path is formatted only for an error
		if !d.Category.Valid() {
			errs = append(errs, union.Invalid(f.at(".category"), "invalid.unknown", d.Category.String()))
		}
		if !d.Gender.Valid() {
			errs = append(errs, union.Invalid(f.at(".gender"), "invalid.unknown", d.Gender.String()))
		}
		if d.Age < 0 {
			errs = append(errs, union.Invalid(f.at(".age"), "invalid.negative", itoa(d.Age)))
		}
		if d.Name != "" {
			if seen[d.Name] {
				errs = append(errs, union.Invalid(f.at(".name"), "invalid.duplicate", d.Name))
			}
			seen[d.Name] = true
		}
	}
	return errs
}
