// Package exact is the module's exact integer money kernel: an amount as an
// int64 coefficient and a decimal exponent, with checked arithmetic, the four
// rounding modes on integers, a 128-bit a×b÷c, fixed-point text, an exact
// running total and a per-call cache of decimals.
//
// It is the fast path under the packages' decimal arithmetic. Every operation
// either gives the exact result of the same operation on decimals (or on
// rational numbers, for division and rounding) or reports, with ok == false,
// that the figures do not fit in 64 bits; the caller then takes the plain
// decimal path. It never panics on any input and never returns a wrong
// number: FuzzAmount holds every operation against math/big.Rat.
//
// A coefficient is at most MaxCoef in magnitude (18 digits), so that any
// coefficient times ten, and any sum of two coefficients, fits in an int64.
//
// The package imports no gonghui package: its rounding modes are its own type,
// Mode, whose values are pinned to union.RoundingMode by a test.
package exact
