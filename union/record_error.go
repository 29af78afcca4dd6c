package union

import (
	"errors"
	"strconv"
)

// RecordError is the error of one bad record of a collective input (a member
// of a payroll, a household of a batch, a ballot): its index in the input,
// its ID when it has one, and what is wrong with it. Batches report every bad
// record, each as a RecordError, joined with errors.Join; decoding never stops
// at the first.
//
// The *FieldError values inside carry full paths, such as
// "members[17].wages.basic" (NewRecordError re-roots them), so errors.As,
// FieldErrors and ErrorsJSON reach them with nothing lost.
type RecordError struct {
	// Index is the record's position in the input, from 0.
	Index int
	// ID is the record's own identifier (a staff number, a file number), or "".
	ID string
	// Err is what is wrong: a *FieldError or an errors.Join of them.
	Err error
}

// NewRecordError returns the error of record index of the list named list
// (e.g. "members"), with every *FieldError inside err re-rooted under
// "list[index]" (see Prefix). It returns nil for a nil err.
func NewRecordError(list string, index int, id string, err error) *RecordError {
	if err == nil {
		return nil
	}
	return &RecordError{Index: index, ID: id, Err: Prefix(Indexed(list, index), err)}
}

// Error returns `record 17 (ID "E017"): ` followed by the English text of the
// errors inside.
func (e *RecordError) Error() string {
	s := "record " + strconv.Itoa(e.Index)
	if e.ID != "" {
		s += " (ID " + strconv.Quote(e.ID) + ")"
	}
	if e.Err == nil {
		return s
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the errors inside, so errors.Is(err, ErrInvalid) and
// errors.As(err, &fieldErr) see through a RecordError.
func (e *RecordError) Unwrap() error { return e.Err }

// leaves calls f for every error in err that is neither an errors.Join tree
// nor a *RecordError, in order, with the RecordError it sits in (or nil).
func leaves(err error, rec *RecordError, f func(e error, rec *RecordError)) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, x := range j.Unwrap() {
			leaves(x, rec, f)
		}
		return
	}
	var re *RecordError
	if errors.As(err, &re) {
		leaves(re.Err, re, f)
		return
	}
	f(err, rec)
}
