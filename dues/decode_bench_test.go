package dues_test

import (
	"encoding/json"
	"testing"

	"github.com/gonghui/gonghui/dues"
)

// BenchmarkDecodePolicy reads full policy, funds and scheme files (every key
// stated) and a preset with overrides, as a service reads them per request.
func BenchmarkDecodePolicy(b *testing.B) {
	policy, err := json.Marshal(dues.Shenyang2016())
	if err != nil {
		b.Fatal(err)
	}
	funds, err := json.Marshal(dues.Beijing2015())
	if err != nil {
		b.Fatal(err)
	}
	scheme, err := json.Marshal(dues.Standard())
	if err != nil {
		b.Fatal(err)
	}
	override := []byte(`{"preset":"national","amount_rounding":{"places":1,"mode":"half_up"},
		"bases":[{"sector":"事业单位","all_but":false,"items":["岗位工资","薪级工资"]}]}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dues.DecodePolicy(policy); err != nil {
			b.Fatal(err)
		}
		if _, err := dues.DecodeFunds(funds); err != nil {
			b.Fatal(err)
		}
		if _, err := dues.DecodeScheme(scheme); err != nil {
			b.Fatal(err)
		}
		if _, err := dues.DecodePolicy(override); err != nil {
			b.Fatal(err)
		}
	}
}
