package dues

import "github.com/shopspring/decimal"

// decCache hands out the decimals for small whole counts of a unit (fen, ten
// yuan …) so a batch does not allocate a new decimal for every member's base
// and amount: most of them repeat. Pages are allocated on first use; the
// cache lives for one call and is never shared. Decimals are immutable, so
// items may share them.
type decCache struct {
	exp   int32
	pages [decPages]*[decPage]decEntry
}

// decEntry is one cached decimal; set tells a built entry from an empty one
// without looking into the decimal's big.Int.
type decEntry struct {
	d   decimal.Decimal
	set bool
}

const (
	decPage  = 256
	decPages = 256 // values below 65536 are cached
)

// get returns q × 10^exp.
func (c *decCache) get(q int64) decimal.Decimal {
	if q == 0 {
		return decimal.Decimal{}
	}
	if q < 0 || q >= decPage*decPages {
		return decimal.New(q, c.exp)
	}
	pg := c.pages[q/decPage]
	if pg == nil {
		pg = new([decPage]decEntry)
		c.pages[q/decPage] = pg
	}
	v := &pg[q%decPage]
	if !v.set {
		v.d, v.set = decimal.New(q, c.exp), true
	}
	return v.d
}
