package dues_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// checkKind fails unless err wraps ErrInvalid or ErrPolicy.
func checkKind(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, union.ErrInvalid) && !errors.Is(err, union.ErrPolicy) {
		t.Fatalf("error %v wraps neither ErrInvalid nor ErrPolicy", err)
	}
}

func FuzzAssess(f *testing.F) {
	f.Add("E1", uint8(0), uint8(0), uint8(0), "basic", "3089.99", "bonus", "1200", false, uint8(0))
	f.Add("", uint8(9), uint8(42), uint8(7), "", "-1", "x", "1e30", true, uint8(1))
	f.Add("A", uint8(1), uint8(0), uint8(1), "position", "0.001", "grade", "99999999999999999999.99", false, uint8(2))
	f.Add("R", uint8(2), uint8(1), uint8(2), "duty", "12.5", "rank", "0", true, uint8(3))
	f.Fuzz(func(t *testing.T, id string, sector, status, class uint8, k1, v1, k2, v2 string, noFixed bool, preset uint8) {
		wages := map[dues.WageItem]decimal.Decimal{}
		for _, kv := range [][2]string{{k1, v1}, {k2, v2}} {
			v, err := decimal.NewFromString(kv[1])
			if err != nil || v.Exponent() < -30 || v.Exponent() > 30 {
				return
			}
			wages[dues.WageItem(kv[0])] = v
		}
		m := dues.Member{ID: id, Sector: union.Sector(sector), Status: union.MemberStatus(status), Class: dues.Class(class),
			Wages: wages, NoFixedIncome: noFixed}
		if noFixed && preset%2 == 0 {
			m.PreviousWages = wages
		}
		p := []dues.Policy{dues.National(), dues.Pingdingshan2018(), dues.Dongguan2015(), dues.Legacy1993()}[int(preset)%4]
		a, err := p.Assess(m)
		b := p.AssessAll([]dues.Member{m})
		if err != nil {
			checkKind(t, err)
			if b.Items[0].Err == nil || b.Items[0].Err.Error() != err.Error() {
				t.Fatalf("batch error %v, single %v", b.Items[0].Err, err)
			}
			return
		}
		if len(a.Reasons) == 0 {
			t.Fatal("no reasons")
		}
		if a.Amount.Sign() < 0 || a.Base.Sign() < 0 {
			t.Fatalf("negative dues %s on base %s", a.Amount, a.Base)
		}
		if b.Items[0].Err != nil || !b.Items[0].Amount.Equal(a.Amount) || !b.Items[0].Base.Equal(a.Base) || !b.Total.Equal(a.Amount) {
			t.Fatalf("batch %v %s, single %s", b.Items[0].Err, b.Items[0].Amount, a.Amount)
		}
	})
}

func FuzzAllocate(f *testing.F) {
	f.Add("16000.01", "60", "40", "0", int8(2), false)
	f.Add("-0.01", "1", "1", "1", int8(2), true)
	f.Add("1e20", "0.000001", "3", "-1", int8(-8), false)
	f.Add("12.345", "0", "1", "1", int8(11), true)
	f.Fuzz(func(t *testing.T, total, w1, w2, w3 string, places int8, nested bool) {
		tot, err := decimal.NewFromString(total)
		if err != nil || tot.Exponent() < -30 || tot.Exponent() > 30 {
			return
		}
		var ws []decimal.Decimal
		for _, w := range []string{w1, w2, w3} {
			v, err := decimal.NewFromString(w)
			if err != nil || v.Exponent() < -30 || v.Exponent() > 30 {
				return
			}
			ws = append(ws, v)
		}
		s := dues.Scheme{Places: int32(places), WholeYuan: places == 0, Shares: []dues.Share{
			{Party: "a", Weight: ws[0], Retained: true}, {Party: "b", Weight: ws[1]}}}
		if nested {
			s.Shares[1].Parts = []dues.Share{{Party: "c", Weight: ws[2]}, {Party: "d", Weight: ws[0]}}
		} else {
			s.Shares = append(s.Shares, dues.Share{Party: "c", Weight: ws[2]})
		}
		as, err := s.Allocate(tot)
		if err != nil {
			checkKind(t, err)
			return
		}
		sum := decimal.Zero
		for _, a := range as {
			sum = sum.Add(a.Amount)
		}
		if !sum.Equal(tot.Round(s.Places)) {
			t.Fatalf("allocations add up to %s, not %s", sum, tot.Round(s.Places))
		}
		refund, err := s.Allocate(tot.Neg())
		if err != nil {
			t.Fatal(err)
		}
		for i := range as {
			if !refund[i].Amount.Equal(as[i].Amount.Neg()) {
				t.Fatalf("refund %s does not mirror %s", refund[i].Amount, as[i].Amount)
			}
		}
	})
}

