package dues

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// Share is one party's part of an allocation, by weight. Weights are
// relative: 60 and 40 split like 0.6 and 0.4.
//
// A share with Parts is passed on and divided again among them: the higher
// unions' 40% among the county, city and provincial federations and the
// ACFTU, each step reconciling to the fen.
type Share struct {
	// Party names the recipient, e.g. "grassroots", "county", "national".
	Party string `json:"party"`
	// Weight is the share's weight; it must be positive.
	Weight decimal.Decimal `json:"weight"`
	// Retained marks the payer's own grassroots union: under collection by
	// the tax authority this share is returned to it (see Scheme.Collect).
	Retained bool `json:"retained,omitempty"`
	// Parts, when set, divide this share further.
	Parts []Share `json:"parts,omitempty"`
}

// Scheme is an allocation scheme (经费分成): the shares and the decimal
// places of the amounts (2: to the fen).
type Scheme struct {
	// Shares are the parties and their weights, in output order.
	Shares []Share `json:"shares"`
	// Places is the number of decimals of each amount: 2 for the fen. It
	// must be stated: 0 (whole yuan) is refused by Validate (code
	// "dues.policy.rounding_unset") unless WholeYuan says it is meant, so a
	// scheme written without Places never rounds parts to whole yuan.
	Places int32 `json:"places"`
	// WholeYuan states that Places 0, whole yuan, is meant.
	WholeYuan bool `json:"whole_yuan,omitempty"`
	// Source cites the rule behind the shares; optional (Collect's reasons
	// then cite SourceOwn and say the scheme is the caller's own).
	Source string `json:"source,omitempty"`
}

// Allocation is one party's amount.
type Allocation struct {
	// Party is the recipient.
	Party string `json:"party"`
	// Amount is its part; negative for a refund.
	Amount decimal.Decimal `json:"amount"`
	// Via is the party whose share this part was divided from, for nested
	// shares; empty at the top level.
	Via string `json:"via,omitempty"`
	// Retained marks the payer's own grassroots union's part.
	Retained bool `json:"retained,omitempty"`
}

// The party names of the presets.
const (
	PartyGrassroots = "grassroots" // 基层工会
	PartyHigher     = "higher"     // 上级工会
	PartyCounty     = "county"     // 县级工会
	PartyMunicipal  = "municipal"  // 市级工会
	PartyProvincial = "provincial" // 省级工会
	PartyNational   = "national"   // 全国总工会
)

// SourceShare6040 cites the 60/40 split between the grassroots union and
// the higher unions (secondary sources; the provincial federation sets the
// ratio, e.g. 四川省基层工会经费收支管理实施办法 第四条、第五条).
const SourceShare6040 = "各省总工会经费留成规定（通行比例：基层60%，上级40%；二手来源）"

// Standard is the common 60/40 split of union funds: the grassroots union
// keeps 60%, 40% goes to the higher unions; amounts to the fen.
func Standard() Scheme {
	return Scheme{
		Shares: []Share{
			{Party: PartyGrassroots, Weight: decimal.NewFromInt(60), Retained: true},
			{Party: PartyHigher, Weight: decimal.NewFromInt(40)},
		},
		Places: 2,
		Source: SourceShare6040,
	}
}

// MultiLevel is the 60/40 split with the higher unions' 40% divided among the
// county, municipal and provincial federations and the ACFTU by the given
// weights. No verified national figures exist for this split: the province
// sets them, so the caller passes them.
func MultiLevel(county, municipal, provincial, national decimal.Decimal) Scheme {
	s := Standard()
	s.Shares[1].Parts = []Share{
		{Party: PartyCounty, Weight: county},
		{Party: PartyMunicipal, Weight: municipal},
		{Party: PartyProvincial, Weight: provincial},
		{Party: PartyNational, Weight: national},
	}
	return s
}

// PreparatoryScheme sends all preparatory funds to the higher union: an
// employer without a union keeps nothing (中国工会章程（2008）第三十七条).
func PreparatoryScheme() Scheme {
	return Scheme{
		Shares: []Share{{Party: PartyHigher, Weight: decimal.NewFromInt(1)}},
		Places: 2,
		Source: SourceConstitution + " 第三十七条",
	}
}

// maxShareDepth bounds how deep shares may nest.
const maxShareDepth = 4

