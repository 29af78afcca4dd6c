package dues

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/union"
)

// Policy is the member-dues rule in force for a union: the rate, how the base
// and the amount are rounded, which wage items count in each sector, who is
// exempt, the classes of staff with their own rate or flat fee, and the
// source and period of the rule.
//
// A Policy is a plain value: presets (National, Pingdingshan2018 …) build
// fresh slices on every call, and Assess never changes the policy it is
// called on, so copies never alias in a way that matters. Adjust a preset by
// changing its fields, then call Validate (Assess does it too).
type Policy struct {
	// Rate is the share of the base paid as dues, in [0, 1): 0.005 nationally
	// (全总 工发〔1978〕101号 第一条).
	Rate decimal.Decimal `json:"rate"`
	// BaseRounding rounds the sum of the counted wage items into the base.
	// National: {Places: -1, Mode: Down}, the tail under 10 yuan is not counted.
	// It must be stated: the zero union.Rounding (whole yuan, half-up) is
	// refused by Validate (code "dues.policy.rounding_unset") unless
	// WholeYuan says it is meant.
	BaseRounding union.Rounding `json:"base_rounding"`
	// AmountRounding rounds base × rate into the amount due.
	// National: {Places: 2, Mode: HalfUp}. Flat fees are not rounded. Like
	// BaseRounding, the zero value is refused unless WholeYuan is set.
	AmountRounding union.Rounding `json:"amount_rounding"`
	// WholeYuan states that a rounding equal to union.Rounding{} — whole
	// yuan, half-up — is meant (Pingdingshan2018 rounds its amounts so).
	// Without it such a rounding is taken as never stated and refused, so a
	// rounding left out of a literal or a JSON file never rounds money to
	// whole yuan. Other roundings to the yuan ({0, Down} …) need no flag.
	WholeYuan bool `json:"whole_yuan,omitempty"`
	// Bases says, per sector, which wage items count towards the base. A
	// member whose sector has no entry is a policy error (policy.uncovered).
	Bases []Base `json:"bases"`
	// Exempt lists the statuses that pay nothing, each with its source.
	// Members who are transferred, deceased or withdrawn are never charged,
	// whatever this list says: they are no longer members of this union.
	Exempt []Exemption `json:"exempt"`
	// OwnItems declares the employer's own wage items: names the package
	// does not know, that payslips may hold. Whether each counts follows the
	// sector's base (an "all but" base counts it unless it lists it; an
	// "only" base leaves it out unless it lists it). Items listed in a Base
	// are declared too. A payslip item that is neither named nor declared is
	// an error naming wages[<name>]; a Chinese name of a named item (奖金) is
	// refused here: use the constant (Bonus).
	OwnItems []WageItem `json:"own_items,omitempty"`
	// Classes gives classes of staff their own rate or a flat monthly fee.
	// Regular staff always pay Rate.
	Classes []ClassRule `json:"classes,omitempty"`
	// PreviousMonth applies the rule for members without a fixed income:
	// their dues are computed on the previous month's wages
	// (全总 工发〔1978〕101号 第三条).
	PreviousMonth bool `json:"previous_month"`
	// RoundPerSpan makes AssessPeriod round a span's amount once, as base ×
	// rate × months rounded by AmountRounding (东莞理工学院 2015:
	// (岗位工资 + 薪级工资) × 5‰ × 12), instead of rounding each month and
	// multiplying. False, the default, rounds per month: dues are owed
	// monthly (中国工会章程 第四条第（六）项). Flat fees are never rounded.
	RoundPerSpan bool `json:"round_per_span,omitempty"`
	// LapseMonths is the number of consecutive unpaid months after which
	// Arrears flags a member as deemed to have left, once talked to
	// (中国工会章程 第六条: 6). Zero turns the flag off.
	LapseMonths int `json:"lapse_months"`
	// Source cites the documents and articles of the rate and rounding rules.
	// It is optional: a policy of the caller's own cites nothing, and its
	// reasons say so (they cite SourceOwn and end with "dues.own_rule").
	// Presets always cite theirs.
	Source string `json:"source,omitempty"`
	// Effective is the range of months the policy is in force.
	Effective union.Effective `json:"effective"`
}

