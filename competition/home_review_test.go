package competition

import (
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 宁德 2025 不得申报情形（五）: wage arrears in the last 3 years bar the
// application. A unit's events are a collection: listing an expired event
// before or after one in the window must give the same result, reasons
// included.
func TestHomeVetoEventsOrder宁德不得申报情形五(t *testing.T) {
	old := HomeEvent{Veto: "wage_arrears", Month: union.Period{Year: 2021, Month: 6}}
	older := HomeEvent{Veto: "wage_arrears", Month: union.Period{Year: 2020, Month: 1}}
	recent := HomeEvent{Veto: "wage_arrears", Month: union.Period{Year: 2024, Month: 2}}
	other := HomeEvent{Veto: "funds", Month: union.Period{Year: 2019, Month: 5}}
	for _, tt := range []struct {
		name   string
		orders [][]HomeEvent
		vetoed []string
	}{
		{"expired and in the window", [][]HomeEvent{{old, recent}, {recent, old}}, []string{"wage_arrears"}},
		{"two expired", [][]HomeEvent{{old, older}, {older, old}}, []string{}},
		{"with another veto", [][]HomeEvent{{other, old, recent}, {recent, other, old}, {old, recent, other}}, []string{"funds", "wage_arrears"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var first HomeResult
			for k, evs := range tt.orders {
				res, err := HomeNingde2025().Assess(HomeUnit{ID: "U", AsOf: homeAsOf(), Events: evs})
				require.NoError(t, err)
				assert.Equal(t, tt.vetoed, res.Vetoed)
				if k == 0 {
					first = res
					continue
				}
				assert.Equal(t, union.Codes(first.Reasons), union.Codes(res.Reasons), "order %d", k)
				assert.Equal(t, first.Reasons, res.Reasons, "order %d", k)
			}
		})
	}
}
