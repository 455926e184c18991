//go:build unix && !linux

package main

import (
	"runtime"
)

// subreaper is a no-op outside Linux: descendants that outlive the command are not
// waited for, and their CPU time is not counted.
func subreaper() {}

func maxRSSKB(v int64) int64 {
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return v >> 10 // bytes there
	}
	return v
}
