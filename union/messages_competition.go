package union

// competitionMessages holds the texts of the codes used by package competition.
func competitionMessages() []Message {
	return []Message{}
}
