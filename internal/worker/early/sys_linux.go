//go:build linux

package early

import "syscall"

// supported: on Linux the worker can be started here with the same process attributes
// internal/worker gives its own.
const supported = true

// sysProcAttr puts the worker in its own process group (so a kill reaches what it
// started) and has the kernel kill it if the parent dies: as internal/worker does for
// the workers it starts.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
