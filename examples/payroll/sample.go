package main

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// sampleSize is the number of members in the sample payroll.
const sampleSize = 300

// lcg is a tiny linear congruential generator: the sample is the same on
// every machine and Go version.
type lcg uint64

// next returns a number in [0, n).
func (g *lcg) next(n int) int {
	*g = *g*6364136223846793005 + 1442695040888963407
	return int(uint64(*g>>33) % uint64(n))
}

// yuan returns lo + a random whole number of yuan and fen below span yuan.
func (g *lcg) yuan(lo, span int) decimal.Decimal {
	return decimal.New(int64(lo*100+g.next(span*100)), -2)
}

// sample builds the payroll: 300 members across the four sectors with the
// sectors' usual payslips, some retired and unemployed members, apprentices,
// members without a fixed income, and two bad records (a negative bonus and
// a wage item without a name).
func sample() []dues.Member {
	g := lcg(20260301)
	ms := make([]dues.Member, 0, sampleSize)
	for i := 0; i < sampleSize; i++ {
		var m dues.Member
		switch {
		case i%10 < 5:
			m = dues.Member{ID: fmt.Sprintf("E%04d", i+1), Sector: union.Enterprise, Wages: map[dues.WageItem]decimal.Decimal{
				dues.BasicWage: g.yuan(2200, 3000), dues.SkillWage: g.yuan(300, 900), dues.SeniorityWage: g.yuan(50, 300),
				dues.Bonus: g.yuan(0, 2500), dues.Overtime: g.yuan(0, 600)}}
		case i%10 < 8:
			m = dues.Member{ID: fmt.Sprintf("S%04d", i+1), Sector: union.Institution, Wages: map[dues.WageItem]decimal.Decimal{
				dues.PositionWage: g.yuan(1800, 2500), dues.GradeWage: g.yuan(300, 2000),
				dues.BasicPerformance: g.yuan(1500, 1500), dues.Allowance: g.yuan(200, 800)}}
		case i%10 < 9:
			m = dues.Member{ID: fmt.Sprintf("G%04d", i+1), Sector: union.Organ, Wages: map[dues.WageItem]decimal.Decimal{
				dues.DutyWage: g.yuan(1000, 2500), dues.RankWage: g.yuan(900, 2000), dues.Subsidy: g.yuan(500, 1500)}}
		default:
			m = dues.Member{ID: fmt.Sprintf("N%04d", i+1), Sector: union.SocialOrganization, Wages: map[dues.WageItem]decimal.Decimal{
				dues.BasicWage: g.yuan(2500, 3500), dues.Allowance: g.yuan(0, 500)}}
		}
		switch g.next(25) {
		case 0, 1:
			m.Status = union.Retired
			m.Wages = map[dues.WageItem]decimal.Decimal{dues.Pension: g.yuan(3000, 3000)}
		case 2:
			m.Status = union.Unemployed
			m.Wages = nil
		case 3:
			if m.Sector == union.Enterprise {
				m.Class = dues.Apprentice
			}
		case 4:
			// No fixed income: this month's pay is partial, last month's counts.
			m.NoFixedIncome = true
			m.PreviousWages = m.Wages
			m.Wages = map[dues.WageItem]decimal.Decimal{}
			for k, v := range m.PreviousWages {
				m.Wages[k] = v.Div(decimal.NewFromInt(4)).RoundDown(2)
			}
		}
		ms = append(ms, m)
	}
	// An apprentice and a retired member among the first rows of the table.
	ms[2].Class = dues.Apprentice
	ms[11].Status = union.Retired
	ms[11].Wages = map[dues.WageItem]decimal.Decimal{dues.Pension: decimal.RequireFromString("4120.00")}
	// Two bad records: a negative bonus and a wage item without a name.
	ms[7].Wages[dues.Bonus] = decimal.RequireFromString("-350.00")
	ms[133].Wages[""] = decimal.RequireFromString("120.00")
	return ms
}
