package dues

// Temporary stand-ins for the union API (RecordError, FieldErrorJSON,
// ErrorsJSON, Preset, ParseDecimal, CheckDecimal) and dues.ParseWageItem
// until they land on main; this file is removed then.

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

type standinRecordError struct {
	Index int
	ID    string
	Err   error
}

func (e *standinRecordError) Error() string {
	return "record " + strconv.Itoa(e.Index) + " (" + e.ID + "): " + e.Err.Error()
}
func (e *standinRecordError) Unwrap() error { return e.Err }

type standinFieldErrorJSON struct {
	Field   string   `json:"field"`
	Code    string   `json:"code"`
	Value   string   `json:"value,omitempty"`
	Args    []string `json:"args,omitempty"`
	Kind    string   `json:"kind"`
	Message string   `json:"message,omitempty"`
}

type standinPreset struct {
	Name      string          `json:"name"`
	Document  string          `json:"document"`
	Effective union.Effective `json:"effective"`
}

type (
	unionRecordError    = standinRecordError
	unionFieldErrorJSON = standinFieldErrorJSON
	unionPreset         = standinPreset
)

func unionErrorsJSON(err error, tag language.Tag) []unionFieldErrorJSON {
	var out []unionFieldErrorJSON
	for _, e := range flatten(err) {
		var re *standinRecordError
		if errors.As(e, &re) {
			out = append(out, unionErrorsJSON(re.Err, tag)...)
			continue
		}
		var fe *union.FieldError
		if !errors.As(e, &fe) {
			fe = union.Invalid("", "invalid.unknown", e.Error())
		}
		kind := "invalid"
		if errors.Is(fe, union.ErrPolicy) {
			kind = "policy"
		}
		out = append(out, unionFieldErrorJSON{Field: fe.Field, Code: fe.Code, Value: fe.Value, Args: fe.Args, Kind: kind,
			Message: fe.Text(tag)})
	}
	return out
}

func unionErrorFromJSON(list []unionFieldErrorJSON) error {
	errs := make([]error, 0, len(list))
	for i, e := range list {
		var kind error
		switch e.Kind {
		case "invalid":
			kind = union.ErrInvalid
		case "policy":
			kind = union.ErrPolicy
		default:
			return union.Invalid(union.Indexed("errors", i)+".kind", "invalid.unknown", e.Kind)
		}
		errs = append(errs, &union.FieldError{Field: e.Field, Code: e.Code, Value: e.Value, Args: e.Args, Kind: kind})
	}
	return joinErrs(errs)
}

func unionParseDecimal(field, text string) (decimal.Decimal, error) {
	s := strings.TrimSpace(text)
	s = strings.ReplaceAll(s, ",", "")
	d, err := decimal.NewFromString(s)
	if err != nil || s == "" || strings.ContainsAny(s, "eEiInN") {
		return decimal.Decimal{}, union.Invalid(field, "invalid.format", text, "1234.56")
	}
	if fe := unionCheckDecimal(field, d); fe != nil {
		return decimal.Decimal{}, fe
	}
	return d, nil
}

func unionCheckDecimal(field string, d decimal.Decimal) *union.FieldError {
	if d.Exponent() < -18 || d.Exponent() > 15 || d.NumDigits()+int(d.Exponent()) > 15 {
		return union.Invalid(field, "invalid.too_large", d.String(), "1e15")
	}
	return nil
}

func parseWageItemStandin(s string) (WageItem, error) {
	for _, w := range knownItems {
		if s == string(w) || s == w.Text(language.SimplifiedChinese) || s == w.Text(language.TraditionalChinese) {
			return w, nil
		}
	}
	if s == "基础工资" {
		return BasicWage, nil
	}
	return "", union.Invalid("wages["+s+"]", "invalid.unknown", s)
}
