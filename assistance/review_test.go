package assistance

import (
	"encoding/json"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func file(c Category) File {
	return File{Category: c, Filed: union.MustPeriod("2024-03"), Reviewed: union.MustPeriod("2025-03")}
}

// 动态管理: 新华日报 2019-09-11 (脱困, 解困), 邹城 2023 (注销), 湖南 (yearly review).
func TestReview_Xinhua2019Zoucheng2023(t *testing.T) {
	r := Standard(d("1000"))
	better := simple(3, "90000", "0")
	tests := []struct {
		name string
		f    File
		a    func() Applicant
		want Outcome
		to   Category
		code string
	}{
		{"continue", file(Deep), func() Applicant { return simple(3, "20000", "0") }, Continue, Deep, "assistance.review.continue"},
		{"move deep → relative", file(Deep), func() Applicant { return simple(3, "50000", "0") }, Move, Relative, "assistance.review.move.relative"},
		{"脱困 after 6 months above 低保", file(Deep), func() Applicant {
			a := better
			a.Household.MonthsAbove = 6
			return a
		}, Exit, None, "assistance.review.exit"},
		{"not yet 6 months: file stays", file(Relative), func() Applicant {
			a := better
			a.Household.MonthsAbove = 4
			return a
		}, Continue, Relative, "assistance.review.pending"},
		{"解困: chronic illness, on 低保", file(Deep), func() Applicant {
			a := typical()
			a.Household.OnMinimumLiving = true
			return a
		}, Resolved, Deep, "assistance.review.resolved"},
		{"cancel: retired", file(Deep), func() Applicant {
			a := simple(3, "20000", "0")
			a.Worker.Status = union.Retired
			return a
		}, Cancel, None, "assistance.review.cancel.retired"},
		{"cancel: deceased", file(Deep), func() Applicant {
			a := simple(3, "20000", "0")
			a.Worker.Status = union.Deceased
			return a
		}, Cancel, None, "assistance.review.cancel.deceased"},
		{"退档: two homes found", file(Relative), func() Applicant {
			a := simple(3, "20000", "0")
			a.Household.Homes = 2
			return a
		}, Cancel, None, "assistance.review.cancel.excluded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Review(tt.f, tt.a())
			require.NoError(t, err)
			assert.Equal(t, tt.want, res.Outcome)
			assert.Equal(t, tt.to, res.To)
			assert.Equal(t, tt.code, res.Reasons[0].Code)
			if tt.want.KeepsFile() {
				assert.Equal(t, "2026-03", res.Next.String())
			} else {
				assert.True(t, res.Next.IsZero())
			}
		})
	}
}

func TestReviewBadFile(t *testing.T) {
	r := Standard(d("1000"))
	_, err := r.Review(File{Category: None, Filed: union.MustPeriod("2025-03"), Reviewed: union.MustPeriod("2024-03")}, simple(0, "1", "0"))
	require.ErrorIs(t, err, union.ErrInvalid)
	fields := fieldsOf(err)
	assert.Contains(t, fields, "file.category")
	assert.Contains(t, fields, "file.reviewed")
	assert.Contains(t, fields, "household.members")
}

// A period is a month of years 1–9999: a file reviewed 9999-06 under a
// 12-month cycle (《湖南工会困难职工档案管理办法》, at least once a year) has no
// next review the library could write, so it is an error naming the field,
// never a next review of 10000-06 that JSON cannot hold.
func TestReviewNextPeriodInRange(t *testing.T) {
	r := Standard(d("1000"))
	f := File{Category: Deep, Filed: union.MustPeriod("9990-01"), Reviewed: union.MustPeriod("9999-06")}
	_, err := r.Review(f, simple(3, "20000", "0"))
	require.ErrorIs(t, err, union.ErrInvalid)
	var fe *union.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "file.reviewed", fe.Field)
	assert.Equal(t, []string{"0001-01", "9998-12"}, fe.Args)

	f.Reviewed = union.MustPeriod("9998-12")
	res, err := r.Review(f, simple(3, "20000", "0"))
	require.NoError(t, err)
	assert.Equal(t, "9999-12", res.Next.String())
	_, err = json.Marshal(res)
	require.NoError(t, err)
}
