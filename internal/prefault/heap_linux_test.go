//go:build linux

package prefault

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestHugeHeapAdvises: after HugeHeap, the mapping that holds the heap chunk it found
// carries the huge-page advice ("hg" in /proc/self/smaps); a fresh mapping of the
// test's own, never advised, shows that the flag is read right.
func TestHugeHeapAdvises(t *testing.T) {
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(b), "[never]") {
		t.Skip("transparent huge pages are off here")
	}
	HugeHeap()
	if !flagAt(t, uintptr(unsafe.Pointer(firstChunk)), "hg") {
		t.Error("the heap chunk holding the first allocation is not advised for huge pages")
	}
	m, err := syscall.Mmap(-1, 0, 1<<16, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	m[0] = 1
	if flagAt(t, uintptr(unsafe.Pointer(&m[0])), "hg") {
		t.Error("a mapping nobody advised has the huge-page flag: the test reads the flags wrong")
	}
}

// flagAt reports whether the mapping holding addr has the VmFlags flag.
func flagAt(t *testing.T, addr uintptr, flag string) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && uint64(addr) >= a && uint64(addr) < b
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.Contains(" "+strings.TrimPrefix(line, "VmFlags:")+" ", " "+flag+" ")
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return false
}
