package democracy

import (
	"strconv"
)

// The enums of this package (Base, Form, Matter, Group, Bound, Category, Fate,
// GapPolicy, Method, Round, Shortfall) share these helpers: their text form is
// a lower-case English word, their localized name a message code
// "democracy.<prefix>.<word>".

// itoa formats an int for a reason argument or an error value.
func itoa(n int) string { return strconv.Itoa(n) }
