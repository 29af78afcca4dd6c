package assistance

import (
	"encoding/json"

	"github.com/shopspring/decimal"
)

// fen writes an amount of a result in JSON at the fen, as a string: "39.20",
// "5000.00". An amount with more decimals (a per-capita figure under a
// rounding with more places) keeps them all, so nothing is lost; reading it
// back is an ordinary decimal.
type fen decimal.Decimal

// MarshalJSON writes the amount as a JSON string with at least two decimals.
func (f fen) MarshalJSON() ([]byte, error) {
	d := decimal.Decimal(f)
	b := make([]byte, 0, 24)
	b = append(b, '"')
	if d.Exponent() >= -MoneyPlaces {
		b = append(b, d.StringFixed(MoneyPlaces)...)
	} else {
		b = append(b, d.String()...)
	}
	return append(b, '"'), nil
}

// MarshalJSON writes the assessment with every amount at the fen ("39.20").
func (a Assessment) MarshalJSON() ([]byte, error) {
	type plain Assessment
	return json.Marshal(struct {
		plain
		PerCapita fen `json:"per_capita"`
		Threshold fen `json:"threshold"`
		Income    fen `json:"income"`
		Imputed   fen `json:"imputed"`
		Rigid     fen `json:"rigid"`
		AidTotal  fen `json:"aid_total"`
	}{plain(a), fen(a.PerCapita), fen(a.Threshold), fen(a.Income), fen(a.Imputed), fen(a.Rigid), fen(a.AidTotal)})
}

// MarshalJSON writes the grant with its amount at the fen.
func (g Grant) MarshalJSON() ([]byte, error) {
	type plain Grant
	return json.Marshal(struct {
		plain
		Amount fen `json:"amount"`
	}{plain(g), fen(g.Amount)})
}
