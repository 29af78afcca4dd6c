//go:build !race

package assistance

// slowdown scales time bounds in tests (1 without the race detector).
const slowdown = 1