// Base is the dues base of one sector: either only the listed items
// (AllBut false, the institutions' 岗位工资 + 薪级工资) or every item but the
// listed ones (AllBut true, the 1978 rule for enterprises: everything but
// bonuses, allowances, royalties and the labour-insurance payments).
type Base struct {
	// Sector is the sector the base applies to.
	Sector union.Sector `json:"sector"`
	// Class, when not Regular, makes the base apply only to the members of
	// that class in Sector (Legacy1993: workers, 工人, in organs and
	// institutions pay on 岗位工资 + 等级工资 under 全总财务部 工财字〔1994〕69号);
	// members of other classes use the sector's base without a class.
	Class Class `json:"class,omitempty"`
	// AllBut makes Items an exclude list: every other item counts.
	AllBut bool `json:"all_but"`
	// Items are the items counted (AllBut false) or left out (AllBut true).
	Items []WageItem `json:"items"`
	// Source cites the rule that defines the base; optional (the policy's
	// Source, or SourceOwn, is cited when it is empty).
	Source string `json:"source,omitempty"`
}

// Exemption is a member status that pays no dues, with its source, e.g.
// Retired under 中国工会章程 第八条.
type Exemption struct {
	// Status is the exempt status; Active cannot be exempt.
	Status union.MemberStatus `json:"status"`
	// Source cites the rule; optional (the policy's Source, or SourceOwn, is
	// cited when it is empty).
	Source string `json:"source,omitempty"`
}

// ClassRule gives one class of staff its own rate (probation and contract
// staff at 0.25%, 平顶山学院 2018) or a flat monthly fee (apprentices 0.05
// yuan, 全总 工发〔1978〕101号 第二条; non-established staff 1 yuan,
// 东莞理工学院 2015).
type ClassRule struct {
	// Class is the class of staff; Regular cannot have a rule of its own.
	Class Class `json:"class"`
	// Flat makes Fee the monthly amount, whatever the wages.
	Flat bool `json:"flat"`
	// Rate is the class's rate in [0, 1) when Flat is false; zero otherwise.
	Rate decimal.Decimal `json:"rate"`
	// Fee is the flat monthly fee in yuan when Flat is true; zero otherwise.
	Fee decimal.Decimal `json:"fee"`
	// Source cites the rule; optional (the policy's Source, or SourceOwn, is
	// cited when it is empty).
	Source string `json:"source,omitempty"`
}

// maxLapseMonths bounds Policy.LapseMonths.
const maxLapseMonths = 120

// MaxListItems is the most entries Validate accepts in any list of a policy
// or scheme (the bases, a base's items, the own items, the exemptions, the
// class rules, a level of shares), and the most items a member's payslip
// (Wages, PreviousWages) and Arrears' paid months may hold: far above any
// real payroll (a payslip has tens of items), and low enough that
// validation stays in the milliseconds. A longer list is a
// *union.FieldError naming the list with the limit as its argument (code
// "invalid.too_large" in a policy, "invalid.too_many" in an input). Every
// check is linear in the list's length.
const MaxListItems = 10000

// MaxBatch is the most members one AssessAll call takes: half a million,
// assessed within a second on two cores even when every payslip has its own
// pattern of items (BenchmarkAtLimits), with about 170 MB allocated. A larger
// payroll is assessed in shards whose batches Merge exactly (or streamed with
// AssessCSV); above the limit every item carries the *union.FieldError on
// "members" (code "invalid.too_many", the limit as its argument), so nothing
// is silently cut off.
const MaxBatch = 500_000

// Codes of the wage-item checks.
const (
	codeItemUnknown = "dues.item.unknown" // not named, not declared
	codeItemAlias   = "dues.item.alias"   // the Chinese name of a named item; arg: its word
	codeItemNamed   = "dues.item.named"   // a named item declared as the employer's own
	codeUnsetRound  = "dues.policy.rounding_unset"
)

// validateRounding checks a rounding field: defined, in range, and stated
// (the zero value only with WholeYuan).
func validateRounding(field string, r union.Rounding, wholeYuan bool, errs []error) []error {
	if r == (union.Rounding{}) && !wholeYuan {
		return append(errs, union.Inconsistent(field, codeUnsetRound, ""))
	}
	return appendPrefixed(errs, field, r.Validate())
}

