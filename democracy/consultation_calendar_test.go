package democracy

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2025-01-31", "2024-02-29", "0001-01-01", "9999-12-31"} {
		d, err := ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, d.String())
	}
	for _, s := range []string{"", "2025-1-31", "2025-02-29", "2025-13-01", "0000-01-01", "2025-04-31", "2025/01/01", "２０２５-01-01"} {
		_, err := ParseDate(s)
		mustField(t, err, union.ErrInvalid, "date", "invalid.format")
	}
}

// ordinal and dateOf are inverses over the whole range, and weekdays agree
// with the time package.
func TestDateOrdinal(t *testing.T) {
	for _, n := range []int{0, 1, 58, 59, 365, 730_000, 738_000, maxOrdinal - 1, maxOrdinal} {
		d, ok := dateOf(n)
		require.True(t, ok, n)
		require.True(t, d.Valid(), n)
		assert.Equal(t, n, ordinal(d), d.String())
	}
	_, ok := dateOf(maxOrdinal + 1)
	assert.False(t, ok)
	d := MustDate("2025-03-01")
	for i := 0; i < 800; i++ {
		got, _ := d.AddDays(i)
		want := time.Date(2025, 3, 1+i, 0, 0, 0, 0, time.UTC)
		require.Equal(t, want.Format("2006-01-02"), got.String())
		require.Equal(t, want.Weekday(), got.Weekday())
	}
	assert.Equal(t, "9999-12-31", MustDate("9999-12-31").String())
	_, ok = MustDate("9999-12-31").AddDays(1)
	assert.False(t, ok)
}

// 民法典 第二百零一条 to 第二百零三条, on the 2025 calendar.
func TestDeadlineCivilCode(t *testing.T) {
	cal := cal2025()
	for _, c := range []struct {
		name, start string
		span        Span
		want        string
	}{
		// 第二百零一条: the period starts the day after; 10 days from Monday 3 March end on Thursday 13 March.
		{"art201 days", "2025-03-03", spanDays(10), "2025-03-13"},
		// 第二百零三条: 30 January is in the Spring Festival holiday (28 Jan – 4 Feb): the period ends on 5 February.
		{"art203 holiday", "2025-01-20", spanDays(10), "2025-02-05"},
		// A last day on a Saturday moves to Monday.
		{"art203 weekend", "2025-03-05", spanDays(10), "2025-03-17"},
		// 2 October is in the National Day holiday (1–8 October): 9 October.
		{"art203 national day", "2025-09-25", spanDays(7), "2025-10-09"},
		// Working days skip the holiday and count the Sunday worked in lieu (26 January) and the Saturday (8 February).
		{"working days", "2025-01-20", spanWorkdays(10), "2025-02-08"},
		// 第二百零二条: a month from 31 January ends on the last day of February.
		{"art202 no matching day", "2025-01-31", spanMonths(1), "2025-02-28"},
		// Two months from 31 March end on 31 May, a holiday (31 May – 2 June): 3 June.
		{"art202 then art203", "2025-03-31", spanMonths(2), "2025-06-03"},
		{"art202 matching day", "2025-03-15", spanMonths(2), "2025-05-15"},
		// Fifteen days from 9 May end on Saturday 24 May: Monday 26 May.
		{"review window", "2025-05-09", spanDays(15), "2025-05-26"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := cal.Deadline(MustDate(c.start), c.span)
			require.NoError(t, err)
			assert.Equal(t, c.want, got.String())
		})
	}
}

func TestDeadlineErrors(t *testing.T) {
	cal := cal2025()
	_, err := cal.Deadline(MustDate("2025-12-25"), spanDays(10))
	mustField(t, err, union.ErrInvalid, "start", "democracy.calendar.uncovered")
	_, err = Calendar{}.Deadline(MustDate("2025-03-03"), spanDays(10))
	mustField(t, err, union.ErrInvalid, "calendar.from", "invalid.required")
	_, err = cal.Deadline(Date{}, spanDays(10))
	mustField(t, err, union.ErrInvalid, "start", "invalid.format")
	_, err = cal.Deadline(MustDate("2025-03-03"), Span{})
	mustField(t, err, union.ErrInvalid, "span.n", "invalid.not_positive")
	_, err = cal.Deadline(MustDate("2025-03-03"), Span{N: -1})
	mustField(t, err, union.ErrPolicy, "span.n", "policy.range")
	_, err = cal.Deadline(MustDate("2025-03-03"), Span{N: 1, Unit: 9})
	mustField(t, err, union.ErrPolicy, "span.unit", "invalid.unknown")
	// A calendar of all rest days can never end a period: bounded, an error.
	rest := Calendar{From: MustDate("2025-01-01"), Until: MustDate("2025-01-31")}
	for d := MustDate("2025-01-01"); !d.After(rest.Until); d, _ = d.AddDays(1) {
		rest.Holidays = append(rest.Holidays, d)
	}
	_, err = rest.Deadline(MustDate("2025-01-01"), spanWorkdays(1))
	mustField(t, err, union.ErrInvalid, "start", "democracy.calendar.uncovered")
	far := Calendar{From: MustDate("9999-01-01"), Until: MustDate("9999-12-31")}
	_, err = far.Deadline(MustDate("9999-12-30"), spanMonths(2))
	mustField(t, err, union.ErrInvalid, "start", "invalid.range")
}

func TestCalendarValidate(t *testing.T) {
	cal := cal2025()
	require.NoError(t, cal.Validate())
	cal.Holidays = append(cal.Holidays, MustDate("2026-01-01"), Date{Year: 2025, Month: 2, Day: 30})
	cal.Workdays = append(cal.Workdays, MustDate("2025-10-01"))
	err := cal.Validate()
	fes := union.FieldErrors(err)
	require.Len(t, fes, 3)
	assert.Equal(t, "invalid.range", fes[0].Code)
	assert.Equal(t, "invalid.format", fes[1].Code)
	assert.Equal(t, "invalid.inconsistent", fes[2].Code)
	big := Calendar{From: MustDate("2025-01-01"), Until: MustDate("2025-12-31"), Holidays: make([]Date, MaxCalendarDates+1)}
	mustField(t, big.Validate(), union.ErrInvalid, "holidays", "invalid.too_many")
	rev := Calendar{From: MustDate("2025-12-31"), Until: MustDate("2025-01-01")}
	mustField(t, rev.Validate(), union.ErrInvalid, "until", "invalid.order")
	w, err := cal2025().IsWorkday(MustDate("2025-01-26"))
	require.NoError(t, err)
	assert.True(t, w, "Sunday worked in lieu")
	w, err = cal2025().IsWorkday(MustDate("2025-10-03"))
	require.NoError(t, err)
	assert.False(t, w)
}

func TestCalendarJSONStrict(t *testing.T) {
	b, err := json.Marshal(cal2025())
	require.NoError(t, err)
	var back Calendar
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, cal2025(), back)
	err = json.Unmarshal([]byte(`{"from":"2025-01-01","until":"2025-12-31","holiday":[]}`), &back)
	require.ErrorIs(t, err, union.ErrInvalid)
	err = json.Unmarshal([]byte(`{"from":"2025-02-30","until":"2025-12-31"}`), &back)
	require.ErrorIs(t, err, union.ErrInvalid)
}
