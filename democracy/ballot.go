package democracy

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Ballot is one returned ballot: the names the voter approves (赞成), which
// are candidates or, where allowed, written-in names (另选他人). A name not
// approved is a vote against or an abstention; neither counts for anyone. A
// blank ballot (no names) is valid.
type Ballot struct {
	// Approve lists the names approved, each at most once.
	Approve []string `json:"approve"`
	// Spoiled marks a ballot the scrutineers found unreadable or marked
	// illegally (废票); it is invalid whatever it names.
	Spoiled bool `json:"spoiled,omitempty"`
}

// Fate is what became of one ballot in a count.
// Its text form is the lower-case English word.
type Fate uint8

// The fates of a ballot.
const (
	// Valid: counted. The zero value.
	Valid Fate = iota
	// Blank: valid, approves no one.
	Blank
	// Spoiled: invalid, unreadable or illegally marked (废票).
	Spoiled
	// TooMany: invalid, marks more names than seats (多选).
	TooMany
	// Duplicate: invalid, names the same person twice.
	Duplicate
	// EmptyName: invalid, approves an empty name.
	EmptyName
	// WriteInRefused: invalid, names someone who is not a candidate where
	// write-ins are not allowed (further rounds, tie-breaks, or rules
	// without 另选他人).
	WriteInRefused
	// Uncounted: the election is void; no ballot is counted.
	Uncounted
)

var fateEnum = enum.New[Fate]("Fate", "fate", "democracy.fate", union.Invalid, "valid", "blank", "spoiled", "too_many", "duplicate", "empty_name", "write_in_refused", "uncounted")

// String returns the English word.
func (f Fate) String() string { return fateEnum.String(f) }

// Text returns the localized name.
func (f Fate) Text(tag language.Tag) string {
	return fateEnum.Text(f, tag)
}

// Valid reports whether f is one of the defined fates.
func (f Fate) Valid() bool { return fateEnum.Valid(f) }

// Counted reports whether a ballot with this fate is valid (Valid or Blank).
func (f Fate) Counted() bool { return f == Valid || f == Blank }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (f Fate) MarshalText() ([]byte, error) { return fateEnum.Marshal(f) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (f *Fate) UnmarshalText(t []byte) error {
	return fateEnum.Unmarshal(f, t)
}

// Round is the kind of voting round.
// Its text form is "first", "further" or "tie_break".
type Round uint8

// The rounds.
const (
	// First is the formal election (正式选举): the 差额 rule applies and,
	// where the rules allow, write-ins. The zero value.
	First Round = iota
	// Further is a further election (另行选举) for unfilled seats among the
	// candidates not elected: the winning threshold still applies; the 差额
	// rule does not (the list is what is left); no write-ins.
	Further
	// TieBreak is a vote among candidates tied at the last seats: they all
	// met the threshold already, so more votes wins; a new tie is reported again.
	TieBreak
)

var roundEnum = enum.New[Round]("Round", "round", "democracy.round", union.Invalid, "first", "further", "tie_break")

// String returns the English word.
func (r Round) String() string { return roundEnum.String(r) }

// Text returns the localized name.
func (r Round) Text(tag language.Tag) string {
	return roundEnum.Text(r, tag)
}

// Valid reports whether r is one of the defined rounds.
func (r Round) Valid() bool { return roundEnum.Valid(r) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (r Round) MarshalText() ([]byte, error) { return roundEnum.Marshal(r) }

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (r *Round) UnmarshalText(t []byte) error {
	return roundEnum.Unmarshal(r, t)
}