// validateOwnItems refuses Chinese names of named items in a policy's item
// lists (奖金 in an exclude list would not exclude Bonus), and, for
// OwnItems (own true), named items and too long or repeated lists.
// The field is prefix + name, built only for an error.
func validateOwnItems(prefix func() string, name string, items []WageItem, own bool, errs []error) []error {
	if own {
		errs = validateItems(prefix, name, items, errs)
	}
	for j, it := range items[:min(len(items), MaxListItems)] {
		if it.Known() {
			if own {
				errs = append(errs, union.Inconsistent(union.Indexed(prefix()+name, j), codeItemNamed, string(it)))
			}
		} else if a, ok := aliasOf(string(it)); ok {
			errs = append(errs, union.Inconsistent(union.Indexed(prefix()+name, j), codeItemAlias, string(it), string(a)))
		}
	}
	return errs
}

// Declares reports whether payslips under the policy may hold w: a named
// item, or an employer's own item in OwnItems or in a Base's Items. It is
// linear in those lists: a decoder of many records asks it once per
// distinct name, not once per record.
func (p Policy) Declares(w WageItem) bool {
	if w.Known() {
		return true
	}
	for _, it := range p.OwnItems {
		if it == w {
			return true
		}
	}
	for _, b := range p.Bases {
		for _, it := range b.Items {
			if it == w {
				return true
			}
		}
	}
	return false
}

// noPrefix is the prefix of a top-level list's field.
func noPrefix() string { return "" }

// tooMany reports a policy list longer than MaxListItems.
func tooMany(field string, n int) *union.FieldError {
	return union.Inconsistent(field, "invalid.too_large", strconv.Itoa(n), strconv.Itoa(MaxListItems))
}

// validateItems reports empty and duplicate wage items, and a list longer
// than MaxListItems, in linear time: named items by their bit, the
// employer's own by a set built only when there are any. The field is
// prefix + name, built only for an error.
func validateItems(prefix func() string, name string, items []WageItem, errs []error) []error {
	if len(items) > MaxListItems {
		return append(errs, tooMany(prefix()+name, len(items)))
	}
	var named uint32
	var own map[WageItem]bool
	for j, it := range items {
		if it == "" {
			errs = append(errs, union.Inconsistent(union.Indexed(prefix()+name, j), "invalid.empty", ""))
			continue
		}
		dup := false
		if i := itemIndex(it); i >= 0 {
			dup = named&(1<<i) != 0
			named |= 1 << i
		} else {
			if own == nil {
				own = map[WageItem]bool{}
			}
			dup = own[it]
			own[it] = true
		}
		if dup {
			errs = append(errs, union.Inconsistent(union.Indexed(prefix()+name, j), "invalid.duplicate", string(it)))
		}
	}
	return errs
}

var (
	zero = decimal.Zero
	one  = decimal.NewFromInt(1)
)

// validRate reports whether r is in [0, 1).
func validRate(r decimal.Decimal) bool { return r.Sign() >= 0 && r.LessThan(one) }

