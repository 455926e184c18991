// Package prefault grows, in one step at start, the goroutine stacks a process is
// about to deepen, instead of paying for each doubling as calls run out of room.
//
// It once also had the kernel back the first megabytes of heap in one
// madvise(MADV_POPULATE_WRITE) call. That paid on machines where a page fault cost
// about 12 µs; on the machines measured since (scripts/bench.sh, December 2026) the
// call cost more wall time than the faults it saved (tiny fixture 18.0 ms with it,
// 15.3 ms without), since it backed pages a five-line run never touched and held the
// thread that had to get on with the run, so it was taken out. What it does for the
// heap now is HugeHeap: a hint that the first heap chunk may be backed by huge pages,
// which costs nothing until a page is touched.
package prefault
