package democracy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// knownError fails unless err is nil or wraps ErrInvalid or ErrPolicy.
func knownError(t *testing.T, err error) {
	t.Helper()
	if err != nil && !errors.Is(err, union.ErrInvalid) && !errors.Is(err, union.ErrPolicy) {
		t.Fatalf("error wraps neither ErrInvalid nor ErrPolicy: %v", err)
	}
}

// decodeError fails unless a decoding error is malformed JSON (which
// encoding/json reports before any UnmarshalJSON runs) or a typed error.
func decodeError(t *testing.T, err error) {
	t.Helper()
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		knownError(t, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-01-31", "2024-02-29", "2025-02-29", "0000-00-00", "9999-12-31", "2025-1-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		knownError(t, err)
		if err == nil && d.String() != s {
			t.Fatalf("%q parsed as %s", s, d)
		}
	})
}

// FuzzDeadline counts arbitrary spans from arbitrary days on the 2025 calendar.
func FuzzDeadline(f *testing.F) {
	f.Add(59, 10, uint8(0))
	f.Add(19, 10, uint8(1))
	f.Add(30, 1, uint8(2))
	f.Add(-5, 99999, uint8(7))
	cal := cal2025()
	f.Fuzz(func(t *testing.T, day, n int, unit uint8) {
		start, _ := MustDate("2025-01-01").AddDays(day % 400)
		d, err := cal.Deadline(start, Span{N: n, Unit: SpanUnit(unit)})
		knownError(t, err)
		if err == nil && !d.After(start) {
			t.Fatalf("deadline %s not after %s", d, start)
		}
	})
}

func FuzzDecideAdoption(f *testing.F) {
	f.Add(180, 120, 90, 20, 10, uint8(0))
	f.Add(0, -1, 1<<62, 1<<62, 1<<62, uint8(3))
	f.Fuzz(func(t *testing.T, delegates, present, yes, no, abstain int, preset uint8) {
		ps := ConsultationPresets()
		r := ps[int(preset)%len(ps)]
		d, err := r.DecideAdoption(delegates, present, Tally{For: yes, Against: no, Abstain: abstain})
		knownError(t, err)
		if err == nil && d.Passed && (yes < d.Required || !d.Quorate) {
			t.Fatalf("passed with %d of %d", yes, d.Required)
		}
	})
}

func FuzzClassify(f *testing.F) {
	f.Add("0.08", "0.11", "0.07", "0.03", false)
	f.Add("-2", "0", "0", "0", true)
	f.Fuzz(func(t *testing.T, raise, upper, base, lower string, noUpper bool) {
		dec := func(s string) decimal.Decimal {
			d, err := decimal.NewFromString(s)
			if err != nil || len(s) > 40 {
				return decimal.Zero
			}
			return d
		}
		g := WageGuideline{Year: 2025, Upper: dec(upper), NoUpper: noUpper, Base: dec(base), Lower: dec(lower), Source: "s"}
		res, err := g.Classify(dec(raise))
		knownError(t, err)
		if err == nil && !res.Band.Valid() {
			t.Fatal("invalid band")
		}
	})
}

func FuzzConsultationCoverage(f *testing.F) {
	f.Add(72, 64, 12105, 11137)
	f.Add(-1, 1<<62, 0, 0)
	f.Fuzz(func(t *testing.T, unionised, established, workers, covered int) {
		c, err := ConsultationCoverage(CoverageInput{unionised, established, workers, covered})
		knownError(t, err)
		if err == nil && c.Establishment.Percent.GreaterThan(decimal.NewFromInt(100)) {
			t.Fatalf("%s above 100%%", c.Establishment)
		}
	})
}

// FuzzConsultationCheck decodes arbitrary JSON as a consultation and checks
// it under every preset: never a panic, only typed errors.
func FuzzConsultationCheck(f *testing.F) {
	b, _ := json.Marshal(hangzhouConsultation())
	f.Add(b, uint8(0))
	ev := Consultation{Enterprise: ConsultationEnterprise{Headcount: 100}, Events: shandongEvents(),
		Negotiators: append(side(WorkerSide, "w", 3), side(EmployerSide, "e", 3)...)}
	b, _ = json.Marshal(ev)
	f.Add(b, uint8(7))
	f.Add([]byte(`{"events":{"signed":"2025-01-01"},"vote":{"delegates":-1}}`), uint8(2))
	cal := cal2025()
	f.Fuzz(func(t *testing.T, data []byte, preset uint8) {
		if len(data) > 1<<14 {
			return
		}
		var c Consultation
		if err := json.Unmarshal(data, &c); err != nil {
			decodeError(t, err)
			return
		}
		ps := ConsultationPresets()
		r := ps[int(preset)%len(ps)]
		rep, err := r.Check(c, cal)
		knownError(t, err)
		if err == nil && len(rep.Schedule.Steps) != stepKindEnum.Len() {
			t.Fatalf("%d steps", len(rep.Schedule.Steps))
		}
	})
}

