package assistance

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func mutualD(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// mutualStayClaim is a claim of an in-service member with a 10-day stay.
func mutualStayClaim(id string) MutualClaim {
	return MutualClaim{
		ID:         id,
		Member:     MutualMember{ID: "M1", UnionMember: true, Status: StatusInService, Sex: union.Male, Birth: union.MustDate("1980-05-01"), MedicalInsurance: true},
		Shares:     1,
		CoverStart: union.MustDate("2021-01-01"),
		Stay: &MutualStay{Admitted: union.MustDate("2021-03-01"), Discharged: union.MustDate("2021-03-11"), HospitalGrade: 3,
			Total: mutualD("30000"), OutOfCatalogue: mutualD("2000"), Deductible: mutualD("1000"), Excluded: mutualD("200"),
			BasicInsurance: mutualD("20000"), SeriousIllness: decimal.Zero},
	}
}

func TestMutualPresetsValid(t *testing.T) {
	ps := MutualPlans()
	require.Len(t, ps, 6)
	names := MutualPresets()
	for i, p := range ps {
		require.NoError(t, p.Validate(), p.Name)
		assert.True(t, p.Secondary, p.Name)
		assert.Contains(t, p.Source, "(secondary)", p.Name)
		assert.Equal(t, p.Name, names[i].Name)
		assert.True(t, strings.HasPrefix(p.Name, "mutual_"))
		q, err := MutualPreset(p.Name)
		require.NoError(t, err)
		assert.Equal(t, p, q)
	}
	_, err := MutualPreset("nope")
	assert.ErrorIs(t, err, union.ErrInvalid)
}

// The JSON of every preset is kept in testdata/presets (go test ./assistance
// -run TestMutualPresetsGolden -update rewrites it).
func TestMutualPresetsGolden(t *testing.T) {
	for _, p := range MutualPlans() {
		t.Run(p.Name, func(t *testing.T) {
			got, err := json.MarshalIndent(p, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "presets", p.Name+".json")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./assistance -run TestMutualPresetsGolden -update")
			assert.Equal(t, string(want), string(got))
			var back MutualPlan
			require.NoError(t, json.Unmarshal(want, &back))
			again, err := json.MarshalIndent(back, "", "  ")
			require.NoError(t, err)
			assert.Equal(t, string(want), string(again)+"\n")
		})
	}
}

// 厦门 第十六期: 20% of the self-paid cost above the 起付线, bed fees removed.
func TestMutualXiamenInpatient(t *testing.T) {
	c := mutualStayClaim("C1")
	c.Commercial = mutualD("1000")
	out, err := MutualXiamen2021().Claim(c)
	require.NoError(t, err)
	// self-paid in catalogue 28000-20000 = 8000; base 8000-1000-200 = 6800; 20% = 1360.
	assert.Equal(t, "1360", out.Inpatient.String())
	assert.Equal(t, "1360", out.Total.String())
	assert.True(t, out.Covered)
	assert.Equal(t, "2021-12-31", out.CoverEnd.String())
	// member cost 30000-20000 = 10000; after mutual 8640; after commercial 7640.
	assert.Equal(t, "7640", out.MedicalRemaining.String())
	require.Len(t, out.Payers, 5)
	assert.Equal(t, []MutualPayer{PayerBasicInsurance, PayerSeriousIllness, PayerMutualAid, PayerCommercial, PayerHardshipAid},
		[]MutualPayer{out.Payers[0].Payer, out.Payers[1].Payer, out.Payers[2].Payer, out.Payers[3].Payer, out.Payers[4].Payer})
	assert.Equal(t, "8640", out.Payers[2].Left.String())
	for _, r := range out.Reasons {
		assert.NotEmpty(t, r.Source, r.Code)
		for _, tag := range union.Languages() {
			assert.NotContains(t, r.Text(tag), "%!", r.Code)
			assert.NotEqual(t, r.String(), r.Text(tag), r.Code)
		}
	}
}

// 福州 第三期: 13% of the catalogue cost, 50,000 cap cumulative over stays.
func TestMutualFuzhouCap(t *testing.T) {
	c := mutualStayClaim("C1")
	c.Stay.Total, c.Stay.OutOfCatalogue, c.Stay.BasicInsurance = mutualD("500000"), decimal.Zero, mutualD("300000")
	c.PaidBefore.Inpatient = mutualD("20000")
	out, err := MutualFuzhou2012Enterprise().Claim(c)
	require.NoError(t, err)
	// 13% of 500000 = 65000, only 30000 left under the 50000 cap.
	assert.Equal(t, "30000", out.Inpatient.String())
	assert.Equal(t, "50000", out.PaidAfter.Inpatient.String())
	assert.Contains(t, union.Codes(out.Reasons), "assistance.mutual.cap")
}

// 北京 2011 住院津贴: 40 元 a day from day 4; under 55 / 60.
func TestMutualBeijingAllowance(t *testing.T) {
	tests := []struct {
		name     string
		admitted string
		out      string
		days     int
		amount   string
	}{
		{"10-day stay pays days 4–10", "2021-03-01", "2021-03-11", 7, "280"},
		{"3-day stay pays nothing", "2021-03-01", "2021-03-04", 0, "0"},
		{"same-day stay counts one day", "2021-03-01", "2021-03-01", 0, "0"},
		{"200 days capped at 7200", "2021-03-01", "2021-09-17", 197, "7200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mutualStayClaim("C1")
			c.Stay.Admitted, c.Stay.Discharged = union.MustDate(tt.admitted), union.MustDate(tt.out)
			out, err := MutualBeijing2011Allowance().Claim(c)
			require.NoError(t, err)
			assert.Equal(t, tt.days, out.AllowanceDays)
			assert.Equal(t, tt.amount, out.Allowance.String())
		})
	}
	c := mutualStayClaim("C1")
	c.Member.Sex, c.Member.Birth = union.Female, union.MustDate("1965-12-31")
	out, err := MutualBeijing2011Allowance().Claim(c)
	require.NoError(t, err)
	assert.False(t, out.Covered)
	assert.Contains(t, union.Codes(out.Reasons), "assistance.mutual.age")
	assert.True(t, out.Total.IsZero())
}

