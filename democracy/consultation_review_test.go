package democracy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 山东省企业工资集体协商条例 第二十八条: the talks last 60 days from the reply,
// suspensions not counted. The suspended days lengthen the period itself; only
// its last day, once they are added, moves off a rest day (民法典 第二百零三条).
// Extending first and adding after counted the weekend twice.
func TestScheduleSuspensionsBeforeRestDay民法典第二百零三条(t *testing.T) {
	tests := []struct {
		name        string
		replied     string
		suspensions []Suspension
		signed      string
		due         string
		status      StepStatus
		days        int
	}{
		// 11 March + 60 days = Saturday 10 May; + 5 suspended days = Thursday 15 May.
		{"period ends on a Saturday, suspensions added", "2025-03-11",
			[]Suspension{{From: MustDate("2025-04-07"), Until: MustDate("2025-04-11")}}, "2025-05-16", "2025-05-15", StatusLate, 1},
		// with no suspension the Saturday moves to Monday 12 May.
		{"period ends on a Saturday, no suspension", "2025-03-11", nil, "2025-05-12", "2025-05-12", StatusOnTime, 0},
		// 11 March + 60 + 1 = Sunday 11 May: moved to Monday 12 May.
		{"suspensions end the period on a Sunday", "2025-03-11",
			[]Suspension{{From: MustDate("2025-04-08"), Until: MustDate("2025-04-08")}}, "2025-05-12", "2025-05-12", StatusOnTime, 0},
		// 10 March + 60 = Friday 9 May; + 5 = Wednesday 14 May (no rest day involved).
		{"period ends on a working day", "2025-03-10",
			[]Suspension{{From: MustDate("2025-04-07"), Until: MustDate("2025-04-11")}}, "2025-05-14", "2025-05-14", StatusOnTime, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := ConsultationEvents{
				Requested:    MustDate("2025-03-03"),
				Replied:      MustDate(tt.replied),
				FirstMeeting: MustDate("2025-03-24"),
				Suspensions:  tt.suspensions,
				Voted:        MustDate(tt.signed),
				Signed:       MustDate(tt.signed),
			}
			s, err := ConsultationShandong2016().Schedule(ev, cal2025())
			require.NoError(t, err)
			neg := stepOf(t, s, StepNegotiation)
			assert.Equal(t, tt.due, neg.Due.String())
			assert.Equal(t, tt.status, neg.Status)
			assert.Equal(t, tt.days, neg.Days)
		})
	}
}
