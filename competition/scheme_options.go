package competition

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// The options of a Scheme and its indicators: which way an indicator counts,
// which totals decide a tie and how an absent score counts. Like every enum
// of the package, each has one text form, a lower-case English word written
// and read by MarshalText and UnmarshalText; an unknown word or value is a
// *union.FieldError wrapping union.ErrInvalid.

// Direction says whether a higher or a lower raw value is better on an indicator.
// Its text form is "higher" or "lower".
type Direction uint8

// The directions.
const (
	// HigherBetter is the usual indicator: judges' scores, higher is better.
	HigherBetter Direction = iota
	// LowerBetter is a measured indicator where less is better (completion
	// time, defects). Its values are normalised against the field: the best
	// value in the field earns full marks, others best/value × full marks.
	LowerBetter
)

var directionEnum = enum.New[Direction]("Direction", "direction", "competition.direction", union.Invalid, "higher", "lower")

// String returns "higher" or "lower".
func (d Direction) String() string { return directionEnum.String(d) }

// Text returns the localized name.
func (d Direction) Text(tag language.Tag) string {
	return directionEnum.Text(d, tag)
}

// Valid reports whether d is defined.
func (d Direction) Valid() bool { return directionEnum.Valid(d) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (d Direction) MarshalText() ([]byte, error) {
	return directionEnum.Marshal(d)
}

// UnmarshalText reads the word, or the name Text prints in any of the
// three languages; anything else is ErrInvalid listing the accepted values.
func (d *Direction) UnmarshalText(b []byte) error {
	return directionEnum.Unmarshal(d, b)
}

// TieBasis says which totals decide whether two entrants tie.
// Its text form is "rounded" or "exact".
type TieBasis uint8

// The tie bases.
const (
	// Rounded compares the published totals, rounded half-up to Scheme.Places:
	// what a union posts on the results sheet decides, then the tie-breaks.
	// This is the default: a result sheet showing 91.25 above 91.25 "because
	// of the third decimal" is not what an organiser can defend.
	Rounded TieBasis = iota
	// Exact compares the exact totals before rounding; entrants whose
	// published totals are equal may then be ordered by digits no one sees.
	Exact
)

var tieBasisEnum = enum.New[TieBasis]("TieBasis", "tie_on", "", union.Invalid, "rounded", "exact")

// String returns "rounded" or "exact".
func (t TieBasis) String() string { return tieBasisEnum.String(t) }

// Valid reports whether t is defined.
func (t TieBasis) Valid() bool { return tieBasisEnum.Valid(t) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (t TieBasis) MarshalText() ([]byte, error) { return tieBasisEnum.Marshal(t) }

// UnmarshalText reads the word; anything else is ErrInvalid.
func (t *TieBasis) UnmarshalText(b []byte) error {
	return tieBasisEnum.Unmarshal(t, b)
}

// Absence says what happens to an entrant with no score on an indicator (a
// component such as the theory exam missed). Its text form is "zero" or
// "disqualify".
type Absence uint8

// The absence policies.
const (
	// AbsentZero scores the missing indicator as zero and ranks the entrant.
	AbsentZero Absence = iota
	// AbsentDisqualify takes the entrant out of the ranking, like a veto.
	AbsentDisqualify
)

var absenceEnum = enum.New[Absence]("Absence", "absent", "", union.Invalid, "zero", "disqualify")

// String returns "zero" or "disqualify".
func (a Absence) String() string { return absenceEnum.String(a) }

// Valid reports whether a is defined.
func (a Absence) Valid() bool { return absenceEnum.Valid(a) }

// MarshalText returns the word; an undefined value is ErrInvalid.
func (a Absence) MarshalText() ([]byte, error) { return absenceEnum.Marshal(a) }

// UnmarshalText reads the word; anything else is ErrInvalid.
func (a *Absence) UnmarshalText(b []byte) error {
	return absenceEnum.Unmarshal(a, b)
}
