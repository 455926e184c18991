// Package parallel runs the same work over indices on a few goroutines.
package parallel

import (
	"sync"
	"sync/atomic"

	"github.com/resumecheck/resumecheck/internal/prefault"
)

// Each calls f(i) for every i from 0 to n-1 on workers goroutines (at least one),
// each taking the next index as it finishes one, and returns when all calls have
// returned. Once done is closed (nil: never), the indices not yet taken are skipped.
// Each goroutine grows its stack in one step first (prefault.Stack): the work is the
// pipeline's, whose calls go deep.
func Each(n, workers int, done <-chan struct{}, f func(i int)) {
	workers = max(min(workers, n), 1)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prefault.Stack()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if done != nil {
					select {
					case <-done:
						return
					default:
					}
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
