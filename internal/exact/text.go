package exact

// AppendFixed appends the text of a rounded half away from zero to places
// decimals (0 ≤ places ≤ 18), exactly as decimal.StringFixed(places) writes
// it: a minus sign for a negative result, no sign for zero, and places digits
// after the point.
func (a Amount) AppendFixed(dst []byte, places int32) []byte {
	if places < 0 {
		places = 0
	}
	r := a
	if a.exp != -places {
		var ok bool
		if r, ok = a.Round(places, HalfUp); !ok || places > 18 {
			return append(dst, a.Decimal().StringFixed(places)...)
		}
	} else if places > 18 {
		return append(dst, a.Decimal().StringFixed(places)...)
	}
	// Write the digits backwards into a scratch array, then copy them out:
	// at most 19 digits, the point and the sign.
	var tmp [24]byte
	i := len(tmp)
	u := uabs(r.coef)
	for k := int32(0); k < places; k++ {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	if places > 0 {
		i--
		tmp[i] = '.'
	}
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if r.coef < 0 {
		i--
		tmp[i] = '-'
	}
	return append(dst, tmp[i:]...)
}

// Fixed returns AppendFixed's text as a string.
func (a Amount) Fixed(places int32) string {
	var buf [24]byte
	return string(a.AppendFixed(buf[:0], places))
}
