package democracy

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Rules, calendars and inputs are shared read-only between goroutines: the
// same call on each gives the same result (go test -race holds it).
func TestConsultationConcurrentUse(t *testing.T) {
	r, c, cal := ConsultationHangzhou2014(), hangzhouConsultation(), cal2025()
	pr, s := ProposalsNWNU(), shenzhenSession()
	want, err := r.Check(c, cal)
	require.NoError(t, err)
	wantP, err := pr.Process(s)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := r.Check(c, cal)
			require.NoError(t, err)
			require.Equal(t, want, got)
			gotP, err := pr.Process(s)
			require.NoError(t, err)
			require.Equal(t, wantP, gotP)
		}()
	}
	wg.Wait()
}

// BenchmarkConsultationCheck measures one whole round: ten negotiators, a
// full schedule on a year's calendar, the vote, the terms and the guideline.
func BenchmarkConsultationCheck(b *testing.B) {
	r, c, cal := ConsultationHangzhou2014(), hangzhouConsultation(), cal2025()
	for b.Loop() {
		if _, err := r.Check(c, cal); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProposalProcess measures a session of 126 items on 200 delegates.
func BenchmarkProposalProcess(b *testing.B) {
	r, s := ProposalsNWNU(), shenzhenSession()
	for b.Loop() {
		if _, err := r.Process(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeadline measures one period of ten working days.
func BenchmarkDeadline(b *testing.B) {
	cal, start := cal2025(), MustDate("2025-01-20")
	for b.Loop() {
		if _, err := cal.Deadline(start, spanWorkdays(10)); err != nil {
			b.Fatal(err)
		}
	}
}
