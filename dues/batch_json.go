package dues

import (
	"encoding/json"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
)

// The JSON forms of the dues results. Money (bases, amounts, totals,
// allocations, funds and late fees) is written as a string at the fen, with
// at least two decimals ("39.20", "3000.00"; more only when the amount has
// them); rates are written as they are ("0.005"). Older forms ("39.2",
// numbers) read back unchanged.

// FieldErrorJSON is the JSON form of a *union.FieldError in a batch item;
// it is union.FieldErrorJSON.
type FieldErrorJSON = union.FieldErrorJSON

// moneyJSON writes a decimal at the fen.
type moneyJSON decimal.Decimal

// MarshalJSON writes the amount as a string with at least two decimals.
func (m moneyJSON) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '"')
	b = appendMoney(b, decimal.Decimal(m))
	return append(b, '"'), nil
}

// UnmarshalJSON reads an amount written as a string or a number.
func (m *moneyJSON) UnmarshalJSON(b []byte) error {
	d, err := readDecimal("", b)
	if err != nil {
		return err
	}
	*m = moneyJSON(d)
	return nil
}

// appendMoney appends d with at least two decimals and never fewer digits
// than it has: 39.2 → "39.20", 3000 → "3000.00", 0.125 → "0.125".
func appendMoney(b []byte, d decimal.Decimal) []byte {
	if a, ok := exact.FromDecimal(d); ok {
		if a.Sign() == 0 {
			a = exact.Amount{}
		}
		for a.Exp() < -2 { // drop trailing zeros below the fen, as d.String does
			r, ok := a.Rescale(a.Exp() + 1)
			if !ok {
				break
			}
			a = r
		}
		if places := max(2, -a.Exp()); places <= 18 {
			return a.AppendFixed(b, places)
		}
	}
	s := d.String()
	b = append(b, s...)
	dot := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			dot = i
		}
	}
	switch {
	case dot < 0:
		b = append(b, ".00"...)
	case len(s)-dot == 2:
		b = append(b, '0')
	}
	return b
}

// plainAssessment is Assessment without its methods, for the JSON forms.
type plainAssessment Assessment

// assessmentJSON is the wire form of an Assessment: money at the fen.
type assessmentJSON struct {
	plainAssessment
	Base   moneyJSON `json:"base"`
	Amount moneyJSON `json:"amount"`
}

// assessmentTextJSON is the wire form with each reason's text.
type assessmentTextJSON struct {
	plainAssessment
	Base    moneyJSON               `json:"base"`
	Amount  moneyJSON               `json:"amount"`
	Reasons []union.LocalizedReason `json:"reasons"`
}

// MarshalJSON writes the assessment with money at the fen.
func (a Assessment) MarshalJSON() ([]byte, error) {
	return json.Marshal(assessmentJSON{plainAssessment(a), moneyJSON(a.Base), moneyJSON(a.Amount)})
}

// batchItemJSON is the wire form of a BatchItem: a good item is its
// assessment; a bad one only its ID and errors, so no zero reads as data.
type batchItemJSON struct {
	MemberID string           `json:"member_id"`
	Errors   []FieldErrorJSON `json:"errors"`
}

// MarshalJSON writes a good item as its Assessment (money at the fen) and a
// bad one as {"member_id": …, "errors": [FieldErrorJSON …]}: no base,
// amount or other figure that could be read as a result.
func (it BatchItem) MarshalJSON() ([]byte, error) { return it.marshal(nil) }

// MarshalJSONText is MarshalJSON with each reason's text (in the language
// that best matches tag) beside its code, and each error's message.
func (it BatchItem) MarshalJSONText(tag language.Tag) ([]byte, error) { return it.marshal(&tag) }

func (it BatchItem) marshal(tag *language.Tag) ([]byte, error) {
	if it.Err != nil {
		lang := language.SimplifiedChinese
		if tag != nil {
			lang = *tag
		}
		list := union.ErrorsJSON(it.Err, lang)
		if tag == nil {
			for i := range list {
				list[i].Message = ""
			}
		}
		return json.Marshal(batchItemJSON{MemberID: it.MemberID, Errors: list})
	}
	if tag != nil {
		return json.Marshal(assessmentTextJSON{plainAssessment(it.Assessment), moneyJSON(it.Base),
			moneyJSON(it.Amount), union.LocalizeReasons(it.Reasons, *tag)})
	}
	return it.Assessment.MarshalJSON()
}

