package democracy

import "github.com/gonghui/gonghui/union"

// Citations used by the presets. Each names the document and the article.
const (
	srcSH     = "上海市职工代表大会条例（2010年12月23日通过，2017年11月23日修正）"
	srcZJ     = "浙江省企业民主管理条例（2010年3月30日通过，2010年10月1日起施行）"
	srcEDM    = "企业民主管理规定（中纪委、中组部、国资委、监察部、全国总工会、全国工商联，总工发〔2012〕12号）"
	srcSCH    = "学校教职工代表大会规定（教育部令第32号，2012年1月1日起施行）"
	srcTUL    = "中华人民共和国工会法（2021年修正）"
	srcELEC   = "工会基层组织选举工作条例（总工发〔2016〕27号）"
	unverNote = "（条文未经核实，依二手资料）"
)

// Enterprise returns the national rules for enterprise congresses under
// 企业民主管理规定 (2012), as far as its text could be read: only articles 19,
// 20 and 24 were seen, quoted on secondary pages. Verified through those
// quotations: elections and votes need more than half of ALL delegates (第二十条).
// The presidium (第十九条, quoted word for word): 工人、技术人员、管理人员
// together at least half of it, a limit over the union of FrontlineStaff,
// TechnicalStaff and Managers; the article sets no size.
// Taken from secondary sources and marked Unverified, so that Plan and Check
// say so and an unverified limit is only ever a warning: the 2/3 quorum, at
// least 5% of staff and never fewer than 30 delegates, a congress from 100
// staff with a general meeting allowed below, a term of 3 to 5 years with at
// least one session a year, management at most 20% and frontline staff at
// least 50% of delegates (no article seen sets that floor for delegates: the
// only 50% of the quotations is 第十九条's, on the presidium), women in
// proportion (guidance), an extraordinary session on the request of a third
// of the delegates (as in 全民所有制工业企业职工代表大会条例 第十八条).
//
// The consequence of a must-adopt matter failing follows 工会法 第二十条: the
// unit must handle such matters as the law says, and the union may demand
// correction.
func Enterprise() Rules {
	return Rules{
		Name:       "enterprise",
		Source:     srcEDM,
		Effective:  union.Since(union.Period{Year: 2012, Month: 2}),
		Quorum:     AtLeast(2, 3),
		Pass:       MoreThan(1, 2),
		VoteSource: "企业民主管理规定 第二十条（全体职工代表过半数通过）；出席三分之二以上" + unverNote,
		Form: FormRule{
			CongressFrom: 100, Small: SmallEither, Unverified: true,
			Source: "企业民主管理规定 第九条（根据职工人数确定）；一百人界限" + unverNote,
		},
		Delegates: DelegateRule{
			Bands:      []Band{{From: 1, Base: 30, ShareNum: 5, ShareDen: 100}},
			Unverified: true,
			Source:     "企业民主管理规定：职工代表不少于全体职工的百分之五，最少不少于三十人" + unverNote,
		},
		Presidium: PresidiumRule{
			Limits: []Limit{{Group: FrontlineStaff, Also: []Group{TechnicalStaff, Managers}, Bound: Floor, Num: 1, Den: 2,
				Source: "企业民主管理规定 第十九条（主席团成员中工人、技术人员、管理人员不少于百分之五十）"}},
			Source: "企业民主管理规定 第十九条（主席团人选；未规定人数）",
		},
		Term: TermRule{
			MinYears: 3, MaxYears: 5, SessionsPerYear: 1, Unverified: true,
			Source: "企业民主管理规定：每届任期三至五年，每年至少召开一次" + unverNote,
		},
		ExtraSession:       AtLeast(1, 3),
		ExtraSessionSource: "全民所有制工业企业职工代表大会条例（1986）第十八条（三分之一以上职工代表提议）",
		Matters: MatterRule{
			AdoptSource:  srcTUL + " 第二十条",
			AdviseSource: "中华人民共和国劳动合同法 第四条",
		},
		Limits: []Limit{
			{Group: Management, Bound: Ceiling, Num: 1, Den: 5, Unverified: true,
				Source: "企业民主管理规定：中层以上管理人员和领导人员一般不超过职工代表总数的百分之二十" + unverNote},
			{Group: FrontlineStaff, Bound: Floor, Num: 1, Den: 2, Soft: true, Unverified: true,
				Source: "企业民主管理规定：一线职工代表一般不少于百分之五十" + unverNote},
			{Group: Women, Bound: Floor, Workforce: true, Soft: true, Unverified: true,
				Source: "企业民主管理规定：女职工代表应与女职工人数相适应" + unverNote},
		},
	}
}

// Enterprise2012 is Enterprise under the name of the year of 企业民主管理规定.
func Enterprise2012() Rules { return Enterprise() }

