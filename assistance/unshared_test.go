package assistance

import (
	"reflect"
	"testing"

	"github.com/gonghui/gonghui/union"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vandalize appends to and overwrites every slice reachable from v (a
// pointer), depth first, and fails when a slice has spare capacity (an
// append would then write into memory another result may share).
func vandalize(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			vandalize(t, v.Elem(), path)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				vandalize(t, v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		assert.Equal(t, v.Len(), v.Cap(), "%s has spare capacity", path)
		for i := 0; i < v.Len(); i++ {
			vandalize(t, v.Index(i), path+"[]")
		}
		// Append junk (must copy), then overwrite every element.
		junk := reflect.Append(v, reflect.Zero(v.Type().Elem()))
		junk.Index(junk.Len() - 1).Set(reflect.Zero(v.Type().Elem()))
		for i := 0; i < v.Len(); i++ {
			v.Index(i).Set(reflect.Zero(v.Type().Elem()))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("vandalized")
		}
	}
}

// Appending to any slice of any result copies, and overwriting elements of
// one result never changes another result or a later call: Assess,
// AssessAll and Review.
func TestResultsShareNoMemory(t *testing.T) {
	r := Hubei2024(d("940"))
	as := append(batchInputs(), batchInputs()...)

	// Assess: each result vandalized in turn; the others and a later call stay.
	want := make([]string, len(as))
	got := make([]Assessment, len(as))
	for i, a := range as {
		res, err := r.Assess(a)
		if err != nil {
			continue
		}
		want[i], got[i] = assessJSON(t, res), res
	}
	for i := range got {
		if want[i] == "" {
			continue
		}
		vandalize(t, reflect.ValueOf(&got[i]), "Assessment")
		for j := i + 1; j < len(got); j++ {
			if want[j] != "" {
				require.Equal(t, want[j], assessJSON(t, got[j]), "Assess %d changed by %d", j, i)
			}
		}
	}
	for i, a := range as {
		if want[i] != "" {
			res, _ := r.Assess(a)
			assert.Equal(t, want[i], assessJSON(t, res), "later Assess %d", i)
		}
	}

	// AssessAll: items of one batch, and a later batch.
	b := r.AssessAll(as)
	wantItems := make([]string, len(b.Items))
	for i := range b.Items {
		wantItems[i] = assessJSON(t, b.Items[i].Assessment)
	}
	for i := range b.Items {
		vandalize(t, reflect.ValueOf(&b.Items[i].Assessment), "Batch.Items[].Assessment")
		for j := i + 1; j < len(b.Items); j++ {
			require.Equal(t, wantItems[j], assessJSON(t, b.Items[j].Assessment), "item %d changed by %d", j, i)
		}
	}
	vandalize(t, reflect.ValueOf(&b), "Batch")
	later := r.AssessAll(as)
	for i := range later.Items {
		assert.Equal(t, wantItems[i], assessJSON(t, later.Items[i].Assessment), "later batch item %d", i)
	}

	// Review: two results and a later call.
	f := File{Category: Deep, Filed: union.MustPeriod("2024-01"), Reviewed: union.MustPeriod("2025-01")}
	r1, err := r.Review(f, typical())
	require.NoError(t, err)
	r2, err := r.Review(f, typical())
	require.NoError(t, err)
	w := assessJSON(t, r2)
	vandalize(t, reflect.ValueOf(&r1), "ReviewResult")
	assert.Equal(t, w, assessJSON(t, r2))
	r3, err := r.Review(f, typical())
	require.NoError(t, err)
	assert.Equal(t, w, assessJSON(t, r3))
}
