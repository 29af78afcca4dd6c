//go:build race

package main

// raceEnabled reports that the race detector is on: the timing tests skip.
const raceEnabled = true
