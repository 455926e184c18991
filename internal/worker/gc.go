package worker

import (
	"math"
	"runtime"
	"runtime/debug"
)

// oneFileGCHeadroom is how much memory the worker of a one-file run may take past its
// start-up before its first collection. A worker starts with the collector off (see
// early.Env); turned on at once to Go's default target, it collected once on a
// five-line résumé and 3-4 times on a one-page PDF (the heap is 6 MB after start-up,
// since the tagger table is mapped, not on the heap), 2-5 ms of CPU each, for a
// process about to end. With this headroom a small résumé is checked with no
// collection and a large one collects once past it, then as usual. Peak memory of
// the worker on the heaviest corpus PDF: 26 -> 35 MB. A batch's workers turn the
// collector on at once (a workers' sum of 75 -> 100 MB on the corpus with -j 2 and 32
// MB of headroom, for little: a page-heavy PDF pays in fresh pages what it saves in
// collections).
//
// It is counted from the worker's anonymous resident memory (anonResidentBytes), while
// the memory limit that triggers the collection counts all the memory the runtime has
// mapped, some of it not yet touched: 12-16 MB counted against 3.7-5.4 MB resident in
// a one-file worker at this point (tiny.md and two corpus PDFs). The 8 MB between them
// are added, so that the collection comes about where it came when the start was read
// from runtime/metrics (16 MB past what the limit counted).
const oneFileGCHeadroom = (16 + 8) << 20

// collectLater leaves the collector off until the worker's memory grows headroom past
// what it holds now, then sets the collector's target to percent and the soft memory
// limit back to the cap's (softLimit(maxMemory)).
//
// The memory limit is the trigger: with the collector off, Go collects only when the
// limit is reached. A finalizer on an object that nothing references runs after the
// first collection and restores the ordinary settings.
func collectLater(percent int, headroom, maxMemory int64) {
	limit := softLimit(maxMemory)
	if headroom <= 0 {
		debug.SetGCPercent(percent)
		return
	}
	// What the worker holds now: its anonymous resident memory, read from /proc. Not
	// runtime.ReadMemStats: it stops the world and flushes every P's span cache, 2.2
	// ms of CPU per worker in a merged profile of 100 tiny.md runs (with the collector
	// off the caches are full). Not runtime/metrics either: its package init and first
	// Read, in every process (the parent's before it starts its worker), cost a
	// tiny.md run 0.19-0.44 ms of wall time and 0.15-0.46 ms of CPU (paired, N=3000,
	// two sittings).
	now, ok := anonResidentBytes()
	if !ok {
		debug.SetGCPercent(percent)
		return
	}
	now = min(now, math.MaxInt64-headroom)
	if now+headroom >= limit {
		debug.SetGCPercent(percent)
		return
	}
	sentinel := new(gcSentinel)
	runtime.SetFinalizer(sentinel, func(*gcSentinel) {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
	debug.SetMemoryLimit(now + headroom)
}

// gcSentinel is large enough not to share a block with other small objects (the
// runtime may never finalize an object allocated in a combined tiny block).
type gcSentinel struct{ _ [32]byte }

// softLimit is the soft memory limit that goes with a memory cap (capMemory): 7/8 of
// it, or none for no cap.
func softLimit(maxMemory int64) int64 {
	if maxMemory <= 0 {
		return math.MaxInt64
	}
	return maxMemory / 8 * 7
}