// Shanghai2017 returns the rules of 上海市职工代表大会条例 (2010, amended
// 2017), which applies to enterprises, public institutions and private
// non-enterprise units alike (第二条):
//
//   - form (第四条): a congress from 100 staff; below, normally a general
//     meeting, a congress allowed; up to 30 staff a general meeting may elect a
//     single chair instead of a presidium (第二十三条);
//   - delegates (第二十一条): 30, and at least 5 more for every further 100
//     staff above 100 (whole hundreds); at least 175 from 3,000 staff; at least
//     30 when a unit below 100 chooses a congress;
//   - presidium (第二十三条): 3 to 5 members for 30 to 100 delegates, a
//     permissive band (可以设: a size outside it is a warning), at least 7
//     for 100 or more (不得少于: mandatory); the bands overlap at exactly 100,
//     where the mandatory 7 governs in Plan and CheckPresidium alike, and
//     frontline delegates at least half of the presidium;
//   - term (第二十二条): 3 to 5 years, postponement at most 1 year, at least one
//     session a year, an extraordinary session on the request of at least a
//     third of the delegates;
//   - votes (第二十八条, 第三十一条): at least 2/3 of all delegates present;
//     adopted with 全体职工代表半数以上, read as AT LEAST half of all delegates
//     (以上 includes the number);
//   - composition (第十六条): management at most 20%; frontline staff the main
//     body (以一线职工为主体), read as at least half and kept as guidance since
//     no share is written; women generally in proportion (guidance);
//   - matters (第十条, 第十一条, 第三十三条, 第三十四条): an adopted matter binds
//     the unit and all staff; a must-adopt matter that is not adopted does not
//     bind staff.
func Shanghai2017() Rules {
	return Rules{
		Name:       "shanghai2017",
		Source:     srcSH,
		Effective:  union.Since(union.Period{Year: 2017, Month: 11}),
		Quorum:     AtLeast(2, 3),
		Pass:       AtLeast(1, 2),
		VoteSource: "上海市职工代表大会条例 第二十八条、第三十一条",
		Form: FormRule{
			CongressFrom: 100, Small: SmallGeneralMeeting, SingleChairUpTo: 30,
			Source: "上海市职工代表大会条例 第四条、第二十三条",
		},
		Delegates: DelegateRule{
			Bands: []Band{
				{From: 1, To: 99, Base: 30},
				{From: 100, To: 2999, Base: 30, PerStep: 5, Step: 100, StepFrom: 100},
				{From: 3000, Base: 175},
			},
			Source: "上海市职工代表大会条例 第二十一条",
		},
		Presidium: PresidiumRule{
			Bands: []PresidiumBand{{From: 30, To: 100, Min: 3, Max: 5, Soft: true}, {From: 100, Min: 7}},
			Limits: []Limit{{Group: FrontlineStaff, Bound: Floor, Num: 1, Den: 2,
				Source: "上海市职工代表大会条例 第二十三条（主席团中一线职工代表不少于百分之五十）"}},
			Source: "上海市职工代表大会条例 第二十三条",
		},
		Term: TermRule{
			MinYears: 3, MaxYears: 5, PostponeYears: 1, SessionsPerYear: 1,
			Source: "上海市职工代表大会条例 第二十二条",
		},
		ExtraSession:       AtLeast(1, 3),
		ExtraSessionSource: "上海市职工代表大会条例 第二十二条",
		Matters: MatterRule{
			AdoptSource:  "上海市职工代表大会条例 第十一条、第三十三条、第三十四条",
			AdviseSource: "上海市职工代表大会条例 第十条",
		},
		Limits: []Limit{
			{Group: Management, Bound: Ceiling, Num: 1, Den: 5, Source: "上海市职工代表大会条例 第十六条"},
			{Group: FrontlineStaff, Bound: Floor, Num: 1, Den: 2, Soft: true,
				Source: "上海市职工代表大会条例 第十六条（以一线职工为主体）"},
			{Group: Women, Bound: Floor, Workforce: true, Soft: true,
				Source: "上海市职工代表大会条例 第十六条（一般应与女职工比例相适应）"},
		},
	}
}