func FuzzFunds(f *testing.F) {
	f.Add("800000", "750000", 30, true, int64(202503), int64(202601), 30, uint8(0))
	f.Add("-1", "0", -5, false, int64(0), int64(202613), -1, uint8(3))
	f.Add("1e12", "1", 24, false, int64(202001), int64(202601), 100000, uint8(4))
	f.Fuzz(func(t *testing.T, payroll, salaries string, headcount int, hasUnion bool, since, month int64, days int, preset uint8) {
		pay, err1 := decimal.NewFromString(payroll)
		sal, err2 := decimal.NewFromString(salaries)
		if err1 != nil || err2 != nil || pay.Exponent() < -30 || pay.Exponent() > 30 || sal.Exponent() < -30 || sal.Exponent() > 30 {
			return
		}
		period := func(n int64) union.Period { return union.Period{Year: int(n / 100), Month: time.Month(n % 100)} }
		fs := []dues.Funds{dues.NationalFunds(), dues.Beijing2015(), dues.Shanghai(), dues.Chongqing2011(), dues.Guangdong2013()}
		fu := fs[int(preset)%len(fs)]
		e := dues.Employer{ID: "e", Payroll: pay, Salaries: sal, Headcount: headcount, HasUnion: hasUnion, Since: period(since)}
		a, err := fu.Assess(e, period(month))
		if err != nil {
			checkKind(t, err)
		} else if len(a.Reasons) == 0 || a.Amount.Sign() < 0 || a.Deductible.GreaterThan(a.Amount) {
			t.Fatalf("bad assessment %+v", a)
		}
		fee, err := fu.LateFee(pay, days)
		if err != nil {
			checkKind(t, err)
			return
		}
		if fee.Sign() < 0 || (fu.CapLateFee && fee.GreaterThan(pay)) {
			t.Fatalf("late fee %s on %s", fee, pay)
		}
		if _, err := fu.Due(pay); err != nil {
			checkKind(t, err)
		}
	})
}

// FuzzPolicyJSON reads policies as an ERP would store them: never a panic,
// and a policy that reads is either valid or rejected with ErrPolicy.
func FuzzPolicyJSON(f *testing.F) {
	for _, p := range []any{dues.National(), dues.Pingdingshan2018(), dues.Chongqing2011(), dues.Standard()} {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	f.Add([]byte(`{"rate":"2","bases":[{"sector":"enterprise","items":[""]}]}`))
	f.Add([]byte(`{"shares":[{"party":"a","weight":"-1","parts":[]}],"places":99}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var p dues.Policy
		if json.Unmarshal(raw, &p) == nil {
			if err := p.Validate(); err != nil {
				checkKind(t, err)
			} else if _, err := p.Assess(dues.Member{ID: "a"}); err != nil {
				checkKind(t, err)
			}
		}
		var fu dues.Funds
		if json.Unmarshal(raw, &fu) == nil {
			if _, err := fu.LateFee(decimal.NewFromInt(100), 10); err != nil {
				checkKind(t, err)
			}
		}
		var s dues.Scheme
		if json.Unmarshal(raw, &s) == nil {
			if _, err := s.Allocate(decimal.NewFromInt(100)); err != nil {
				checkKind(t, err)
			}
		}
		var b dues.Batch
		_ = json.Unmarshal(raw, &b)
	})
}

func FuzzParseWageItem(f *testing.F) {
	for _, s := range []string{"basic", "Basic", "基本工资", "基本工資", " 奖金 ", "bonnus", "", "加班费", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := dues.ParseWageItem(s)
		if err != nil {
			checkKind(t, err)
			if w.Known() {
				t.Fatalf("%q: a named item %q with an error", s, w)
			}
			return
		}
		if !w.Known() {
			t.Fatalf("%q: %q accepted but not a named item", s, w)
		}
		if again, err := dues.ParseWageItem(string(w)); err != nil || again != w {
			t.Fatalf("%q: the word %q does not read back", s, w)
		}
	})
}
