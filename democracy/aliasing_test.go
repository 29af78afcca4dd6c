package democracy

import (
	"encoding/json"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// poison overwrites every slice element, map value and scalar reachable from
// v, and appends to every slice and map, so that any memory a result shares
// with another result or with package state shows up as a changed result.
func poison(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			poison(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				poison(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			poison(v.Index(i))
		}
		if v.CanSet() {
			extra := reflect.New(v.Type().Elem()).Elem()
			poison(extra)
			v.Set(reflect.Append(v, extra, extra))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			poison(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			poison(e)
			v.SetMapIndex(k, e)
		}
		k := reflect.New(v.Type().Key()).Elem()
		poison(k)
		v.SetMapIndex(k, reflect.New(v.Type().Elem()).Elem())
	case reflect.String:
		if v.CanSet() {
			v.SetString("☠")
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		if v.CanSet() {
			v.SetInt(-7)
		}
	case reflect.Uint8, reflect.Uint, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(200)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

// entryPoints calls every entry point of the package once; each returns a
// pointer to a fresh result.
func entryPoints(t testing.TB) map[string]func() any {
	sh, zj, en := Shanghai2017(), Zhejiang2010(), Enterprise()
	el := committee()
	votes := concat(ballots(12, "王芳", "李强"), ballots(10, "张伟", "刘洋"), []Ballot{{Approve: []string{"赵六"}}, {Spoiled: true}})
	must := func(v any, err error) any {
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	return map[string]func() any{
		"Plan":         func() any { p := must(sh.Plan(1200)).(Plan); return &p },
		"Plan/gap":     func() any { p := must(zj.Plan(1000)).(Plan); return &p },
		"Decide":       func() any { d := must(sh.Decide(150, 120, Tally{80, 30, 10})).(Decision); return &d },
		"DecideMatter": func() any { d := must(zj.DecideMatter(MatterAdopt, 150, 90, Tally{60, 30, 0})).(Decision); return &d },
		"CallSession":  func() any { d := must(sh.CallSession(85, 29)).(Decision); return &d },
		"RecallChair":  func() any { d := must(el.Rules.RecallChair(200, 150, Tally{101, 40, 9})).(Decision); return &d },
		"RecallDelegate": func() any {
			d := must(ShanghaiDelegates2017().RecallDelegate(30, 20, Tally{For: 16})).(Decision)
			return &d
		},
		"Check": func() any { c := must(sh.Check(roster(1200, 400, 85, 10, 30))).(Composition); return &c },
		"Check/enterprise": func() any {
			c := must(en.Check(roster(1200, 400, 85, 10, 30))).(Composition)
			return &c
		},
		"CheckPresidium": func() any { p := must(sh.CheckPresidium(100, presidium(7, 4))).(PresidiumComposition); return &p },
		"Apportion":      func() any { a := must(Apportion(85, []int{400, 300, 250, 150, 100}, 5)).([]int); return &a },
		"ApportionBy":    func() any { a := must(ApportionBy(DHondt, 85, []int{400, 300, 250, 150, 100}, 5)).([]int); return &a },
		"Count":          func() any { r := must(el.Count(votes)).(Result); return &r },
		"Next": func() any {
			r, err := el.Count(votes)
			require.NoError(t, err)
			n := must(el.Next(r)).(Election)
			return &n
		},
		"Presets":         func() any { p := Presets(); return &p },
		"ElectionPresets": func() any { p := ElectionPresets(); return &p },
	}
}

func snapshot(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// Results never share memory with package state or with each other:
// poisoning every slice, map and field of one result changes neither a
// result obtained before nor one obtained after. Run with -race: two
// goroutines poison their own results concurrently.
func TestResultsShareNoMemory(t *testing.T) {
	for name, call := range entryPoints(t) {
		t.Run(name, func(t *testing.T) {
			want := snapshot(t, call())
			a, b := call(), call()
			poison(reflect.ValueOf(a))
			require.Equal(t, want, snapshot(t, b), "another result changed")
			require.Equal(t, want, snapshot(t, call()), "a later call changed")
		})
	}
}

func TestResultsShareNoMemoryConcurrently(t *testing.T) {
	calls := entryPoints(t)
	want := map[string]string{}
	for name, call := range calls {
		want[name] = snapshot(t, call())
	}
	var wg sync.WaitGroup
	errs := make(chan string, 2*len(calls))
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				for name, call := range calls {
					r := call()
					if got := snapshot(t, r); got != want[name] {
						errs <- name
						return
					}
					poison(reflect.ValueOf(r))
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a result changed under another goroutine's writes", name)
	}
}
