package union

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"2025-10-09", true}, {"0001-01-01", true}, {"9999-12-31", true}, {"2024-02-29", true},
		{"2025-02-29", false}, {"0000-01-01", false}, {"2025-13-01", false}, {"2025-1-09", false},
		{"2025/10/09", false}, {"", false}, {"+025-10-09", false}, {"2025-10-0٩", false},
	} {
		d, err := ParseDate(tc.in)
		if !tc.ok {
			var fe *FieldError
			require.ErrorAs(t, err, &fe, tc.in)
			assert.True(t, errors.Is(err, ErrInvalid))
			assert.Equal(t, "date", fe.Field)
			assert.Equal(t, "invalid.format", fe.Code)
			assert.True(t, d.IsZero())
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.in, d.String())
	}
}

func TestDateValidate(t *testing.T) {
	require.NoError(t, MustDate("2025-10-09").Validate())
	var fe *FieldError
	require.ErrorAs(t, Date{}.Validate(), &fe)
	assert.Equal(t, "invalid.required", fe.Code)
	require.ErrorAs(t, Date{Year: 2025, Month: 2, Day: 30}.Validate(), &fe)
	assert.Equal(t, "invalid.format", fe.Code)
	assert.Equal(t, "2025-2-30", fe.Value)
}

// The ordinal and its inverse agree over the whole range, and so do weekdays
// with package time.
func TestDateArithmetic(t *testing.T) {
	for _, n := range []int{0, 1, 58, 59, 365, 730_000, 738_000, maxOrdinal - 1, maxOrdinal} {
		d, ok := dateOfOrdinal(n)
		require.True(t, ok, n)
		require.True(t, d.Valid(), n)
		assert.Equal(t, n, d.ordinal(), d.String())
		tm := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		assert.Equal(t, tm.Weekday(), d.Weekday(), d.String())
	}
	_, ok := dateOfOrdinal(maxOrdinal + 1)
	assert.False(t, ok)
	d := MustDate("2024-12-30")
	for i, want := range []string{"2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"} {
		got, ok := d.AddDays(i)
		require.True(t, ok)
		assert.Equal(t, want, got.String())
		assert.Equal(t, i, d.DaysUntil(got))
	}
	_, ok = MustDate("9999-12-31").AddDays(1)
	assert.False(t, ok)
	_, ok = MustDate("0001-01-01").AddDays(-1)
	assert.False(t, ok)
	_, ok = MustDate("2025-01-01").AddDays(math.MinInt)
	assert.False(t, ok)
	_, ok = Date{Year: math.MaxInt, Month: 1, Day: 1}.AddDays(1)
	assert.False(t, ok)
	assert.Equal(t, time.Thursday, MustDate("2025-10-09").Weekday())
	assert.Equal(t, 0, Date{Year: math.MaxInt, Month: 1, Day: 1}.DaysUntil(MustDate("2025-01-01")))
}

func TestDateAddMonths(t *testing.T) {
	assert.Equal(t, "2024-02-29", MustDate("2024-01-31").AddMonths(1).String())
	assert.Equal(t, "2023-02-28", MustDate("2024-02-29").AddMonths(-12).String())
	assert.True(t, MustDate("9999-12-31").AddMonths(1).IsZero())
	assert.True(t, MustDate("2025-01-01").AddMonths(math.MaxInt).IsZero())
	assert.True(t, Date{}.AddMonths(1).IsZero())
}

func TestDateOrder(t *testing.T) {
	a, b := MustDate("2025-10-09"), MustDate("2025-10-10")
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, Date{}.Before(MustDate("0001-01-01")))
	assert.Equal(t, Period{Year: 2025, Month: time.October}, a.Period())
}

func TestDateTextAndJSON(t *testing.T) {
	d := MustDate("2025-10-09")
	assert.Equal(t, "2025年10月9日", d.Text(language.SimplifiedChinese))
	assert.Equal(t, "2025-10-09", d.Text(language.English))
	assert.Equal(t, "", Date{}.Text(language.English))
	b, err := json.Marshal(struct{ D, Z Date }{D: d})
	require.NoError(t, err)
	assert.Equal(t, `{"D":"2025-10-09","Z":""}`, string(b))
	var back struct{ D, Z Date }
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d, back.D)
	assert.True(t, back.Z.IsZero())
	_, err = json.Marshal(Date{Year: 2025, Month: 2, Day: 30})
	assert.ErrorIs(t, err, ErrInvalid)
	assert.ErrorIs(t, json.Unmarshal([]byte(`"2025-02-30"`), &back.D), ErrInvalid)
}
