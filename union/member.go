package union

// Member is what every package knows of a union member. Domain packages add
// what their rules need (wage items for dues, household facts for
// assistance) in their own input types. The JSON form uses snake_case keys and
// enums as their English words.
type Member struct {
	// ID is the caller's identifier of the member (staff number, member card).
	ID string `json:"id"`
	// Name is the member's name, for printed sheets only; no rule reads it.
	Name string `json:"name,omitempty"`
	// ResidentID is the 18-character resident ID number, when recorded; see ParseResidentID.
	ResidentID string `json:"resident_id,omitempty"`
	// Gender is as recorded; GenderUnknown when not.
	Gender Gender `json:"gender,omitzero"`
	// Sector is the sector of the member's employer.
	Sector Sector `json:"sector"`
	// Status is the member's employment and membership status.
	Status MemberStatus `json:"status"`
	// Organization is the ID of the member's grassroots union.
	Organization string `json:"organization,omitempty"`
	// Joined is the month the member joined the union, when known.
	Joined Period `json:"joined,omitzero"`
}

// Organization is a trade union organisation: a grassroots union of one
// employer or a federation at a higher level.
type Organization struct {
	// ID is the caller's identifier of the organisation.
	ID string `json:"id"`
	// Name is the registered name, e.g. 某某有限公司工会委员会.
	Name string `json:"name,omitempty"`
	// CreditCode is the 18-character unified social credit code (统一社会信用代码);
	// a union registered as a legal person has one starting "81" (see ParseCreditCode).
	CreditCode string `json:"credit_code,omitempty"`
	// Level is the organisation's place in the union hierarchy.
	Level Level `json:"level"`
	// Sector is the sector of the employer, for a grassroots union.
	Sector Sector `json:"sector"`
	// Region is the 6-digit administrative division code (GB/T 2260) of its seat.
	Region string `json:"region,omitempty"`
	// Parent is the ID of the organisation at the next level up, if any.
	Parent string `json:"parent,omitempty"`
	// Headcount is the number of staff and workers (职工) of the employer.
	Headcount int `json:"headcount,omitempty"`
	// Members is the number of union members.
	Members int `json:"members,omitempty"`
}
