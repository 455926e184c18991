//go:build linux

package worker

import (
	"os/exec"
	"runtime/debug"
	"syscall"
)

// On Linux a worker caps itself: RLIMIT_DATA bounds the memory it can map (heap,
// goroutine stacks, and the same for pdftotext, which inherits it), so an allocation
// past the cap fails and the Go runtime ends the worker with "out of memory". RLIMIT_AS
// cannot be used: the Go runtime reserves far more address space than it uses (a
// program that allocates 10 MB already fails under a 1 GiB RLIMIT_AS). A soft limit
// (debug.SetMemoryLimit) at 7/8 of the cap makes the collector work harder before that.
const selfCapped = true

func capMemory(max int64) {
	if max <= 0 {
		return
	}
	debug.SetMemoryLimit(softLimit(max))
	_ = syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: uint64(max), Max: uint64(max)})
}

// setProcAttr puts a worker in its own process group (so a kill reaches what it
// started) and has the kernel kill it if the parent dies.
func setProcAttr(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func residentKB(pid int) (int64, bool) { return 0, false }
