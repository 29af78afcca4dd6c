package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// employerRecord is one employer of funds input: the employer, and the
// days its payment is late (for the late fee), if it is. Its JSON is the
// employer's (dues.Employer, read strictly) with "days_late" beside.
type employerRecord struct {
	dues.Employer
	// DaysLate, when set, charges the late fee on the amount due.
	DaysLate *int
}

// decodeEmployer reads one employer record strictly.
func decodeEmployer(raw []byte, e *employerRecord) error {
	var fields map[string]json.RawMessage
	if err := decodeStrict(raw, &fields); err != nil {
		return err
	}
	var errs []error
	if dl, ok := fields["days_late"]; ok {
		delete(fields, "days_late")
		var n int
		if err := decodeStrict(dl, &n); err != nil {
			errs = append(errs, union.Prefix("days_late", err))
		} else {
			e.DaysLate = &n
		}
	}
	rest, _ := json.Marshal(fields)
	if err := decodeStrict(rest, &e.Employer); err != nil {
		errs = append(errs, err)
	}
	return joinErrors(errs)
}

// fundsRequest is the JSON object form of funds input; a bare array of
// employers is the same with the other fields left out.
type fundsRequest struct {
	Employers []json.RawMessage `json:"employers"`
	Policy    json.RawMessage   `json:"policy,omitempty"`
	// Month is the month assessed; required (here or -month).
	Month union.Period `json:"month,omitzero"`
}

// fundsItem is one employer's answer: the assessment and late charge, or
// the errors (then no figures).
type fundsItem struct {
	EmployerID string                `json:"employer_id"`
	Assessment *dues.FundsAssessment `json:"assessment,omitempty"`
	Late       *dues.LateCharge      `json:"late,omitempty"`
	Errors     []fieldErrorJSON      `json:"errors,omitempty"`
}

// fundsResult is the answer of funds: one item per employer, in order,
// and the sums of the good ones.
type fundsResult struct {
	Items      []fundsItem     `json:"items"`
	Total      decimal.Decimal `json:"total"`
	Deductible decimal.Decimal `json:"deductible"`
	LateFees   decimal.Decimal `json:"late_fees"`
	Failed     int             `json:"failed"`
}

func runFunds(c *call) (any, int, error) {
	var req fundsRequest
	var records []employerRecord
	var errs map[int]error
	if c.csv {
		in, err := csvInput(bytes.NewReader(c.body), c.enc, c.encHint)
		if err != nil {
			return nil, 0, err
		}
		records, errs, err = readEmployersCSV(in)
		if err != nil {
			return nil, 0, err
		}
	} else {
		trimmed := bytes.TrimSpace(c.body)
		if len(trimmed) > 0 && trimmed[0] == '[' {
			if err := decodeStrict(c.body, &req.Employers); err != nil {
				return nil, 0, err
			}
		} else if err := decodeBody(c, &req); err != nil {
			return nil, 0, err
		}
		if len(req.Employers) > maxListed {
			return nil, 0, union.Invalid("employers", "invalid.too_large", "", itoa(maxListed))
		}
		records = make([]employerRecord, len(req.Employers))
		for i, raw := range req.Employers {
			if err := decodeEmployer(raw, &records[i]); err != nil {
				var probe struct {
					ID string `json:"id"`
				}
				_ = json.Unmarshal(raw, &probe)
				records[i] = employerRecord{Employer: dues.Employer{ID: probe.ID}}
				if errs == nil {
					errs = map[int]error{}
				}
				errs[i] = err
			}
		}
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	if spec.month.IsZero() {
		return nil, 0, asPolicyError(union.Inconsistent("month", "invalid.required", "", "YYYY-MM"))
	}
	f, err := resolve(fundsPresets, spec)
	if err != nil {
		return nil, 0, err
	}
	out := fundsResult{Items: make([]fundsItem, len(records)), Total: decimal.Zero, Deductible: decimal.Zero, LateFees: decimal.Zero}
	for i, r := range records {
		it := &out.Items[i]
		it.EmployerID = r.ID
		err := errs[i]
		if err == nil {
			var a dues.FundsAssessment
			a, err = f.Assess(r.Employer, spec.month)
			if err == nil && r.DaysLate != nil {
				var late dues.LateCharge
				late, err = f.Late(a.Amount, *r.DaysLate)
				if err == nil {
					it.Late = &late
				} else {
					err = union.Prefix("days_late", err)
				}
			}
			if err == nil {
				it.Assessment = &a
				out.Total = out.Total.Add(a.Amount)
				out.Deductible = out.Deductible.Add(a.Deductible)
				if it.Late != nil {
					out.LateFees = out.LateFees.Add(it.Late.Fee)
				}
				continue
			}
		}
		it.Late = nil
		it.Errors = errorsJSON(err, c.tag)
		out.Failed++
	}
	return out, out.Failed, nil
}

// employerColumns are the header names of an employer CSV.
var employerColumns = map[string]string{
	"id": "id", "employer_id": "id", "单位编号": "id", "單位編號": "id", "统一社会信用代码": "id",
	"payroll": "payroll", "工资总额": "payroll", "工資總額": "payroll",
	"salaries": "salaries", "工资薪金": "salaries", "工資薪金": "salaries",
	"headcount": "headcount", "职工人数": "headcount", "職工人數": "headcount",
	"has_union": "has_union", "已建会": "has_union", "已建會": "has_union",
	"since": "since", "建会月份": "since", "建會月份": "since",
	"days_late": "days_late", "滞纳天数": "days_late", "滯納天數": "days_late",
	"name": "", "单位名称": "", "單位名稱": "",
}

// readEmployersCSV reads employers from CSV (encoding/csv): a header row,
// one employer per row; bad rows are reported by index and the others read
// on.
func readEmployersCSV(r io.Reader) ([]employerRecord, map[int]error, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	var fe *union.FieldError
	if errors.As(err, &fe) {
		return nil, nil, err // the decoding of the input (csvInput)
	}
	if err != nil {
		return nil, nil, union.Invalid("header", "invalid.required", "")
	}
	cols := make([]string, len(header))
	var herrs []error
	seen := map[string]bool{}
	for i, f := range header {
		name := strings.TrimSpace(strings.TrimPrefix(f, "\ufeff"))
		k, ok := employerColumns[strings.ToLower(name)]
		switch {
		case !ok:
			herrs = append(herrs, union.Invalid(union.Indexed("header", i), "invalid.unknown_column", name))
		case k != "" && seen[k]:
			herrs = append(herrs, union.Invalid(union.Indexed("header", i), "invalid.duplicate_column", name))
		}
		seen[k] = true
		cols[i] = k
	}
	for _, req := range []string{"id", "payroll"} {
		if !seen[req] {
			herrs = append(herrs, union.Invalid("header", "invalid.missing_column", req))
		}
	}
	if len(herrs) > 0 {
		return nil, nil, joinErrors(herrs)
	}
	var out []employerRecord
	errs := map[int]error{}
	for {
		fs, err := cr.Read()
		if err == io.EOF {
			break
		}
		if len(out) >= maxListed {
			return nil, nil, union.Invalid("employers", "invalid.too_large", "", itoa(maxListed))
		}
		i := len(out)
		out = append(out, employerRecord{})
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &fe) {
				return nil, nil, err // the decoding of the input (csvInput)
			}
			if !errors.As(err, &pe) {
				return nil, nil, union.Invalid("", "invalid.csv", "", "read error")
			}
			errs[i] = union.Invalid("", "invalid.csv", "", pe.Err.Error())
			continue
		}
		if len(fs) != len(cols) {
			for j, f := range fs {
				if j < len(cols) && cols[j] == "id" {
					out[i].ID = strings.TrimSpace(f)
				}
			}
			errs[i] = union.Invalid("", "invalid.ragged", itoa(len(fs)), itoa(len(cols)))
			continue
		}
		if err := employerRow(cols, fs, &out[i]); err != nil {
			errs[i] = err
		}
	}
	return out, errs, nil
}

