package assistance

import "github.com/gonghui/gonghui/union"

// MutualDate is a calendar day of a mutual-aid claim: the day cover starts,
// a hospital admission or discharge, a diagnosis. It is union.Date (parse it
// with union.ParseDate); its text and JSON form is "2026-11-30" and the zero
// MutualDate is "no date".
type MutualDate = union.Date
