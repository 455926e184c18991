package worker

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// The tuner raises the collector's percentage while little is live, so the heap may
// grow to about heapGoal, and never sets it below Go's default.
func TestGCTuner(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	runtime.GC()
	tu := newGCTuner()
	tu.tune()
	if tu.percent <= minGCPercent || tu.percent > maxGCPercent {
		t.Fatalf("with a small live heap the percentage is %d, want more than %d", tu.percent, minGCPercent)
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
	if tu.percent != minGCPercent {
		t.Fatalf("with %d MB live the percentage is %d, want the default %d", len(keep), tu.percent, minGCPercent)
	}
	runtime.KeepAlive(keep)
}
