package competition

import (
	"strconv"
	"testing"
)

// BenchmarkHomeAssessAll scores 10,000 units on the Fujian sheet.
func BenchmarkHomeAssessAll(b *testing.B) {
	s := HomeFujian2012()
	title := HomeNationalTitle()
	s.Title = &title
	units := make([]HomeUnit, 10000)
	for i := range units {
		units[i] = homeFull("U" + strconv.Itoa(i))
		units[i].Staff, units[i].Members = 100, 95
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := s.AssessAll(units); err != nil {
			b.Fatal(err)
		}
	}
}
