package democracy

import (
	"math"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
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

// 浙江省集体合同条例 第二十四条: the draft passes with more than half of all
// delegates voting for it. A tally whose votes add up to more than those
// present is an error, however large the counts: For + Against of two
// near-MaxInt counts wrapped round and let such a tally pass. Every count of
// people is bounded by MaxPeople, as everywhere in the package.
func TestDecideAdoptionCountsBounded浙江第二十四条(t *testing.T) {
	const big = math.MaxInt
	tests := []struct {
		name              string
		delegates, preset int
		tally             Tally
		field, code       string
	}{
		{"votes wrap round", big, big, Tally{For: big, Against: big}, "delegates", "invalid.too_many"},
		{"delegates above MaxPeople", MaxPeople + 1, 10, Tally{For: 10}, "delegates", "invalid.too_many"},
		{"present above MaxPeople", MaxPeople + 1, MaxPeople + 1, Tally{For: 10}, "present", "invalid.too_many"},
		{"for above MaxPeople", 10, 10, Tally{For: MaxPeople + 1}, "tally.for", "invalid.too_many"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ConsultationZhejiang2010().DecideAdoption(tt.delegates, tt.preset, tt.tally)
			require.Error(t, err, "passed: %v", d.Passed)
			mustField(t, err, union.ErrInvalid, tt.field, tt.code)
		})
	}
	// at the limit the vote is decided.
	d, err := ConsultationZhejiang2010().DecideAdoption(MaxPeople, MaxPeople, Tally{For: MaxPeople/2 + 1, Against: MaxPeople/2 - 1})
	require.NoError(t, err)
	assert.True(t, d.Passed)
}

// 劳动合同法 第五十五条 and the year's 工资指导线: the amounts and fractions a
// caller passes are held to union.CheckDecimal before any arithmetic, so a
// decimal with a huge exponent is an error naming its field, at once. Before,
// CheckTerms spent seconds building a megabyte-long error text, and Classify
// seconds classifying it.
func TestContentDecimalsBounded劳动合同法第五十五条(t *testing.T) {
	huge := decimal.New(1, -3_000_000)
	big := decimal.New(1, 3_000_000)
	for _, tt := range []struct {
		name  string
		terms ContractTerms
		field string
	}{
		{"minimum wage, tiny exponent", ContractTerms{MinimumWage: huge, LocalMinimum: decimal.New(2000, 0)}, "minimum_wage"},
		{"local minimum, huge exponent", ContractTerms{MinimumWage: decimal.New(2100, 0), LocalMinimum: big}, "local_minimum"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConsultationShandong2016().CheckTerms(tt.terms)
			mustField(t, err, union.ErrInvalid, tt.field, "invalid.decimal_range")
			assert.Less(t, len(err.Error()), 1000)
		})
	}
	g := WageGuideline{Year: 2025, Upper: decimal.New(1, -1), Base: decimal.New(7, -2), Lower: decimal.New(3, -2), Source: "s"}
	_, err := g.Classify(huge)
	mustField(t, err, union.ErrInvalid, "raise", "invalid.decimal_range")
	bad := g
	bad.Base = huge
	_, err = bad.Classify(decimal.New(5, -2))
	mustField(t, err, union.ErrPolicy, "guideline.base", "invalid.decimal_range")
}

// 山东省企业工资集体协商条例 第二十八条: suspensions of the talks are not counted
// in their 60 days. A suspension before the request was even received is no
// suspension of these talks; it used to lengthen the period all the same.
func TestScheduleSuspensionBeforeRequest山东第二十八条(t *testing.T) {
	ev := shandongEvents()
	ev.Suspensions = []Suspension{{From: MustDate("2025-02-20"), Until: MustDate("2025-03-05")}}
	_, err := ConsultationShandong2016().Schedule(ev, cal2025())
	mustField(t, err, union.ErrInvalid, "events.suspensions[0].from", "democracy.consultation.order")
	// on the day of the request or after it, a suspension counts.
	ev.Suspensions = []Suspension{{From: MustDate("2025-03-03"), Until: MustDate("2025-03-05")}}
	s, err := ConsultationShandong2016().Schedule(ev, cal2025())
	require.NoError(t, err)
	assert.Equal(t, 3, s.SuspendedDays)
}

// Work stays linear in a caller's list: a reason that names MaxSeconders
// seconders who are not formal delegates (列席) is built in one allocation,
// not by appending name after name (quadratic: 2,000 items of 500 such
// seconders took 3.6 s, mostly copying names).
func TestJoinNamesLinearMaxSeconders(t *testing.T) {
	names := make([]string, MaxSeconders)
	for i := range names {
		names[i] = "delegate-with-a-long-name-" + itoa(i)
	}
	want := 0
	for _, s := range names {
		want += len(s)
	}
	want += (len(names) - 1) * len("、")
	assert.Len(t, joinNames(names), want)
	assert.Equal(t, names[0]+"、"+names[1], joinNames(names[:2]))
	assert.Equal(t, "—", joinNames(nil))
	allocs := testing.AllocsPerRun(5, func() { _ = joinNames(names) })
	assert.LessOrEqual(t, allocs, 2.0)
}
