package prefault

import (
	"testing"
	"unsafe"
)

// TestStackGrowsOnce checks that after Stack a goroutine runs a call chain of half of
// StackBytes without its stack being copied (a copy moves its locals), and that the
// same chain does move a fresh goroutine's stack (so the test can fail).
func TestStackGrowsOnce(t *testing.T) {
	moved := func(grow bool) bool {
		ch := make(chan bool)
		go func() {
			if grow {
				Stack()
			}
			var x byte
			before := uintptr(unsafe.Pointer(&x))
			deep(StackBytes / 2 / 256)
			ch <- uintptr(unsafe.Pointer(&x)) != before
		}()
		return <-ch
	}
	if !moved(false) {
		t.Fatal("a fresh goroutine's stack was not copied by the deep call chain: the test measures nothing")
	}
	if moved(true) {
		t.Error("the stack was copied after Stack")
	}
}

// deep calls itself n times, with a 256-byte frame each.
//
//go:noinline
func deep(n int) byte {
	var b [256]byte
	b[n%256] = byte(n)
	if n == 0 {
		return b[0]
	}
	return deep(n-1) + b[(n*7)%256]
}
