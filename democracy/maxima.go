package democracy

import "github.com/gonghui/gonghui/union"

// tooMany is the error of a count or list length n above its documented
// maximum max, of the given kind (union.ErrInvalid or union.ErrPolicy).
func tooMany(kind error, field string, n, max int) *union.FieldError {
	return &union.FieldError{Field: field, Code: "invalid.too_large", Value: itoa(n), Args: []string{itoa(max)}, Kind: kind}
}
