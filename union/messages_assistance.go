package union

// assistanceMessages holds the texts of the codes used by package assistance.
func assistanceMessages() []Message {
	return []Message{}
}
