package union_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// everything runs the package's entry points on fixed inputs and returns all
// their results as one text.
func everything() string {
	var b strings.Builder
	one := decimal.NewFromInt(1)
	parts, err := union.Split(d("12345.67"), []decimal.Decimal{d("60"), d("40"), one}, 2)
	fmt.Fprintln(&b, parts, err)
	parts, err = union.Split(d("123456789012.5"), []decimal.Decimal{one, one, one}, 2)
	fmt.Fprintln(&b, parts, err)
	for _, s := range []string{"107000.53", "-0.05", "100070000", "1.005"} {
		u, err := union.UppercaseWith(d(s), union.UppercaseOptions{ZeroAfterWan: true})
		v, perr := union.ParseUppercase(u)
		fmt.Fprintln(&b, u, err, v, perr)
	}
	for _, tag := range []language.Tag{hans, hant, en, language.MustParse("zh-HK")} {
		fmt.Fprintln(&b, union.FormatCNY(d("1234567.895"), tag), union.NewReason("policy.sum", "t", "1", "2").Text(tag),
			union.Invalid("a.b", "invalid.negative", "-1").Text(tag), union.Retired.Text(tag))
	}
	id, err := union.ParseResidentID("11010519491231002x")
	fmt.Fprintln(&b, id, err, id.AgeAt(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)), id.Region().ProvinceText(hant))
	c, err := union.ParseCreditCode("91350100M000100Y43")
	fmt.Fprintln(&b, c, err, c.Kind().Text(en))
	_, err = union.ParseResidentID("110105194912310021")
	fmt.Fprintln(&b, err)
	// The boundary: limits, decoding, error JSON, labels, enum names.
	fmt.Fprintln(&b, union.CheckDecimal("x", decimal.New(0, 1<<30)), union.CheckDecimal("x", d("12.5")))
	v, err := union.ParseDecimal("wages.basic", "１,２００.５０")
	fmt.Fprintln(&b, v, err)
	var doc struct {
		Sector union.Sector `json:"sector"`
		Month  union.Period `json:"month"`
	}
	err = union.DecodeJSON([]byte(`{"sector":"事业单位","month":"2024-13","x":1}`), &doc)
	rec := union.NewRecordError("members", 3, "E3", err)
	for _, tag := range []language.Tag{hans, hant, en} {
		j, _ := json.Marshal(union.ErrorsJSON(rec, tag))
		fmt.Fprintln(&b, union.ErrorText(rec, tag), string(j), union.FieldLabel(tag, "members[3].resident_id"))
	}
	fmt.Fprintln(&b, union.ErrorFromJSON(union.ErrorsJSON(rec, en)), union.NewReason("policy.empty", "s").Localized(hant))
	return b.String()
}

// TestSameInputSameOutputConcurrently runs every entry point from many
// goroutines at once (run it with -race) and checks each run gives the same
// text as a run on its own.
func TestSameInputSameOutputConcurrently(t *testing.T) {
	want := everything()
	const n = 32
	got := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i] = everything()
		}(i)
	}
	wg.Wait()
	for i := range got {
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}
