package union

// democracyMessages holds the texts of the codes used by package democracy.
func democracyMessages() []Message {
	return []Message{}
}
