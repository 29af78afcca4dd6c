package assistance

import (
	"encoding/json"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// MarshalJSON writes a good item as its ID beside the assessment, and a bad
// one as its ID and its errors only (union.FieldErrorJSON, messages in
// zh-Hans): an error item carries no zeros that look like data.
func (it BatchItem) MarshalJSON() ([]byte, error) {
	if it.Err != nil {
		return json.Marshal(struct {
			ID     string                 `json:"id"`
			Errors []union.FieldErrorJSON `json:"errors"`
		}{it.ID, union.ErrorsJSON(it.Err, language.SimplifiedChinese)})
	}
	body, err := it.Assessment.MarshalJSON()
	if err != nil {
		return nil, err
	}
	id, err := json.Marshal(it.ID)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(body)+len(id)+8)
	out = append(out, `{"id":`...)
	out = append(out, id...)
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...), nil
}

// UnmarshalJSON reads an item written by MarshalJSON, strictly (unknown
// keys are errors): an item with "errors" gets them back as its Err
// (errors.Is and errors.As work on it as on the original), any other item
// its assessment.
func (it *BatchItem) UnmarshalJSON(data []byte) error {
	var probe struct {
		Errors json.RawMessage `json:"errors"`
	}
	if json.Unmarshal(data, &probe) != nil {
		return union.DecodeJSON(data, &probe) // the error, as a FieldError
	}
	if probe.Errors != nil {
		var x struct {
			ID     string                 `json:"id"`
			Errors []union.FieldErrorJSON `json:"errors"`
		}
		if err := union.DecodeJSON(data, &x); err != nil {
			return err
		}
		e := union.ErrorFromJSON(x.Errors)
		if e == nil {
			e = union.Invalid("errors", "invalid.empty", "")
		}
		*it = BatchItem{ID: x.ID, Err: e}
		return nil
	}
	type plain Assessment
	var x struct {
		ID string `json:"id"`
		plain
	}
	if err := union.DecodeJSON(data, &x); err != nil {
		return err
	}
	*it = BatchItem{ID: x.ID, Assessment: Assessment(x.plain)}
	return nil
}

// MarshalJSON writes the batch with its aid total at the fen.
func (b Batch) MarshalJSON() ([]byte, error) {
	type plain Batch
	return json.Marshal(struct {
		plain
		AidTotal fen `json:"aid_total"`
	}{plain(b), fen(b.AidTotal)})
}