// UnmarshalJSON reads what MarshalJSON and MarshalJSONText write (and the
// older form, with a zero assessment beside the errors): the errors come
// back as *union.FieldError values (joined when more than one); texts are
// not read back, they follow from the codes. An unknown error kind is a
// *union.FieldError wrapping union.ErrInvalid.
func (it *BatchItem) UnmarshalJSON(b []byte) error {
	var probe struct {
		MemberID string                  `json:"member_id"`
		Errors   []FieldErrorJSON        `json:"errors"`
		Reasons  []union.LocalizedReason `json:"reasons"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return union.Invalid("", codeJSON, "", "-")
	}
	if len(probe.Errors) > 0 {
		for i, e := range probe.Errors {
			if e.Kind != "invalid" && e.Kind != "policy" {
				return union.Invalid(union.Indexed("errors", i)+".kind", "invalid.unknown", clip(e.Kind))
			}
		}
		*it = BatchItem{Err: union.ErrorFromJSON(probe.Errors)}
		it.MemberID = probe.MemberID
		return nil
	}
	var a plainAssessment
	if err := json.Unmarshal(b, &a); err != nil {
		return union.Invalid("", codeType, "", "assessment")
	}
	a.Reasons = nil
	if probe.Reasons != nil {
		a.Reasons = make([]union.Reason, len(probe.Reasons))
		for i, r := range probe.Reasons {
			a.Reasons[i] = union.Reason{Code: r.Code, Args: r.Args, Source: r.Source}
		}
	}
	*it = BatchItem{Assessment: Assessment(a)}
	return nil
}

// plainBatch is Batch without its methods.
type plainBatch Batch

// MarshalJSON writes the batch with money at the fen and bad items as
// BatchItem.MarshalJSON writes them.
func (b Batch) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		plainBatch
		Total moneyJSON `json:"total"`
	}{plainBatch(b), moneyJSON(b.Total)})
}

// MarshalJSONText is MarshalJSON with each reason's text beside its code
// and each error's message, in the language that best matches tag: what a
// front end shows without the message catalogue.
func (b Batch) MarshalJSONText(tag language.Tag) ([]byte, error) {
	items := make([]json.RawMessage, len(b.Items))
	for i, it := range b.Items {
		js, err := it.MarshalJSONText(tag)
		if err != nil {
			return nil, err
		}
		items[i] = js
	}
	return json.Marshal(struct {
		plainBatch
		Items []json.RawMessage `json:"items"`
		Total moneyJSON         `json:"total"`
	}{plainBatch(b), items, moneyJSON(b.Total)})
}

// subtotalJSON is the wire form of a Subtotal.
type subtotalJSON struct {
	Members int       `json:"members"`
	Paying  int       `json:"paying"`
	Exempt  int       `json:"exempt"`
	Amount  moneyJSON `json:"amount"`
}

func (s Subtotal) wire() subtotalJSON {
	return subtotalJSON{s.Members, s.Paying, s.Exempt, moneyJSON(s.Amount)}
}

// MarshalJSON writes the subtotal with its amount at the fen.
func (s Subtotal) MarshalJSON() ([]byte, error) { return json.Marshal(s.wire()) }

// MarshalJSON writes the sector's subtotal with its amount at the fen.
func (s SectorTotal) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Sector union.Sector `json:"sector"`
		subtotalJSON
	}{s.Sector, s.Subtotal.wire()})
}

// MarshalJSON writes the status's subtotal with its amount at the fen.
func (s StatusTotal) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Status union.MemberStatus `json:"status"`
		subtotalJSON
	}{s.Status, s.Subtotal.wire()})
}

// MarshalJSON writes the period assessment with money at the fen.
func (pa PeriodAssessment) MarshalJSON() ([]byte, error) {
	type plain PeriodAssessment
	return json.Marshal(struct {
		plain
		Amount moneyJSON `json:"amount"`
	}{plain(pa), moneyJSON(pa.Amount)})
}

// MarshalJSON writes the funds assessment with money at the fen.
func (fa FundsAssessment) MarshalJSON() ([]byte, error) {
	type plain FundsAssessment
	return json.Marshal(struct {
		plain
		Base       moneyJSON `json:"base"`
		Amount     moneyJSON `json:"amount"`
		Deductible moneyJSON `json:"deductible"`
	}{plain(fa), moneyJSON(fa.Base), moneyJSON(fa.Amount), moneyJSON(fa.Deductible)})
}

// MarshalJSON writes the late charge with money at the fen.
func (lc LateCharge) MarshalJSON() ([]byte, error) {
	type plain LateCharge
	return json.Marshal(struct {
		plain
		Principal moneyJSON `json:"principal"`
		Fee       moneyJSON `json:"fee"`
	}{plain(lc), moneyJSON(lc.Principal), moneyJSON(lc.Fee)})
}

// MarshalJSON writes the allocation with its amount at the fen.
func (a Allocation) MarshalJSON() ([]byte, error) {
	type plain Allocation
	return json.Marshal(struct {
		plain
		Amount moneyJSON `json:"amount"`
	}{plain(a), moneyJSON(a.Amount)})
}

// MarshalJSON writes the collection's flows with money at the fen.
func (c Collected) MarshalJSON() ([]byte, error) {
	type plain Collected
	return json.Marshal(struct {
		plain
		Total       moneyJSON `json:"total"`
		ToCollector moneyJSON `json:"to_collector"`
		Returned    moneyJSON `json:"returned"`
		Kept        moneyJSON `json:"kept"`
	}{plain(c), moneyJSON(c.Total), moneyJSON(c.ToCollector), moneyJSON(c.Returned), moneyJSON(c.Kept)})
}

// flatten lists the errors inside err (through errors.Join), in order.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}
