package democracy_test

import (
	"fmt"
	"time"

	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// calendar2025 is the caller's calendar: the 2025 public holidays and the
// weekend days worked in lieu, as the State Council's notice gives them.
func calendar2025() democracy.Calendar {
	var hol []democracy.Date
	for _, r := range [][2]string{{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
		{"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"}} {
		from, until := democracy.MustDate(r[0]), democracy.MustDate(r[1])
		for d := from; !d.After(until); d = next(d) {
			hol = append(hol, d)
		}
	}
	var work []democracy.Date
	for _, s := range []string{"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"} {
		work = append(work, democracy.MustDate(s))
	}
	return democracy.Calendar{From: democracy.MustDate("2025-01-01"), Until: democracy.MustDate("2025-12-31"), Holidays: hol, Workdays: work}
}

// next returns the following day.
func next(d democracy.Date) democracy.Date {
	t := time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, time.UTC)
	return democracy.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

func ExampleParseDate() {
	d, err := democracy.ParseDate("2025-10-09")
	fmt.Println(d, d.Weekday(), err)
	fmt.Println(d.Text(language.SimplifiedChinese))
	_, err = democracy.ParseDate("2025-02-29")
	fmt.Println(err)
	// Output:
	// 2025-10-09 Thursday <nil>
	// 2025年10月9日
	// invalid input: date: is not in the form YYYY-MM-DD (value "2025-02-29")
}

// Ten days from 20 January 2025 end on 30 January, inside the Spring Festival
// holiday, so the period ends on 5 February (民法典 第二百零三条); ten working
// days count the Sunday and the Saturday worked in lieu.
func ExampleCalendar_Deadline() {
	cal := calendar2025()
	start := democracy.MustDate("2025-01-20")
	d, _ := cal.Deadline(start, democracy.Span{N: 10, Unit: democracy.Days})
	w, _ := cal.Deadline(start, democracy.Span{N: 10, Unit: democracy.WorkingDays})
	m, _ := cal.Deadline(democracy.MustDate("2025-01-31"), democracy.Span{N: 1, Unit: democracy.Months})
	fmt.Println(d, w, m)
	_, err := cal.Deadline(democracy.MustDate("2025-12-25"), democracy.Span{N: 10, Unit: democracy.Days})
	fmt.Println(err)
	// Output:
	// 2025-02-05 2025-02-08 2025-02-28
	// invalid input: start: the calendar does not cover this day, so the period cannot be counted (value "2026-01-04")
}

// Six worker negotiators with one frontline worker under 山东 第七条: a third
// of six is two.
func ExampleConsultationRules_CheckNegotiators() {
	var ns []democracy.Negotiator
	for i, name := range []string{"王芳", "李强", "张伟", "陈静", "刘洋", "杨帆"} {
		ns = append(ns, democracy.Negotiator{Name: name, Side: democracy.WorkerSide, Chief: i == 0, Frontline: i == 1})
	}
	for i, name := range []string{"赵总", "钱经理", "孙会计", "周主管", "吴工", "郑工"} {
		ns = append(ns, democracy.Negotiator{Name: name, Side: democracy.EmployerSide, Chief: i == 0})
	}
	res, err := democracy.ConsultationShandong2016().CheckNegotiators(democracy.ConsultationEnterprise{Headcount: 320}, ns)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.OK)
	for _, c := range res.Checks {
		if !c.OK {
			fmt.Println(c.Reason.Text(language.English), "—", c.Reason.Source)
		}
	}
	// Output:
	// false
	// 1 of the 6 worker negotiators hold frontline posts; at least 2 must — 山东省企业工资集体协商条例 第七条第二款
}

func ExampleConsultationRules_Schedule() {
	ev := democracy.ConsultationEvents{
		Requested: democracy.MustDate("2025-03-03"), Replied: democracy.MustDate("2025-03-10"),
		Appointed: democracy.MustDate("2025-03-11"), Announced: democracy.MustDate("2025-03-14"),
		Informed: democracy.MustDate("2025-03-14"), FirstMeeting: democracy.MustDate("2025-03-24"),
		Agreed: democracy.MustDate("2025-04-20"), Submitted: democracy.MustDate("2025-04-25"),
		Voted: democracy.MustDate("2025-04-28"), Signed: democracy.MustDate("2025-04-29"),
		Filed: democracy.MustDate("2025-05-08"), Received: democracy.MustDate("2025-05-09"),
		AsOf: democracy.MustDate("2025-06-10"),
	}
	s, err := democracy.ConsultationShandong2016().Schedule(ev, calendar2025())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range s.Steps {
		fmt.Printf("%-12s %-10s %s %d\n", st.Step, st.Due, st.Status, st.Days)
	}
	fmt.Println(s.Effect, s.EffectiveOn)
	// Output:
	// reply        2025-03-13 on_time 0
	// announcement 2025-03-17 on_time 0
	// information  2025-03-24 on_time 0
	// negotiation  2025-05-09 on_time 0
	// suspension              not_set 0
	// draft                   not_set 0
	// filing       2025-05-09 on_time 0
	// review       2025-05-26 on_time 0
	// publication  2025-06-03 overdue 7
	// in_force 2025-05-27
}

// 180 delegates, 120 present, 90 in favour: 半数以上 (北京 第三十八条) passes,
// 过半数 (浙江 第二十四条) does not.
func ExampleConsultationRules_DecideAdoption() {
	for _, r := range []democracy.ConsultationRules{democracy.ConsultationBeijing2005(), democracy.ConsultationZhejiang2010()} {
		d, _ := r.DecideAdoption(180, 120, democracy.Tally{For: 90, Against: 25, Abstain: 5})
		fmt.Println(r.Name, d.QuorumRequired, d.Required, d.Passed)
	}
	// Output:
	// consultation_beijing2005 120 90 true
	// consultation_zhejiang2010 120 91 false
}

// 杭州 第十一条 asks for a wage standard above the local minimum; 第十条 a
// quota 90% of workers can meet.
func ExampleConsultationRules_CheckTerms() {
	res, _ := democracy.ConsultationHangzhou2014().CheckTerms(democracy.ContractTerms{
		MinimumWage: decimal.RequireFromString("2490"), LocalMinimum: decimal.RequireFromString("2490"),
		QuotaWorkers: 50, QuotaMeeting: 45,
	})
	fmt.Println(res.OK, res.TermMonths)
	for _, c := range res.Checks {
		fmt.Println(c.OK, c.Reason.Text(language.SimplifiedChinese))
	}
	// Output:
	// false 12
	// true 合同未约定期限，按一般期限 12 个月
	// false 企业最低工资 2490.00 元，当地最低工资标准 2490.00 元；应当高于当地标准
	// true 50 名职工中能完成劳动定额的 45 人；定额应为 9/10 以上职工能够完成，即至少 45 人
}

// Shandong's 2018 lines: 上线 11%, 基准线 7%, 下线 3%.
func ExampleWageGuideline_Classify() {
	g := democracy.WageGuideline{Year: 2018, Upper: decimal.RequireFromString("0.11"), Base: decimal.RequireFromString("0.07"),
		Lower: decimal.RequireFromString("0.03"), Source: "山东省2018年企业工资指导线"}
	for _, raise := range []string{"0.12", "0.08", "0.05", "-0.02"} {
		res, _ := g.Classify(decimal.RequireFromString(raise))
		fmt.Println(raise, res.Band)
	}
	res, _ := g.Classify(decimal.RequireFromString("0.02"))
	fmt.Println(res.Reasons[1].Text(language.English))
	// Output:
	// 0.12 above_upper
	// 0.08 base_to_upper
	// 0.05 lower_to_base
	// -0.02 below_lower
	// below the lower line: only for a firm in real difficulty, with the union's or staff representatives' agreement, and pay for normal work stays at least the local minimum wage
}

func ExampleConsultationCoverage() {
	c, _ := democracy.ConsultationCoverage(democracy.CoverageInput{Unionised: 400, Established: 369, Workers: 13200, Covered: 12105})
	fmt.Println(c.Establishment)
	fmt.Println(c.Workers)
	fmt.Println(c.Reasons[0].Text(language.SimplifiedChinese))
	// Output:
	// 369/400 = 92.3%
	// 12105/13200 = 91.7%
	// 工资集体协商建制率 369/400 = 92.3%：以已建工会的企业为基数
}

// A whole round under 杭州市企业工资集体协商条例.
func ExampleConsultationRules_Check() {
	raise := decimal.RequireFromString("0.08")
	var ns []democracy.Negotiator
	for i := 0; i < 5; i++ {
		ns = append(ns, democracy.Negotiator{Name: fmt.Sprint("w", i), Side: democracy.WorkerSide, Chief: i == 0, Gender: union.Female},
			democracy.Negotiator{Name: fmt.Sprint("e", i), Side: democracy.EmployerSide, Chief: i == 0})
	}
	c := democracy.Consultation{
		Enterprise:  democracy.ConsultationEnterprise{Headcount: 600, Women: 150, AboveSize: true},
		Negotiators: ns,
		Events: democracy.ConsultationEvents{
			Requested: democracy.MustDate("2025-03-03"), Replied: democracy.MustDate("2025-03-10"),
			Informed: democracy.MustDate("2025-03-11"), FirstMeeting: democracy.MustDate("2025-03-20"),
			Agreed: democracy.MustDate("2025-04-15"), Submitted: democracy.MustDate("2025-04-22"),
			Voted: democracy.MustDate("2025-04-22"), Signed: democracy.MustDate("2025-04-23"),
			Filed: democracy.MustDate("2025-04-30"), Published: democracy.MustDate("2025-05-20"),
			AsOf: democracy.MustDate("2025-06-30"),
		},
		Vote:  &democracy.AdoptionVote{Delegates: 85, Present: 80, Tally: democracy.Tally{For: 70, Against: 6, Abstain: 4}},
		Terms: democracy.ContractTerms{TermMonths: 12, MinimumWage: decimal.RequireFromString("2600"), LocalMinimum: decimal.RequireFromString("2490")},
		Raise: &raise,
		Guideline: &democracy.WageGuideline{Year: 2025, Upper: decimal.RequireFromString("0.10"), Base: decimal.RequireFromString("0.06"),
			Lower: decimal.RequireFromString("0.02"), Source: "2025年企业工资指导线"},
	}
	rep, err := democracy.ConsultationHangzhou2014().Check(c, calendar2025())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rep.OK, rep.Negotiators.OK, rep.Vote.Passed, rep.Guideline.Band, rep.Schedule.Effect, rep.Schedule.EffectiveOn)
	fmt.Println(rep.Schedule.Reasons[0].Text(language.English))
	// Output:
	// true true true base_to_upper in_force 2025-05-16
	// no objection by 2025-05-15: the contract is in force from 2025-05-16
}

func ExampleConsultationPresets() {
	for _, r := range democracy.ConsultationPresets() {
		fmt.Println(r.Name, r.Vote.Pass.Strict, r.Unverified)
	}
	// Output:
	// consultation_beijing2005 false false
	// consultation_chongqing2016 false false
	// consultation_hangzhou2014 true false
	// consultation_henan2013 false false
	// consultation_national2004 false true
	// consultation_ningbo2014 true false
	// consultation_shandong2016 true false
	// consultation_shanghai false false
	// consultation_zhejiang2010 true false
}

func ExampleNewRatio() {
	r, _ := democracy.NewRatio("filed", 64, 72)
	fmt.Println(r, r.Percent)
	_, err := democracy.NewRatio("filed", 73, 72)
	fmt.Println(err)
	// Output:
	// 64/72 = 88.9% 88.9
	// invalid input: filed: must not be greater than 72 (value "73")
}
