package union_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// requireInvalid fails unless err wraps ErrInvalid and is a *FieldError.
func requireInvalid(t *testing.T, err error, input any) {
	t.Helper()
	if !errors.Is(err, union.ErrInvalid) {
		t.Fatalf("%q: error %v does not wrap ErrInvalid", input, err)
	}
	var fe *union.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("%q: error %v is not a *FieldError", input, err)
	}
	if fe.Text(en) == "" || fe.Text(hans) == "" {
		t.Fatalf("%q: error has no text", input)
	}
}

// FuzzSplit checks conservation: the parts always add up exactly to the total
// rounded to places, each has at most places decimals, a negative total
// mirrors the positive one, and bad weights or places are ErrInvalid.
func FuzzSplit(f *testing.F) {
	f.Add(int64(1234567), int8(-2), int64(60), int64(40), int64(0), uint8(2), int8(2))
	f.Add(int64(100), int8(0), int64(1), int64(1), int64(1), uint8(3), int8(2))
	f.Add(int64(-5), int8(-2), int64(1), int64(1), int64(1), uint8(3), int8(2))
	f.Add(int64(1234), int8(0), int64(7), int64(3), int64(0), uint8(2), int8(-1))
	f.Add(int64(1), int8(0), int64(0), int64(1), int64(1), uint8(3), int8(2))
	f.Add(int64(1), int8(0), int64(-1), int64(1), int64(1), uint8(3), int8(20))
	f.Fuzz(func(t *testing.T, coef int64, exp int8, w1, w2, w3 int64, n uint8, places int8) {
		total := decimal.New(coef, int32(exp%20))
		weights := []decimal.Decimal{decimal.New(w1, -2), decimal.New(w2, 0), decimal.New(w3, -1)}[:n%4]
		parts, err := union.Split(total, weights, int32(places))
		if err != nil {
			requireInvalid(t, err, total.String())
			return
		}
		if len(parts) != len(weights) {
			t.Fatalf("%d parts for %d weights", len(parts), len(weights))
		}
		sum := decimal.Zero
		unit := decimal.New(1, -int32(places))
		for _, p := range parts {
			sum = sum.Add(p)
			if !p.Mod(unit).IsZero() {
				t.Fatalf("part %s has more than %d places", p, places)
			}
		}
		if want := total.Round(int32(places)); !sum.Equal(want) {
			t.Fatalf("parts %v add up to %s, not %s", parts, sum, want)
		}
		neg, err := union.Split(total.Neg(), weights, int32(places))
		if err != nil {
			t.Fatalf("negative total failed: %v", err)
		}
		for i := range parts {
			if !neg[i].Equal(parts[i].Neg()) {
				t.Fatalf("negative total does not mirror: %v vs %v", neg, parts)
			}
		}
	})
}

// FuzzParseResidentID checks that parsing never panics, that errors are
// ErrInvalid, and that a parsed number prints back as its input (upper-cased).
func FuzzParseResidentID(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "11010519491231002x", "440524188001010014", "", "110105194912310021",
		"99010519491231002X", "1101051949023000X2", "１1010519491231002X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := union.ParseResidentID(s)
		if err != nil {
			requireInvalid(t, err, s)
			if !id.IsZero() {
				t.Fatalf("%q: error with a non-zero ID", s)
			}
			return
		}
		if id.String() != strings.ToUpper(s) {
			t.Fatalf("%q printed as %q", s, id.String())
		}
		again, err := union.ParseResidentID(id.String())
		if err != nil || again != id {
			t.Fatalf("%q does not round-trip: %v", s, err)
		}
		if b := id.Birth(); b.Year() < 1 || id.AgeAt(b) != 0 {
			t.Fatalf("%q: bad birth %s", s, b)
		}
		if g := id.Gender(); g != union.Male && g != union.Female {
			t.Fatalf("%q: gender %s", s, g)
		}
		if _, err := union.ParseRegion(id.Region().String()); err != nil {
			t.Fatalf("%q: region %s does not parse: %v", s, id.Region(), err)
		}
	})
}

