package assistance

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// checkErr fails unless err is nil or wraps exactly one of the two kinds.
func checkErr(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if !errors.Is(err, union.ErrInvalid) && !errors.Is(err, union.ErrPolicy) {
		t.Fatalf("error wraps neither ErrInvalid nor ErrPolicy: %v", err)
	}
	var fe *union.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("no *union.FieldError in %v", err)
	}
}

// FuzzAssess feeds Assess and Review arbitrary households: never a panic,
// errors always wrap ErrInvalid or ErrPolicy, results always explain themselves.
func FuzzAssess(f *testing.F) {
	f.Add(3, "36000", "4000", "0", 1, 45, 19, uint8(6), 12, false, 0, 0, "1000")
	f.Add(0, "-1", "1.001", "5", -1, -3, 200, uint8(200), -5, true, 9, 3, "0")
	f.Add(100, "1e13", "0", "1e12", 3, 16, 60, uint8(3), 1200, true, 6, 6, "0.01")
	f.Add(2, "1e99999999", "1e-99999999", "0e2147483647", 0, 40, 10, uint8(1), 0, false, 1, 0, "1000")
	f.Fuzz(func(t *testing.T, members int, income, rigid, costs string, homes, age, age2 int,
		school uint8, months int, migrant bool, below, above int, ml string) {
		dec := func(s string) decimal.Decimal {
			v, err := decimal.NewFromString(s)
			if err != nil || len(s) > 40 {
				return decimal.Zero
			}
			return v // exponents as large as the text allows ("1e99999999"): refused, never computed
		}
		a := Applicant{
			Member:         true,
			Age:            age,
			Migrant:        migrant,
			ContractMonths: months,
			MainCause:      Cause(school % 12),
			Incident:       Incident(school % 7),
			Harm:           Harm(uint8(below) % 5),
			Household: Household{
				Members: members, Income: dec(income), RigidExpenses: dec(rigid), HardshipCosts: dec(costs),
				Homes: homes, MonthsBelow: below, MonthsAbove: above,
				Persons: []Person{{Age: age2, School: SchoolLevel(school), MedicalSelfPaid: dec(costs)}},
			},
		}
		for _, r := range []Rules{Hubei2024(dec(ml)), Generation1(dec(ml)), Shanghai2019(dec(ml))} {
			res, err := r.Assess(a)
			checkErr(t, err)
			if err == nil {
				if len(res.Reasons) == 0 {
					t.Fatal("no reasons")
				}
				if res.AidTotal.IsNegative() {
					t.Fatal("negative aid")
				}
				if res.Category.Filed() && !res.Eligible {
					t.Fatal("filed but not eligible")
				}
			}
			rv, err := r.Review(File{Category: Deep, Filed: union.Period{Year: 2024, Month: 1},
				Reviewed: union.Period{Year: 2025, Month: 1}}, a)
			checkErr(t, err)
			if err == nil && len(rv.Reasons) == 0 {
				t.Fatal("review without reasons")
			}
		}
	})
}

// FuzzRulesJSON reads rules and applicants from JSON, as an ERP stores them:
// never a panic; unmarshalled rules are validated by the entry points.
func FuzzRulesJSON(f *testing.F) {
	std, _ := json.Marshal(Hubei2024(decimal.NewFromInt(940)))
	app, _ := json.Marshal(typical())
	f.Add(std, app)
	f.Add([]byte(`{"minimum_living":"-1","bands":[{"category":"deep","multiple":"0.5"}]}`), []byte(`{"household":{"members":-2}}`))
	f.Add([]byte(`{"preset":"shanghai2019","minimum_living":"1420","aid":{"temporary_cap":"1e2147483647"}}`),
		[]byte(`{"household":{"members":2,"income":"1e-99999999"}}`))
	f.Fuzz(func(t *testing.T, rules, applicant []byte) {
		var r Rules
		if err := union.DecodeJSON(rules, &r); err != nil {
			checkErr(t, err) // strict decoding: every failure a FieldError
			return
		}
		var a Applicant
		if err := union.DecodeJSON(applicant, &a); err != nil {
			checkErr(t, err)
			return
		}
		res, err := r.Assess(a)
		checkErr(t, err)
		if err == nil && len(res.Reasons) == 0 {
			t.Fatal("no reasons")
		}
		b := r.AssessAll([]Applicant{a, a})
		if (b.Items[0].Err == nil) != (err == nil) {
			t.Fatal("batch and single disagree")
		}
	})
}

