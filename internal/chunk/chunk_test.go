package chunk

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every item is visited exactly once, by chunks of at most Size, and the
// per-goroutine slots add up to the whole.
func TestRunCoversEachItemOnce(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{
		{0, 1}, {1, 1}, {Size, 1}, {0, 4}, {1, 4}, {Size - 1, 2}, {Size, 2}, {Size + 1, 2},
		{3*Size + 17, 2}, {10 * Size, 16}, {5*Size + 3, 3},
	} {
		seen := make([]int32, tc.n)
		perWorker := make([]int, max(tc.workers, 1))
		limit := Size // one worker takes the whole range at once
		if tc.workers <= 1 {
			limit = tc.n
		}
		Run(tc.n, tc.workers, func(w, lo, hi int) {
			assert.True(t, lo >= 0 && lo <= hi && hi <= tc.n && hi-lo <= limit, "chunk [%d, %d) of %d", lo, hi, tc.n)
			for i := lo; i < hi; i++ {
				seen[i]++ // each index is written by one goroutine only
			}
			perWorker[w] += hi - lo
		})
		total := 0
		for _, c := range perWorker {
			total += c
		}
		assert.Equal(t, tc.n, total, "%+v", tc)
		for i, c := range seen {
			require.Equal(t, int32(1), c, "item %d of %+v", i, tc)
		}
	}
}

// One worker runs the whole range in one call on the caller's goroutine.
func TestRunOneWorker(t *testing.T) {
	calls := 0
	Run(3*Size, 1, func(w, lo, hi int) {
		calls++
		assert.Equal(t, [3]int{0, 0, 3 * Size}, [3]int{w, lo, hi})
	})
	assert.Equal(t, 1, calls)
}

func TestWorkers(t *testing.T) {
	assert.Equal(t, 1, Workers(0))
	assert.Equal(t, 1, Workers(2*Size-1))
	want := min(runtime.GOMAXPROCS(0), MaxWorkers)
	if want < 2 {
		want = 1
	}
	assert.Equal(t, want, Workers(2*Size))
	assert.Equal(t, want, Workers(100*Size))
}

func ExampleRun() {
	squares := make([]int, 10_000)
	Run(len(squares), Workers(len(squares)), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			squares[i] = i * i
		}
	})
	fmt.Println(squares[9_999])
	// Output: 99980001
}

// A panic in a worker goroutine reaches the caller's goroutine with its
// original value, instead of killing the process; the other workers stop
// taking chunks and Run returns only after every worker has stopped.
func TestRunPanicReachesCaller(t *testing.T) {
	type boom struct{ at int }
	for _, workers := range []int{1, 2, 4} {
		var got any
		func() {
			defer func() { got = recover() }()
			Run(10*Size, workers, func(_, lo, hi int) {
				if lo <= 3*Size && 3*Size < hi {
					panic(boom{3})
				}
			})
		}()
		require.Equal(t, boom{3}, got, "workers %d", workers)
	}
}

// A panic with a nil value or an error value keeps its value too.
func TestRunPanicValueKept(t *testing.T) {
	err := fmt.Errorf("bad chunk")
	var got any
	func() {
		defer func() { got = recover() }()
		Run(4*Size, 2, func(_, lo, _ int) {
			if lo == Size {
				panic(err)
			}
		})
	}()
	require.Same(t, err, got)
}
