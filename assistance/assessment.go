package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Assessment is the answer to an application and why.
type Assessment struct {
	// Category is the category the household is filed under: None when the
	// income tests give none, or when a condition fails or an exclusion hits.
	Category Category `json:"category"`
	// Tested is the category the income tests alone give, before conditions
	// and exclusions; it equals Category when the applicant is eligible.
	Tested Category `json:"tested"`
	// Eligible is false when a condition failed or an exclusion hit.
	Eligible bool `json:"eligible"`
	// Excluded is true when an exclusion hit (the file is refused or, on
	// review, withdrawn: 退档).
	Excluded bool `json:"excluded"`
	// PerCapita is (counted income − rigid spending) ÷ 12 ÷ members, rounded
	// by the rules' PerCapitaRounding. It is reported, never compared: the
	// tests compare exact totals.
	PerCapita decimal.Decimal `json:"per_capita"`
	// Threshold is the monthly per-capita threshold of the band that gave the
	// category, or of the last band tried when none did.
	Threshold decimal.Decimal `json:"threshold"`
	// Income is the counted income: income items not excluded, imputed
	// income and, when the rules say so, aid paid this year.
	Income decimal.Decimal `json:"income"`
	// Imputed is the part of Income imputed to idle members.
	Imputed decimal.Decimal `json:"imputed"`
	// Rigid is the rigid spending deducted.
	Rigid decimal.Decimal `json:"rigid"`
	// Grants are the aid amounts the household may receive this year.
	Grants []Grant `json:"grants,omitempty"`
	// AidTotal is the sum of Grants.
	AidTotal decimal.Decimal `json:"aid_total"`
	// Missing lists the evidence documents the file still needs.
	Missing []Document `json:"missing,omitempty"`
	// Reasons explain every step: income counted, tests met and failed,
	// conditions failed, exclusions hit, aid and documents.
	Reasons []union.Reason `json:"reasons"`

	// scratch backs the Args of the reasons while the assessment is built,
	// so they share one allocation; it is dropped when the assessment is done.
	scratch []string
	// text holds the texts of the amounts among the arguments, each ended by
	// textEnd, until flush turns them into strings (one allocation for all);
	// pending marks their slots in scratch. Both are dropped with scratch.
	text    []byte
	pending uint64
}

// textEnd ends each amount's text in Assessment.text (amount texts hold
// only digits, '-' and '.').
const textEnd = ' '

// scratchSize is the capacity of a scratch array: enough for the arguments
// of a typical assessment, and at most 64 so pending marks fit in a uint64.
const scratchSize = 24

// arg is one argument of a reason: a text, or an amount in fen whose text is
// written when the reason's texts are flushed.
type arg struct {
	s     string
	fen   int64
	isFen bool
}

// txt is a text argument.
func txt(s string) arg { return arg{s: s} }

// fenArg is an amount in fen as an argument.
func fenArg(v int64) arg { return arg{fen: v, isFen: true} }

// moneyArg is money(d) as an argument: its text is built with the others
// when d is a whole number of fen that fits in 64 bits.
func moneyArg(d decimal.Decimal) arg {
	if v, ok := fenOf(d); ok {
		return fenArg(v)
	}
	return txt(d.StringFixed(2))
}

// perCapitaArg is perCapitaTextFx as an argument.
func perCapitaArg(x fx, n int64, r union.Rounding) arg {
	if x.ok && r.Places == 2 {
		if q, ok := divRoundCE(x.c, x.e, n, r); ok {
			return fenArg(q)
		}
	}
	return txt(perCapitaTextFx(x, n, r))
}

// money is money(d).
func (res *Assessment) money(d decimal.Decimal) string { return money(d) }

// room makes room for n more arguments in scratch, flushing the pending
// texts before a full scratch array is replaced.
func (res *Assessment) room(n int) {
	if len(res.scratch)+n > cap(res.scratch) {
		res.flush()
		res.scratch = make([]string, 0, max(scratchSize, n))
	}
}

// flush turns the pending amount texts into strings (one allocation) and
// puts them in their scratch slots, which the reasons' Args share.
func (res *Assessment) flush() {
	if res.pending == 0 {
		return
	}
	s := string(res.text)
	res.text = res.text[:0]
	for slot := 0; res.pending != 0; slot++ {
		if res.pending&1 != 0 {
			end := 0
			for s[end] != textEnd {
				end++
			}
			res.scratch[slot] = s[:end]
			s = s[end+1:]
		}
		res.pending >>= 1
	}
}

// add appends a reason whose arguments are copied into the shared scratch
// array (each reason's Args is capped, so appending to it never touches
// another reason's arguments).
func (res *Assessment) add(code, source string, args ...string) {
	r := union.Reason{Code: code, Source: source}
	if len(args) > 0 {
		res.room(len(args))
		start := len(res.scratch)
		res.scratch = append(res.scratch, args...)
		r.Args = res.scratch[start:len(res.scratch):len(res.scratch)]
	}
	res.Reasons = append(res.Reasons, r)
}

// addArgs is add with amounts among the arguments: their texts are written
// to the text buffer and become strings together at the next flush (Assess
// flushes before it returns).
func (res *Assessment) addArgs(code, source string, args ...arg) {
	r := union.Reason{Code: code, Source: source}
	if len(args) > 0 {
		res.room(len(args))
		start := len(res.scratch)
		for _, a := range args {
			slot := len(res.scratch)
			if a.isFen && slot < 64 {
				if res.text == nil {
					res.text = make([]byte, 0, 128)
				}
				res.text = append(appendFen(res.text, a.fen), textEnd)
				res.pending |= 1 << slot
				res.scratch = append(res.scratch, "")
				continue
			}
			if a.isFen {
				a.s = fenText(a.fen)
			}
			res.scratch = append(res.scratch, a.s)
		}
		r.Args = res.scratch[start:len(res.scratch):len(res.scratch)]
	}
	res.Reasons = append(res.Reasons, r)
}

// Grant is the aid of one programme for the year.
type Grant struct {
	Programme Programme       `json:"programme"` // the aid programme
	Amount    decimal.Decimal `json:"amount"`    // yuan for the year, after aid already paid
	// Capped is set when a cap (or aid already paid) reduced the amount.
	Capped bool `json:"capped,omitempty"`
}
