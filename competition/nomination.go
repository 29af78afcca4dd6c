package competition

import (
	"errors"
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// The nominee groups the quota presets use.
const (
	GroupIndustrial       = "industrial"        // 产业工人
	GroupFrontline        = "frontline"         // 其他一线职工和专业技术人员
	GroupScienceEducation = "science_education" // 教科文卫
	GroupMigrant          = "migrant"           // 农民工
	GroupNonPublic        = "non_public"        // 非公有制企业及其职工
	GroupKeyIndustry      = "key_industry"      // 重点产业
	GroupUnitHead         = "unit_head"         // 单位负责人
	GroupCommunity        = "community"         // 社区工作者
	GroupEnterprise       = "enterprise"        // 企业职工
	GroupWomen            = "women"             // 女职工
	GroupFrontlineAll     = "frontline_all"     // 一线职工（含产业工人）
	GroupTeam             = "team"              // 班组（科室），for 工人先锋号 lists
)

// Nominee is one name on a nomination list, with the groups it counts in.
type Nominee struct {
	// ID identifies the nominee; present and unique.
	ID string `json:"id"`
	// Groups are the quota groups the nominee counts in, e.g. "industrial".
	Groups []string `json:"groups"`
}

// Quota is one group's limit: a minimum share, a maximum share, or both.
type Quota struct {
	// Group is the group's key.
	Group string `json:"group"`
	// Min is the smallest share of the list the group must have; zero: none.
	Min decimal.Decimal `json:"min,omitzero"`
	// Max is the largest share it may have; zero: none.
	Max decimal.Decimal `json:"max,omitzero"`
}

// NominationRules is the quota policy of a nomination list.
type NominationRules struct {
	// Quotas are the groups' limits.
	Quotas []Quota `json:"quotas"`
	// Source cites the notice.
	Source string `json:"source,omitempty"`
	// Effective is the period the rules are in force.
	Effective union.Effective `json:"effective,omitzero"`
}

// MayDay2022 is the 2022 ACFTU quota for 全国五一劳动奖章 nominees:
// industrial workers ≥ 35%, other frontline and technical staff ≥ 20%,
// science, education, culture and health ≥ 20%, migrant workers ≥ 10%,
// non-public firms and their staff ≥ 35% (SourceMayDay2022).
func MayDay2022() NominationRules {
	return NominationRules{
		Quotas: []Quota{
			{Group: GroupIndustrial, Min: share("0.35")},
			{Group: GroupFrontline, Min: share("0.2")},
			{Group: GroupScienceEducation, Min: share("0.2")},
			{Group: GroupMigrant, Min: share("0.1")},
			{Group: GroupNonPublic, Min: share("0.35")},
		},
		Source:    SourceMayDay2022,
		Effective: union.Between(union.MustPeriod("2022-01"), union.MustPeriod("2023-12")),
	}
}

// MayDay2024 is the 2024 quota: the 2022 quota plus key industries ≥ 35%
// (SourceMayDay2024).
func MayDay2024() NominationRules {
	r := MayDay2022()
	r.Quotas = append(r.Quotas, Quota{Group: GroupKeyIndustry, Min: share("0.35")})
	r.Source = SourceMayDay2022 + "；" + SourceMayDay2024
	r.Effective = union.Since(union.MustPeriod("2024-01"))
	return r
}

// MayDayTimeline returns the national quotas over time: 2022's for 2022–2023,
// 2024's from 2024. No notice for other years is encoded; the months are the
// notices' years.
func MayDayTimeline() union.Timeline[NominationRules] {
	t, err := union.NewTimeline(
		union.Dated[NominationRules]{Effective: MayDay2022().Effective, Policy: MayDay2022()},
		union.Dated[NominationRules]{Effective: MayDay2024().Effective, Policy: MayDay2024()},
	)
	if err != nil { // the presets are consistent; a test holds it
		return union.Timeline[NominationRules]{}
	}
	return t
}

// MayDayCertificates2022 is the 2022 quota for 全国五一劳动奖状 units: the
// non-public share (non-public firms at least 35%) applies to the certificate
// list on its own, as to the medals and the 工人先锋号 (SourceMayDayLists).
func MayDayCertificates2022() NominationRules {
	return NominationRules{
		Quotas:    []Quota{{Group: GroupNonPublic, Min: share("0.35")}},
		Source:    SourceMayDayLists,
		Effective: union.Between(union.MustPeriod("2022-01"), union.MustPeriod("2023-12")),
	}
}

// MayDayCertificates2024 is the 2024 certificate quota: non-public at least
// 35%, key industries at least 35% (SourceMayDayLists, SourceMayDay2024).
func MayDayCertificates2024() NominationRules {
	r := MayDayCertificates2022()
	r.Quotas = append(r.Quotas, Quota{Group: GroupKeyIndustry, Min: share("0.35")})
	r.Source = SourceMayDayLists + "；" + SourceMayDay2024
	r.Effective = union.Since(union.MustPeriod("2024-01"))
	return r
}

// Vanguard2022 is the 2022 quota for 全国工人先锋号 collectives: non-public at
// least 35%, and 班组 (teams and sections) at least 70% of the list
// (SourceMayDayLists).
func Vanguard2022() NominationRules {
	return NominationRules{
		Quotas:    []Quota{{Group: GroupNonPublic, Min: share("0.35")}, {Group: GroupTeam, Min: share("0.7")}},
		Source:    SourceMayDayLists,
		Effective: union.Between(union.MustPeriod("2022-01"), union.MustPeriod("2023-12")),
	}
}

// Vanguard2024 is the 2024 先锋号 quota: Vanguard2022's and key industries at
// least 35% (SourceMayDayLists, SourceMayDay2024).
func Vanguard2024() NominationRules {
	r := Vanguard2022()
	r.Quotas = append(r.Quotas, Quota{Group: GroupKeyIndustry, Min: share("0.35")})
	r.Source = SourceMayDayLists + "；" + SourceMayDay2024
	r.Effective = union.Since(union.MustPeriod("2024-01"))
	return r
}

// MayDayCertificatesTimeline returns the national 奖状 quotas over time:
// 2022's for 2022–2023, 2024's from 2024.
func MayDayCertificatesTimeline() union.Timeline[NominationRules] {
	t, err := union.NewTimeline(
		union.Dated[NominationRules]{Effective: MayDayCertificates2022().Effective, Policy: MayDayCertificates2022()},
		union.Dated[NominationRules]{Effective: MayDayCertificates2024().Effective, Policy: MayDayCertificates2024()},
	)
	if err != nil { // the presets are consistent; a test holds it
		return union.Timeline[NominationRules]{}
	}
	return t
}

// VanguardTimeline returns the national 工人先锋号 quotas over time: 2022's
// for 2022–2023, 2024's from 2024.
func VanguardTimeline() union.Timeline[NominationRules] {
	t, err := union.NewTimeline(
		union.Dated[NominationRules]{Effective: Vanguard2022().Effective, Policy: Vanguard2022()},
		union.Dated[NominationRules]{Effective: Vanguard2024().Effective, Policy: Vanguard2024()},
	)
	if err != nil { // the presets are consistent; a test holds it
		return union.Timeline[NominationRules]{}
	}
	return t
}

// Xiamen2016 is Xiamen's 2016 list: unit heads ≤ 15%, community workers ≤
// 10%, frontline ≥ 60%, enterprise staff ≥ 50%, science and education ≥ 20%,
// women ≥ 20%, migrant workers ≥ 20% (SourceXiamen2016).
func Xiamen2016() NominationRules {
	return NominationRules{
		Quotas: []Quota{
			{Group: GroupUnitHead, Max: share("0.15")},
			{Group: GroupCommunity, Max: share("0.1")},
			{Group: GroupFrontlineAll, Min: share("0.6")},
			{Group: GroupEnterprise, Min: share("0.5")},
			{Group: GroupScienceEducation, Min: share("0.2")},
			{Group: GroupWomen, Min: share("0.2")},
			{Group: GroupMigrant, Min: share("0.2")},
		},
		Source:    SourceXiamen2016,
		Effective: union.Between(union.MustPeriod("2016-01"), union.MustPeriod("2016-12")),
	}
}

// Validate reports every problem at once as ErrPolicy: no quotas, a quota
// without a group or repeating one, a negative or above-1 share, a Min above
// the Max, a quota with neither, an invalid Effective period; more than
// MaxQuotas quotas, a share outside the decimal limits.
func (r NominationRules) Validate() error {
	var errs []error
	bad := func(field, code, value string, args ...string) {
		errs = append(errs, union.Inconsistent(field, code, value, args...))
	}
	if len(r.Quotas) == 0 {
		bad("quotas", "policy.empty", "")
	}
	if fe := tooManyPolicy("quotas", len(r.Quotas), MaxQuotas); fe != nil {
		return fe
	}
	seen := map[string]bool{}
	for i, q := range r.Quotas {
		f := union.Indexed("quotas", i)
		switch {
		case q.Group == "":
			bad(f+".group", "invalid.required", "")
		case seen[q.Group]:
			bad(f+".group", "invalid.duplicate", q.Group)
		}
		seen[q.Group] = true
		if fe := errors.Join(nilIfOK(checkPolicyDecimal(f+".min", q.Min)), nilIfOK(checkPolicyDecimal(f+".max", q.Max))); fe != nil {
			errs = append(errs, fe)
			continue
		}
		for _, v := range []struct {
			name string
			d    decimal.Decimal
		}{{"min", q.Min}, {"max", q.Max}} {
			if v.d.Sign() < 0 || v.d.GreaterThan(one) {
				bad(f+"."+v.name, "policy.range", v.d.String(), "0", "1")
			}
		}
		if q.Min.IsZero() && q.Max.IsZero() {
			bad(f, "policy.empty", q.Group)
		}
		if q.Max.Sign() > 0 && q.Min.GreaterThan(q.Max) {
			bad(f+".min", "invalid.too_large", q.Min.String(), q.Max.String())
		}
	}
	if err := r.Effective.Validate(); err != nil {
		errs = append(errs, union.Prefix("effective", err))
	}
	return errors.Join(errs...)
}

// QuotaShare is one group's line in a compliance report.
type QuotaShare struct {
	// Group is the group's key.
	Group string `json:"group"`
	// Count is the number of nominees in the group.
	Count int `json:"count"`
	// Share is Count ÷ the list's length, rounded half-up to 4 places for
	// display; the check itself is exact.
	Share decimal.Decimal `json:"share"`
	// Min and Max are the quota's limits (zero: none).
	Min decimal.Decimal `json:"min,omitzero"`
	// Max is the largest share allowed; zero: none.
	Max decimal.Decimal `json:"max,omitzero"`
	// Met is true when the share is within the limits.
	Met bool `json:"met"`
	// Needed is, for an unmet minimum, how many more nominees of the group
	// the list needs at its present length; for an exceeded maximum, how many
	// fewer.
	Needed int `json:"needed,omitempty"`
}

// Compliance is a nomination list's quota report.
type Compliance struct {
	// Compliant is true when every quota is met.
	Compliant bool `json:"compliant"`
	// Shares has one line per quota, in the rules' order.
	Shares []QuotaShare `json:"shares"`
	// Reasons explain every quota, met or not, with the source.
	Reasons []union.Reason `json:"reasons"`
}

// Check reports each group's share of the list against its limit. An
// unmet quota is an outcome, not an error. An empty list, a nominee without
// an ID or with a duplicate ID, or a group no quota names (a typo would
// otherwise count nowhere) is ErrInvalid, and so are more than MaxNominees
// names and more than MaxQuotas groups on one name.
func (r NominationRules) Check(list []Nominee) (Compliance, error) {
	if err := r.Validate(); err != nil {
		return Compliance{}, err
	}
	r.Source = cite(r.Source)
	var errs []error
	if len(list) == 0 {
		errs = append(errs, union.Invalid("nominees", "invalid.empty", ""))
	}
	if fe := tooMany("nominees", len(list), MaxNominees); fe != nil {
		return Compliance{}, fe
	}
	known := make(map[string]int, len(r.Quotas)) // group → quota index
	for i, q := range r.Quotas {
		known[q.Group] = i
	}
	ids := make(map[string]bool, len(list))
	counts := make([]int, len(r.Quotas))
	last := make([]int, len(r.Quotas)) // the last nominee (index+1) counted in each group
	for i, n := range list {
		f := func() string { return union.Indexed("nominees", i) } // written only for an error
		switch {
		case n.ID == "":
			errs = append(errs, union.Invalid(f()+".id", "invalid.required", ""))
		case ids[n.ID]:
			errs = append(errs, union.Invalid(f()+".id", "invalid.duplicate", n.ID))
		}
		ids[n.ID] = true
		if len(n.Groups) > MaxQuotas {
			errs = append(errs, tooMany(f()+".groups", len(n.Groups), MaxQuotas))
			continue
		}
		for j, g := range n.Groups {
			q, ok := known[g]
			if !ok {
				errs = append(errs, union.Invalid(union.Indexed(f()+".groups", j), "invalid.unknown", g))
				continue
			}
			if last[q] != i+1 { // a group listed twice counts once
				last[q] = i + 1
				counts[q]++
			}
		}
	}
	if len(errs) > 0 {
		return Compliance{}, errors.Join(errs...)
	}
	n := int64(len(list))
	N := decimal.NewFromInt(n)
	out := Compliance{Compliant: true}
	for qi, q := range r.Quotas {
		c := counts[qi]
		C := decimal.NewFromInt(int64(c))
		line := QuotaShare{Group: q.Group, Count: c, Share: C.DivRound(N, 4), Min: q.Min, Max: q.Max, Met: true}
		if q.Min.Sign() > 0 && C.LessThan(q.Min.Mul(N)) {
			line.Met = false
			line.Needed = int(q.Min.Mul(N).Ceil().IntPart()) - c
			out.Reasons = append(out.Reasons, union.NewReason("competition.quota.below", r.Source,
				q.Group, strconv.Itoa(c), line.Share.String(), q.Min.String()))
		}
		if q.Max.Sign() > 0 && C.GreaterThan(q.Max.Mul(N)) {
			line.Met = false
			line.Needed = c - int(q.Max.Mul(N).Floor().IntPart())
			out.Reasons = append(out.Reasons, union.NewReason("competition.quota.above", r.Source,
				q.Group, strconv.Itoa(c), line.Share.String(), q.Max.String()))
		}
		if line.Met {
			out.Reasons = append(out.Reasons, union.NewReason("competition.quota.met", r.Source,
				q.Group, strconv.Itoa(c), line.Share.String()))
		}
		out.Compliant = out.Compliant && line.Met
		out.Shares = append(out.Shares, line)
	}
	return out, nil
}

// nilIfOK turns a nil *union.FieldError into a nil error.
func nilIfOK(fe *union.FieldError) error {
	if fe == nil {
		return nil
	}
	return fe
}