// FuzzParseCreditCode checks that parsing never panics, that errors are
// ErrInvalid, and that a parsed code prints back as its input.
func FuzzParseCreditCode(f *testing.F) {
	for _, s := range []string{"91350100M000100Y43", "91110000802100433B", "53100000500021676K", "", "91350100M000100Y44",
		"91350100I000100Y43", "9135A100M000100Y43", "91990100M000100Y43"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := union.ParseCreditCode(s)
		if err != nil {
			requireInvalid(t, err, s)
			return
		}
		if c.String() != s {
			t.Fatalf("%q printed as %q", s, c.String())
		}
		if again, err := union.ParseCreditCode(c.String()); err != nil || again != c {
			t.Fatalf("%q does not round-trip: %v", s, err)
		}
		_ = c.Kind().Text(hans)
		_ = c.Authority().Text(en)
		if c.IsTradeUnion() != strings.HasPrefix(s, "81") {
			t.Fatalf("%q: IsTradeUnion wrong", s)
		}
	})
}

// FuzzParsePeriod checks that parsing never panics, that errors are
// ErrInvalid, and that a parsed month prints back as its input.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2026-11", "0001-01", "9999-12", "2026-13", "", "2026-1", "abcd-ef"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := union.ParsePeriod(s)
		if err != nil {
			requireInvalid(t, err, s)
			return
		}
		if p.String() != s || !p.Valid() {
			t.Fatalf("%q printed as %q", s, p.String())
		}
		if p.AddMonths(13).AddMonths(-13) != p {
			t.Fatalf("%q: AddMonths does not invert", s)
		}
	})
}

// FuzzParseRegion checks that parsing never panics and errors are ErrInvalid.
func FuzzParseRegion(f *testing.F) {
	for _, s := range []string{"110105", "100000", "990000", "", "11010a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := union.ParseRegion(s)
		if err != nil {
			requireInvalid(t, err, s)
			return
		}
		if r.String() != s || r.ProvinceText(en) == "" {
			t.Fatalf("%q printed as %q", s, r.String())
		}
	})
}

// FuzzUppercaseRoundTrip writes an amount in capitals under every option and
// reads it back: amount → UppercaseWith → ParseUppercase gives the amount.
// Amounts with more than two decimals or above MaxUppercase are ErrInvalid.
func FuzzUppercaseRoundTrip(f *testing.F) {
	f.Add(int64(107000), int8(0), uint8(0), int64(53))
	f.Add(int64(1680), int8(0), uint8(0xff), int64(32))
	f.Add(int64(-100070000), int8(0), uint8(5), int64(2))
	f.Add(int64(1), int8(16), uint8(0), int64(0))
	f.Add(int64(1005), int8(-3), uint8(0), int64(0))
	f.Add(int64(999999999999999999), int8(-2), uint8(1), int64(0))
	f.Fuzz(func(t *testing.T, coef int64, exp int8, flags uint8, cents int64) {
		amount := decimal.New(coef, int32(exp%20)).Add(decimal.New(cents%100, -2))
		o := union.UppercaseOptions{
			Prefix: flags&1 != 0, FullYuan: flags&2 != 0, ZeroAfterWan: flags&4 != 0,
			ZeroAfterYuan: flags&8 != 0, ZhengAfterJiao: flags&16 != 0, Traditional: flags&32 != 0,
		}
		s, err := union.UppercaseWith(amount, o)
		tooLarge := amount.Abs().GreaterThan(union.MaxUppercase)
		tooPrecise := !amount.Round(2).Equal(amount)
		// An exponent beyond the module's limits is refused before anything
		// else, also for 0.88 written with 19 places.
		beyond := amount.Exponent() < -union.MaxFractionDigits || amount.Exponent() > union.MaxIntegerDigits
		if err != nil {
			requireInvalid(t, err, amount.String())
			if !tooLarge && !tooPrecise && !beyond {
				t.Fatalf("%s (options %+v) rejected: %v", amount, o, err)
			}
			return
		}
		if tooLarge || tooPrecise || beyond {
			t.Fatalf("%s accepted as %s", amount, s)
		}
		back, err := union.ParseUppercase(s)
		if err != nil {
			t.Fatalf("%s → %s does not parse: %v", amount, s, err)
		}
		if !back.Equal(amount) {
			t.Fatalf("%s → %s → %s", amount, s, back)
		}
	})
}