// 中互会: nothing before day 30 (a result, not an error), 500 on days 30–90,
// 10,000 after day 90; renewals skip the waiting period.
func TestMutualACFTUGrantWaiting(t *testing.T) {
	base := MutualClaim{ID: "G1", Member: MutualMember{ID: "M2", UnionMember: true, Status: StatusInService}, Shares: 1,
		CoverStart: union.MustDate("2021-01-01")}
	tests := []struct {
		date    string
		renewal bool
		amount  string
		code    string
	}{
		{"2021-01-20", false, "0", "assistance.mutual.waiting"},
		{"2021-01-31", false, "500", "assistance.mutual.grant"},
		{"2021-04-01", false, "500", "assistance.mutual.grant"},
		{"2021-04-02", false, "10000", "assistance.mutual.grant"},
		{"2021-01-20", true, "500", "assistance.mutual.waiting_waived"},
		{"2022-01-01", false, "0", "assistance.mutual.after_cover"},
		{"2020-12-31", false, "0", "assistance.mutual.before_cover"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			c := base
			c.Renewal = tt.renewal
			c.Diagnosis = &MutualDiagnosis{Disease: "serious_illness", Date: union.MustDate(tt.date)}
			out, err := MutualACFTUAllowance2015().Claim(c)
			require.NoError(t, err)
			assert.Equal(t, tt.amount, out.Grant.String())
			assert.Contains(t, union.Codes(out.Reasons), tt.code)
		})
	}
}

func TestMutualNanpingOncePerPeriod(t *testing.T) {
	c := MutualClaim{ID: "W1", Member: MutualMember{ID: "F1", UnionMember: true, Sex: union.Female}, Shares: 1,
		CoverStart: union.MustDate("2012-07-01"), Diagnosis: &MutualDiagnosis{Disease: "female_cancer", Date: union.MustDate("2012-09-01")}}
	out, err := MutualNanping2012Women().Claim(c)
	require.NoError(t, err)
	assert.Equal(t, "6000", out.Grant.String())
	c.PaidBefore = out.PaidAfter
	again, err := MutualNanping2012Women().Claim(c)
	require.NoError(t, err)
	assert.True(t, again.Grant.IsZero())
	assert.Contains(t, union.Codes(again.Reasons), "assistance.mutual.grant_paid")
	c.Member.Sex = union.Male
	c.PaidBefore = MutualPaid{}
	men, err := MutualNanping2012Women().Claim(c)
	require.NoError(t, err)
	assert.False(t, men.Covered)
}

