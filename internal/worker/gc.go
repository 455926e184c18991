package worker

import (
	"runtime/debug"
	"runtime/metrics"
)

// A worker lives for a whole batch and keeps little from one file to the next (rule
// packs, lexicons, the tagger's table and caches: 10-20 MB live), while checking one
// file allocates a few MB that die with it. With Go's default (GOGC=100: collect when
// the heap has doubled since the last collection) it collects every file or two, and
// every collection marks all it keeps. Before each file a worker sets the collector's
// percentage so that the next goal is heapGoal bytes of heap: fewer collections while
// little is live, and the default (never less) when a large file keeps more, so the
// memory a worker takes grows only to about heapGoal. The cap of --max-memory is a
// separate limit (capMemory) and still wins.
//
// Measured on the corpus x4 with -j 2 (scripts/bench.sh's batch, CPU of parent and
// workers per file, medians of 3 alternating runs; peak resident memory of the two
// workers): the default 29.9 ms, 102 MB; a 32 MB goal 27.9 ms, 110 MB; 40 MB 26.6 ms,
// 124 MB, which with the parent's 29 MB passes the 150 MB budget of issue 15.
const heapGoal = 32 << 20

const (
	minGCPercent = 100 // Go's default
	maxGCPercent = 800
)

// gcTuner sets the collector's percentage from the live heap the last collection left.
type gcTuner struct {
	sample  []metrics.Sample
	percent int
}

func newGCTuner() *gcTuner {
	return &gcTuner{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, percent: minGCPercent}
}

func (t *gcTuner) tune() {
	metrics.Read(t.sample)
	if t.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(t.sample[0].Value.Uint64())
	if live <= 0 {
		return // no collection yet
	}
	p := min(max(int((heapGoal-live)*100/live), minGCPercent), maxGCPercent)
	if p != t.percent {
		debug.SetGCPercent(p)
		t.percent = p
	}
}
