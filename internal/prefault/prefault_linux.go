//go:build linux && (amd64 || arm64)

package prefault

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE, the same number on every Linux
// architecture (since Linux 5.14). Spelt here rather than taken from x/sys/unix so
// that the package imports only syscall and unsafe: package early, which runs first
// in a process, imports it.
const madvPopulateWrite = 23

func populate(p *[16]byte, n uintptr) uintptr {
	const page = 4096
	start := (uintptr(unsafe.Pointer(p)) + page - 1) &^ (page - 1)
	end := (start &^ (arenaBytes - 1)) + arenaBytes
	if n > end-start {
		n = end - start
	}
	if n == 0 {
		return 0
	}
	// The call fails (EINVAL, or EFAULT) once it reaches memory the runtime has
	// reserved but not yet mapped for use, after backing what comes before: that
	// error is expected and says nothing. Kernels before 5.14 do not know the advice
	// and back nothing.
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, start, n, madvPopulateWrite)
	return n
}