// Bad input: a *union.FieldError naming the field, never a panic.
func TestMutualBadClaims(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*MutualClaim)
		field string
	}{
		{"negative cost", func(c *MutualClaim) { c.Stay.Total = mutualD("-1") }, "stay.total"},
		{"discharge before admission", func(c *MutualClaim) { c.Stay.Discharged = union.MustDate("2021-02-01") }, "stay.discharged"},
		{"no cover start", func(c *MutualClaim) { c.CoverStart = MutualDate{} }, "cover_start"},
		{"not a day", func(c *MutualClaim) { c.Stay.Admitted = MutualDate{Year: 2021, Month: 2, Day: 30} }, "stay.admitted"},
		{"too many shares", func(c *MutualClaim) { c.Shares = 2 }, "shares_held"},
		{"insurers pay more than the cost", func(c *MutualClaim) { c.Stay.BasicInsurance = mutualD("29000") }, "stay.basic_insurance"},
		{"deductible above self-paid", func(c *MutualClaim) { c.Stay.Deductible = mutualD("9000") }, "stay.deductible"},
		{"nothing claimed", func(c *MutualClaim) { c.Stay = nil }, "stay"},
		{"status left out", func(c *MutualClaim) { c.Member.Status = StatusUnset }, "member.status"},
		{"huge decimal", func(c *MutualClaim) { c.Commercial = decimal.New(1, 40) }, "commercial"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mutualStayClaim("C1")
			tt.edit(&c)
			_, err := MutualXiamen2021().Claim(c)
			require.ErrorIs(t, err, union.ErrInvalid)
			fields := []string{}
			for _, fe := range union.FieldErrors(err) {
				fields = append(fields, fe.Field)
				assert.NotContains(t, fe.Text(language.English), "%!")
			}
			assert.Contains(t, fields, tt.field)
		})
	}
}

func TestMutualPlanValidate(t *testing.T) {
	require.ErrorIs(t, MutualPlan{}.Validate(), union.ErrPolicy)
	p := MutualXiamen2021()
	p.Rounding = union.Rounding{}
	err := p.Validate()
	require.Error(t, err)
	assert.Equal(t, "rounding", union.FieldErrors(err)[0].Field)
	assert.Equal(t, "assistance.policy.rounding_unset", union.FieldErrors(err)[0].Code)
	p.WholeYuan = true
	require.NoError(t, p.Validate())
	p = MutualACFTUAllowance2015()
	p.Grants[0].Steps[1].FromDay = 10
	require.ErrorIs(t, p.Validate(), union.ErrPolicy)
	p = MutualXiamen2021()
	p.Grants = make([]MutualGrant, MaxMutualGrants+1)
	fes := union.FieldErrors(p.Validate())
	require.NotEmpty(t, fes)
	assert.Equal(t, "grants", fes[len(fes)-1].Field)
	assert.Equal(t, "invalid.too_many", fes[len(fes)-1].Code)
}

func TestMutualContributionAndUnit(t *testing.T) {
	c, err := MutualXiamen2021().ContributionFor(1)
	require.NoError(t, err)
	assert.Equal(t, "60", c.String())
	_, err = MutualXiamen2021().ContributionFor(2)
	require.ErrorIs(t, err, union.ErrInvalid)
	// 80% of 101 members is 80.8: 81 needed.
	r, err := MutualXiamen2021().CheckUnit(MutualUnit{Class: "public", Members: 101, Enrolled: 80})
	require.NoError(t, err)
	assert.False(t, r.Meets)
	assert.Equal(t, 81, r.Needed)
	r, err = MutualXiamen2021().CheckUnit(MutualUnit{Class: "other", Members: 10, Enrolled: 5})
	require.NoError(t, err)
	assert.True(t, r.Meets)
	_, err = MutualXiamen2021().CheckUnit(MutualUnit{Class: "x", Members: 10, Enrolled: 11})
	assert.Len(t, union.FieldErrors(err), 2)
}

