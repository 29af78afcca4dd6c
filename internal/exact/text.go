package exact

import "strconv"

// AppendFixed appends the text of a rounded half away from zero to places
// decimals (0 ≤ places ≤ 18), exactly as decimal.StringFixed(places) writes
// it: a minus sign for a negative result, no sign for zero, and places digits
// after the point.
func (a Amount) AppendFixed(dst []byte, places int32) []byte {
	if places < 0 {
		places = 0
	}
	r, ok := a.Round(places, HalfUp)
	if !ok || places > 18 {
		return append(dst, a.Decimal().StringFixed(places)...)
	}
	c := r.coef
	if c < 0 {
		dst = append(dst, '-')
	}
	u := uabs(c)
	var buf [20]byte
	digits := strconv.AppendUint(buf[:0], u, 10)
	if int(places) >= len(digits) {
		dst = append(dst, '0')
		if places > 0 {
			dst = append(dst, '.')
			for i := len(digits); i < int(places); i++ {
				dst = append(dst, '0')
			}
			dst = append(dst, digits...)
		}
		return dst
	}
	n := len(digits) - int(places)
	dst = append(dst, digits[:n]...)
	if places > 0 {
		dst = append(dst, '.')
		dst = append(dst, digits[n:]...)
	}
	return dst
}

// Fixed returns AppendFixed's text as a string.
func (a Amount) Fixed(places int32) string {
	var buf [48]byte
	return string(a.AppendFixed(buf[:0], places))
}
