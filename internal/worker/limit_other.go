//go:build !linux

package worker

import (
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
)

// Outside Linux a worker cannot cap the memory it maps in a way the Go runtime
// tolerates, so it sets a soft limit (debug.SetMemoryLimit, which makes the collector
// work harder near it) and the parent watches its resident memory with ps(1) every
// 100 ms and kills it past the cap.
const selfCapped = false

func capMemory(max int64) {
	if max > 0 {
		debug.SetMemoryLimit(softLimit(max))
	}
}

func residentKB(pid int) (int64, bool) {
	out, err := exec.Command("ps", "-o", "rss=", "-p", strconv.Itoa(pid)).Output()
	if err != nil {
		return 0, false
	}
	kb, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	return kb, err == nil
}
