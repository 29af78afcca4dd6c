package assistance

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/gonghui/gonghui/union"
)

// MaxRecords is the most applicants DecodeApplicants and AssessJSON read
// from one JSON array: far above any union's hardship files, and bounded so
// that one document cannot ask for unbounded work.
const MaxRecords = 10_000_000

// DecodeApplicants reads a JSON array of applicants record by record, each
// strictly (Applicant.UnmarshalJSON). It never stops at a bad record: it
// returns one Applicant per record, in order (a bad record's is empty but
// for its Worker.ID when that could be read), and an error joining one
// *union.RecordError per bad record, with its index, its ID and
// *union.FieldError values whose paths start at the record
// ("[17].household.members"). Only a document that is not a JSON array, or
// whose syntax breaks off, stops the reading: then the error says where.
func DecodeApplicants(data []byte) ([]Applicant, error) {
	raws, err := splitArray(data)
	as := make([]Applicant, len(raws))
	var errs []error
	for i, raw := range raws {
		if e := as[i].UnmarshalJSON(raw); e != nil {
			as[i] = Applicant{Worker: union.Member{ID: recordID(raw)}}
			errs = append(errs, union.NewRecordError("", i, as[i].Worker.ID, e))
		}
	}
	if err != nil {
		errs = append(errs, err)
	}
	return as, errors.Join(errs...)
}

// AssessJSON reads a JSON array of applicants (as DecodeApplicants) and
// assesses every good record (as AssessAll): a bad record is an item with
// its ID and its decoding errors, paths relative to the record, so the
// batch's JSON has one item per record. The error is non-nil only when the
// document is not an array or its syntax breaks off; the items read until
// then are still assessed.
func (r Rules) AssessJSON(data []byte) (Batch, error) {
	raws, err := splitArray(data)
	as := make([]Applicant, len(raws))
	bad := make([]error, len(raws))
	for i, raw := range raws {
		if e := as[i].UnmarshalJSON(raw); e != nil {
			bad[i] = e
			as[i] = Applicant{Worker: union.Member{ID: recordID(raw)}}
		}
	}
	// A bad record stands in as an empty applicant, which fails validation
	// (no members) and so is counted as failed; its error is then replaced
	// by the decoding error.
	b := r.AssessAll(as)
	for i, e := range bad {
		if e != nil {
			b.Items[i] = BatchItem{ID: b.Items[i].ID, Err: e}
		}
	}
	return b, err
}

// splitArray splits a JSON array into its elements, without decoding them.
// It stops at a syntax error or after MaxRecords elements, saying where.
func splitArray(data []byte) ([]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, union.Invalid("", "invalid.json", "", strconv.FormatInt(dec.InputOffset(), 10))
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, union.Invalid("", "invalid.type", "", "array")
	}
	var out []json.RawMessage
	for dec.More() {
		if len(out) == MaxRecords {
			return out, union.Invalid(union.Indexed("", len(out)), "invalid.too_many", strconv.Itoa(len(out)+1), strconv.Itoa(MaxRecords))
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return out, union.Invalid(union.Indexed("", len(out)), "invalid.json", "", strconv.FormatInt(dec.InputOffset(), 10))
		}
		out = append(out, raw)
	}
	if _, err := dec.Token(); err != nil {
		return out, union.Invalid(union.Indexed("", len(out)), "invalid.json", "", strconv.FormatInt(dec.InputOffset(), 10))
	}
	if _, err := dec.Token(); err != io.EOF {
		return out, union.Invalid("", "invalid.json", "", strconv.FormatInt(dec.InputOffset(), 10))
	}
	return out, nil
}

// recordID reads worker.id from a record that did not decode, if it can.
func recordID(raw []byte) string {
	var h struct {
		Worker struct {
			ID json.RawMessage `json:"id"`
		} `json:"worker"`
	}
	_ = json.Unmarshal(raw, &h) // best effort: a record this broken has no ID to give
	var id string
	if json.Unmarshal(h.Worker.ID, &id) != nil {
		return ""
	}
	return id
}
