package democracy

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// ElectionKind is what an election fills, which decides whether the 差额
// rule applies: 工会基层组织选举工作条例 (2016) asks for a margin of at least
// 5% for the members of the committee (委员会委员), while the chair, the
// vice-chairs and the funds audit committee (经费审查委员会) are commonly
// elected 等额, one candidate per seat (ElectionRules.MarginKinds).
//
// Its text form is the lower-case English word.
type ElectionKind uint8

// The kinds of election.
const (
	// Committee elects the members of a union committee (委员会委员). The
	// zero value, so that a setup that does not say gets the 差额 rule.
	Committee ElectionKind = iota
	// StandingCommittee elects the members of a standing committee (常务委员会委员).
	StandingCommittee
	// Chair elects the chair (主席).
	Chair
	// ViceChair elects the vice-chairs (副主席).
	ViceChair
	// AuditCommittee elects the members of the funds audit committee (经费审查委员会委员).
	AuditCommittee
	// Representatives elects delegates or representatives (职工代表,
	// 会员代表), e.g. in a constituency (上海市职工代表大会条例 第十五条).
	Representatives
)

var electionKindEnum = enum.New[ElectionKind]("ElectionKind", "kind", "democracy.election_kind", union.Invalid, "committee", "standing_committee", "chair", "vice_chair", "audit_committee", "representatives")

// String returns the English word.
func (k ElectionKind) String() string { return electionKindEnum.String(k) }

// Text returns the localized name, e.g. 委员会委员 in zh-Hans.
func (k ElectionKind) Text(tag language.Tag) string {
	return electionKindEnum.Text(k, tag)
}

// Valid reports whether k is one of the defined kinds.
func (k ElectionKind) Valid() bool { return electionKindEnum.Valid(k) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (k ElectionKind) MarshalText() ([]byte, error) {
	return electionKindEnum.Marshal(k)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (k *ElectionKind) UnmarshalText(t []byte) error {
	return electionKindEnum.Unmarshal(k, t)
}
