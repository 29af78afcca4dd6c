package dues

import (
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
)

// Collection is how union funds are collected. Its text form is the
// lower-case English word.
type Collection uint8

// The ways of collecting union funds (经费收缴).
const (
	// Direct: the employer's union keeps its share and pays the rest to the higher union.
	Direct Collection = iota
	// TaxFull: the tax authority collects the whole 2% and returns the
	// grassroots share (60%) to the employer's union.
	TaxFull
	// TaxHigher: the tax authority collects only the higher unions' share
	// (40%); the employer's union keeps the rest (Dalian, 2014).
	TaxHigher
)

var collectionEnum = enum.New[Collection]("Collection", "collection", "dues.collect", union.Invalid, "direct", "tax_full", "tax_higher")

// SourceTaxCollection cites collection through the tax authority (secondary
// sources: Beijing pilot 京政办函〔2010〕34号, Guangdong 粤工总〔2013〕63号, Dalian 2014).
const SourceTaxCollection = "税务代收工会经费：京政办函〔2010〕34号、粤工总〔2013〕63号、大连地税2014（二手来源）"

// String returns the English word, e.g. "tax_full".
func (c Collection) String() string {
	return collectionEnum.String(c)
}

// Valid reports whether c is one of the defined ways.
func (c Collection) Valid() bool { return collectionEnum.Valid(c) }

// Text returns the localized name, e.g. 税务全额代收 in zh-Hans.
func (c Collection) Text(tag language.Tag) string {
	return collectionEnum.Text(c, tag)
}

// MarshalText returns the English word; an undefined way is ErrInvalid.
func (c Collection) MarshalText() ([]byte, error) {
	return collectionEnum.Marshal(c)
}

// UnmarshalText reads the English word, or the name Text prints in any of
// the three languages; anything else is ErrInvalid listing the accepted values.
func (c *Collection) UnmarshalText(b []byte) error {
	return collectionEnum.Unmarshal(c, b)
}

// Collected is how one payment of union funds flows: the allocation between
// the parties, what the employer pays the collector, what the collector
// returns to the employer's union and what that union keeps directly. For a
// refund (a negative total) every figure is the negation of the payment's.
type Collected struct {
	// Collection is the way of collecting.
	Collection Collection `json:"collection"`
	// Total is the amount allocated, rounded to the scheme's places.
	Total decimal.Decimal `json:"total"`
	// Allocations is Scheme.Allocate(total).
	Allocations []Allocation `json:"allocations"`
	// ToCollector is what the employer pays: to the tax authority, or to the
	// higher union under Direct.
	ToCollector decimal.Decimal `json:"to_collector"`
	// Returned is what the tax authority returns to the employer's union.
	Returned decimal.Decimal `json:"returned"`
	// Kept is what the employer's union keeps without passing it on.
	Kept decimal.Decimal `json:"kept"`
	// Reasons explain the flows.
	Reasons []union.Reason `json:"reasons"`
}

// Collect allocates total under the scheme and works out the flows for the
// way of collecting. The retained share is the one marked Retained (and its
// parts); a scheme without one (preparatory funds) keeps and gets back
// nothing. Errors are those of Allocate, and an undefined collection
// (*union.FieldError wrapping union.ErrInvalid).
func (s Scheme) Collect(total decimal.Decimal, c Collection) (Collected, error) {
	if !c.Valid() {
		return Collected{}, union.Invalid("collection", "invalid.unknown", strconv.Itoa(int(c)))
	}
	as, err := s.Allocate(total)
	if err != nil {
		return Collected{}, err
	}
	out := Collected{Collection: c, Total: total.Round(s.Places), Allocations: as,
		ToCollector: decimal.Zero, Returned: decimal.Zero, Kept: decimal.Zero}
	retained := decimal.Zero
	for _, a := range as {
		if a.Retained {
			retained = retained.Add(a.Amount)
		}
	}
	higher := out.Total.Sub(retained)
	switch c {
	case TaxFull:
		out.ToCollector, out.Returned = out.Total, retained
		out.Reasons = []union.Reason{union.NewReason("dues.collect.flow.tax_full", SourceTaxCollection,
			out.Total.StringFixed(2), retained.StringFixed(2))}
	case TaxHigher:
		out.ToCollector, out.Kept = higher, retained
		out.Reasons = []union.Reason{union.NewReason("dues.collect.flow.tax_higher", SourceTaxCollection,
			higher.StringFixed(2), retained.StringFixed(2))}
	default:
		out.ToCollector, out.Kept = higher, retained
		out.Reasons = []union.Reason{union.NewReason("dues.collect.flow.direct", own(s.Source),
			higher.StringFixed(2), retained.StringFixed(2))}
	}
	if s.Source == "" {
		out.Reasons = append(out.Reasons, ownRule())
	}
	return out, nil
}