// FuzzYearly builds timelines from arbitrary figures: never a panic, errors are ErrPolicy.
func FuzzYearly(f *testing.F) {
	f.Add(2023, 1, "1001", 2025, 1, "1062")
	f.Add(2023, 13, "-1", 2023, 13, "x")
	f.Fuzz(func(t *testing.T, y1, m1 int, ml1 string, y2, m2 int, ml2 string) {
		dec := func(s string) decimal.Decimal {
			v, err := decimal.NewFromString(s)
			if err != nil || len(s) > 40 {
				return decimal.Zero
			}
			return v // exponents as large as the text allows ("1e99999999"): refused, never computed
		}
		_, err := Yearly(Standard,
			Figures{From: union.Period{Year: y1, Month: monthOf(m1)}, MinimumLiving: dec(ml1)},
			Figures{From: union.Period{Year: y2, Month: monthOf(m2)}, MinimumLiving: dec(ml2)})
		if err != nil && !errors.Is(err, union.ErrPolicy) {
			t.Fatalf("not ErrPolicy: %v", err)
		}
	})
}

func monthOf(m int) time.Month { return time.Month(m) }

// FuzzRules changes the rule parameters (低保, multiples, operators, shares,
// aid months and caps): never a panic; a bad parameter is ErrPolicy.
func FuzzRules(f *testing.F) {
	f.Add("940", "2", uint8(0), "0.8", uint8(2), "12", "20000", "0.9", 6, int32(2), uint8(0))
	f.Add("-1", "0.5", uint8(9), "1.5", uint8(0), "-3", "-1", "7", -1, int32(99), uint8(9))
	f.Fuzz(func(t *testing.T, ml, multiple string, op uint8, share string, shareOp uint8,
		months, cap, rate string, exit int, places int32, mode uint8) {
		dec := func(s string) decimal.Decimal {
			v, err := decimal.NewFromString(s)
			if err != nil || len(s) > 40 {
				return decimal.Zero
			}
			return v // exponents as large as the text allows ("1e99999999"): refused, never computed
		}
		r := Hubei2024(dec(ml))
		r.Bands[1].Multiple = dec(multiple)
		r.Bands[1].Op = Operator(op)
		r.Accident.Share = dec(share)
		r.Accident.ShareOp = Operator(shareOp)
		r.Aid.Living[0].Months = dec(months)
		r.Aid.Medical[0].Cap = dec(cap)
		r.Aid.Medical[0].Tiers[0].Rate = dec(rate)
		r.Exit.Months = exit
		r.PerCapitaRounding = union.Rounding{Places: places, Mode: union.RoundingMode(mode)}
		verr := r.Validate()
		if verr != nil && !errors.Is(verr, union.ErrPolicy) {
			t.Fatalf("not ErrPolicy: %v", verr)
		}
		for _, a := range sampleApplicants() {
			res, err := r.Assess(a)
			checkErr(t, err)
			if verr != nil && !errors.Is(err, union.ErrPolicy) {
				t.Fatal("invalid rules accepted")
			}
			if err == nil && res.AidTotal.IsNegative() {
				t.Fatal("negative aid")
			}
		}
	})
}

// FuzzDecodeApplicants reads arbitrary documents as arrays of applicants:
// never a panic; every error is a FieldError (inside RecordErrors for bad
// records); AssessJSON has one item per record read and its JSON reads back.
func FuzzDecodeApplicants(f *testing.F) {
	one, _ := json.Marshal(typical())
	f.Add([]byte("[" + string(one) + "," + string(one) + "]"))
	f.Add([]byte(`[{"household":{"members":"x"}},{"worker":{"id":"A"},"colour":1},{"household":{"members":2,"income":"1e999"}}]`))
	f.Add([]byte(`[{"household":`))
	f.Add([]byte(`{}`))
	r := Hubei2024(decimal.NewFromInt(940))
	f.Fuzz(func(t *testing.T, doc []byte) {
		as, err := DecodeApplicants(doc)
		checkErr(t, err)
		b, berr := r.AssessJSON(doc)
		checkErr(t, berr)
		if len(b.Items) != len(as) {
			t.Fatalf("%d items for %d records", len(b.Items), len(as))
		}
		raw, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var back Batch
		if err := json.Unmarshal(raw, &back); err != nil {
			t.Fatal(err)
		}
		for i := range b.Items {
			if (b.Items[i].Err == nil) != (back.Items[i].Err == nil) || b.Items[i].ID != back.Items[i].ID {
				t.Fatalf("item %d did not survive JSON", i)
			}
		}
	})
}