// FuzzConsultationRules decodes arbitrary JSON as a policy and runs a
// schedule with it.
func FuzzConsultationRules(f *testing.F) {
	for _, r := range ConsultationPresets() {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	cal := cal2025()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<14 {
			return
		}
		var r ConsultationRules
		if err := json.Unmarshal(data, &r); err != nil {
			decodeError(t, err)
			return
		}
		_, err := r.Schedule(shandongEvents(), cal)
		knownError(t, err)
		_, err = r.CheckNegotiators(ConsultationEnterprise{Headcount: 300, Women: 100}, append(side(WorkerSide, "w", 4), side(EmployerSide, "e", 3)...))
		knownError(t, err)
	})
}

// FuzzProposalProcess decodes arbitrary JSON as a session and processes it
// under every preset.
func FuzzProposalProcess(f *testing.F) {
	s := ProposalSession{
		Opening: MustDate("2025-09-10"), Delegates: delegates(6, 1), Calendar: cal2025(), AsOf: MustDate("2025-10-21"),
		Items: []ProposalItem{
			{ID: "1", Proposer: "d1", Seconders: []string{"d2", "d3"}, Submitted: MustDate("2025-09-01"), Decision: ReviewAccept, HandedOver: MustDate("2025-09-20")},
			{ID: "2", Proposer: "d4", Seconders: []string{"d2", "l1"}, Submitted: MustDate("2025-09-01"), Decision: ReviewMerge, MergeInto: "1"},
		},
	}
	b, _ := json.Marshal(s)
	f.Add(b, uint8(0))
	f.Add([]byte(`{"opening":"2025-01-01","items":[{"id":"1","proposer":"x","seconders":["x","x"]}]}`), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, preset uint8) {
		if len(data) > 1<<14 {
			return
		}
		var s ProposalSession
		if err := json.Unmarshal(data, &s); err != nil {
			decodeError(t, err)
			return
		}
		ps := ProposalPresets()
		r := ps[int(preset)%len(ps)]
		rep, err := r.Process(s)
		knownError(t, err)
		if err != nil {
			return
		}
		if len(rep.Outcomes) != len(s.Items) {
			t.Fatalf("%d outcomes for %d items", len(rep.Outcomes), len(s.Items))
		}
		if rep.Stats.Filing.Num > rep.Stats.Filing.Den && rep.Stats.Filing.Den > 0 {
			t.Fatalf("filing %s", rep.Stats.Filing)
		}
		for _, it := range s.Items {
			if _, err := r.Qualify(s.Delegates, s.Opening, it); err != nil {
				knownError(t, err)
			}
		}
	})
}

// FuzzProposalRules decodes arbitrary JSON as a proposal policy.
func FuzzProposalRules(f *testing.F) {
	for _, r := range ProposalPresets() {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<14 {
			return
		}
		var r ProposalRules
		if err := json.Unmarshal(data, &r); err != nil {
			decodeError(t, err)
			return
		}
		_, err := r.Process(shenzhenSession())
		knownError(t, err)
	})
}

// FuzzCalendar decodes arbitrary JSON as a calendar, validates it and counts
// a period on it.
func FuzzCalendar(f *testing.F) {
	b, _ := json.Marshal(cal2025())
	f.Add(b, 10, uint8(1))
	f.Add([]byte(`{"from":"2025-01-01","until":"2024-12-31","holidays":["2025-02-30"],"workdays":["2025-01-01"]}`), 3, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, n int, unit uint8) {
		if len(data) > 1<<14 {
			return
		}
		var c Calendar
		if err := json.Unmarshal(data, &c); err != nil {
			decodeError(t, err)
			return
		}
		if err := c.Validate(); err != nil {
			knownError(t, err)
			return
		}
		_, err := c.IsWorkday(c.From)
		knownError(t, err)
		_, err = c.Deadline(c.From, Span{N: n, Unit: SpanUnit(unit)})
		knownError(t, err)
	})
}
