package exact

import "github.com/shopspring/decimal"

// Cache hands out the decimals q × 10^exp for small non-negative whole counts
// q, so that a batch does not allocate a new decimal for every figure that
// repeats (bases and amounts mostly do). Pages are allocated on first use. A
// Cache lives for one call and is never shared between goroutines; the
// decimals it returns are immutable and may be shared by results.
type Cache struct {
	exp   int32
	pages [cachePages]*[cachePage]cacheEntry
}

// cacheEntry is one cached decimal; set tells a built entry from an empty one
// without looking into the decimal's big.Int.
type cacheEntry struct {
	d   decimal.Decimal
	set bool
}

const (
	cachePage  = 256
	cachePages = 256 // counts below 65536 are cached
)

// NewCache returns an empty cache of decimals at exponent exp.
func NewCache(exp int32) *Cache { return &Cache{exp: exp} }

// Exp returns the cache's exponent.
func (c *Cache) Exp() int32 { return c.exp }

// Get returns q × 10^exp.
func (c *Cache) Get(q int64) decimal.Decimal {
	if q == 0 {
		return decimal.Decimal{}
	}
	if q < 0 || q >= cachePage*cachePages {
		return decimal.New(q, c.exp)
	}
	pg := c.pages[q/cachePage]
	if pg == nil {
		pg = new([cachePage]cacheEntry)
		c.pages[q/cachePage] = pg
	}
	v := &pg[q%cachePage]
	if !v.set {
		v.d, v.set = decimal.New(q, c.exp), true
	}
	return v.d
}
