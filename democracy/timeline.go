package democracy

import "github.com/gonghui/gonghui/union"

// StateEnterprise1986 returns the rules of 全民所有制工业企业职工代表大会条例
// (1986-09-15, in force 1986-10-01), which governed the congresses of
// state-owned industrial enterprises until 企业民主管理规定 (2012). Only
// articles 12 and 18 were seen, quoted on secondary pages: at least 2/3 of
// the delegates attend; elections and resolutions need more than half of all
// delegates; the congress meets at least every half year; an extraordinary
// session on the request of the director, the union or a third of the
// delegates; administrative leaders generally a fifth of the delegates
// (guidance). The congress-from-100 rule and the 30-delegate floor are 1986-era
// practice from secondary sources and marked Unverified; no term is set.
func StateEnterprise1986() Rules {
	return Rules{
		Name:       "state_enterprise1986",
		Source:     "全民所有制工业企业职工代表大会条例（1986年9月15日）",
		Effective:  union.Between(union.Period{Year: 1986, Month: 10}, union.Period{Year: 2012, Month: 1}),
		Quorum:     AtLeast(2, 3),
		Pass:       MoreThan(1, 2),
		VoteSource: "全民所有制工业企业职工代表大会条例 第十八条",
		Form: FormRule{
			CongressFrom: 100, Small: SmallEither, Unverified: true,
			Source: "全民所有制工业企业职工代表大会条例（一百人以下一般召开职工大会）" + unverNote,
		},
		Delegates: DelegateRule{
			Bands:      []Band{{From: 1, Base: 30}},
			Unverified: true,
			Source:     "全民所有制工业企业职工代表大会条例（代表不少于三十人）" + unverNote,
		},
		Presidium: PresidiumRule{Source: "全民所有制工业企业职工代表大会条例（未见主席团人数规定）"},
		Term: TermRule{
			SessionsPerYear: 2,
			Source:          "全民所有制工业企业职工代表大会条例 第十八条（每半年至少召开一次）",
		},
		ExtraSession:       AtLeast(1, 3),
		ExtraSessionSource: "全民所有制工业企业职工代表大会条例 第十八条",
		Matters: MatterRule{
			AdoptSource:  "全民所有制工业企业职工代表大会条例（职权）" + unverNote,
			AdviseSource: "全民所有制工业企业职工代表大会条例（职权）" + unverNote,
		},
		Limits: []Limit{
			{Group: Management, Bound: Ceiling, Num: 1, Den: 5, Soft: true,
				Source: "全民所有制工业企业职工代表大会条例 第十二条（行政领导干部一般为五分之一）"},
		},
	}
}

// EnterpriseTimeline returns the national enterprise congress rules over
// time, for a state-owned industrial enterprise: StateEnterprise1986 from
// 1986-10 to 2012-01, then Enterprise (企业民主管理规定, issued 2012-02). A
// system re-deciding a 2010 vote asks for the rules At 2010 and gets the 1986
// regulation's.
func EnterpriseTimeline() union.Timeline[Rules] {
	enterprise := Enterprise()
	// The two periods are contiguous (TestEnterpriseTimeline holds it), so
	// NewTimeline cannot fail here.
	t, _ := union.NewTimeline(
		union.Dated[Rules]{Effective: StateEnterprise1986().Effective, Policy: StateEnterprise1986()},
		union.Dated[Rules]{Effective: enterprise.Effective, Policy: enterprise},
	)
	return t
}
