package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// MutualUnit is a unit's enrolment in a plan: its class, its members and
// how many of them it enrols.
type MutualUnit struct {
	// Class is the unit's class as the plan's floors name it, e.g. "public".
	Class string `json:"class"`
	// Members is the number of the unit's union members (0–MaxMutualMembers).
	Members int `json:"members"`
	// Enrolled is the number of them enrolled (0–Members).
	Enrolled int `json:"enrolled"`
}

// MutualUnitResult says whether a unit enrols enough of its members, with
// the numerator and denominator shown.
type MutualUnitResult struct {
	// Meets says the unit meets the plan's enrolment rule.
	Meets bool `json:"meets"`
	// Enrolled is the numerator: the members enrolled.
	Enrolled int `json:"enrolled"`
	// Members is the denominator: the unit's union members.
	Members int `json:"members"`
	// Needed is the least number of members the unit must enrol.
	Needed int `json:"needed"`
	// Reasons explain the result, citing the rule.
	Reasons []union.Reason `json:"reasons"`
}

// CheckUnit reports whether a unit enrols enough members to join (成建制参加):
// at least the floor of its class, a share that includes the number
// (民法典 第一千二百五十九条), and every member of a unit of at most AllBelow.
// The count needed is computed exactly (the least whole number of members
// reaching the share), so no rounding decides it.
//
// An invalid plan is its Validate error. Members outside 0–MaxMutualMembers,
// Enrolled outside 0–Members, or a Class the plan's floors do not name (when
// it has floors) is a *union.FieldError wrapping union.ErrInvalid.
func (p MutualPlan) CheckUnit(u MutualUnit) (MutualUnitResult, error) {
	if err := p.Validate(); err != nil {
		return MutualUnitResult{}, err
	}
	k := &mutualChecker{kind: union.ErrInvalid}
	k.count("members", u.Members, 0, MaxMutualMembers)
	if u.Members >= 0 && u.Members <= MaxMutualMembers {
		k.count("enrolled", u.Enrolled, 0, u.Members)
	}
	r := p.Enrolment
	var floor *MutualFloor
	for i := range r.Floors {
		if r.Floors[i].Class == u.Class {
			floor = &r.Floors[i]
		}
	}
	if len(r.Floors) > 0 && floor == nil {
		k.add("class", "invalid.unknown", u.Class)
	}
	if err := k.err(); err != nil {
		return MutualUnitResult{}, err
	}
	res := MutualUnitResult{Enrolled: u.Enrolled, Members: u.Members, Reasons: []union.Reason{}}
	src := r.Source
	if src == "" {
		src = p.Source
	}
	switch {
	case r.AllBelow > 0 && u.Members <= r.AllBelow:
		res.Needed = u.Members
		res.Reasons = append(res.Reasons, union.NewReason("assistance.mutual.unit_all", src, strconv.Itoa(r.AllBelow)))
	case floor != nil:
		// the least n with n ≥ min × members: ceil, exactly.
		need := floor.Min.Mul(decimal.New(int64(u.Members), 0)).Ceil()
		res.Needed = int(need.IntPart())
		res.Reasons = append(res.Reasons, union.NewReason("assistance.mutual.unit_floor", src, u.Class, floor.Min.String()))
	}
	res.Meets = u.Enrolled >= res.Needed
	code := "assistance.mutual.unit_meets"
	if !res.Meets {
		code = "assistance.mutual.unit_short"
	}
	res.Reasons = append(res.Reasons, union.NewReason(code, src, strconv.Itoa(u.Enrolled), strconv.Itoa(u.Members), strconv.Itoa(res.Needed)))
	return res, nil
}
