package exact

// Mode says which way dropped digits go. Every mode is symmetric around zero.
// The values equal union.RoundingMode's (a test pins them).
type Mode uint8

// The rounding modes.
const (
	HalfUp   Mode = iota // half away from zero (四舍五入)
	HalfEven             // half to the even digit
	Down                 // toward zero
	Up                   // away from zero
)

// roundQuo rounds the quotient q of a division with remainder r by d (d > 0,
// 0 ≤ |r| < d, r has the sign of the dividend) in mode m.
func roundQuo(q, r, d int64, m Mode) int64 {
	if r == 0 {
		return q
	}
	neg := r < 0
	if neg {
		r = -r
	}
	var away bool
	switch m {
	case Down:
	case Up:
		away = true
	case HalfEven:
		// r*2 may overflow when d is near the int64 limit: compare r with d-r.
		h := d - r
		away = r > h || (r == h && q%2 != 0)
	default: // HalfUp
		away = r >= d-r
	}
	if !away {
		return q
	}
	if neg {
		return q - 1
	}
	return q + 1
}
