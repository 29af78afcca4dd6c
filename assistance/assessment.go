package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Assessment is the answer to an application and why.
//
// An assessment shares no memory with another assessment, with the rules or
// the applicant, or with package state. No slice in it has spare capacity
// (len == cap), so appending to any of them copies. The Args of the reasons
// of one assessment are disjoint parts of one array, allocated together for
// speed: overwriting an element of one reason's Args changes only that
// reason. Copies of an Assessment value share its slices, as any Go value does.
type Assessment struct {
	// Category is the category the household is filed under: None when the
	// income tests give none, or when a condition fails or an exclusion hits.
	Category Category `json:"category"`
	// Tested is the category the income tests alone give, before conditions
	// and exclusions; it equals Category when the applicant is eligible.
	Tested Category `json:"tested"`
	// Eligible is false when a condition failed or an exclusion hit.
	Eligible bool `json:"eligible"`
	// Excluded is true when an exclusion hit (the file is refused or, on
	// review, withdrawn: 退档).
	Excluded bool `json:"excluded"`
	// PerCapita is (counted income − rigid spending) ÷ 12 ÷ members, rounded
	// by the rules' PerCapitaRounding. It is reported, never compared: the
	// tests compare exact totals.
	PerCapita decimal.Decimal `json:"per_capita"`
	// Threshold is the monthly per-capita threshold of the band that gave the
	// category, or of the last band tried when none did.
	Threshold decimal.Decimal `json:"threshold"`
	// Income is the counted income: income items not excluded, imputed
	// income and, when the rules say so, aid paid this year.
	Income decimal.Decimal `json:"income"`
	// Imputed is the part of Income imputed to idle members.
	Imputed decimal.Decimal `json:"imputed"`
	// Rigid is the rigid spending deducted.
	Rigid decimal.Decimal `json:"rigid"`
	// Grants are the aid amounts the household may receive this year.
	Grants []Grant `json:"grants,omitempty"`
	// AidTotal is the sum of Grants.
	AidTotal decimal.Decimal `json:"aid_total"`
	// Missing lists the evidence documents the file still needs.
	Missing []Document `json:"missing,omitempty"`
	// Reasons explain every step: income counted, tests met and failed,
	// conditions failed, exclusions hit, aid and documents.
	Reasons []union.Reason `json:"reasons"`
}

// Grant is the aid of one programme for the year.
type Grant struct {
	Programme Programme       `json:"programme"` // the aid programme
	Amount    decimal.Decimal `json:"amount"`    // yuan for the year, after aid already paid
	// Capped is set when a cap (or aid already paid) reduced the amount.
	Capped bool `json:"capped,omitempty"`
}