// Validate checks the policy and returns every problem at once: an
// errors.Join of *union.FieldError values wrapping union.ErrPolicy, or nil.
// Assess, AssessAll, AssessPeriod and Arrears call it first.
func (p Policy) Validate() error {
	var errs []error
	if fe := policyDecimal("rate", p.Rate); fe != nil {
		errs = append(errs, fe)
	} else if !validRate(p.Rate) {
		errs = append(errs, union.Inconsistent("rate", "policy.range", p.Rate.String(), "0", "1"))
	}
	errs = validateRounding("base_rounding", p.BaseRounding, p.WholeYuan, errs)
	errs = validateRounding("amount_rounding", p.AmountRounding, p.WholeYuan, errs)
	errs = validateOwnItems(noPrefix, "own_items", p.OwnItems, true, errs)
	if len(p.Bases) == 0 {
		errs = append(errs, union.Inconsistent("bases", "policy.empty", ""))
	}
	if len(p.Bases) > MaxListItems {
		// Valid bases are at most one per sector and class: a longer list is
		// refused whole rather than checked entry by entry.
		errs = append(errs, tooMany("bases", len(p.Bases)))
	} else {
		var sectors [8][8]bool // by sector and class
		for i, b := range p.Bases {
			f := func() string { return union.Indexed("bases", i) } // built only for an error
			switch {
			case !b.Sector.Valid():
				errs = append(errs, union.Inconsistent(f()+".sector", "invalid.unknown", strconv.Itoa(int(b.Sector))))
			case !b.Class.Valid():
				errs = append(errs, union.Inconsistent(f()+".class", "invalid.unknown", strconv.Itoa(int(b.Class))))
			case sectors[b.Sector][b.Class]:
				errs = append(errs, union.Inconsistent(f()+".sector", "invalid.duplicate", b.Sector.String()))
			default:
				sectors[b.Sector][b.Class] = true
			}
			if !b.AllBut && len(b.Items) == 0 {
				errs = append(errs, union.Inconsistent(f()+".items", "policy.empty", ""))
			}
			errs = validateItems(f, ".items", b.Items, errs)
			errs = validateOwnItems(f, ".items", b.Items, false, errs)
		}
	}
	if len(p.Exempt) > MaxListItems {
		errs = append(errs, tooMany("exempt", len(p.Exempt)))
	}
	var statuses [16]bool
	for i, e := range p.Exempt[:min(len(p.Exempt), MaxListItems)] {
		f := func() string { return union.Indexed("exempt", i) } // built only for an error
		switch {
		case !e.Status.Valid():
			errs = append(errs, union.Inconsistent(f()+".status", "invalid.unknown", strconv.Itoa(int(e.Status))))
		case e.Status == union.Active:
			errs = append(errs, union.Inconsistent(f()+".status", "dues.policy.exempt_active", e.Status.String()))
		case statuses[e.Status]:
			errs = append(errs, union.Inconsistent(f()+".status", "invalid.duplicate", e.Status.String()))
		default:
			statuses[e.Status] = true
		}
	}
	if len(p.Classes) > MaxListItems {
		errs = append(errs, tooMany("classes", len(p.Classes)))
	}
	var classes [8]bool
	for i, c := range p.Classes[:min(len(p.Classes), MaxListItems)] {
		f := func() string { return union.Indexed("classes", i) } // built only for an error
		switch {
		case !c.Class.Valid():
			errs = append(errs, union.Inconsistent(f()+".class", "invalid.unknown", strconv.Itoa(int(c.Class))))
		case c.Class == Regular:
			errs = append(errs, union.Inconsistent(f()+".class", "invalid.inconsistent", c.Class.String(), "rate"))
		case classes[c.Class]:
			errs = append(errs, union.Inconsistent(f()+".class", "invalid.duplicate", c.Class.String()))
		default:
			classes[c.Class] = true
		}
		if fe := policyDecimal("", c.Rate); fe != nil {
			fe.Field = f() + ".rate"
			errs = append(errs, fe)
			continue
		}
		if fe := policyDecimal("", c.Fee); fe != nil {
			fe.Field = f() + ".fee"
			errs = append(errs, fe)
			continue
		}
		if c.Flat {
			if c.Fee.Sign() < 0 {
				errs = append(errs, union.Inconsistent(f()+".fee", "invalid.negative", c.Fee.String()))
			}
			if !c.Rate.IsZero() {
				errs = append(errs, union.Inconsistent(f()+".rate", "invalid.inconsistent", c.Rate.String(), "flat"))
			}
		} else {
			if !validRate(c.Rate) {
				errs = append(errs, union.Inconsistent(f()+".rate", "policy.range", c.Rate.String(), "0", "1"))
			}
			if !c.Fee.IsZero() {
				errs = append(errs, union.Inconsistent(f()+".fee", "invalid.inconsistent", c.Fee.String(), "flat"))
			}
		}
	}
	if p.LapseMonths < 0 || p.LapseMonths > maxLapseMonths {
		errs = append(errs, union.Inconsistent("lapse_months", "policy.range", strconv.Itoa(p.LapseMonths),
			"0", strconv.Itoa(maxLapseMonths)))
	}
	errs = appendPrefixed(errs, "effective", p.Effective.Validate())
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

// appendPrefixed appends err re-rooted under prefix, if it is not nil.
func appendPrefixed(errs []error, prefix string, err error) []error {
	if err == nil {
		return errs
	}
	return append(errs, union.Prefix(prefix, err))
}
