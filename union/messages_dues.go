package union

// duesMessages holds the texts of the codes used by package dues.
func duesMessages() []Message {
	return []Message{}
}