// Validate checks the scheme and returns every problem at once: Places 0
// without WholeYuan, no shares,
// an empty or duplicate party, a weight that is not positive or has more
// than union.MaxWeightPlaces decimals, places out of range, more than one
// retained share, nesting deeper than 4, more than MaxListItems shares at one
// level. Each is a *union.FieldError wrapping
// union.ErrPolicy, joined.
func (s Scheme) Validate() error {
	var errs []error
	if s.Places == 0 && !s.WholeYuan {
		errs = append(errs, union.Inconsistent("places", codeUnsetRound, "0"))
	}
	if s.Places < union.MinPlaces || s.Places > union.MaxPlaces {
		errs = append(errs, union.Inconsistent("places", "policy.range", strconv.Itoa(int(s.Places)),
			strconv.Itoa(int(union.MinPlaces)), strconv.Itoa(int(union.MaxPlaces))))
	}
	seen := map[string]bool{}
	retained := 0
	errs = validateShares("shares", s.Shares, 1, seen, &retained, errs)
	if retained > 1 {
		errs = append(errs, union.Inconsistent("shares", "invalid.duplicate", "retained"))
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}

func validateShares(field string, shares []Share, depth int, seen map[string]bool, retained *int, errs []error) []error {
	if len(shares) == 0 {
		return append(errs, union.Inconsistent(field, "policy.empty", ""))
	}
	if depth > maxShareDepth {
		return append(errs, union.Inconsistent(field, "invalid.too_large", strconv.Itoa(depth), strconv.Itoa(maxShareDepth)))
	}
	if len(shares) > MaxListItems {
		return append(errs, tooMany(field, len(shares)))
	}
	for i, sh := range shares {
		f := union.Indexed(field, i)
		switch {
		case sh.Party == "":
			errs = append(errs, union.Inconsistent(f+".party", "invalid.empty", ""))
		case seen[sh.Party]:
			errs = append(errs, union.Inconsistent(f+".party", "invalid.duplicate", sh.Party))
		}
		seen[sh.Party] = true
		if fe := policyDecimal("", sh.Weight); fe != nil {
			fe.Field = f + ".weight"
			errs = append(errs, fe)
		} else if sh.Weight.Sign() <= 0 {
			errs = append(errs, union.Inconsistent(f+".weight", "invalid.not_positive", sh.Weight.String()))
		} else if places(sh.Weight) > union.MaxWeightPlaces {
			errs = append(errs, union.Inconsistent(f+".weight", "invalid.precision", sh.Weight.String(),
				strconv.Itoa(union.MaxWeightPlaces)))
		}
		if sh.Retained {
			*retained++
		}
		if sh.Parts != nil {
			errs = validateShares(f+".parts", sh.Parts, depth+1, seen, retained, errs)
		}
	}
	return errs
}

// places returns the number of significant decimals of a positive d.
func places(d decimal.Decimal) int32 {
	if d.Exponent() >= 0 {
		return 0
	}
	if d.IsInteger() {
		return 0
	}
	n := -d.Exponent()
	for n > 0 && d.Shift(n-1).IsInteger() {
		n--
	}
	return n
}

// Allocate divides total among the scheme's parties by weight with
// union.Split: the amounts have Places decimals and add up exactly to total
// rounded half-up to Places; nested shares are divided again, each step
// reconciling. A negative total (a refund) gives the exact negation of the
// allocation of the payment it reverses. The allocations list the leaves of
// the scheme in order (a share with Parts is replaced by its parts, Via
// naming it).
//
// An invalid scheme is its Validate error (union.ErrPolicy).
func (s Scheme) Allocate(total decimal.Decimal) ([]Allocation, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if fe := checkDecimal("total", total); fe != nil {
		return nil, fe
	}
	var out []Allocation
	if err := allocate(&out, total, s.Shares, s.Places, "", false); err != nil {
		return nil, err
	}
	return out, nil
}

func allocate(out *[]Allocation, total decimal.Decimal, shares []Share, places int32, via string, retained bool) error {
	ws := make([]decimal.Decimal, len(shares))
	for i, sh := range shares {
		ws[i] = sh.Weight
	}
	parts, err := union.Split(total, ws, places)
	if err != nil {
		return union.Prefix("shares", err)
	}
	for i, sh := range shares {
		r := retained || sh.Retained
		if len(sh.Parts) > 0 {
			if err := allocate(out, parts[i], sh.Parts, places, sh.Party, r); err != nil {
				return err
			}
			continue
		}
		*out = append(*out, Allocation{Party: sh.Party, Amount: parts[i], Via: via, Retained: r})
	}
	return nil
}

// PartyText returns the localized name of a preset party (基层工会 for
// "grassroots" in zh-Hans); any other party name is returned as it is.
func PartyText(party string, tag language.Tag) string {
	switch party {
	case PartyGrassroots, PartyHigher, PartyCounty, PartyMunicipal, PartyProvincial, PartyNational:
		return union.Reason{Code: "dues.party." + party}.Text(tag)
	}
	return party
}
