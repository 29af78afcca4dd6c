package assistance

import (
	"encoding/json"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 青岛市总工会's criteria and 平顶山市总工会《困难职工家庭认定标准》, 意外致困's
// first branch: a family whose worker was injured, disabled or killed on
// duty, in a natural disaster, a major safety accident, an epidemic or a
// public-security event qualifies without the 80%-of-income test.
func TestAccidentIncidentBranch_Qingdao_Pingdingshan(t *testing.T) {
	r := Standard(d("1000"))
	for _, in := range []Incident{OnDuty, InNaturalDisaster, InSafetyAccident, InEpidemic, InPublicSecurityEvent} {
		for _, h := range []Harm{Injured, Disabled, Killed} {
			a := simple(3, "150000", "0") // far above 2 × 低保, no hardship costs at all
			a.Incident, a.Harm = in, h
			res := mustAssess(t, r, a)
			assert.Equal(t, Accident, res.Category, "%s %s", in, h)
			assert.Contains(t, union.Codes(res.Reasons), "assistance.accident.incident."+in.String()+"."+h.String())
			assert.Contains(t, res.Missing, DisasterProof)
		}
	}
	// The cost test still applies without an incident.
	a := simple(3, "150000", "0")
	a.Household.HardshipCosts = d("1000")
	assert.Equal(t, None, mustAssess(t, r, a).Category)

	// The branch is a rule parameter: without it the incident alone files nothing.
	r.Accident.Incident = false
	a = simple(3, "150000", "0")
	a.Incident, a.Harm = OnDuty, Killed
	assert.Equal(t, None, mustAssess(t, r, a).Category)
	// Generation-1 rules have no such branch.
	assert.False(t, Generation1(d("370")).Accident.Incident)
	assert.True(t, Hubei2024(d("940")).Accident.Incident)
}

func TestIncidentNeedsHarm(t *testing.T) {
	a := simple(3, "150000", "0")
	a.Incident = OnDuty
	err := a.Validate()
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.Equal(t, []string{"harm"}, fieldsOf(err))
	a.Incident, a.Harm = NoIncident, Killed
	assert.Equal(t, []string{"incident"}, fieldsOf(a.Validate()))
	a.Incident, a.Harm = Incident(99), Harm(99)
	assert.ElementsMatch(t, []string{"incident", "harm"}, fieldsOf(a.Validate()))
}

// A caller's own policy needs no citation: a rule set built from scratch
// needs no Source, and its reasons say it is the caller's own rule (OwnRule),
// never a preset's document.
func TestOwnRulesNeedNoSource(t *testing.T) {
	r := Rules{
		MinimumLiving:     d("1000"),
		PerCapitaRounding: union.ToFen(union.HalfUp),
		Bands:             []Band{{Category: Deep, Multiple: d("1"), Op: LessOrEqual}},
		Accident:          AccidentTest{Share: d("0.5"), ShareOp: Greater},
		Conditions:        Conditions{Membership: true},
		Exclusions:        Exclusions{MaxHomes: 1},
		Aid: Aid{Rounding: union.ToFen(union.HalfUp),
			Living: []LivingRate{{Category: Deep, Amount: d("3000")}, {Category: Accident, Amount: d("2000")}}},
		Exit: ExitRules{Months: 6, ReviewMonths: 12},
	}
	require.NoError(t, r.Validate())
	for _, a := range sampleApplicants() {
		res, err := r.Assess(a)
		if err != nil {
			continue
		}
		require.NotEmpty(t, res.Reasons)
		for _, x := range res.Reasons {
			assert.Equal(t, OwnRule, x.Source, x.Code)
		}
	}
	rv, err := r.Review(File{Category: Deep, Filed: union.MustPeriod("2024-01"), Reviewed: union.MustPeriod("2025-01")}, simple(3, "20000", "0"))
	require.NoError(t, err)
	for _, x := range append(rv.Reasons, rv.Assessment.Reasons...) {
		assert.Equal(t, OwnRule, x.Source, x.Code)
	}

	// A caller's band or aid source is kept; presets keep citing theirs.
	r.Source = "本会2025年帮扶办法"
	r.Bands[0].Source = "本会2025年帮扶办法第三条"
	res := mustAssess(t, r, simple(3, "20000", "0"))
	assert.Contains(t, sourcesOf(res.Reasons), "本会2025年帮扶办法第三条")
	assert.NotContains(t, sourcesOf(res.Reasons), OwnRule)
	res = mustAssess(t, Standard(d("1000")), simple(3, "20000", "0"))
	assert.NotContains(t, sourcesOf(res.Reasons), OwnRule)
}

func sourcesOf(rs []union.Reason) []string {
	out := make([]string, len(rs))
	for i, x := range rs {
		out[i] = x.Source
	}
	return out
}

// No silent money default: a rounding never stated is refused, never taken
// as whole yuan; a rule set that states whole yuan (WholeYuan) keeps working.
func TestRoundingMustBeStated(t *testing.T) {
	r := Hubei2024(d("940"))
	r.PerCapitaRounding, r.Aid.Rounding = union.Rounding{}, union.Rounding{}
	err := r.Validate()
	require.ErrorIs(t, err, union.ErrPolicy)
	assert.ElementsMatch(t, []string{"per_capita_rounding", "aid.rounding"}, fieldsOf(err))
	r.WholeYuan = true
	require.NoError(t, r.Validate())
	res := mustAssess(t, r, typical())
	assert.Equal(t, "32680", res.AidTotal.String())

	// An aid table that pays nothing needs no rounding.
	s := Standard(d("1000"))
	s.Aid.Rounding = union.Rounding{}
	require.NoError(t, s.Validate())
	// A yuan rounding other than the zero value needs no flag.
	s.PerCapitaRounding = union.ToYuan(union.Down)
	require.NoError(t, s.Validate())

	var fromFile Rules
	require.NoError(t, json.Unmarshal([]byte(`{"minimum_living":"1000","bands":[{"category":"deep","multiple":"1","op":"lt"}],"exit":{"months":6,"review_months":12}}`), &fromFile))
	assert.Contains(t, fieldsOf(fromFile.Validate()), "per_capita_rounding")
}

// The reasons of the caller's own rules end with one saying so.
func TestOwnRuleReason(t *testing.T) {
	r := Standard(d("1000"))
	r.Source = ""
	res := mustAssess(t, r, simple(3, "20000", "0"))
	last := res.Reasons[len(res.Reasons)-1]
	assert.Equal(t, "assistance.own_rule", last.Code)
	assert.Equal(t, OwnRule, last.Source)
	assert.NotContains(t, union.Codes(mustAssess(t, Standard(d("1000")), simple(3, "20000", "0")).Reasons), "assistance.own_rule")
}