// FuzzParseUppercase checks that reading capitals never panics, that errors
// are ErrInvalid, and that whatever it reads it can write back and read again
// to the same amount.
func FuzzParseUppercase(f *testing.F) {
	for _, s := range []string{"壹拾万柒仟元零伍角叁分", "壹拾万零柒仟元伍角叁分", "零元整", "人民币负伍分", "貳萬參仟陸佰圓整",
		"壹亿柒仟元整", "拾伍元整", "壹元伍分", "", "壹\xff元整", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := union.ParseUppercase(s)
		if err != nil {
			requireInvalid(t, err, s)
			return
		}
		w, err := union.Uppercase(v)
		if err != nil {
			t.Fatalf("%q read as %s, which cannot be written: %v", s, v, err)
		}
		again, err := union.ParseUppercase(w)
		if err != nil || !again.Equal(v) {
			t.Fatalf("%q → %s → %q → %s (%v)", s, v, w, again, err)
		}
	})
}

// FuzzExtremeDecimals holds every decimal entry point of union to the module's
// limits for any coefficient and exponent (the class of decimal.New(0,
// math.MaxInt32) and exponents near ±10^8): no panic, an answer in bounded
// time, a decimal beyond the limits refused with ErrInvalid (never split into
// zeros), and CheckDecimal agreeing with the limits' definition.
func FuzzExtremeDecimals(f *testing.F) {
	f.Add(int64(0), int32(math.MaxInt32), uint8(0))
	f.Add(int64(1), int32(math.MaxInt32), uint8(1))
	f.Add(int64(7), int32(-100_000_000), uint8(2))
	f.Add(int64(123456), int32(100_000_000), uint8(3))
	f.Add(int64(999999999999999), int32(0), uint8(4))
	f.Add(int64(-1), int32(15), uint8(5))
	f.Add(int64(12345), int32(-2), uint8(6))
	f.Fuzz(func(t *testing.T, coef int64, exp int32, pick uint8) {
		d := decimal.New(coef, exp)
		fe := union.CheckDecimal("amount", d)
		// The definition, computed the slow way only where it is cheap.
		if exp >= -union.MaxFractionDigits && exp <= union.MaxIntegerDigits {
			want := d.Abs().Cmp(decimal.New(1, union.MaxIntegerDigits)) < 0
			if (fe == nil) != want {
				t.Fatalf("CheckDecimal(%s) = %v", d, fe)
			}
		} else if fe == nil {
			t.Fatalf("exponent %d accepted", exp)
		}
		if fe != nil {
			requireInvalid(t, fe, d.Exponent())
		}
		switch pick % 4 {
		case 0:
			parts, err := union.Split(d, []decimal.Decimal{decimal.NewFromInt(1), decimal.NewFromInt(1)}, 2)
			if fe != nil {
				requireInvalid(t, err, exp)
			} else if err == nil && !parts[0].Add(parts[1]).Equal(d.Round(2)) {
				t.Fatalf("split of %s does not reconcile", d)
			}
			parts, err = union.Split(decimal.NewFromInt(100), []decimal.Decimal{d, decimal.NewFromInt(1)}, 2)
			if fe != nil && err == nil {
				t.Fatalf("weight %v beyond the limits was split: %v", exp, parts)
			}
		case 1:
			if _, err := union.UppercaseWith(d, union.LongForm()); err != nil {
				requireInvalid(t, err, exp)
			}
		case 2:
			s, err := union.FormatCNYChecked(d, language.English)
			if (err == nil) != (fe == nil) || (s == "") != (fe != nil) || union.FormatCNY(d, language.English) != s {
				t.Fatalf("FormatCNY(%v): %q, %v", exp, s, err)
			}
		case 3:
			_ = union.ToFen(union.HalfUp).Round(d)
			if _, err := union.ToFen(union.HalfUp).RoundChecked(d); (err == nil) != (fe == nil) {
				t.Fatalf("RoundChecked disagrees with CheckDecimal on %v", exp)
			}
		}
	})
}