// employerRow fills e from one row.
func employerRow(cols []string, fs []string, e *employerRecord) error {
	var errs []error
	for j, f := range fs {
		s := strings.TrimSpace(f)
		switch cols[j] {
		case "id":
			e.ID = s
		case "payroll", "salaries":
			if s == "" {
				continue
			}
			d, err := union.ParseDecimal(cols[j], s)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if cols[j] == "payroll" {
				e.Payroll = d
			} else {
				e.Salaries = d
			}
		case "headcount", "days_late":
			if s == "" {
				continue
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				errs = append(errs, union.Invalid(cols[j], "invalid.format", s))
				continue
			}
			if cols[j] == "headcount" {
				e.Headcount = n
			} else {
				e.DaysLate = &n
			}
		case "has_union":
			switch strings.ToLower(s) {
			case "true", "yes", "1", "是", "已建会", "已建會":
				e.HasUnion = true
			case "false", "no", "0", "否", "未建会", "未建會", "":
			default:
				errs = append(errs, union.Invalid("has_union", "invalid.format", s, "true/false/是/否"))
			}
		case "since":
			if s == "" {
				continue
			}
			p, err := union.ParsePeriod(s)
			if err != nil {
				errs = append(errs, union.Invalid("since", "invalid.format", s, "YYYY-MM"))
				continue
			}
			e.Since = p
		}
	}
	return joinErrors(errs)
}

// fundsSheet writes the funds answer as a CSV sheet.
func fundsSheet(r fundsResult, c *call) []byte {
	hdr := [3]string{
		"单位编号,月份,类别,计提基数,应缴金额,可税前扣除,滞纳金,错误\n",
		"單位編號,月份,類別,計提基數,應繳金額,可稅前扣除,滯納金,錯誤\n",
		"employer_id,period,kind,base,amount,deductible,late_fee,errors\n",
	}[langIndex(c.tag)]
	out := []byte(hdr)
	for _, it := range r.Items {
		out = appendCSVCell(out, it.EmployerID)
		if it.Assessment == nil {
			var msgs []string
			for _, e := range it.Errors {
				msgs = append(msgs, e.Message)
			}
			out = append(out, ",,,,,,,"...)
			out = appendCSVCell(out, strings.Join(msgs, "; "))
			out = append(out, '\n')
			continue
		}
		a := it.Assessment
		out = append(out, ',')
		out = append(out, a.Period.String()...)
		out = append(out, ',')
		out = appendCSVCell(out, a.Kind.Text(c.tag))
		out = append(out, ',')
		out = appendFen(out, a.Base)
		out = append(out, ',')
		out = appendFen(out, a.Amount)
		out = append(out, ',')
		out = appendFen(out, a.Deductible)
		out = append(out, ',')
		if it.Late != nil {
			out = appendFen(out, it.Late.Fee)
		}
		out = append(out, ',', '\n')
	}
	return out
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }
