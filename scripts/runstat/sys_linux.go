package main

import (
	"syscall"
)

// prSetChildSubreaper is PR_SET_CHILD_SUBREAPER.
const prSetChildSubreaper = 36

// subreaper has orphaned descendants handed to this process instead of init.
func subreaper() {
	_, _, _ = syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
}

// maxRSSKB: Linux reports the maximum resident set in KB.
func maxRSSKB(v int64) int64 { return v }
