//go:build linux

package early

import (
	"os"
	"syscall"
)

// supported: on Linux the worker can be started here with the same process attributes
// internal/worker gives its own.
const supported = true

// sysProcAttr puts the worker in its own process group (so a kill reaches what it
// started) and has the kernel kill it if the parent dies: as internal/worker does for
// the workers it starts.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// start launches the worker, or returns nil if anything fails (the pool then starts
// one the ordinary way and reports any error itself).
func start() *Worker {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	var files [6]*os.File // our end and the worker's of stdin, stdout, stderr
	closeAll := func() {
		for _, f := range files {
			if f != nil {
				f.Close()
			}
		}
	}
	for i := 0; i < 3; i++ {
		r, w, err := os.Pipe()
		if err != nil {
			closeAll()
			return nil
		}
		if i == 0 {
			files[0], files[1] = w, r
		} else {
			files[2*i], files[2*i+1] = r, w
		}
	}
	env, gc := Env()
	// Args[0] as this process got it: a test binary dispatches on it.
	args := []string{os.Args[0], Arg}
	pid, err := syscall.ForkExec(exe, args, &syscall.ProcAttr{
		Env:   env,
		Files: []uintptr{files[1].Fd(), files[3].Fd(), files[5].Fd()},
		Sys:   sysProcAttr(),
	})
	// syscall.ForkExec rather than os.StartProcess: the latter first probes the
	// kernel's pidfd support (see Take), here on the worker's critical path.
	// The worker has its ends now; ours stay.
	files[1].Close()
	files[3].Close()
	files[5].Close()
	if err != nil {
		files[0].Close()
		files[2].Close()
		files[4].Close()
		return nil
	}
	return &Worker{pid: pid, Path: exe, Args: args, Stdin: files[0], Stdout: files[2], Stderr: files[4], GCPercent: gc}
}
