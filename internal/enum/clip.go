package enum

// Clip shortens a caller's text to its first 40 characters and "…", for an
// error's Value: an error never carries a whole document back.
func Clip(s string) string {
	const max = 40
	out := make([]rune, 0, max+1)
	for _, r := range s { // invalid UTF-8 comes out as U+FFFD
		if len(out) == max {
			return string(append(out, '…'))
		}
		out = append(out, r)
	}
	return string(out)
}
