package democracy

import (
	"errors"
	"sort"
	"strconv"
	"strings"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Side is the side a negotiator sits for. Its text form is "worker" or "employer".
type Side uint8

// The sides.
const (
	// WorkerSide is the workers' side (职工方). The zero value.
	WorkerSide Side = iota
	// EmployerSide is the enterprise's side (企业方, 用人单位一方).
	EmployerSide
)

var sideEnum = enum.New[Side]("Side", "side", "democracy.side", union.Invalid, "worker", "employer")

// String returns the English word.
func (s Side) String() string { return sideEnum.String(s) }

// Text returns the localized name.
func (s Side) Text(tag language.Tag) string {
	return sideEnum.Text(s, tag)
}

// Valid reports whether s is one of the defined sides.
func (s Side) Valid() bool { return sideEnum.Valid(s) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (s Side) MarshalText() ([]byte, error) { return sideEnum.Marshal(s) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (s *Side) UnmarshalText(t []byte) error {
	return sideEnum.Unmarshal(s, t)
}

// Relation is a tie that can bar a person from one side. Its text form is
// the English word.
type Relation uint8

// The relations.
const (
	// RelationNone: no such tie. The zero value.
	RelationNone Relation = iota
	// RelationHead is the enterprise's head or a manager in charge (企业负责人).
	RelationHead
	// RelationInvestor is an investor (出资人).
	RelationInvestor
	// RelationHRHead is the head of human resources (人力资源部门负责人).
	RelationHRHead
	// RelationRelative is a close relative of a head, an investor or the HR
	// head (近亲属, 亲属).
	RelationRelative
	// RelationUnionStaff is union staff, full or part time (工会工作人员).
	RelationUnionStaff
)

var relationEnum = enum.New[Relation]("Relation", "relation", "democracy.relation", union.Invalid, "none", "head", "investor", "hr_head", "relative", "union_staff")

// String returns the English word.
func (r Relation) String() string { return relationEnum.String(r) }

// Text returns the localized name.
func (r Relation) Text(tag language.Tag) string {
	return relationEnum.Text(r, tag)
}

// Valid reports whether r is one of the defined relations.
func (r Relation) Valid() bool { return relationEnum.Valid(r) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (r Relation) MarshalText() ([]byte, error) {
	return relationEnum.Marshal(r)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (r *Relation) UnmarshalText(t []byte) error {
	return relationEnum.Unmarshal(r, t)
}

// Negotiator is one negotiator (协商代表).
type Negotiator struct {
	// Name identifies the negotiator; required, unique per side.
	Name string `json:"name"`
	// Side is the side the negotiator sits for.
	Side Side `json:"side"`
	// Chief marks the side's chief negotiator (首席代表).
	Chief bool `json:"chief,omitempty"`
	// Frontline marks a worker in a frontline post (一线岗位职工).
	Frontline bool `json:"frontline,omitempty"`
	// Outside marks a person from outside the enterprise (外聘协商代表).
	Outside bool `json:"outside,omitempty"`
	// Gender is the negotiator's gender.
	Gender union.Gender `json:"gender"`
	// Disabled marks a worker with a disability.
	Disabled bool `json:"disabled,omitempty"`
	// Dispatched marks a dispatched worker.
	Dispatched bool `json:"dispatched,omitempty"`
	// Relation is the person's tie to the enterprise or the union, if any.
	Relation Relation `json:"relation,omitempty"`
}

// ConsultationEnterprise is the enterprise a consultation is held in.
type ConsultationEnterprise struct {
	// Headcount is the number of staff, at least 1.
	Headcount int `json:"headcount"`
	// Women is the number of women on the staff.
	Women int `json:"women"`
	// Disabled is the number of staff with a disability.
	Disabled int `json:"disabled"`
	// Dispatched is the number of dispatched workers the enterprise uses.
	Dispatched int `json:"dispatched"`
	// AboveSize marks an enterprise above the designated size (规模以上企业).
	AboveSize bool `json:"above_size"`
	// WomenCommittee marks a union with a women workers' committee (女职工委员会).
	WomenCommittee bool `json:"women_committee"`
}

// Negotiators is the result of CheckNegotiators: every rule applied to the
// two sides, passing ones too.
type Negotiators struct {
	// Workers is the number of worker-side negotiators.
	Workers int `json:"workers"`
	// Employers is the number of employer-side negotiators.
	Employers int `json:"employers"`
	// OK reports whether every hard rule holds (soft ones only warn).
	OK bool `json:"ok"`
	// Checks are the rules applied. Count is the actual number, Of the
	// side's size, Limit the bound.
	Checks []Check `json:"checks"`
}

// validate checks the enterprise's numbers (ErrInvalid).
func (e ConsultationEnterprise) validate() error {
	var errs []error
	if e.Headcount < 1 {
		errs = append(errs, union.Invalid("headcount", "invalid.not_positive", strconv.Itoa(e.Headcount)))
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"women", e.Women}, {"disabled", e.Disabled}, {"dispatched", e.Dispatched}} {
		switch {
		case f.v < 0:
			errs = append(errs, union.Invalid(f.name, "invalid.negative", strconv.Itoa(f.v)))
		case e.Headcount >= 1 && f.v > e.Headcount:
			errs = append(errs, union.Invalid(f.name, "invalid.too_large", strconv.Itoa(f.v), strconv.Itoa(e.Headcount)))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// validateNegotiators checks the list (ErrInvalid): its length, names,
// enums, duplicates within a side.
func validateNegotiators(ns []Negotiator) error {
	if len(ns) > MaxNegotiators {
		return tooMany(union.ErrInvalid, "negotiators", len(ns), MaxNegotiators)
	}
	var errs []error
	seen := make(map[string]bool, len(ns))
	for i, n := range ns {
		if n.Name == "" && n.Side.Valid() && n.Gender.Valid() && n.Relation.Valid() {
			errs = append(errs, union.Invalid(union.Indexed("negotiators", i)+".name", "invalid.required", ""))
			continue
		}
		if n.Name != "" && n.Side.Valid() && n.Gender.Valid() && n.Relation.Valid() {
			key := n.Side.String() + "\x00" + n.Name
			if seen[key] {
				errs = append(errs, union.Invalid(union.Indexed("negotiators", i)+".name", "invalid.duplicate", n.Name))
			}
			seen[key] = true
			continue
		}
		field := union.Indexed("negotiators", i)
		if n.Name == "" {
			errs = append(errs, union.Invalid(field+".name", "invalid.required", ""))
		}
		if !n.Side.Valid() {
			errs = append(errs, union.Invalid(field+".side", "invalid.unknown", n.Side.String()))
			continue
		}
		if !n.Gender.Valid() {
			errs = append(errs, union.Invalid(field+".gender", "invalid.unknown", n.Gender.String()))
		}
		if !n.Relation.Valid() {
			errs = append(errs, union.Invalid(field+".relation", "invalid.unknown", n.Relation.String()))
		}
		key := n.Side.String() + "\x00" + n.Name
		if n.Name != "" && seen[key] {
			errs = append(errs, union.Invalid(field+".name", "invalid.duplicate", n.Name))
		}
		seen[key] = true
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// CheckNegotiators checks the negotiators of both sides against the rules:
// each side's size band (larger above the designated size), the balance of
// the sides, one chief per side, the frontline share of the worker side, the
// outsiders' share of each side and an outsider as chief, the persons barred
// from a side and anyone sitting for both, and the women, disabled and
// dispatched workers the workforce calls for. Shares are exact in integers:
// a third of 7 frontline workers needs 3; a third of 7 outsiders allows 2.
//
// The order of ns does not matter. Errors: inconsistent rules (ErrPolicy);
// an invalid enterprise or negotiator list (ErrInvalid, e.g.
// "negotiators[3].name", more than MaxNegotiators).
func (r ConsultationRules) CheckNegotiators(e ConsultationEnterprise, ns []Negotiator) (Negotiators, error) {
	if err := r.Validate(); err != nil {
		return Negotiators{}, err
	}
	var errs []error
	if err := e.validate(); err != nil {
		errs = append(errs, union.Prefix("enterprise", err))
	}
	if err := validateNegotiators(ns); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Negotiators{}, errors.Join(errs...)
	}
	return r.checkNegotiators(e, ns), nil
}

// sideCount tallies one side.
type sideCount struct {
	n, chiefs, frontline, outside, women, disabled, dispatched int
	outsideChief                                               bool
	barred                                                     []string
}

func (r ConsultationRules) checkNegotiators(e ConsultationEnterprise, ns []Negotiator) Negotiators {
	rule := r.Negotiators
	var sides [2]sideCount
	names := [2]map[string]bool{make(map[string]bool, len(ns)), make(map[string]bool, len(ns))}
	excluded := [2]map[Relation]bool{{}, {}}
	for _, rel := range rule.WorkerExcluded {
		excluded[WorkerSide][rel] = true
	}
	for _, rel := range rule.EmployerExcluded {
		excluded[EmployerSide][rel] = true
	}
	for _, n := range ns {
		s := &sides[n.Side]
		s.n++
		names[n.Side][n.Name] = true
		if n.Chief {
			s.chiefs++
			if n.Outside {
				s.outsideChief = true
			}
		}
		if n.Frontline {
			s.frontline++
		}
		if n.Outside {
			s.outside++
		}
		if n.Gender == union.Female {
			s.women++
		}
		if n.Disabled {
			s.disabled++
		}
		if n.Dispatched {
			s.dispatched++
		}
		if excluded[n.Side][n.Relation] {
			s.barred = append(s.barred, n.Name)
		}
	}
	var both []string
	for name := range names[WorkerSide] {
		if names[EmployerSide][name] {
			both = append(both, name)
		}
	}
	sort.Strings(both)
	w, m := sides[WorkerSide], sides[EmployerSide]
	out := Negotiators{Workers: w.n, Employers: m.n, OK: true}
	add := func(c Check) {
		if !c.OK && !c.Soft {
			out.OK = false
		}
		out.Checks = append(out.Checks, c)
	}
	src := rule.Source
	if r.Unverified {
		src += unverNote
	}
	minimum := rule.Min
	if e.AboveSize && rule.MinAboveSize > minimum {
		minimum = rule.MinAboveSize
	}
	for _, sd := range []Side{WorkerSide, EmployerSide} {
		s := sides[sd]
		code := sizeCodes[sd]
		reason := union.NewReason(code, src, itoa(s.n), itoa(minimum), itoa(rule.Max))
		if rule.Max == 0 {
			reason = union.NewReason(sizeMinCodes[sd], src, itoa(s.n), itoa(minimum))
		}
		add(Check{Code: code, Count: s.n, Of: s.n, Limit: minimum, OK: s.n >= minimum && (rule.Max == 0 || s.n <= rule.Max),
			Soft: rule.SizeSoft, Reason: reason})
	}
	switch rule.Balance {
	case BalanceEmployerNotMore:
		add(Check{Code: "democracy.consultation.balance.employer_not_more", Count: m.n, Of: w.n, Limit: w.n, Ceiling: true, OK: m.n <= w.n,
			Reason: union.NewReason("democracy.consultation.balance.employer_not_more", src, itoa(m.n), itoa(w.n))})
	default:
		add(Check{Code: "democracy.consultation.balance.equal", Count: m.n, Of: w.n, Limit: w.n, OK: m.n == w.n,
			Reason: union.NewReason("democracy.consultation.balance.equal", src, itoa(m.n), itoa(w.n))})
	}
	for _, sd := range []Side{WorkerSide, EmployerSide} {
		s := sides[sd]
		code := chiefCodes[sd]
		add(Check{Code: code, Count: s.chiefs, Of: s.n, Limit: 1, OK: s.chiefs == 1,
			Reason: union.NewReason(code, src, itoa(s.chiefs))})
	}
	if rule.Frontline.Den != 0 {
		need := rule.Frontline.Required(w.n)
		add(Check{Code: "democracy.consultation.frontline", Count: w.frontline, Of: w.n, Limit: need, OK: w.frontline >= need,
			Reason: union.NewReason("democracy.consultation.frontline", rule.FrontlineSource, itoa(w.frontline), itoa(w.n), itoa(need))})
	}
	if rule.Outside.Den != 0 {
		for _, sd := range []Side{WorkerSide, EmployerSide} {
			s := sides[sd]
			allowed := floorShare(rule.Outside.Num, rule.Outside.Den, s.n)
			code := outsideCodes[sd]
			add(Check{Code: code, Count: s.outside, Of: s.n, Limit: allowed, Ceiling: true, OK: s.outside <= allowed,
				Reason: union.NewReason(code, rule.OutsideSource, itoa(s.outside), itoa(s.n), itoa(allowed))})
		}
	}
	if rule.ChiefInside {
		bad := 0
		for _, sd := range []Side{WorkerSide, EmployerSide} {
			if sides[sd].outsideChief {
				bad++
			}
		}
		add(Check{Code: "democracy.consultation.chief_inside", Count: bad, Of: 2, Limit: 0, Ceiling: true, OK: bad == 0,
			Reason: union.NewReason("democracy.consultation.chief_inside", rule.OutsideSource, itoa(bad))})
	}
	if len(rule.WorkerExcluded)+len(rule.EmployerExcluded) > 0 || len(both) > 0 {
		for _, sd := range []Side{WorkerSide, EmployerSide} {
			s := sides[sd]
			list := excluded[sd]
			if len(list) == 0 {
				continue
			}
			sort.Strings(s.barred)
			code := excludedCodes[sd]
			add(Check{Code: code, Count: len(s.barred), Of: s.n, Limit: 0, Ceiling: true, OK: len(s.barred) == 0,
				Reason: union.NewReason(code, rule.ExcludedSource, itoa(len(s.barred)), joinNames(s.barred))})
		}
		bothSrc := rule.ExcludedSource
		if bothSrc == "" {
			bothSrc = src
		}
		add(Check{Code: "democracy.consultation.both_sides", Count: len(both), Of: w.n + m.n, Limit: 0, Ceiling: true, OK: len(both) == 0,
			Reason: union.NewReason("democracy.consultation.both_sides", bothSrc, itoa(len(both)), joinNames(both))})
	}
	for _, rr := range rule.Representation {
		staff, have := e.Women, w.women
		switch rr.Group {
		case RepDisabled:
			staff, have = e.Disabled, w.disabled
		case RepDispatched:
			staff, have = e.Dispatched, w.dispatched
		}
		applies := false
		switch {
		case rr.Committee:
			applies = e.WomenCommittee
		case rr.From.Den != 0:
			applies = staff >= rr.From.Required(e.Headcount)
		default:
			applies = staff > 0
		}
		code := representationCodes[rr.Group]
		if !applies {
			add(Check{Code: code, Count: have, Of: w.n, Limit: 0, OK: true, Soft: rr.Soft,
				Reason: union.NewReason("democracy.consultation.representation.not_applicable", rr.Source, itoa(staff), itoa(e.Headcount))})
			continue
		}
		need := 1
		if rr.Proportional {
			need = max(1, floorShare(staff, e.Headcount, w.n))
		}
		add(Check{Code: code, Count: have, Of: w.n, Limit: need, OK: have >= need, Soft: rr.Soft,
			Reason: union.NewReason(code, rr.Source, itoa(have), itoa(w.n), itoa(need), itoa(staff), itoa(e.Headcount))})
	}
	return out
}

// joinNames joins names with "、" (an ideographic comma reads well in all
// three languages' texts), or "—" for none.
func joinNames(names []string) string {
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, "、")
}
