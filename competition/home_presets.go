package competition

import (
	"sort"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Citations of the 职工之家 presets. No 全总 score sheet and no provincial
// standard's text (福建 DB35/T 1903/1904-2020, 重庆 DB50/T 1771/1772-2024) was
// read: the presets rest on copies and news reports (secondary) or on
// template sites (uncertain), and name only what those show.
const (
	homeSrcNational = "全国模范职工之家 申报条件（河南省总工会关于推荐全国模范职工之家的通知，平顶山日报 2015年7月11日报道）(secondary)"
	homeSrcFujian   = "福建省模范职工之家 考核评分标准（2012年，通用版，转载件）(secondary)"
	homeSrcNingde   = "宁德市总工会 关于开展市级模范职工之家评选的通知（2025年3月，适用 DB35/T 1903-2020、DB35/T 1904-2020，转载件）(secondary)"
	homeSrcMeilong  = "梅陇镇总工会 基层工会工作考核评分表（模板网站转载，uncertain）(secondary)"
	homeSrcNursing  = "上海市总工会 爱心妈咪小屋 星级评定标准（转载件）(secondary)"
)

// HomeNationalTitle returns the preconditions of the 全国模范职工之家 title as
// a province restated them (2015, secondary): at least 90% of staff in the
// union, migrant and dispatched workers counted; member satisfaction of at
// least 90%; a lower-level 模范职工之家 title (or 双爱双评先进企业工会, or 百家示范乡镇
// (街道)工会) already held; for a very large or large group, at least 60% of
// its second-level units holding a lower-level title.
func HomeNationalTitle() HomeTitleRule {
	return HomeTitleRule{
		Name: "home_national_title", Source: homeSrcNational, Secondary: true,
		Effective:     union.Since(union.Period{Year: 2015, Month: 7}),
		MinMembership: decimal.New(9, -1), MinSatisfaction: decimal.New(9, -1),
		LowerTitle: true, MinGroupShare: decimal.New(6, -1),
	}
}

// homeItem builds an item.
func homeItem(id string, points int64, essential bool, rule HomeRule, source string) HomeItem {
	return HomeItem{ID: id, Points: decimal.New(points, 0), Essential: essential, Rule: rule, Source: source}
}

// HomeFujian2012 returns the visible part of the Fujian 2012 模范职工之家 sheet
// (general version, secondary): category I, co-building and relying on the
// workers (15 points: I.1 the party-government-union co-building group, 3,
// 必备; I.2 2; I.3 3; I.4 2; I.5 the employer pays the union funds in full and
// on time, 5, 必备), and category II, applying the union and labour laws (15:
// II.1 collective-contract, wage and equal-consultation systems with at least
// 90% satisfaction and 95% labour-contract coverage, 6, 必备; II.2 the
// mediation body, 3; II.3 送温暖 and social security, 4; II.4 practical help,
// 2). Every item is scored by the reviewers. The rest of the sheet and its
// pass marks were not visible, so the sheet has no grades: add them.
func HomeFujian2012() HomeSheet {
	src := func(art string) string { return homeSrcFujian + " " + art }
	return HomeSheet{
		Name: "home_fujian2012", Source: homeSrcFujian, Secondary: true,
		Effective: union.Since(union.Period{Year: 2012, Month: 9}),
		Categories: []HomeCategory{
			{ID: "I", Items: []HomeItem{
				homeItem("I.1", 3, true, HomeAwarded, src("一、1（必备）")),
				homeItem("I.2", 2, false, HomeAwarded, src("一、2")),
				homeItem("I.3", 3, false, HomeAwarded, src("一、3")),
				homeItem("I.4", 2, false, HomeAwarded, src("一、4")),
				homeItem("I.5", 5, true, HomeAwarded, src("一、5（必备：足额按时拨缴工会经费）")),
			}},
			{ID: "II", Items: []HomeItem{
				homeItem("II.1", 6, true, HomeAwarded, src("二、1（必备：集体合同履约满意率90%以上，劳动合同签订率95%以上）")),
				homeItem("II.2", 3, false, HomeAwarded, src("二、2")),
				homeItem("II.3", 4, false, HomeAwarded, src("二、3")),
				homeItem("II.4", 2, false, HomeAwarded, src("二、4")),
			}},
		},
	}
}

// HomeNingde2025 returns the Ningde 2025 exclusion list for the city's
// 模范职工之家 (secondary) as a sheet of vetoes with one grade, "eligible": a
// union may apply unless its committee, audit committee or women's committee
// is incomplete or not re-elected on time ("committees"); 双亮 is not
// implemented ("shuang_liang"); it has no 职代会 system ("no_congress"); it
// has no union-fund account or the employer has not paid the union funds in
// full and on time ("funds"); in the last 3 years (36 months ending with the
// assessment month) there were wage arrears ("wage_arrears"), a safety
// accident of general grade or above ("safety_accident") or a major
// collective labour dispute ("collective_dispute"); a civilisation-creation
// veto applies ("civilisation"); or it already holds the honour
// ("already_honoured").
func HomeNingde2025() HomeSheet {
	v := func(id string, months int, art string) HomeVeto {
		return HomeVeto{ID: id, LookbackMonths: months, Source: homeSrcNingde + " " + art}
	}
	return HomeSheet{
		Name: "home_ningde2025", Source: homeSrcNingde, Secondary: true,
		Effective: union.Since(union.Period{Year: 2025, Month: 3}),
		Vetoes: []HomeVeto{
			v("committees", 0, "不得申报情形（一）"), v("shuang_liang", 0, "不得申报情形（二）"),
			v("no_congress", 0, "不得申报情形（三）"), v("funds", 0, "不得申报情形（四）"),
			v("wage_arrears", 36, "不得申报情形（五）：近三年内"), v("safety_accident", 36, "不得申报情形（五）：近三年内，一般及以上安全事故"),
			v("collective_dispute", 36, "不得申报情形（五）：近三年内，重大集体劳动争议"),
			v("civilisation", 0, "不得申报情形（六）"), v("already_honoured", 0, "已获同一荣誉的不再申报"),
		},
		Grades: []HomeGrade{{Grade: "eligible", Min: decimal.Zero, Source: homeSrcNingde}},
	}
}

// homeSteps builds steps from pairs of (at least, points).
func homeSteps(pairs ...[2]string) []HomeStep {
	out := make([]HomeStep, len(pairs))
	for i, p := range pairs {
		out[i] = HomeStep{AtLeast: decimal.RequireFromString(p[0]), Points: decimal.RequireFromString(p[1])}
	}
	return out
}

// HomeMeilongTown returns the visible items of a town union's 100-point
// assessment (梅陇镇, from a template site: uncertain, marked Secondary),
// with its step tables: organising targets 10 (−5 target missed, −2 records
// unclear, −2 not registered); legal-person registration 3 (at least 70% → 1,
// 80% → 2, 90% → 3); audit committees at least 98% → 2; women's committees at
// least 98% → 2; 建家率 3 (50% → 1, 60% → 2, 70% → 3); collective-contract
// coverage 4 (65% → 1, 70% → 2, 75% → 3, 80% → 4); special contracts 8 (−2
// each for a missing wage or women's special contract). The sheet's other
// items and its grades were not visible.
func HomeMeilongTown() HomeSheet {
	src := func(art string) string { return homeSrcMeilong + " " + art }
	org := homeItem("org.targets", 10, false, HomeAwarded, src("组织建设 1"))
	org.Deductions = []HomeDeduction{{ID: "target_missed", Points: decimal.New(5, 0)},
		{ID: "records_unclear", Points: decimal.New(2, 0)}, {ID: "not_registered", Points: decimal.New(2, 0)}}
	legal := homeItem("org.legal_person", 3, false, HomeSteps, src("组织建设 2"))
	legal.Steps = homeSteps([2]string{"0.7", "1"}, [2]string{"0.8", "2"}, [2]string{"0.9", "3"})
	audit := homeItem("org.audit", 2, false, HomeThreshold, src("组织建设 3"))
	audit.Target = decimal.RequireFromString("0.98")
	women := homeItem("org.women", 2, false, HomeThreshold, src("组织建设 4"))
	women.Target = decimal.RequireFromString("0.98")
	home := homeItem("org.home_rate", 3, false, HomeSteps, src("组织建设 5"))
	home.Steps = homeSteps([2]string{"0.5", "1"}, [2]string{"0.6", "2"}, [2]string{"0.7", "3"})
	cc := homeItem("rights.contracts", 4, false, HomeSteps, src("职工维权 1"))
	cc.Steps = homeSteps([2]string{"0.65", "1"}, [2]string{"0.7", "2"}, [2]string{"0.75", "3"}, [2]string{"0.8", "4"})
	special := homeItem("rights.special", 8, false, HomeAwarded, src("职工维权 2"))
	special.Deductions = []HomeDeduction{{ID: "wage_contract_missing", Points: decimal.New(2, 0)},
		{ID: "women_contract_missing", Points: decimal.New(2, 0)}}
	return HomeSheet{
		Name: "home_meilong_town", Source: homeSrcMeilong, Secondary: true,
		Effective: union.Since(union.Period{Year: 2024, Month: 1}),
		Categories: []HomeCategory{
			{ID: "organisation", Items: []HomeItem{org, legal, audit, women, home}},
			{ID: "rights", Items: []HomeItem{cc, special}},
		},
	}
}

// HomeShanghaiNursingRoom returns the star rating of Shanghai 爱心妈咪小屋
// (nursing rooms, secondary) on the same engine: 3 stars need a private space
// of at least 8 m² ("area_8", the area reported); 4 stars at least 10 m²
// ("area_10"), a window and storage; 5 stars add a sink and room for two or
// more at once ("two_places"). Features are reported as 1 (present) or 0.
// The yearly activities and user satisfaction the scheme also names are not
// quantified and not modelled.
func HomeShanghaiNursingRoom() HomeSheet {
	th := func(id, target string) HomeItem {
		it := homeItem(id, 1, false, HomeThreshold, homeSrcNursing)
		it.Target = decimal.RequireFromString(target)
		return it
	}
	g := func(grade string, req ...string) HomeGrade {
		return HomeGrade{Grade: grade, Min: decimal.Zero, Requires: req, Source: homeSrcNursing}
	}
	return HomeSheet{
		Name: "home_shanghai_nursing_room", Source: homeSrcNursing, Secondary: true,
		Effective: union.Since(union.Period{Year: 2020, Month: 1}),
		Categories: []HomeCategory{{ID: "facility", Items: []HomeItem{
			th("area_8", "8"), th("area_10", "10"), th("window", "1"), th("storage", "1"), th("sink", "1"), th("two_places", "1"),
		}}},
		Grades: []HomeGrade{
			g("3_star", "area_8"),
			g("4_star", "area_8", "area_10", "window", "storage"),
			g("5_star", "area_8", "area_10", "window", "storage", "sink", "two_places"),
		},
	}
}

// HomeSheets returns every 职工之家 and star-rating sheet, freshly built,
// ordered by name.
func HomeSheets() []HomeSheet {
	out := []HomeSheet{HomeFujian2012(), HomeNingde2025(), HomeMeilongTown(), HomeShanghaiNursingRoom()}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// HomePresets describes every 职工之家 preset — the sheets and the national
// title's rule — as a union.Preset, ordered by name. Each call returns a
// fresh slice.
func HomePresets() []union.Preset {
	var out []union.Preset
	for _, s := range HomeSheets() {
		out = append(out, union.Preset{Name: s.Name, Document: s.Source, Effective: s.Effective})
	}
	t := HomeNationalTitle()
	out = append(out, union.Preset{Name: t.Name, Document: t.Source, Effective: t.Effective})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// HomeSheetPreset returns the sheet of that name, freshly built; an unknown
// name is a *union.FieldError on field "preset" (ErrInvalid).
func HomeSheetPreset(name string) (HomeSheet, error) {
	for _, s := range HomeSheets() {
		if s.Name == name {
			return s, nil
		}
	}
	return HomeSheet{}, union.Invalid("preset", "invalid.unknown", name)
}

// UnmarshalJSON reads a sheet strictly (union.DecodeJSON): an unknown key
// anywhere is a *union.FieldError naming its path.
func (s *HomeSheet) UnmarshalJSON(b []byte) error {
	type plain HomeSheet
	return union.DecodeJSON(b, (*plain)(s))
}

// UnmarshalJSON reads a unit strictly (union.DecodeJSON).
func (u *HomeUnit) UnmarshalJSON(b []byte) error {
	type plain HomeUnit
	return union.DecodeJSON(b, (*plain)(u))
}

// UnmarshalJSON reads a title rule strictly (union.DecodeJSON).
func (r *HomeTitleRule) UnmarshalJSON(b []byte) error {
	type plain HomeTitleRule
	return union.DecodeJSON(b, (*plain)(r))
}
