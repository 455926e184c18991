//go:build unix

// Command runstat runs a command once and prints, on one line, its wall time in
// milliseconds, the largest maximum resident set (KB) among the processes it waited
// for, and the CPU time (user plus system, milliseconds) of the command and of every
// process it started, for scripts/bench.sh:
//
//	runstat CMD [ARG...]    prints "wall_ms max_rss_kb cpu_ms"
//
// The wall time runs from just before the command starts to the moment it exits: what
// a person at a shell waits for. The CPU time also counts descendants that outlived
// it (a one-file run of resumecheck exits while its worker is still being torn down):
// runstat makes itself their subreaper (Linux), so that they are handed to it rather
// than to init, and waits for all of them before it reads its children's usage. The
// command's standard output and error go to /dev/null; its exit status is not
// runstat's concern.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: runstat CMD [ARG...]")
		os.Exit(2)
	}
	subreaper()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(2)
	}
	path, err := exec.LookPath(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(2)
	}
	start := time.Now()
	p, err := os.StartProcess(path, os.Args[1:], &os.ProcAttr{Files: []*os.File{os.Stdin, null, null}})
	if err != nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(2)
	}
	var ws syscall.WaitStatus
	for {
		_, err := syscall.Wait4(p.Pid, &ws, 0, nil)
		if err != syscall.EINTR {
			break
		}
	}
	wall := time.Since(start)
	// Descendants the command left behind, handed to this process when it exited.
	for {
		_, err := syscall.Wait4(-1, &ws, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			break // ECHILD: none left
		}
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err != nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(2)
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	fmt.Printf("%.1f %d %d\n", float64(wall.Microseconds())/1000, maxRSSKB(ru.Maxrss), cpu.Milliseconds())
}
