//go:build linux && (amd64 || arm64)

package prefault

import (
	"bufio"
	"fmt"
	"os"
	"syscall"
	"testing"
	"unsafe"
)

// mappedEnd returns the end of the readable and writable mapping holding addr.
func mappedEnd(t *testing.T, addr uintptr) uintptr {
	t.Helper()
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var lo, hi uintptr
		var perms string
		if _, err := fmt.Sscanf(sc.Text(), "%x-%x %s", &lo, &hi, &perms); err != nil {
			continue
		}
		if lo <= addr && addr < hi {
			if perms[:2] != "rw" {
				t.Fatalf("the heap at %#x is mapped %s", addr, perms)
			}
			return hi
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return 0
}

// resident counts the pages of [start, start+n) that are backed by memory.
func resident(t *testing.T, start, n uintptr) int {
	t.Helper()
	vec := make([]byte, n/4096)
	if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, start, n, uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		t.Fatal("mincore:", e)
	}
	c := 0
	for _, v := range vec {
		c += int(v & 1)
	}
	return c
}

func TestHeapBacksMappedHeap(t *testing.T) {
	const n = 1 << 20
	if asked := Heap(n); asked == 0 {
		t.Skip("this kernel cannot populate")
	}
	own := (uintptr(unsafe.Pointer(sink)) + 4095) &^ 4095
	end := min(mappedEnd(t, own), own+n)
	if end <= own {
		t.Skip("the heap's mapping ends at Heap's probe")
	}
	if got, want := resident(t, own, end-own), int((end-own)/4096); got != want {
		t.Fatalf("after Heap, %d of the %d mapped pages after its probe are backed", got, want)
	}
	// A fresh probe sits on pages the first call already backed or after them; the
	// pages a second call asks for beyond the first's range must now be backed too.
	Heap(2 * n)
	own2 := (uintptr(unsafe.Pointer(sink)) + 4095) &^ 4095
	end2 := min(mappedEnd(t, own2), own2+2*n)
	if end2 > own2 {
		if got, want := resident(t, own2, end2-own2), int((end2-own2)/4096); got != want {
			t.Fatalf("after a second Heap, %d of the %d mapped pages after its probe are backed", got, want)
		}
	}
}

func TestHeapStopsAtArenaEnd(t *testing.T) {
	asked := Heap(1 << 40)
	own := (uintptr(unsafe.Pointer(sink)) + 4095) &^ 4095
	if own+asked > (own&^(arenaBytes-1))+arenaBytes {
		t.Fatalf("Heap asked for %d bytes from %#x, past the end of its arena", asked, own)
	}
	if asked == 0 {
		t.Skip("this kernel cannot populate")
	}
}