// The same claims in any order give the same payouts; caps carry over.
func TestMutualClaimAllShuffle(t *testing.T) {
	var claims []MutualClaim
	for i, day := range []string{"2021-02-01", "2021-05-01", "2021-08-01", "2021-10-01"} {
		c := mutualStayClaim(string(rune('A' + i)))
		c.Stay.Admitted = union.MustDate(day)
		c.Stay.Discharged = c.Stay.Admitted.AddMonths(2)
		claims = append(claims, c)
	}
	other := mutualStayClaim("Z")
	other.Member.ID = "M9"
	claims = append(claims, other)
	plan := MutualBeijing2011Allowance()
	want, err := plan.ClaimAll(claims)
	require.NoError(t, err)
	total := decimal.Zero
	for _, p := range want[:4] {
		total = total.Add(p.Allowance)
	}
	assert.Equal(t, "7200", total.String(), "the cap holds across a member's claims")
	byID := map[string]MutualPayout{}
	for _, p := range want {
		byID[p.ClaimID] = p
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := append([]MutualClaim(nil), claims...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, err := plan.ClaimAll(shuffled)
		require.NoError(t, err)
		for _, p := range got {
			assert.Equal(t, byID[p.ClaimID], p)
		}
	}
	claims[2].PaidBefore.Allowance = mutualD("1")
	claims[3].ID = "A"
	_, err = plan.ClaimAll(claims)
	var re *union.RecordError
	require.ErrorAs(t, err, &re)
	assert.GreaterOrEqual(t, len(union.FieldErrors(err)), 1)
	_, err = plan.ClaimAll(make([]MutualClaim, MaxMutualClaims+1))
	assert.Equal(t, "invalid.too_many", union.FieldErrors(err)[0].Code)
}

// Results never share memory: appending to one's slices changes no other.
func TestMutualPayoutUnshared(t *testing.T) {
	c := MutualClaim{ID: "W1", Member: MutualMember{ID: "F1", UnionMember: true, Sex: union.Female}, Shares: 1,
		CoverStart: union.MustDate("2012-07-01"), Diagnosis: &MutualDiagnosis{Disease: "fibroid", Date: union.MustDate("2012-09-01")},
		PaidBefore: MutualPaid{Diseases: make([]string, 1, 4)}}
	c.PaidBefore.Diseases[0] = "female_cancer"
	out, err := MutualNanping2012Women().Claim(c)
	require.NoError(t, err)
	out.PaidAfter.Diseases[0] = "x"
	assert.Equal(t, "female_cancer", c.PaidBefore.Diseases[0])
}

func TestMutualJSONStrict(t *testing.T) {
	c := mutualStayClaim("C1")
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var back MutualClaim
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Stay.Total.Equal(c.Stay.Total))
	assert.Equal(t, c.Stay.Admitted, back.Stay.Admitted)
	bad := strings.Replace(string(b), `"shares_held"`, `"sharez"`, 1)
	err = json.Unmarshal([]byte(bad), &back)
	require.ErrorIs(t, err, union.ErrInvalid)
	out, err := MutualXiamen2021().Claim(c)
	require.NoError(t, err)
	ob, err := json.Marshal(out)
	require.NoError(t, err)
	var outBack MutualPayout
	require.NoError(t, union.DecodeJSON(ob, &outBack))
	assert.True(t, outBack.MedicalRemaining.Equal(out.MedicalRemaining))
	assert.Equal(t, out.Reasons, outBack.Reasons)
	var plan MutualPlan
	err = json.Unmarshal([]byte(`{"name":"x","inpatient":{"shar":1}}`), &plan)
	require.ErrorIs(t, err, union.ErrInvalid)
	assert.True(t, errors.Is(err, union.ErrInvalid))
}

