package worker

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// A worker lives for a whole batch and keeps about 10 MB from one file to the next
// (rule packs, lexicons, the tagger's caches), while checking one file allocates a few
// MB that die with it. At Go's default percentage (collect when the heap has doubled
// since the last collection) it collects after every file or two, and each collection
// marks all it keeps. After every collection the worker sets the percentage so that
// the next heap goal is about heapGoal: fewer collections while little is live, and
// the percentage it was started with (never less) as soon as a file keeps more, so a
// large file's heap grows as it did without the tuner. (Set once per file instead, a
// high percentage chosen while little was live let a large file's heap grow to several
// times its live size: a worker under a 112 MiB cap then died of something other than
// a reported allocation failure.)
//
// Under a memory cap (--max-memory) the goal is at most an eighth of the cap; the
// default cap (1 GiB) leaves heapGoal whole. Batches only: a one-file run's worker
// keeps the collector off for a while instead (collectLater).
//
// 24 MiB rather than 32: a batch of the corpus x4 with -j 2 peaked at 102 MB over its
// two workers instead of 115 (the parent's 31 MB beside them), in the same time within
// the noise (paired, alternating: +20 ms wall, quartiles -47 and +108, and +38 ms CPU, on 1170 ms).
const heapGoal = 24 << 20

// maxGCPercent bounds the percentage when almost nothing is live.
const maxGCPercent = 800

// gcTuner sets the collector's percentage from the live heap each collection leaves.
type gcTuner struct {
	mu      sync.Mutex
	goal    int64
	base    int // the percentage the worker was started with: never less
	percent int
	stopped bool
}

func newGCTuner(base int, maxMemory int64) *gcTuner {
	goal := int64(heapGoal)
	if maxMemory > 0 && maxMemory/8 < goal {
		goal = maxMemory / 8
	}
	return &gcTuner{goal: goal, base: base, percent: base}
}

// start tunes after every collection from now on, until stop.
func (t *gcTuner) start() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		t.tune()
		t.mu.Lock()
		stopped := t.stopped
		t.mu.Unlock()
		if !stopped {
			t.start()
		}
	})
}

// stop ends the tuning (a test's; a worker tunes until it exits).
func (t *gcTuner) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
}

// tune sets the percentage from the live heap the last collection left. The heap goal
// that collection set (MemStats.NextGC) is live x (1 + percent/100), plus the stacks
// and globals at that percentage, so live is taken as the goal / (1 + percent/100):
// stacks and globals counted as heap, a little high. (Not the heap in use as this
// finalizer runs: by then the next file's allocations are in it, and the corpus x4
// batch collected 31-40 times per worker instead of 14-16; with the goal, 16-18. Not
// runtime/metrics, which reads the live heap exactly: it is not linked, see
// collectLater. ReadMemStats stops the world, once per collection here.)
func (t *gcTuner) tune() {
	t.mu.Lock()
	defer t.mu.Unlock()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	live := int64(ms.NextGC) * 100 / int64(100+t.percent)
	if live <= 0 || t.stopped {
		return // no collection yet, or stopped
	}
	p := min(max(int((t.goal-live)*100/live), t.base), maxGCPercent)
	if p != t.percent {
		debug.SetGCPercent(p)
		t.percent = p
	}
}
