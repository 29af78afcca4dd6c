package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Assessment is the answer to an application and why.
//
// The slices of an assessment (Reasons, the Args of its reasons, Grants and
// Missing) share one allocation, and every copy of the Assessment shares
// them: treat them as read-only. None has spare capacity, so appending to
// one copies it and never writes into memory another uses.
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

	// build holds the memory and state of the assessment while it is
	// built; it is dropped when the assessment is done.
	build *assessMemory
}

// assessMemory is the memory of the slices of a typical assessment,
// allocated at once: its reasons, their arguments, its grants and missing
// documents, and the buffer of the amount texts. A larger assessment grows
// past it as slices do. It also holds the state of the reasons' arguments
// while the assessment is built. Its size, 1016 bytes, keeps it (with the
// 8-byte header the runtime adds to such objects) in the 1 KiB size class
// (TestAssessMemorySize).
type assessMemory struct {
	reasons [9]union.Reason
	args    [scratchSize]string
	grants  [3]Grant
	missing [11]Document
	text    [88]byte

	// scratch backs the Args of the reasons (args, then fresh arrays when
	// it fills), so they share few allocations.
	scratch []string
	// buf holds the texts of the amounts among the arguments, each ended by
	// textEnd, until flush turns them into strings (one allocation for all);
	// pending marks their slots in scratch.
	buf     []byte
	pending uint64
}

// memory returns the assessment's build memory, allocating it on first use
// and pointing the result's empty slices into it.
func (res *Assessment) memory() *assessMemory {
	if m := res.build; m != nil {
		return m
	}
	m := new(assessMemory)
	m.scratch, m.buf = m.args[:0], m.text[:0]
	if res.Reasons == nil {
		res.Reasons = m.reasons[:0]
	}
	if res.Grants == nil {
		res.Grants = m.grants[:0]
	}
	if res.Missing == nil {
		res.Missing = m.missing[:0]
	}
	res.build = m
	return m
}

// done flushes the pending texts and drops the build memory's state. No
// result slice keeps spare capacity in the shared memory, so an append by
// the caller copies instead of writing into it; empty Grants and Missing
// are nil.
func (res *Assessment) done() {
	if m := res.build; m != nil {
		m.flush()
		m.scratch, m.buf = nil, nil
		res.build = nil
	}
	res.Reasons = res.Reasons[:len(res.Reasons):len(res.Reasons)]
	res.Grants = res.Grants[:len(res.Grants):len(res.Grants)]
	res.Missing = res.Missing[:len(res.Missing):len(res.Missing)]
	if len(res.Grants) == 0 {
		res.Grants = nil
	}
	if len(res.Missing) == 0 {
		res.Missing = nil
	}
}

// textEnd ends each amount's text in assessMemory.buf (amount texts hold
// only digits, '-' and '.').
const textEnd = ' '

// scratchSize is the capacity of a scratch array: enough for the arguments
// of a typical assessment, and at most 64 so pending marks fit in a uint64.
const scratchSize = 16

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
func (m *assessMemory) room(n int) {
	if len(m.scratch)+n > cap(m.scratch) {
		m.flush()
		m.scratch = make([]string, 0, max(scratchSize, n))
	}
}

// flush turns the pending amount texts into strings (one allocation) and
// puts them in their scratch slots, which the reasons' Args share.
func (m *assessMemory) flush() {
	if m.pending == 0 {
		return
	}
	s := string(m.buf)
	m.buf = m.buf[:0]
	for slot := 0; m.pending != 0; slot++ {
		if m.pending&1 != 0 {
			end := 0
			for s[end] != textEnd {
				end++
			}
			m.scratch[slot] = s[:end]
			s = s[end+1:]
		}
		m.pending >>= 1
	}
}

// add appends a reason whose arguments are copied into the shared scratch
// array (each reason's Args is capped, so appending to it never touches
// another reason's arguments).
func (res *Assessment) add(code, source string, args ...string) {
	m := res.memory()
	r := union.Reason{Code: code, Source: source}
	if len(args) > 0 {
		m.room(len(args))
		start := len(m.scratch)
		m.scratch = append(m.scratch, args...)
		r.Args = m.scratch[start:len(m.scratch):len(m.scratch)]
	}
	res.Reasons = append(res.Reasons, r)
}

// addArgs is add with amounts among the arguments: their texts are written
// to the text buffer and become strings together at the next flush (Assess
// flushes before it returns).
func (res *Assessment) addArgs(code, source string, args ...arg) {
	m := res.memory()
	r := union.Reason{Code: code, Source: source}
	if len(args) > 0 {
		m.room(len(args))
		start := len(m.scratch)
		for _, a := range args {
			slot := len(m.scratch)
			if a.isFen && slot < 64 {
				m.buf = append(appendFen(m.buf, a.fen), textEnd)
				m.pending |= 1 << slot
				m.scratch = append(m.scratch, "")
				continue
			}
			if a.isFen {
				a.s = fenText(a.fen)
			}
			m.scratch = append(m.scratch, a.s)
		}
		r.Args = m.scratch[start:len(m.scratch):len(m.scratch)]
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