// TestMutualJSONPayersRequired: a claim file with a stay states every
// amount of the bill and what each other payer paid, even 0; one left out is
// invalid.required under its path, never read as nothing paid (which would
// make mutual aid pay what basic insurance already paid).
func TestMutualJSONPayersRequired(t *testing.T) {
	c := mutualStayClaim("C1")
	full, err := json.Marshal(c)
	require.NoError(t, err)
	var obj map[string]any
	require.NoError(t, json.Unmarshal(full, &obj))
	for _, tc := range []struct{ drop, field string }{
		{"commercial", "commercial"},
		{"stay.total", "stay.total"}, {"stay.out_of_catalogue", "stay.out_of_catalogue"},
		{"stay.deductible", "stay.deductible"}, {"stay.excluded", "stay.excluded"},
		{"stay.basic_insurance", "stay.basic_insurance"}, {"stay.serious_illness", "stay.serious_illness"},
	} {
		var o map[string]any
		require.NoError(t, json.Unmarshal(full, &o))
		if k, ok := strings.CutPrefix(tc.drop, "stay."); ok {
			delete(o["stay"].(map[string]any), k)
		} else {
			delete(o, tc.drop)
		}
		b, err := json.Marshal(o)
		require.NoError(t, err)
		var back MutualClaim
		err = json.Unmarshal(b, &back)
		require.ErrorIs(t, err, union.ErrInvalid, tc.drop)
		fes := union.FieldErrors(err)
		require.Len(t, fes, 1, tc.drop)
		assert.Equal(t, tc.field, fes[0].Field)
		assert.Equal(t, "invalid.required", fes[0].Code)
	}
	// Every problem at once: an unknown key and a missing payer.
	var o map[string]any
	require.NoError(t, json.Unmarshal(full, &o))
	delete(o["stay"].(map[string]any), "basic_insurance")
	o["sharez"] = 1
	b, err := json.Marshal(o)
	require.NoError(t, err)
	var back MutualClaim
	err = json.Unmarshal(b, &back)
	var fields []string
	for _, fe := range union.FieldErrors(err) {
		fields = append(fields, fe.Field+" "+fe.Code)
	}
	assert.ElementsMatch(t, []string{"sharez invalid.unknown_field", "stay.basic_insurance invalid.required"}, fields)
	// A claim without a stay needs none of them.
	delete(obj, "stay")
	delete(obj, "commercial")
	obj["diagnosis"] = map[string]any{"disease": "x", "date": "2021-03-01"}
	b, err = json.Marshal(obj)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
}

func TestMutualDate(t *testing.T) {
	for _, s := range []string{"2021-02-29", "2021-13-01", "21-01-01", "2021/01/01", "0000-01-01"} {
		_, err := union.ParseDate(s)
		assert.ErrorIs(t, err, union.ErrInvalid, s)
	}
	assert.Equal(t, "2024-02-29", union.MustDate("2024-01-31").AddMonths(1).String())
	assert.Equal(t, 366, union.MustDate("2024-01-01").DaysUntil(union.MustDate("2025-01-01")))
	assert.True(t, union.MustDate("9999-12-31").AddMonths(1).IsZero())
}

func FuzzMutualClaim(f *testing.F) {
	b, _ := json.Marshal(mutualStayClaim("C1"))
	f.Add(string(b), "mutual_xiamen2021")
	f.Add(`{"id":"G","member":{"id":"M","union_member":true,"status":"in_service"},"shares_held":1,"cover_start":"2021-01-01","diagnosis":{"disease":"serious_illness","date":"2021-02-01"}}`, "mutual_acftu_allowance2015")
	f.Fuzz(func(t *testing.T, data, preset string) {
		var c MutualClaim
		if err := json.Unmarshal([]byte(data), &c); err != nil {
			return
		}
		p, err := MutualPreset(preset)
		if err != nil {
			p = MutualBeijing2011Allowance()
		}
		out, err := p.Claim(c)
		if err != nil {
			require.ErrorIs(t, err, union.ErrInvalid)
			require.NotEmpty(t, union.FieldErrors(err))
			return
		}
		require.False(t, out.Total.IsNegative())
		require.False(t, out.MedicalRemaining.IsNegative())
	})
}

func FuzzMutualPlanJSON(f *testing.F) {
	for _, p := range MutualPlans() {
		b, _ := json.Marshal(p)
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, data string) {
		var p MutualPlan
		if err := json.Unmarshal([]byte(data), &p); err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			require.NotEmpty(t, union.FieldErrors(err))
			return
		}
		_, _ = p.Claim(mutualStayClaim("C1"))
		_, _ = p.CheckUnit(MutualUnit{Class: "other", Members: 10, Enrolled: 5})
	})
}

// A date that parses prints back the same; anything else is a typed error.
func FuzzMutualDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "9999-12-31", "0001-01-01", "", "2024-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := union.ParseDate(s)
		if err != nil {
			require.ErrorIs(t, err, union.ErrInvalid)
			return
		}
		require.Equal(t, s, d.String())
		var back MutualDate
		require.NoError(t, back.UnmarshalText([]byte(s)))
		require.Equal(t, d, back)
		require.Equal(t, 0, d.DaysUntil(back))
		_ = d.AddMonths(1200)
	})
}
