// Package early starts the CLI's first worker process while the parent is still
// initialising its packages, so that the two start-ups overlap.
//
// A one-file run pays two whole process start-ups: the parent's (runtime and package
// init, then flags) and its worker's (the same init, then the built-in data). Started
// from main, the worker would begin only when the parent's init is over; started here,
// in the init of a package that needs nothing but os and syscall (Go initialises the
// first package in import-path order whose imports are ready, so this one, which
// imports only os, runtime, sync, syscall and internal/prefault (itself syscall and
// unsafe), runs right after os: it must stay so, which is why it does without strings
// and strconv), it begins a few milliseconds into the parent's life. internal/worker's
// pool adopts it as its first worker (Take) and sends it its Setup as usual.
//
// Only a command that will check files starts one (Wanted): a subcommand, --help or
// --version does not. A worker nobody adopts reads end of input when the parent exits
// and ends quietly (the kernel also kills it with its parent).
package early

import (
	"os"
	"runtime"
	"sync"

	"github.com/resumecheck/resumecheck/internal/prefault"
)

// Arg is the hidden first argument that starts a process in worker mode.
const Arg = "__resumecheck_worker__"

// SteadyGCPercent is the collector's target of a worker once it has started: the
// default. A higher one (200) saved collections but not time here, since a heap that
// grows further costs page faults instead (a hostile 20 MB JSON string ran slower).
const SteadyGCPercent = 100

// NotChecks are the CLI's subcommands other than check, and the flags that print and
// leave: a command line that names one starts no early worker. cmd/resumecheck's
// tests keep this list in step with its commands.
var NotChecks = []string{"extract", "rules", "config", "init", "diff", "help", "h", "completion",
	"--help", "-h", "-help", "--version", "-version", "--generate-shell-completion"}

// Wanted tells whether a command line (os.Args) checks files, so that an early worker
// will be used: some argument after the program name, no subcommand other than check
// as the first word that is not a flag, no --help or --version, and not a test binary
// (go test's binaries end in .test) or a worker itself.
func Wanted(args []string) bool {
	if len(args) < 2 || args[1] == Arg {
		return false
	}
	name := args[0]
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' || name[i] == '\\' {
			name = name[i+1:]
			break
		}
	}
	if hasSuffix(name, ".test") || hasSuffix(name, ".test.exe") {
		return false
	}
	word := false
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		flag := len(a) > 0 && a[0] == '-'
		first := !word && !flag
		if first {
			word = true
		}
		if (first || flag) && notCheck(a) {
			return false
		}
	}
	return true
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func notCheck(a string) bool {
	for _, n := range NotChecks {
		if a == n {
			return true
		}
	}
	return false
}

// Env is the environment a worker starts with: this process's, with Vars added.
func Env() (env []string, gcPercent int) {
	vars, gcPercent := Vars()
	return append(os.Environ(), vars...), gcPercent
}

// Vars are the variables a worker's environment gets on top of this process's, and
// the collector's target (as GOGC) the worker should set once its checker is built.
//
// GOGC=off, unless the user set GOGC (the target is then 0: leave it): a worker's
// start-up (package init, the rule pack, lexicons and model) builds only what it
// keeps, so the 5-8 collections it ran there were wasted work. The worker's soft
// memory limit still bounds it.
//
// GOMAXPROCS as this process has it, unless the user set it: a Go program started
// without it reads its cgroup's CPU limit from /proc before it runs any code (0.1-0.2
// ms), which this process has just done for the same cgroup and CPUs.
func Vars() (vars []string, gcPercent int) {
	if _, set := os.LookupEnv("GOMAXPROCS"); !set {
		vars = append(vars, "GOMAXPROCS="+decimal(runtime.GOMAXPROCS(0)))
	}
	if _, set := os.LookupEnv("GOGC"); set {
		return vars, 0
	}
	return append(vars, "GOGC=off"), SteadyGCPercent
}

// decimal is strconv.Itoa for a number that is not negative (this package does
// without strconv: see the package comment).
func decimal(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// Worker is a worker process started at init: its pipes and the GC target it was
// started for (see Env).
type Worker struct {
	// Process is set by Take.
	Process *os.Process
	pid     int
	// Path and Args are what it was started with.
	Path string
	Args []string
	// Stdin is the write end of its standard input, Stdout and Stderr the read ends
	// of its outputs.
	Stdin, Stdout, Stderr *os.File
	GCPercent             int
}

var (
	mu sync.Mutex
	// started is the worker started at init, or nil when none was started, it
	// could not start, or it was taken.
	started *Worker
)

func init() {
	worker := len(os.Args) > 1 && os.Args[1] == Arg
	if worker || Wanted(os.Args) {
		// Before the packages initialised after this one allocate (their tables and
		// regular expressions fill about half a megabyte of heap in each process).
		prefault.HugeHeap()
	}
	if supported && Wanted(os.Args) {
		// Here rather than in a goroutine: the goroutine began some 3-4 ms later, on
		// a thread the runtime had yet to start, while starting the process from
		// init blocks this thread only until the child has exec'd (about a
		// millisecond).
		started = start()
	}
	if worker || started != nil {
		// The packages initialised after this one (regular expressions compiled at
		// init among them) run on this goroutine, deep calls included.
		prefault.Stack()
	}
}

// Take returns the worker started at init and forgets it, or nil when none was
// started (or it was taken already).
func Take() *Worker {
	mu.Lock()
	defer mu.Unlock()
	w := started
	started = nil
	if w == nil {
		return nil
	}
	// Found here rather than at start: on Linux the first lookup of a process probes
	// the kernel's pidfd support by starting and waiting for a child of its own,
	// which init need not wait for.
	p, err := os.FindProcess(w.pid)
	if err != nil {
		return nil
	}
	w.Process = p
	return w
}