// FuzzParseDecimal checks that ParseDecimal never panics, that its errors are
// *FieldError values wrapping ErrInvalid, and that what it accepts is within
// the limits and reads back the same from its plain form.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"1200", "1,200.00", " -5.5 ", "１２００．５０", "1e15", "NaN", "1,2,3", "", ".5", "1e-18", "1e99999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := union.ParseDecimal("x", s)
		if err != nil {
			requireInvalid(t, err, s)
			return
		}
		if fe := union.CheckDecimal("x", d); fe != nil {
			t.Fatalf("%q accepted beyond the limits: %v", s, fe)
		}
		back, err := union.ParseDecimal("x", d.String())
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q: %s reads back as %s, %v", s, d, back, err)
		}
	})
}

// FuzzDecodeJSON checks that DecodeJSON never panics and that every failure
// is a *FieldError wrapping ErrInvalid with a text, whatever the bytes.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{
		`{"month":"2026-11","members":[{"id":"E1","sector":"institution","wages":{"basic":"1200.50"}}]}`,
		`{"members":[{"bonnus":1}]}`, `[[[[[[`, `{"rate":1e2147483647}`, "\xff", ``, `{} {}`,
		`{"members":[{"hours":"8","since":"2024-13"}]}`, `{"members":{"a":1}}`, `null`,
		`{"levels":["national","基层工会"]}`, `{"levels":"AAE="}`, `{"levels":["x"]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var lv fuzzLevels
		if err := union.DecodeJSON(data, &lv); err == nil {
			for _, l := range lv.Levels {
				if !l.Valid() {
					t.Fatalf("%q: decoded an undefined level %d", data, l)
				}
			}
		} else if len(union.FieldErrors(err)) == 0 {
			t.Fatalf("%q: %v holds no FieldError", data, err)
		}
		var v fuzzBatch
		err := union.DecodeJSON(data, &v)
		if err == nil {
			return
		}
		if !errors.Is(err, union.ErrInvalid) {
			t.Fatalf("%q: %v does not wrap ErrInvalid", data, err)
		}
		fes := union.FieldErrors(err)
		if len(fes) == 0 {
			t.Fatalf("%q: %v holds no FieldError", data, err)
		}
		for _, fe := range fes {
			if fe.Text(en) == "" || strings.Contains(fe.Error(), "json:") {
				t.Fatalf("%q: raw error %v", data, fe)
			}
		}
	})
}

// fuzzBatch is the type FuzzDecodeJSON decodes into.
type fuzzBatch struct {
	Month   union.Period `json:"month"`
	Members []struct {
		ID     string                     `json:"id"`
		Sector union.Sector               `json:"sector"`
		Since  union.Period               `json:"since"`
		Wages  map[string]decimal.Decimal `json:"wages"`
		Hours  int                        `json:"hours"`
	} `json:"members"`
	Rate union.JSONDecimal `json:"rate"`
}

// fuzzLevels is a list of enum values, which DecodeJSON reads from a JSON
// array only.
type fuzzLevels struct {
	Levels []union.Level `json:"levels"`
}

// FuzzPeriodMonths holds the month arithmetic and Timeline.At to real months
// for any year and month a caller can build: Validate agrees with the
// definition, AddMonths never panics, AddMonthsChecked never returns a month
// that is not real, and an open timeline answers exactly the real months.
func FuzzPeriodMonths(f *testing.F) {
	f.Add(2024, 13, 0)
	f.Add(0, 1, 1)
	f.Add(0, 0, 0)
	f.Add(9999, 6, 12)
	f.Add(math.MaxInt, math.MaxInt, math.MaxInt)
	f.Add(math.MinInt, math.MinInt, math.MinInt)
	tl, err := union.NewTimeline(union.Dated[int]{Policy: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, year, month, n int) {
		p := union.Period{Year: year, Month: time.Month(month)}
		isReal := year >= 1 && year <= 9999 && month >= 1 && month <= 12
		if (p.Validate() == nil) != isReal || p.Valid() != isReal {
			t.Fatalf("%#v: Validate %v", p, p.Validate())
		}
		got, err := tl.At(p)
		if isReal != (err == nil) || (err == nil && got != 1) {
			t.Fatalf("At(%#v) = %d, %v", p, got, err)
		}
		if err != nil {
			requireInvalid(t, err, p)
		}
		_ = p.AddMonths(n)
		q, err := p.AddMonthsChecked(n)
		if err == nil && !q.Valid() {
			t.Fatalf("%#v + %d = %#v", p, n, q)
		}
		if err != nil {
			requireInvalid(t, err, p)
		}
	})
}

// FuzzErrorsJSONRoundTrip holds errors crossing JSON intact: any field,
// code, value, argument, record index and ID written by ErrorsJSON comes back
// from ErrorFromJSON as the same list, and FieldLabel and the texts never
// panic on any path.
func FuzzErrorsJSONRoundTrip(f *testing.F) {
	f.Add("members[17].wages.basic", "invalid.negative", "-5", "x", 17, "E017", true, false)
	f.Add("", "invalid.enum", "", "sector", -1, "", false, true)
	f.Add("a[.b]].[c", "no.such.code", "值", "%[1]s", 0, "\x00", true, true)
	f.Fuzz(func(t *testing.T, field, code, value, arg string, index int, id string, record, policy bool) {
		for _, s := range []string{field, code, value, arg, id} {
			if !utf8.ValidString(s) {
				return // JSON strings are UTF-8; DecodeJSON refuses anything else
			}
		}
		var fe *union.FieldError
		if policy {
			fe = union.Inconsistent(field, code, value, arg)
		} else {
			fe = union.Invalid(field, code, value, arg)
		}
		var err error = fe
		if record {
			err = errors.Join(&union.RecordError{Index: index, ID: id, Err: fe}, union.Invalid("x", "invalid.required", ""))
		}
		for _, tag := range union.Languages() {
			_ = union.FieldLabel(tag, field)
			_ = union.ErrorText(err, tag)
		}
		list := union.ErrorsJSON(err, en)
		b, jerr := json.Marshal(list)
		if jerr != nil {
			t.Fatal(jerr)
		}
		var back []union.FieldErrorJSON
		if jerr := json.Unmarshal(b, &back); jerr != nil {
			t.Fatal(jerr)
		}
		again := union.ErrorsJSON(union.ErrorFromJSON(back), en)
		if len(again) != len(list) {
			t.Fatalf("%d errors came back as %d", len(list), len(again))
		}
		for i := range list {
			a, b := list[i], again[i]
			if a.Field != b.Field || a.Code != b.Code || a.Kind != b.Kind || a.ID != b.ID ||
				(a.Record == nil) != (b.Record == nil) || (a.Record != nil && *a.Record != *b.Record) {
				t.Fatalf("error %d: %+v came back as %+v", i, a, b)
			}
		}
		kind := union.ErrInvalid
		if policy {
			kind = union.ErrPolicy
		}
		if !errors.Is(union.ErrorFromJSON(back), kind) {
			t.Fatalf("%v lost", kind)
		}
	})
}
