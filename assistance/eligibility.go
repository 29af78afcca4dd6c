package assistance

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// checkConditions reports every failed condition of who may apply and
// returns whether any failed.
//
//   - A worker who has died, transferred away or left the union cannot hold
//     a file (邹城市总工会 2023: files cancelled on transfer or death).
//   - Membership (郑州 2017; 岳阳 2018: workers of unionised employers).
//   - In service (Shanghai 2019: in-service workers only; 邹城: files
//     cancelled on retirement).
//   - Local hukou (Shanghai 2019).
//   - Migrant workers: a contract or de-facto employment of at least the
//     required months (郑州 2017: ≥ 1 year; Qingdao) and urban residence (Qingdao).
func (r *Rules) checkConditions(a *Applicant, res *builder) bool {
	failed := false
	add := func(code, source string, args ...string) {
		failed = true
		res.add(code, source, args...)
	}
	switch s := a.Worker.Status; s {
	case union.Deceased, union.Transferred, union.Withdrawn:
		add("assistance.condition.status."+s.String(), r.cite(srcZoucheng))
	case union.Retired, union.Unemployed:
		if r.Conditions.InService {
			add("assistance.condition.in_service."+s.String(), r.cite(srcShanghai))
		}
	}
	if (r.Conditions.Membership || a.Migrant && r.Conditions.MigrantMembership) && !a.Member {
		add("assistance.condition.member", r.cite(srcZhengzhou))
	}
	if r.Conditions.LocalHukou && a.NonLocalHukou {
		add("assistance.condition.hukou", r.cite(srcShanghai))
	}
	if a.Migrant {
		if m := r.Conditions.MigrantContractMonths; m > 0 && a.ContractMonths < m {
			add("assistance.condition.contract", r.cite(srcZhengzhou), strconv.Itoa(a.ContractMonths), strconv.Itoa(m))
		}
		if r.Conditions.MigrantUrban && a.RuralResidence {
			add("assistance.condition.rural", r.cite(srcQingdao))
		}
	}
	return failed
}

// checkExclusions reports every exclusion hit (排除性条件; see Exclusions) and returns
// whether any hit.
func (r *Rules) checkExclusions(a *Applicant, res *builder) bool {
	h := &a.Household
	x := &r.Exclusions
	hit := false
	add := func(code, source string, args ...string) {
		hit = true
		res.add(code, source, args...)
	}
	if x.MaxHomes > 0 && h.Homes > x.MaxHomes {
		add("assistance.exclude.homes", r.cite(srcJuduo), strconv.Itoa(h.Homes), strconv.Itoa(x.MaxHomes))
	}
	if x.Shops && h.Shops > 0 {
		add("assistance.exclude.shop", r.cite(srcJuduo), strconv.Itoa(h.Shops))
	}
	if x.EmployingOthers && h.EmploysOthers {
		add("assistance.exclude.employs", r.cite(srcJuduo))
	}
	if x.Vehicles && h.Vehicles > 0 {
		add("assistance.exclude.vehicle", r.cite(srcShenzhen), strconv.Itoa(h.Vehicles))
	}
	if x.AssetMonths.IsPositive() && h.Assets.IsPositive() {
		// assets ÷ members > months × 低保, compared without dividing.
		limit := mulDec(x.AssetMonths, r.MinimumLiving)
		if h.Assets.GreaterThan(limit.Mul(decimal.NewFromInt(int64(h.Members)))) {
			add("assistance.exclude.assets", r.cite(srcShenzhen),
				res.money(r.PerCapitaRounding.Round(h.Assets.DivRound(decimal.NewFromInt(int64(h.Members)), r.PerCapitaRounding.Places+12))),
				res.money(limit), x.AssetMonths.String())
		}
	}
	for i := range h.Persons {
		p := &h.Persons[i]
		if x.PrivateSchoolMultiple.IsPositive() && p.School != NotInSchool && p.PublicSchoolFee.IsPositive() {
			limit := mulDec(x.PrivateSchoolMultiple, p.PublicSchoolFee)
			if p.SchoolFee.GreaterThan(limit) {
				add("assistance.exclude.private_school", r.cite(srcQingdao), personLabel(i, p), res.money(p.SchoolFee),
					x.PrivateSchoolMultiple.String(), res.money(p.PublicSchoolFee))
			}
		}
		if x.StudyAbroad && p.AbroadSelfFunded {
			add("assistance.exclude.abroad", r.cite(srcJuduo), personLabel(i, p))
		}
	}
	if x.Age != (AgeRange{}) && a.Age > 0 && !x.Age.Contains(a.Age) {
		add("assistance.exclude.age", r.cite(srcOldLocal), strconv.Itoa(a.Age), strconv.Itoa(x.Age.From), strconv.Itoa(x.Age.Until))
	}
	return hit
}
