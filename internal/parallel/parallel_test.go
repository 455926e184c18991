package parallel

import (
	"sync/atomic"
	"testing"
)

// Every index is done exactly once, whatever the number of workers.
func TestEachCoversEveryIndexOnce(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7, 100} {
		for _, n := range []int{0, 1, 5, 64} {
			counts := make([]atomic.Int32, n)
			Each(n, workers, nil, func(i int) { counts[i].Add(1) })
			for i := range counts {
				if c := counts[i].Load(); c != 1 {
					t.Errorf("n %d, %d workers: index %d done %d times", n, workers, i, c)
				}
			}
		}
	}
}

// A closed done skips what is not yet taken.
func TestEachStopsWhenDone(t *testing.T) {
	done := make(chan struct{})
	close(done)
	var calls atomic.Int32
	Each(100, 2, done, func(int) { calls.Add(1) })
	if c := calls.Load(); c != 0 {
		t.Errorf("%d calls after done was closed, want 0", c)
	}
}
