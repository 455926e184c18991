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
