//go:build unix && !linux

package worker

import (
	"os/exec"
	"runtime"
	"syscall"
)

func setProcAttr(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} }

func maxRSSKB(v int64) int64 {
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return v >> 10 // bytes there
	}
	return v
}