// Zhejiang2010 returns the rules of 浙江省企业民主管理条例 (2010):
//
//   - form (第七条): below 100 staff an enterprise may hold a general meeting;
//   - delegates (第十条): fewer than 100 staff holding a congress, at least 30;
//     more than 100 and fewer than 1,000, 40 and 7 more per further 100 (whole
//     hundreds, counted from 100); more than 1,000 and fewer than 5,000, 100
//     and 20 more per further 1,000 (counted from 1,000); 5,000 and more, at
//     least 200. Exactly 100 and exactly 1,000 staff fall in no band (超过 and
//     不满 both exclude the number): Plan applies GapLarger and reports the gap;
//   - term and sessions (第十四条, 第十五条): the term follows the union's (three
//     or five years, 工会法 第十六条), at least one session a year, an
//     extraordinary session on the request of at least a third of the delegates;
//   - votes (第十五条): at least 2/3 of delegates present; more than half of
//     ALL delegates (全体职工代表大会代表过半数同意);
//   - composition (第十一条): management at most 20%; women not below their
//     share of staff (a hard floor); disabled delegates not below their share
//     in enterprises concentrating disabled workers (kept as guidance: set Soft
//     false for such an enterprise); dispatched workers attend without a vote.
//   - No presidium size is set.
func Zhejiang2010() Rules {
	return Rules{
		Name:       "zhejiang2010",
		Source:     srcZJ,
		Effective:  union.Since(union.Period{Year: 2010, Month: 10}),
		Quorum:     AtLeast(2, 3),
		Pass:       MoreThan(1, 2),
		VoteSource: "浙江省企业民主管理条例 第十五条",
		Form:       FormRule{CongressFrom: 100, Small: SmallEither, Source: "浙江省企业民主管理条例 第七条"},
		Delegates: DelegateRule{
			Bands: []Band{
				{From: 1, To: 99, Base: 30},
				{From: 101, To: 999, Base: 40, PerStep: 7, Step: 100, StepFrom: 100},
				{From: 1001, To: 4999, Base: 100, PerStep: 20, Step: 1000, StepFrom: 1000},
				{From: 5000, Base: 200},
			},
			Gap:    GapLarger,
			Source: "浙江省企业民主管理条例 第十条",
		},
		Presidium: PresidiumRule{Source: "浙江省企业民主管理条例（未规定主席团人数）"},
		Term: TermRule{
			MinYears: 3, MaxYears: 5, SessionsPerYear: 1,
			Source: "浙江省企业民主管理条例 第十四条、第十五条；中华人民共和国工会法 第十六条",
		},
		ExtraSession:       AtLeast(1, 3),
		ExtraSessionSource: "浙江省企业民主管理条例 第十五条",
		Matters: MatterRule{
			AdoptSource:  "浙江省企业民主管理条例 第七条、第八条",
			AdviseSource: "浙江省企业民主管理条例 第七条",
		},
		Limits: []Limit{
			{Group: Management, Bound: Ceiling, Num: 1, Den: 5, Source: "浙江省企业民主管理条例 第十一条"},
			{Group: Women, Bound: Floor, Workforce: true, Source: "浙江省企业民主管理条例 第十一条"},
			{Group: Disabled, Bound: Floor, Workforce: true, Soft: true,
				Source: "浙江省企业民主管理条例 第十一条（集中使用残疾职工的企业）"},
		},
		Dispatched: DispatchedRule{NonVoting: true, Source: "浙江省企业民主管理条例 第十一条"},
	}
}

// School2012 returns the rules of a school's staff congress (教职工代表大会)
// under 学校教职工代表大会规定 (教育部令第32号, in force 2012-01-01). Only the
// opening articles were read; the numbers are those commonly repeated and
// seen in schools' implementing rules, and are marked Unverified: teachers at
// least 60% of delegates; at least 2/3 present; more than half of all
// delegates to pass; a term of 3 to 5 years with at least one session a
// school year; delegates at least 30 up to 100 staff, 30% of staff from 101
// to 199, 20% from 200. A general meeting may serve below 100 staff (学校教职工代表大会规定
// is silent as read; the enterprise practice is followed).
func School2012() Rules {
	return Rules{
		Name:       "school2012",
		Source:     srcSCH,
		Effective:  union.Since(union.Period{Year: 2012, Month: 1}),
		Quorum:     AtLeast(2, 3),
		Pass:       MoreThan(1, 2),
		VoteSource: "学校教职工代表大会规定：三分之二以上出席，全体代表过半数通过" + unverNote,
		Form: FormRule{
			CongressFrom: 100, Small: SmallEither, Unverified: true,
			Source: "学校教职工代表大会规定（教职工较少的学校可实行教职工大会）" + unverNote,
		},
		Delegates: DelegateRule{
			Bands: []Band{
				{From: 1, To: 100, Base: 30},
				{From: 101, To: 199, ShareNum: 30, ShareDen: 100},
				{From: 200, ShareNum: 20, ShareDen: 100},
			},
			Unverified: true,
			Source:     "学校教职工代表大会规定（代表名额）" + unverNote,
		},
		Presidium: PresidiumRule{Source: "学校教职工代表大会规定（未规定主席团人数）"},
		Term: TermRule{
			MinYears: 3, MaxYears: 5, SessionsPerYear: 1, Unverified: true,
			Source: "学校教职工代表大会规定：每届三至五年，每学年至少召开一次" + unverNote,
		},
		ExtraSession:       AtLeast(1, 3),
		ExtraSessionSource: "学校教职工代表大会规定（三分之一以上代表提议）" + unverNote,
		Matters: MatterRule{
			AdoptSource:  srcSCH + "（教职工代表大会职权）" + unverNote,
			AdviseSource: srcSCH + "（教职工代表大会职权）" + unverNote,
		},
		Limits: []Limit{
			{Group: Teachers, Bound: Floor, Num: 3, Den: 5, Unverified: true,
				Source: "学校教职工代表大会规定：教师代表不低于代表总数的百分之六十" + unverNote},
			{Group: Women, Bound: Floor, Workforce: true, Soft: true, Unverified: true,
				Source: "学校教职工代表大会规定：女教职工代表应占适当比例" + unverNote},
		},
	}
}
