//go:build linux

package prefault

import (
	"syscall"
	"unsafe"
)

// firstChunk is a heap object allocated at the first HugeHeap: its address tells
// where the runtime is placing the heap.
var firstChunk *[64]byte

// HugeHeap asks the kernel to back the heap chunk the runtime is allocating from
// (the 4 MB-aligned 4 MB around a fresh heap object) with transparent huge pages
// where it can (madvise MADV_HUGEPAGE; the system's setting is usually "madvise").
// Called at package init, before the packages that compile their regular expressions
// there: the two processes of a one-file check then take about 390 fewer page faults
// (2,473 to 2,080 per run, perf stat), most of them under package init. The Go
// runtime maps its heap in 4 MB chunks, each mapping its own (a chunk mapped later is
// not advised), so only this chunk is: at most 2 MB more of resident memory per
// process. It is a hint: an error (no such range, huge pages off) changes nothing.
func HugeHeap() {
	if firstChunk != nil {
		return
	}
	firstChunk = new([64]byte)
	const chunk = 4 << 20
	lo := uintptr(unsafe.Pointer(firstChunk)) &^ (chunk - 1)
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, lo, chunk, madvHugepage)
}

const madvHugepage = 14 // MADV_HUGEPAGE
