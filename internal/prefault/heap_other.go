//go:build !linux

package prefault

// HugeHeap does nothing here (see heap_linux.go).
func HugeHeap() {}
