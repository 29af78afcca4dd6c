package assistance

import (
	"math/bits"

	"github.com/gonghui/gonghui/internal/exact"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// builder is an Assessment being built. Its reasons, their arguments and
// the texts of the amounts among the arguments gather in arrays inside the
// builder, which lives on the stack of assess (it holds no pointer into
// itself, so it does not escape); finish copies them out into exactly sized
// slices and the texts into one string, so an assessment allocates little
// more than the bytes it keeps. A builder whose arrays fill spills them to
// the heap and goes on there.
type builder struct {
	Assessment

	recs  [24]reasonRec
	argv  [maxArgs]string
	text  [256]byte
	nrec  int
	nargs int
	ntext int
	// grants are the grants so far, at most one per programme; finish
	// copies them out.
	grants  [TemporaryAid + 1]Grant
	ngrants int
	// pending marks the slots of argv whose amount texts wait in text, for
	// flush; ends[slot] is where the slot's text ends (it starts where the
	// previous pending slot's ends).
	pending uint64
	ends    [maxArgs]uint16

	spilled bool        // the reasons and arguments are in hrecs and hargs
	hrecs   []reasonRec // the reasons, once spilled
	hargs   []string    // the arguments, once spilled
}

// maxArgs is how many arguments the builder's arrays hold before they spill;
// at most 64, the bits of builder.pending.
const maxArgs = 48

// reasonRec is a reason being built: its arguments are args[start:start+n]
// of the builder.
type reasonRec struct {
	code, source string
	start, n     int
}

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
// when d rounded to the fen fits in 64 bits.
func moneyArg(d decimal.Decimal) arg {
	if a, ok := exact.FromDecimal(d); ok {
		if f, ok := a.Round(2, exact.HalfUp); ok {
			return fenArg(f.Coef())
		}
	}
	return txt(d.StringFixed(2))
}

// perCapitaArg is perCapitaTextFx as an argument.
func perCapitaArg(x fx, n int64, r union.Rounding) arg {
	if x.ok && r.Places == 2 {
		if q, ok := divUnits(x.a, n, r); ok {
			return fenArg(q)
		}
	}
	return txt(perCapitaTextFx(x, n, r))
}

// money is money(d).
func (b *builder) money(d decimal.Decimal) string { return money(d) }

// flush turns the pending amount texts into strings (one allocation) and
// puts them in their argument slots.
func (b *builder) flush() {
	if b.pending == 0 {
		return
	}
	s := string(b.text[:b.ntext])
	b.ntext = 0
	start := 0
	for p := b.pending; p != 0; p &= p - 1 {
		slot := bits.TrailingZeros64(p)
		end := int(b.ends[slot])
		b.argv[slot] = s[start:end]
		start = end
	}
	b.pending = 0
}

// spill moves the reasons and arguments to the heap, the texts flushed.
func (b *builder) spill() {
	b.flush()
	b.hrecs = append(make([]reasonRec, 0, 2*len(b.recs)), b.recs[:b.nrec]...)
	b.hargs = append(make([]string, 0, 2*len(b.argv)), b.argv[:b.nargs]...)
	b.spilled = true
}

// fits reports whether one more reason with n arguments fits in the arrays.
func (b *builder) fits(n int) bool {
	return b.nrec < len(b.recs) && b.nargs+n <= len(b.argv) && b.ntext+n*maxFenText <= len(b.text)
}

// add adds a reason.
func (b *builder) add(code, source string, args ...string) {
	if !b.spilled && !b.fits(len(args)) {
		b.spill()
	}
	if b.spilled {
		b.hrecs = append(b.hrecs, reasonRec{code: code, source: source, start: len(b.hargs), n: len(args)})
		b.hargs = append(b.hargs, args...)
		return
	}
	b.recs[b.nrec] = reasonRec{code: code, source: source, start: b.nargs, n: len(args)}
	b.nrec++
	b.nargs += copy(b.argv[b.nargs:], args)
}

// addArgs is add with amounts among the arguments: their texts are written
// to the text array and become strings together at flush (finish flushes).
func (b *builder) addArgs(code, source string, args ...arg) {
	if !b.spilled && !b.fits(len(args)) {
		b.spill()
	}
	if b.spilled {
		b.hrecs = append(b.hrecs, reasonRec{code: code, source: source, start: len(b.hargs), n: len(args)})
		for _, a := range args {
			if a.isFen {
				a.s = fenText(a.fen)
			}
			b.hargs = append(b.hargs, a.s)
		}
		return
	}
	b.recs[b.nrec] = reasonRec{code: code, source: source, start: b.nargs, n: len(args)}
	b.nrec++
	for _, a := range args {
		if a.isFen {
			b.ntext += len(appendFen(b.text[b.ntext:b.ntext], a.fen))
			b.ends[b.nargs] = uint16(b.ntext)
			b.pending |= 1 << b.nargs
			a.s = ""
		}
		b.argv[b.nargs] = a.s
		b.nargs++
	}
}

// finish returns the assessment, its reasons and their arguments copied
// out of the builder into exactly sized slices (the arguments of all
// reasons in one array).
func (b *builder) finish() Assessment {
	b.flush()
	recs, argv := b.recs[:b.nrec], b.argv[:b.nargs]
	if b.spilled {
		recs, argv = b.hrecs, b.hargs
	}
	res := b.Assessment
	if b.ngrants > 0 {
		res.Grants = make([]Grant, b.ngrants)
		copy(res.Grants, b.grants[:b.ngrants])
	}
	res.Reasons = make([]union.Reason, len(recs))
	var args []string
	if len(argv) > 0 {
		args = make([]string, len(argv))
		copy(args, argv)
	}
	for i, r := range recs {
		res.Reasons[i] = union.Reason{Code: r.code, Source: r.source}
		if r.n > 0 {
			res.Reasons[i].Args = args[r.start : r.start+r.n : r.start+r.n]
		}
	}
	return res
}
