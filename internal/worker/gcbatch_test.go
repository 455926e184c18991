package worker

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// The tuner raises the collector's percentage while little is live, so the heap may
// grow to about its goal, and goes back to the percentage it started with (never less)
// once more is live; under a low memory cap the goal shrinks to an eighth of the cap.
func TestGCTuner(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	runtime.GC()
	tu := newGCTuner(100, 1<<30)
	tu.tune()
	if tu.percent <= 100 || tu.percent > maxGCPercent {
		t.Fatalf("with a small live heap the percentage is %d, want more than 100", tu.percent)
	}
	if got := debug.SetGCPercent(tu.percent); got != tu.percent {
		t.Fatalf("the collector runs at %d%%, the tuner set %d%%", got, tu.percent)
	}
	keep := make([][]byte, 0, 64)
	for range 64 {
		keep = append(keep, make([]byte, 1<<20)) // 64 MB live, over the goal
	}
	runtime.GC()
	tu.tune()
	if tu.percent != 100 {
		t.Fatalf("with %d MB live the percentage is %d, want the starting 100", len(keep), tu.percent)
	}
	runtime.KeepAlive(keep)

	if low := newGCTuner(100, 112<<20); low.goal != 14<<20 {
		t.Fatalf("under a 112 MiB cap the goal is %d bytes, want an eighth of the cap", low.goal)
	}
	if none := newGCTuner(100, 0); none.goal != heapGoal {
		t.Fatalf("without a cap the goal is %d bytes, want %d", none.goal, heapGoal)
	}
}

// Started, the tuner retunes after every collection by itself: within one file, not
// only between files.
func TestGCTunerAfterEachCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tu := newGCTuner(100, 1<<30)
	tu.start()
	defer tu.stop()
	percent := func() int {
		tu.mu.Lock()
		defer tu.mu.Unlock()
		return tu.percent
	}
	waitFor := func(what string, ok func(int) bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			runtime.GC()
			if ok(percent()) {
				return
			}
		}
		t.Fatalf("after collections the percentage is %d: %s", percent(), what)
	}
	waitFor("want more than 100 with little live", func(p int) bool { return p > 100 })
	keep := make([][]byte, 0, 64)
	for range 64 {
		keep = append(keep, make([]byte, 1<<20))
	}
	waitFor("want 100 with 64 MB live", func(p int) bool { return p == 100 })
	runtime.KeepAlive(keep)
}
