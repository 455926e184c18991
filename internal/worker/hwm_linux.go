//go:build linux

package worker

import (
	"bytes"
	"os"
	"strconv"
)

// hwmKB reads a process's peak resident set (VmHWM) from /proc. Unlike the maximum
// resident set that getrusage and wait4 report, it starts afresh at exec: the kernel
// folds the peak of the process that called exec (here the parent, or a test that
// started the command) into the latter.
func hwmKB(pid string) (int64, bool) {
	data, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, false
	}
	for _, line := range bytes.Split(data, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			f := bytes.Fields(rest)
			if len(f) >= 1 {
				kb, err := strconv.ParseInt(string(f[0]), 10, 64)
				return kb, err == nil
			}
		}
	}
	return 0, false
}

// anonResidentBytes is the process's anonymous resident memory (resident less
// file-backed pages, from /proc/self/statm): in a worker, the Go heap, stacks and
// runtime structures it has touched.
func anonResidentBytes() (int64, bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := bytes.Fields(data)
	if len(f) < 3 {
		return 0, false
	}
	resident, err1 := strconv.ParseInt(string(f[1]), 10, 64)
	shared, err2 := strconv.ParseInt(string(f[2]), 10, 64)
	if err1 != nil || err2 != nil || shared > resident {
		return 0, false
	}
	return (resident - shared) * int64(os.Getpagesize()), true
}
