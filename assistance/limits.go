package assistance

import (
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
)

// Limits on input and rules, so no figure is absurd enough to be a typing
// error or to make the work slow. Each is far above any real household or
// rule set; Validate reports a size above its limit as a *union.FieldError
// naming the field and the limit (code "invalid.too_many"), and checks
// nothing inside the oversized list.
const (
	// MaxMembers is the largest household accepted, and the most Persons.
	MaxMembers = 100
	// MaxAge is the largest age accepted.
	MaxAge = 150
	// MaxMonths bounds month counts (contract months, months below or above 低保).
	MaxMonths = 1200
	// MoneyPlaces is the number of decimals amounts may carry (fen).
	MoneyPlaces = 2
	// MaxItems is the most IncomeItems, and the most ExpenseItems, of a household.
	MaxItems = 1000
	// MaxPayments is the most Payments in Applicant.Paid.
	MaxPayments = 100
	// MaxEvidence is the most Documents in Applicant.Evidence.
	MaxEvidence = 100
	// MaxPolicyItems is the most items of each list in Rules: CountedExpenses,
	// ExcludedIncome, Bands, a band's AlsoDeduct, Documents, and Aid's Living,
	// Study, Medical, a medical rate's Categories and Tiers, and NoStacking.
	MaxPolicyItems = 64
)

// MaxAmount is the largest amount accepted: a trillion yuan. It is a copy for
// callers' information; validation reads the constant behind it, so assigning
// to MaxAmount changes nothing.
var MaxAmount = decimal.New(maxAmount, 0)

// maxAmount is the largest amount accepted, in yuan.
const maxAmount = 1_000_000_000_000

// list checks the length of a list field against its limit; it reports
// whether the items are to be checked.
func (c *checker) list(p *path, name string, n, max int) bool {
	if n <= max {
		return true
	}
	q := p.child(name)
	fe := union.CheckCount(q.String(), n, max)
	fe.Kind = c.kind
	c.errs = append(c.errs, fe)
	return false
}

// dec checks that d is within the decimal limits of the module
// (union.CheckDecimal: the exponent first, in O(1)); it reports whether d
// may be compared and computed with. Nothing else may touch a decimal that
// fails it, not even d.String().
func (c *checker) dec(p *path, name string, d decimal.Decimal) bool {
	if d == (decimal.Decimal{}) {
		return true
	}
	fe := union.CheckDecimal("", d)
	if fe == nil {
		return true
	}
	q := p.child(name)
	fe.Field = q.String()
	if name == "" {
		fe.Field = p.String()
	}
	fe.Kind = c.kind
	c.errs = append(c.errs, fe)
	return false
}

// byteSet is a set of enum values (every enum here is a uint8), for
// duplicate checks in linear time without allocating.
type byteSet [4]uint64

// insert adds v and reports whether it was already there.
func (s *byteSet) insert(v uint8) (dup bool) {
	w, b := v/64, uint64(1)<<(v%64)
	dup = s[w]&b != 0
	s[w] |= b
	return dup
}

// dupKind reports whether list[i] occurs in list[:i], in linear time over
// the list: short lists (all real ones) by looking back, longer ones with
// the map *seen, made on first use and filled as i goes up.
func dupKind[K ~string](seen *map[K]struct{}, list []K, i int) bool {
	const short = 16
	if len(list) <= short {
		for _, x := range list[:i] {
			if x == list[i] {
				return true
			}
		}
		return false
	}
	if *seen == nil {
		*seen = make(map[K]struct{}, len(list))
	}
	if _, ok := (*seen)[list[i]]; ok {
		return true
	}
	(*seen)[list[i]] = struct{}{}
	return false
}
