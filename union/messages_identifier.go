package union

// identifierMessages holds the texts of the codes used by the identifier types (ResidentID, CreditCode, Region) and Uppercase.
func identifierMessages() []Message {
	return []Message{}
}
