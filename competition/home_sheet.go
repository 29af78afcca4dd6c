package competition

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// HomeSheet is a score sheet for 职工之家 titles (合格 / 先进 / 模范职工之家, 模范职工小家)
// or for the star ratings of union facilities (工会驿站, 爱心妈咪小屋), as data:
// categories of items with points, items that must be met whatever the total
// (必备), veto items (一票否决) with a look-back window, and grade bands. Assess
// scores one unit; AssessAll many, with the distribution of grades.
//
// A grade goes to the highest band whose Min the total reaches and whose
// Requires items are all fully met, and only when no veto applies and every
// essential item is fully met. No pass mark of any published sheet is known,
// so a sheet's Grades are parameters with no default.
type HomeSheet struct {
	// Name is the sheet's stable name, e.g. "home_fujian2012".
	Name string `json:"name"`
	// Source cites the sheet; "(secondary)" marks one read in a copy.
	Source string `json:"source"`
	// Secondary says the sheet rests on secondary or uncertain sources.
	Secondary bool `json:"secondary,omitempty"`
	// Effective is the months the sheet is in force.
	Effective union.Effective `json:"effective"`
	// Categories are the sheet's sections (at most MaxHomeItems).
	Categories []HomeCategory `json:"categories,omitempty"`
	// Vetoes are the items that bar any grade (at most MaxHomeItems).
	Vetoes []HomeVeto `json:"vetoes,omitempty"`
	// Grades are the bands, in any order (at most MaxHomeItems).
	Grades []HomeGrade `json:"grades,omitempty"`
	// PartialStep says how a shortfall item counts a partial step; required
	// when an item uses HomeShortfall.
	PartialStep HomePartial `json:"partial_step,omitempty"`
	// Title, when set, adds a title's preconditions to every assessment.
	Title *HomeTitleRule `json:"title,omitempty"`
}

// HomeCategory is one section of a sheet; its points are its items' points.
type HomeCategory struct {
	// ID names the category, e.g. "I".
	ID string `json:"id"`
	// Items are the category's items (at most MaxHomeItems).
	Items []HomeItem `json:"items"`
}

// HomeRule says how an item's score follows from the value the unit reports.
type HomeRule uint8

// The item rules. The zero value is no rule, so an item that never says is
// refused.
const (
	// HomeRuleUnset is no rule stated.
	HomeRuleUnset HomeRule = iota
	// HomeAwarded: the reviewers' score, 0 to Points, is the value itself.
	HomeAwarded
	// HomeThreshold: full Points when the value reaches Target (以上 includes
	// the number: 民法典 第一千二百五十九条), else 0.
	HomeThreshold
	// HomeSteps: the points of the highest step whose AtLeast the value reaches.
	HomeSteps
	// HomeShortfall: Points less Deduct for every Step the value falls short of
	// Target, never below 0 (a partial step counts as the sheet's PartialStep says).
	HomeShortfall
	// HomeCount: Per points for each occurrence (the value, a whole number),
	// at most Points.
	HomeCount
)

var homeRuleEnum = enum.New[HomeRule]("HomeRule", "rule", "", union.Invalid, "unset", "awarded", "threshold", "steps", "shortfall", "count")

// String returns the rule's word, e.g. "steps".
func (r HomeRule) String() string { return homeRuleEnum.String(r) }

// MarshalText writes the rule's word.
func (r HomeRule) MarshalText() ([]byte, error) {
	return homeRuleEnum.Marshal(r)
}

// UnmarshalText reads the rule's word; anything else is ErrInvalid.
func (r *HomeRule) UnmarshalText(b []byte) error {
	return homeRuleEnum.Unmarshal(r, b)
}

// HomePartial says whether a partial shortfall step costs a deduction.
type HomePartial uint8

// The ways of counting a partial step. The zero value is not stated, which a
// sheet with a shortfall item may not leave.
const (
	// HomePartialUnset is not stated.
	HomePartialUnset HomePartial = iota
	// HomeWholeSteps deducts only for whole steps short (3% short at 2% a
	// step: one step).
	HomeWholeSteps
	// HomeAnyPart deducts for any part of a step (3% short at 2% a step: two).
	HomeAnyPart
)

var homePartialEnum = enum.New[HomePartial]("HomePartial", "partial_step", "", union.Invalid, "unset", "whole_steps", "any_part")

// String returns the word, e.g. "whole_steps".
func (p HomePartial) String() string { return homePartialEnum.String(p) }

// MarshalText writes the word.
func (p HomePartial) MarshalText() ([]byte, error) {
	return homePartialEnum.Marshal(p)
}

// UnmarshalText reads the word; anything else is ErrInvalid.
func (p *HomePartial) UnmarshalText(b []byte) error {
	return homePartialEnum.Unmarshal(p, b)
}

