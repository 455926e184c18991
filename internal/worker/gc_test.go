package worker

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

var gcSink []byte

// collectLater keeps the collector off within the headroom, and past it collects and
// then restores the target and the cap's soft limit.
func TestCollectLater(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	runtime.GC()
	numGC := func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumGC
	}
	before := numGC()
	collectLater(77, 16<<20, 0)
	keep := make([][]byte, 0, 100)
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 10<<10))
	}
	if n := numGC(); n != before {
		t.Fatalf("%d collections within the headroom, want none", n-before)
	}
	if p := gcPercent(); p != -1 {
		t.Fatalf("collector target %d within the headroom, want off (-1)", p)
	}
	for i := 0; i < 64; i++ {
		gcSink = make([]byte, 1<<20)
	}
	deadline := time.Now().Add(5 * time.Second)
	for gcPercent() != 77 {
		if time.Now().After(deadline) {
			t.Fatalf("collector target %d after %d collections past the headroom, want 77", gcPercent(), numGC()-before)
		}
		gcSink = make([]byte, 1<<20)
		time.Sleep(time.Millisecond)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("memory limit %d after the first collection, want none (no cap)", l)
	}
	runtime.KeepAlive(keep)
}

func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}
