package assistance

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[a-zA-Z]`)

func verbs(s string) []string {
	v := verb.FindAllString(s, -1)
	sort.Strings(v)
	return v
}

// Every assistance code has three texts with the same verbs, and every enum
// value has a localized name.
func TestMessages(t *testing.T) {
	n := 0
	for _, m := range union.Messages() {
		if !strings.HasPrefix(m.Code, "assistance.") {
			continue
		}
		n++
		assert.NotEmpty(t, m.Hans, m.Code)
		assert.NotEmpty(t, m.Hant, m.Code)
		assert.NotEmpty(t, m.En, m.Code)
		assert.Equal(t, verbs(m.Hans), verbs(m.Hant), m.Code)
		assert.Equal(t, verbs(m.Hans), verbs(m.En), m.Code)
	}
	assert.Greater(t, n, 100)
	known := map[string]bool{}
	for _, m := range union.Messages() {
		known[m.Code] = true
	}
	for _, set := range []struct {
		prefix string
		words  []string
	}{
		{"category", categoryEnum.Words()}, {"op", operatorEnum.Words()}, {"cause", causeEnum.Words()}, {"school", schoolEnum.Words()},
		{"capacity", capacityEnum.Words()}, {"document", documentEnum.Words()}, {"programme", programmeEnum.Words()}, {"outcome", outcomeEnum.Words()},
		{"incident", incidentEnum.Words()}, {"harm", harmEnum.Words()},
	} {
		for _, w := range set.words {
			assert.True(t, known["assistance."+set.prefix+"."+w], set.prefix+"."+w)
		}
	}
	for _, k := range knownIncome {
		assert.True(t, known["assistance.income.excluded."+string(k)], k)
	}
	for _, p := range presets() {
		assert.True(t, known["assistance.preset."+p.Name], p.Name)
	}
}
