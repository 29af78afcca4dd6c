package competition

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// HomeUnit is one union (or facility) assessed against a sheet: the values
// it reports per item, the veto events on record, and the counts a title's
// preconditions need.
type HomeUnit struct {
	// ID is the unit's identifier.
	ID string `json:"id"`
	// AsOf is the month of the assessment; veto windows end with it.
	AsOf union.Period `json:"as_of"`
	// Items are the reported values (at most MaxHomeItems, one per item).
	// An item not reported scores 0.
	Items []HomeValue `json:"items,omitempty"`
	// Events are the veto events on record (at most MaxHomeItems).
	Events []HomeEvent `json:"events,omitempty"`
	// Staff is the number of staff, counting migrant and dispatched workers:
	// the denominator of the membership rate.
	Staff int `json:"staff,omitempty"`
	// Members is the number of union members among them: its numerator.
	Members int `json:"members,omitempty"`
	// Surveyed is the number of members who rated the union (会员评家).
	Surveyed int `json:"surveyed,omitempty"`
	// Satisfied is the number who rated it satisfactory, as the title's
	// issuer counts satisfaction (with or without 基本满意).
	Satisfied int `json:"satisfied,omitempty"`
	// LowerTitle says the unit holds the lower-level title.
	LowerTitle bool `json:"lower_title,omitempty"`
	// LargeGroup marks a very large or large enterprise group.
	LargeGroup bool `json:"large_group,omitempty"`
	// SecondLevelUnits is a large group's number of second-level units.
	SecondLevelUnits int `json:"second_level_units,omitempty"`
	// SecondLevelTitled is the number of them holding a lower-level title.
	SecondLevelTitled int `json:"second_level_titled,omitempty"`
}

// HomeValue is the value a unit reports for one item: a reviewers' score, a
// rate (0.92 for 92%), an area, or a count, as the item's rule reads it.
type HomeValue struct {
	// Item is the item's ID.
	Item string `json:"item"`
	// Value is the reported value (≥ 0).
	Value decimal.Decimal `json:"value"`
	// Deductions are the IDs of the item's fixed deductions incurred.
	Deductions []string `json:"deductions,omitempty"`
}

// HomeEvent is an event of a veto's kind: wage arrears, a safety accident of
// general grade or above, a major collective dispute.
type HomeEvent struct {
	// Veto is the veto's ID.
	Veto string `json:"veto"`
	// Month is when it happened (not after the assessment month).
	Month union.Period `json:"month"`
}

// HomeItemScore is one item's score and why.
type HomeItemScore struct {
	// Item is the item's ID.
	Item string `json:"item"`
	// Score is the points scored.
	Score decimal.Decimal `json:"score"`
	// Max is the item's Points.
	Max decimal.Decimal `json:"max"`
	// Full says the item scored its full points.
	Full bool `json:"full"`
	// Reasons explain the score, citing the item's source.
	Reasons []union.Reason `json:"reasons"`
}

// HomeCategoryScore is one category's score with its items.
type HomeCategoryScore struct {
	// Category is the category's ID.
	Category string `json:"category"`
	// Score is the sum of its items' scores.
	Score decimal.Decimal `json:"score"`
	// Max is the sum of its items' points.
	Max decimal.Decimal `json:"max"`
	// Items are the item scores, in the sheet's order.
	Items []HomeItemScore `json:"items"`
}

// HomeCheck is one precondition of a title with its numerator and
// denominator.
type HomeCheck struct {
	// Check names the precondition: "membership", "satisfaction",
	// "lower_title" or "group_units".
	Check string `json:"check"`
	// Met says the unit meets it.
	Met bool `json:"met"`
	// Numerator and Denominator are the counts compared (0 and 0 for
	// "lower_title").
	Numerator int `json:"numerator"`
	// Denominator is the count the numerator is a share of.
	Denominator int `json:"denominator"`
	// Reason explains it, citing the rule.
	Reason union.Reason `json:"reason"`
}

// HomeTitleResult says whether a unit meets a title's preconditions.
type HomeTitleResult struct {
	// Eligible says every precondition is met.
	Eligible bool `json:"eligible"`
	// Checks are the preconditions, each explained.
	Checks []HomeCheck `json:"checks"`
}

// HomeResult is a unit's assessment: its total with the item trace, the
// essential items not met and the vetoes that apply (each overriding the
// total), its grade, and the title's preconditions when the sheet has them.
type HomeResult struct {
	// Unit is the unit's ID.
	Unit string `json:"unit"`
	// Total is the sum of the categories' scores.
	Total decimal.Decimal `json:"total"`
	// Max is the sheet's total points.
	Max decimal.Decimal `json:"max"`
	// Categories are the category scores, in the sheet's order.
	Categories []HomeCategoryScore `json:"categories"`
	// EssentialUnmet are the essential items not fully met, in sheet order.
	EssentialUnmet []string `json:"essential_unmet"`
	// Vetoed are the vetoes that apply, in sheet order.
	Vetoed []string `json:"vetoed"`
	// Grade is the grade awarded, or "" for none.
	Grade string `json:"grade"`
	// Title is the title's preconditions, or nil when the sheet has none.
	Title *HomeTitleResult `json:"title,omitempty"`
	// Reasons explain the grade, the vetoes and the essential items.
	Reasons []union.Reason `json:"reasons"`
}

// HomeDistribution is how many units got each grade.
type HomeDistribution struct {
	// Grade is the grade, "" for units with none.
	Grade string `json:"grade"`
	// Units is the number of units.
	Units int `json:"units"`
}
