// Package chunk runs a batch's items in chunks on several goroutines, for
// the batch entry points of the domain packages (dues.Policy.AssessAll,
// assistance.Rules.AssessAll). It decides only where each chunk runs: every
// item is still computed from its own input alone, so a batch gives the same
// result on one goroutine or on many.
package chunk

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Size is the number of items one goroutine takes at a time.
const Size = 4096

// MaxWorkers is the most goroutines one batch starts.
const MaxWorkers = 16

// Workers returns how many goroutines a batch of n items takes: one when it
// has at most two chunks or only one CPU is available (GOMAXPROCS),
// otherwise GOMAXPROCS, at most MaxWorkers.
func Workers(n int) int {
	w := min(runtime.GOMAXPROCS(0), MaxWorkers)
	if n < 2*Size || w < 2 {
		return 1
	}
	return w
}

// Run calls fn(w, lo, hi) for consecutive chunks [lo, hi) of [0, n), each
// of at most Size items, on the given number of goroutines, and returns when
// every chunk is done. w, from 0 to workers−1, names the goroutine that runs
// the chunk, so fn may keep per-goroutine state in a slice indexed by w
// without locking; chunks are taken in order but finish in any order. With
// one worker, Run calls fn(0, 0, n) once, on the caller's goroutine.
//
// A panic in fn never kills the process from a goroutine Run started: the
// worker recovers it, the other workers take no further chunk, and once every
// worker has stopped Run panics again on the caller's goroutine with the
// original value (the first one, when several chunks panic), so the caller's
// own recover sees what fn panicked with.
func Run(n, workers int, fn func(w, lo, hi int)) {
	if workers <= 1 {
		fn(0, 0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var failed atomic.Bool
	var once sync.Once
	var value any
	for w := range workers {
		wg.Go(func() {
			defer func() {
				if v := recover(); v != nil { // panic(nil) recovers as a *runtime.PanicNilError
					once.Do(func() { value = v })
					failed.Store(true)
				}
			}()
			for !failed.Load() {
				lo := int(next.Add(1)-1) * Size
				if lo >= n {
					return
				}
				fn(w, lo, min(lo+Size, n))
			}
		})
	}
	wg.Wait()
	if failed.Load() {
		panic(value)
	}
}
