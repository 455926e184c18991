//go:build unix

package worker

import (
	"os"
	"os/exec"
	"syscall"
)

// killGroup kills a worker's process group: the worker and any pdftotext it started.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil {
		_ = cmd.Process.Kill()
	}
}

// maxRSS is the maximum resident set size of an ended process, in KB.
func maxRSS(ps *os.ProcessState) int64 {
	if ps == nil {
		return 0
	}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return maxRSSKB(ru.Maxrss)
	}
	return 0
}

// SelfMaxRSS is this process's maximum resident set size, in KB.
func SelfMaxRSS() int64 {
	if kb, ok := hwmKB("self"); ok {
		return kb
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return maxRSSKB(ru.Maxrss)
}
