package gonghui_test

import (
	"time"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// The public API contract, the names callers and conformance checks rely on,
// checked by the compiler: each name must exist with the signature written here. A rename or a changed
// signature breaks the build of this test.
var (
	// union
	_ union.RoundingMode                                                         = union.HalfUp
	_                                                                            = []union.RoundingMode{union.HalfUp, union.HalfEven, union.Down, union.Up}
	_                                                                            = union.Rounding{Places: 2, Mode: union.HalfUp}
	_ func(union.Rounding, decimal.Decimal) decimal.Decimal                      = union.Rounding.Round
	_ func(decimal.Decimal, []decimal.Decimal, int32) ([]decimal.Decimal, error) = union.Split
	_ func(decimal.Decimal) (string, error)                                      = union.Uppercase
	_                                                                            = union.Period{Year: 2026, Month: time.November}
	_ func(string) (union.Period, error)                                         = union.ParsePeriod
	_ func(union.Period) string                                                  = union.Period.String
	_ func(union.Period, int) union.Period                                       = union.Period.AddMonths
	_                                                                            = []union.Gender{union.Female, union.Male}
	_ func(string) (union.ResidentID, error)                                     = union.ParseResidentID
	_ func(union.ResidentID) time.Time                                           = union.ResidentID.Birth
	_ func(union.ResidentID) union.Gender                                        = union.ResidentID.Gender
	_ func(union.ResidentID) string                                              = union.ResidentID.String
	_ func(string) (union.CreditCode, error)                                     = union.ParseCreditCode
	_ func(union.CreditCode) bool                                                = union.CreditCode.IsTradeUnion
	_                                                                            = []union.Level{union.National, union.Provincial, union.Municipal, union.County, union.Grassroots}
	_                                                                            = []union.Sector{union.Enterprise, union.Institution, union.Organ, union.SocialOrganization}
	_                                                                            = []union.MemberStatus{union.Active, union.Retired, union.Unemployed, union.LaidOff}
	_                                                                            = union.Reason{Code: "", Source: ""}
	_ func(union.Reason, language.Tag) string                                    = union.Reason.Text
	_ error                                                                      = union.ErrInvalid
	_ error                                                                      = union.ErrPolicy
	_ error                                                                      = &union.FieldError{Field: "", Code: ""}

	// dues
	_ = []dues.WageItem{dues.PositionWage, dues.GradeWage, dues.DutyWage, dues.RankWage, dues.BasicWage,
		dues.SeniorityWage, dues.LevelWage, dues.SkillWage, dues.BasicPerformance, dues.Bonus, dues.Allowance,
		dues.Subsidy, dues.Overtime, dues.Royalty, dues.Pension}
	_                                                                 = []dues.Class{dues.Regular, dues.Apprentice, dues.Probation}
	_                                                                 = dues.Member{ID: "", Sector: union.Enterprise, Status: union.Active, Class: dues.Regular, Wages: map[dues.WageItem]decimal.Decimal{}}
	_                                                                 = dues.Policy{Rate: decimal.Zero, BaseRounding: union.Rounding{}, AmountRounding: union.Rounding{}}
	_ func() dues.Policy                                              = dues.National
	_ func(dues.Policy, dues.Member) (dues.Assessment, error)         = dues.Policy.Assess
	_ func(dues.Policy, []dues.Member) dues.Batch                     = dues.Policy.AssessAll
	_                                                                 = dues.Assessment{MemberID: "", Base: decimal.Zero, Amount: decimal.Zero, Exempt: false, Reasons: []union.Reason{}}
	_                                                                 = dues.Batch{Items: []dues.BatchItem{{Assessment: dues.Assessment{}, Err: nil}}, Total: decimal.Zero}
	_                                                                 = dues.Funds{Rate: decimal.Zero, DailyLateRate: decimal.Zero, CapLateFee: false, Rounding: union.Rounding{}}
	_ func() dues.Funds                                               = dues.NationalFunds
	_ func(dues.Funds, decimal.Decimal) (decimal.Decimal, error)      = dues.Funds.Due
	_ func(dues.Funds, decimal.Decimal, int) (decimal.Decimal, error) = dues.Funds.LateFee
	_                                                                 = dues.Scheme{Shares: []dues.Share{{Party: "", Weight: decimal.Zero}}, Places: 2}
	_ func(dues.Scheme, decimal.Decimal) ([]dues.Allocation, error)   = dues.Scheme.Allocate
	_                                                                 = dues.Allocation{Party: "", Amount: decimal.Zero}

	// assistance
	_                                                                             = []assistance.Category{assistance.None, assistance.Deep, assistance.Relative, assistance.Accident}
	_                                                                             = assistance.Household{Members: 1, Income: decimal.Zero, RigidExpenses: decimal.Zero, HardshipCosts: decimal.Zero, Homes: 1}
	_                                                                             = assistance.Applicant{Member: true, Household: assistance.Household{}}
	_                                                                             = assistance.Rules{MinimumLiving: decimal.Zero}
	_ func(decimal.Decimal) assistance.Rules                                      = assistance.Standard
	_ func(assistance.Rules, assistance.Applicant) (assistance.Assessment, error) = assistance.Rules.Assess
	_                                                                             = assistance.Assessment{Category: assistance.None, PerCapita: decimal.Zero, Reasons: []union.Reason{}}

	// democracy
	_                                                                              = democracy.Threshold{Num: 1, Den: 2, Strict: true}
	_ func(democracy.Threshold, int) int                                           = democracy.Threshold.Required
	_                                                                              = democracy.Rules{Quorum: democracy.Threshold{}, Pass: democracy.Threshold{}}
	_ func() democracy.Rules                                                       = democracy.Enterprise
	_ func() democracy.Rules                                                       = democracy.Shanghai2017
	_ func() democracy.Rules                                                       = democracy.Zhejiang2010
	_                                                                              = democracy.Tally{For: 0, Against: 0, Abstain: 0}
	_                                                                              = democracy.Decision{Quorate: false, Passed: false, Required: 0, Reasons: []union.Reason{}}
	_ func(democracy.Rules, int, int, democracy.Tally) (democracy.Decision, error) = democracy.Rules.Decide
	_ func(int, []int, int) ([]int, error)                                         = democracy.Apportion
	_                                                                              = democracy.ElectionRules{Quorum: democracy.Threshold{}, Win: democracy.Threshold{}, MinMargin: decimal.Zero}
	_ func() democracy.ElectionRules                                               = democracy.UnionElection
	_                                                                              = democracy.Election{Seats: 1, Candidates: []string{}, Entitled: 1, Issued: 1, Rules: democracy.ElectionRules{}}
	_                                                                              = democracy.Ballot{Approve: []string{}}
	_                                                                              = democracy.Result{Void: false, Valid: 0, Invalid: 0, Votes: map[string]int{}, Elected: []string{}, Tied: []string{}, Unfilled: 0, Reasons: []union.Reason{}}
	_ func(democracy.Election, []democracy.Ballot) (democracy.Result, error)       = democracy.Election.Count

	// competition
	_                                                                            = competition.Indicator{ID: "", Weight: decimal.Zero}
	_                                                                            = competition.Scheme{Indicators: []competition.Indicator{}, Trim: 1, MinJudges: 5, Places: 2, TieBreak: []string{}}
	_                                                                            = competition.Entry{ID: "", Scores: map[string][]decimal.Decimal{}, Bonus: decimal.Zero, Deduction: decimal.Zero, Veto: ""}
	_                                                                            = competition.Standing{ID: "", Total: decimal.Zero, Rank: 0, Vetoed: false, Reasons: []union.Reason{}}
	_                                                                            = competition.Ranking{Standings: []competition.Standing{}}
	_ func(competition.Scheme, []competition.Entry) (competition.Ranking, error) = competition.Scheme.Rank
	_                                                                            = competition.Tier{Name: "", Share: decimal.Zero}
	_ func(competition.Ranking, []competition.Tier) map[string]string            = competition.Award
)