// HomeItem is one scored item of a sheet.
type HomeItem struct {
	// ID names the item, unique in the sheet, e.g. "I.2".
	ID string `json:"id"`
	// Points is the most the item scores (> 0).
	Points decimal.Decimal `json:"points"`
	// Essential marks a 必备 item: it must score its full Points for any grade.
	Essential bool `json:"essential,omitempty"`
	// Rule says how the score follows from the reported value.
	Rule HomeRule `json:"rule"`
	// Target is the value a threshold or shortfall item needs (e.g. 0.9).
	Target decimal.Decimal `json:"target,omitzero"`
	// Steps are a step item's steps, AtLeast strictly rising (at most
	// MaxHomeItems).
	Steps []HomeStep `json:"steps,omitempty"`
	// Step is a shortfall item's step (e.g. 0.02 for every 2% short).
	Step decimal.Decimal `json:"step,omitzero"`
	// Deduct is a shortfall item's points deducted per step (e.g. 0.5).
	Deduct decimal.Decimal `json:"deduct,omitzero"`
	// Per is a count item's points per occurrence.
	Per decimal.Decimal `json:"per,omitzero"`
	// Deductions are fixed deductions the unit may incur on the item (e.g.
	// "records unclear −2"), the item never below 0 (at most MaxHomeItems).
	Deductions []HomeDeduction `json:"deductions,omitempty"`
	// Source cites the item.
	Source string `json:"source"`
}

// HomeStep is one step of a step item: Points when the value is AtLeast.
type HomeStep struct {
	// AtLeast is the value the step needs.
	AtLeast decimal.Decimal `json:"at_least"`
	// Points is the step's points.
	Points decimal.Decimal `json:"points"`
}

// HomeDeduction is a fixed deduction of an item.
type HomeDeduction struct {
	// ID names the deduction, unique in the item.
	ID string `json:"id"`
	// Points is what it deducts (> 0).
	Points decimal.Decimal `json:"points"`
}

// HomeVeto is a veto item: a reported event of that kind bars every grade.
// With LookbackMonths, only events in the LookbackMonths months ending with
// the assessment month count (36 for "the last 3 years").
type HomeVeto struct {
	// ID names the veto, e.g. "wage_arrears".
	ID string `json:"id"`
	// LookbackMonths is the window (0: any reported event counts, as for a
	// present state such as "no union-fund account").
	LookbackMonths int `json:"lookback_months,omitempty"`
	// Source cites the veto.
	Source string `json:"source"`
}

// HomeGrade is a grade band: a total of at least Min and the Requires items
// fully met.
type HomeGrade struct {
	// Grade names the band, e.g. "advanced" or "5_star".
	Grade string `json:"grade"`
	// Min is the total the band needs (≥ 0).
	Min decimal.Decimal `json:"min"`
	// Requires are items the band needs fully met (at most MaxHomeItems).
	Requires []string `json:"requires,omitempty"`
	// Source cites the band.
	Source string `json:"source"`
}

// HomeTitleRule is a title's preconditions, as the national 全国模范职工之家 sets
// them: membership of at least MinMembership of the staff, member
// satisfaction of at least MinSatisfaction, the lower title already held, and
// for a large group at least MinGroupShare of its second-level units titled.
// A zero share sets no such condition. Shares include the number (以上:
// 民法典 第一千二百五十九条) and are compared exactly, from counts.
type HomeTitleRule struct {
	// Name is the rule's stable name, e.g. "home_national_title".
	Name string `json:"name"`
	// Source cites the rule.
	Source string `json:"source"`
	// Secondary says the rule rests on secondary sources.
	Secondary bool `json:"secondary,omitempty"`
	// Effective is the months the rule is in force.
	Effective union.Effective `json:"effective"`
	// MinMembership is the least share of staff in the union (0–1).
	MinMembership decimal.Decimal `json:"min_membership"`
	// MinSatisfaction is the least share of members satisfied (0–1).
	MinSatisfaction decimal.Decimal `json:"min_satisfaction"`
	// LowerTitle requires a lower-level title already held.
	LowerTitle bool `json:"lower_title,omitempty"`
	// MinGroupShare is the least share of a large group's second-level units
	// holding a lower-level title (0–1).
	MinGroupShare decimal.Decimal `json:"min_group_share"`
}

// Limits of a sheet and of its input. Validate and Assess report a list
// above its limit as a *union.FieldError naming the field and the limit
// (code "invalid.too_many").
const (
	// MaxHomeItems is the most categories, items per category, vetoes,
	// grades, steps, deductions, a grade's Requires, and a unit's Items,
	// Events and an item's Deductions.
	MaxHomeItems = 256
	// MaxHomeUnits is the most units AssessAll takes.
	MaxHomeUnits = 100_000
	// MaxHomeCount bounds the counts of a unit (staff, members, units).
	MaxHomeCount = 100_000_000
)
