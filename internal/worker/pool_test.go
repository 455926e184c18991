package worker

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/worker/early"
)

func TestMain(m *testing.M) {
	switch {
	case len(os.Args) > 1 && os.Args[1] == Arg:
		os.Exit(Main())
	case os.Getenv("RESUMECHECK_FAKE_WORKER") != "":
		os.Exit(fakeWorker())
	}
	os.Exit(m.Run())
}

// fakeWorker speaks the worker protocol and misbehaves on request: the file "oom"
// allocates until the memory cap ends it, "hang" never answers, "crash" panics outside
// any recover, "stopped" answers as a file that hit the time limit; any other file gets
// an empty report naming it.
func fakeWorker() int {
	dec := json.NewDecoder(bufio.NewReader(os.Stdin))
	enc := json.NewEncoder(os.Stdout)
	var setup Setup
	if err := dec.Decode(&setup); err != nil {
		return 2
	}
	capMemory(setup.MaxMemory)
	if os.Getenv("RESUMECHECK_FAKE_WORKER") == "dies-first" {
		// The first file, sent behind the Setup, ends the worker before the parent
		// has read its Hello: the reason is on standard error by then.
		var req Request
		if err := dec.Decode(&req); err != nil {
			return 2
		}
		fmt.Fprintln(os.Stderr, "fatal error: out of memory")
		time.Sleep(300 * time.Millisecond)
		_ = enc.Encode(Hello{})
		return 2
	}
	if os.Getenv("RESUMECHECK_FAKE_WORKER") == "dies-ahead" && setup.Ahead {
		// The file sent behind the Setup, read while the worker starts, ends it
		// before its Hello, as a PDF that needs more memory than the cap would.
		var req Request
		if err := dec.Decode(&req); err != nil {
			return 2
		}
		fmt.Fprintln(os.Stderr, "fatal error: out of memory")
		return 2
	}
	if err := enc.Encode(Hello{Rules: []report.RuleInfo{{ID: "fake-rule"}}}); err != nil {
		return 2
	}
	if os.Getenv("RESUMECHECK_FAKE_WORKER") == "queue" {
		return queueWorker(dec, enc)
	}
	if os.Getenv("RESUMECHECK_FAKE_WORKER") == "only-slow-exit" {
		// A one-file run's worker: it answers with its peak memory, then takes its
		// time to end, as the kernel's teardown of a large worker does.
		var req Request
		if err := dec.Decode(&req); err != nil {
			return 2
		}
		_ = enc.Encode(Response{Report: &report.Report{File: req.Path}, PeakKB: 1234})
		time.Sleep(300 * time.Millisecond)
		return 0
	}
	var keep [][]byte
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			if os.Getenv("RESUMECHECK_FAKE_WORKER") == "slow-exit" {
				// Winding down after its input ends, as a real worker with a large
				// heap does, only slower.
				time.Sleep(300 * time.Millisecond)
			}
			return 0
		}
		switch req.Path {
		case "oom":
			for {
				b := make([]byte, 1<<20)
				for i := range b {
					b[i] = 1
				}
				keep = append(keep, b)
			}
		case "fault":
			// The runtime faulting in its own bookkeeping, as it can when a mapping
			// fails under the cap: its raw crash report, with no "fatal error" line.
			fmt.Fprintln(os.Stderr, "SIGSEGV: segmentation violation")
			fmt.Fprintln(os.Stderr, "PC=0x4378bd m=5 sigcode=1 addr=0x0")
			os.Exit(2)
		case "hang":
			time.Sleep(time.Hour)
		case "crash":
			go func() { panic("boom") }()
			time.Sleep(time.Minute)
		case "stopped":
			_ = enc.Encode(Response{Error: "stopped: took longer than 1s", Stopped: true})
		default:
			_ = enc.Encode(Response{Report: &report.Report{File: req.Path}})
		}
	}
}

// queueWorker answers each file after a pause, with a report whose File names the
// file and says whether the next request was already waiting by then ("a+next").
func queueWorker(dec *json.Decoder, enc *json.Encoder) int {
	reqs := make(chan Request, 8)
	go func() {
		defer close(reqs)
		for {
			var req Request
			if dec.Decode(&req) != nil {
				return
			}
			reqs <- req
		}
	}()
	for req := range reqs {
		time.Sleep(100 * time.Millisecond)
		name := req.Path
		if len(reqs) > 0 {
			name += "+next"
		}
		_ = enc.Encode(Response{Report: &report.Report{File: name}})
	}
	return 0
}

// fakeCommand starts this test binary as a fake worker of the given mode (fakeWorker).
func fakeCommand(mode string) func() *exec.Cmd {
	return func() *exec.Cmd {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "RESUMECHECK_FAKE_WORKER="+mode)
		return cmd
	}
}

func fakePool(t *testing.T, maxMemory int64, jobs int, timeout time.Duration) *Pool {
	t.Helper()
	p := &Pool{
		Options:   check.Options{Jobs: jobs, Timeout: timeout},
		MaxMemory: maxMemory,
		Command:   fakeCommand("1"),
	}
	t.Cleanup(p.Close)
	return p
}

// A worker that dies or hangs costs only its own file: every other file of the batch is
// reported, each bad one with its one-line reason, and the dead workers are replaced.
func TestPoolSurvivesBadFiles(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the memory cap that ends a worker by itself is Linux's RLIMIT_DATA")
	}
	// The time limit is far above what filling 256 MiB takes on a loaded machine: this
	// test is about which message each file gets, not about time.
	p := fakePool(t, 256<<20, 2, time.Minute)
	paths := []string{"a", "oom", "b", "c", "crash", "d", "stopped", "e"}
	results, err := p.Files(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"oom":     "oom: used more than 256 MiB of memory; split the file or raise --max-memory",
		"crash":   "crash: internal error while checking (panic: boom",
		"stopped": "stopped: took longer than 1s",
	}
	for i, r := range results {
		if r.File != paths[i] {
			t.Errorf("result %d is for %q, want %q", i, r.File, paths[i])
		}
		if msg, bad := want[r.File]; bad {
			if r.Err == nil || !strings.HasPrefix(r.Err.Error(), msg) {
				t.Errorf("%s: error %v, want it to start with %q", r.File, r.Err, msg)
			} else if strings.Contains(r.Err.Error(), "\n") {
				t.Errorf("%s: error spans lines: %q", r.File, r.Err)
			}
			continue
		}
		if r.Err != nil || r.Report == nil || r.Report.File != r.File {
			t.Errorf("%s: got %+v, want its report", r.File, r)
		}
	}
	if rules := p.Rules(); len(rules) != 1 || rules[0].ID != "fake-rule" {
		t.Errorf("rules = %+v, want the worker's", rules)
	}
	// Two workers to begin with, and a replacement for each of the three that ended
	// unless it was the last file its goroutine took.
	p.Close()
	if _, n := p.WorkersMaxRSS(); n < 3 {
		t.Errorf("%d workers ran, want at least 3", n)
	}
}

// Files returns once every file has its answer, without waiting for its idle workers
// to exit (a one-file run writes its report meanwhile); Close waits for them, so that
// the memory figures count every worker.
func TestPoolReleasesIdleWorkers(t *testing.T) {
	p := fakePool(t, 0, 2, time.Minute)
	p.Command = fakeCommand("slow-exit")
	results, err := p.Files(context.Background(), []string{"a", "b", "c"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Err != nil || r.Report == nil {
			t.Fatalf("%s: got %+v, want its report", r.File, r)
		}
	}
	// Each worker lingers 300 ms after its input is closed: had Files waited for
	// them, both would be counted by now.
	if _, n := p.WorkersMaxRSS(); n != 0 {
		t.Errorf("after Files, %d workers have ended, want 0 (Files waited for them)", n)
	}
	p.Close()
	if _, n := p.WorkersMaxRSS(); n != 2 {
		t.Errorf("after Close, %d workers have ended, want 2", n)
	}
}

// The worker of a one-file run sends its peak memory with its answer and exits: Close
// does not wait for it to end, its memory is counted once, from the answer, and it is
// not counted again when it has ended.
func TestPoolOneFileDoesNotWaitForWorker(t *testing.T) {
	p := fakePool(t, 0, 1, time.Minute)
	p.Command = fakeCommand("only-slow-exit")
	results, err := p.Files(context.Background(), []string{"a"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := results[0]; r.Err != nil || r.Report == nil {
		t.Fatalf("got %+v, want the file's report", r)
	}
	start := time.Now()
	p.Close()
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("Close waited %v for a worker whose peak came with its answer", d)
	}
	if kb, n := p.WorkersMaxRSS(); kb != 1234 || n != 1 {
		t.Errorf("after Close: %d KB over %d workers, want 1234 KB over 1", kb, n)
	}
	time.Sleep(600 * time.Millisecond) // the worker has ended and been reaped by now
	if kb, n := p.WorkersMaxRSS(); kb != 1234 || n != 1 {
		t.Errorf("once the worker ended: %d KB over %d workers, want 1234 KB over 1 (counted twice?)", kb, n)
	}
}

// A worker whose runtime faults under a memory cap was ended by the cap (a failed
// mapping can surface as a fault in the collector); without a cap the same fault is an
// internal error.
func TestPoolRuntimeFaultUnderCap(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("a worker caps itself only on Linux")
	}
	for _, tc := range []struct {
		cap  int64
		want string
	}{
		{256 << 20, "fault: used more than 256 MiB of memory; split the file or raise --max-memory"},
		{0, "fault: internal error while checking (SIGSEGV: segmentation violation)"},
	} {
		p := fakePool(t, tc.cap, 1, time.Minute)
		results, err := p.Files(context.Background(), []string{"fault", "a"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if results[0].Err == nil || !strings.HasPrefix(results[0].Err.Error(), tc.want) {
			t.Errorf("cap %d: fault: %v, want it to start with %q", tc.cap, results[0].Err, tc.want)
		}
		if results[1].Err != nil {
			t.Errorf("cap %d: a: %v, want its report", tc.cap, results[1].Err)
		}
	}
}

// A worker is sent its next file before it answers the one it is checking, so that it
// does not idle while the parent reads the answer.
func TestPoolQueuesNextFile(t *testing.T) {
	p := fakePool(t, 0, 1, time.Minute)
	p.Command = fakeCommand("queue")
	results, err := p.Files(context.Background(), []string{"a", "b", "c"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"a+next", "b+next", "c"} {
		if r := results[i]; r.Err != nil || r.Report == nil || r.Report.File != want {
			t.Errorf("result %d: %+v, want a report from a worker that says %q", i, r, want)
		}
	}
}

// A file queued behind one that ends its worker is checked by the replacement: one
// worker, so every bad file has a file queued behind it.
func TestPoolResendsQueuedFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the memory cap that ends a worker by itself is Linux's RLIMIT_DATA")
	}
	p := fakePool(t, 256<<20, 1, time.Minute)
	paths := []string{"a", "crash", "b", "stopped", "c", "oom", "d"}
	results, err := p.Files(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"crash":   "crash: internal error while checking (panic: boom",
		"stopped": "stopped: took longer than 1s",
		"oom":     "oom: used more than 256 MiB of memory",
	}
	for i, r := range results {
		if msg, bad := want[paths[i]]; bad {
			if r.Err == nil || !strings.HasPrefix(r.Err.Error(), msg) {
				t.Errorf("%s: error %v, want it to start with %q", paths[i], r.Err, msg)
			}
		} else if r.Err != nil || r.Report == nil || r.Report.File != paths[i] {
			t.Errorf("%s: got %+v, err %v; want its report", paths[i], r.Report, r.Err)
		}
	}
	p.Close()
	if _, n := p.WorkersMaxRSS(); n != 4 {
		t.Errorf("%d workers ran, want 4 (the first and one after each bad file)", n)
	}
}

// A worker that ends on the file sent with its Setup, before the parent has taken its
// Hello, is reported by what it wrote then: its standard error is not cleared when
// the parent comes to wait for that file's answer.
func TestPoolKeepsFirstWorkersLastWords(t *testing.T) {
	p := fakePool(t, 0, 1, time.Minute)
	p.Command = fakeCommand("dies-first")
	p.MaxMemory = 96 << 20
	results, err := p.Files(context.Background(), []string{"dense"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "dense: used more than 96 MiB of memory; split the file or raise --max-memory"; results[0].Err == nil || results[0].Err.Error() != want {
		t.Errorf("dense: %v, want %q", results[0].Err, want)
	}
}

// A worker that dies before its Hello while reading the file sent ahead of it is
// replaced by one started without it: the file, sent again, gets the error (here: over
// the memory cap) instead of the whole run being told that a worker cannot start, and
// the files after it are checked.
func TestPoolRetriesFileSentAhead(t *testing.T) {
	p := fakePool(t, 0, 1, time.Minute)
	p.Command = fakeCommand("dies-ahead")
	p.MaxMemory = 96 << 20
	results, err := p.Files(context.Background(), []string{"oom", "a"}, nil)
	if err != nil {
		t.Fatalf("Files: %v, want the file to carry the error", err)
	}
	if want := "oom: used more than 96 MiB of memory; split the file or raise --max-memory"; results[0].Err == nil || results[0].Err.Error() != want {
		t.Errorf("oom: %v, want %q", results[0].Err, want)
	}
	if results[1].Err != nil || results[1].Report == nil {
		t.Errorf("a: %+v, want its report", results[1])
	}
}

// A worker that never answers is killed shortly after the time limit, and the files
// after it are checked by its replacement.
func TestPoolKillsHungWorker(t *testing.T) {
	p := fakePool(t, 0, 1, time.Second)
	results, err := p.Files(context.Background(), []string{"hang", "a"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "hang: took longer than 1s; split the file or raise --timeout"; results[0].Err == nil || results[0].Err.Error() != want {
		t.Errorf("hang: %v, want %q", results[0].Err, want)
	}
	if results[1].Err != nil || results[1].Report == nil {
		t.Errorf("a: %+v, want its report", results[1])
	}
}

// With no file at all, one worker still starts: it checks the config and lists the
// rules.
func TestPoolNoFiles(t *testing.T) {
	p := fakePool(t, 0, 0, time.Minute)
	results, err := p.Files(context.Background(), nil, nil)
	if err != nil || len(results) != 0 {
		t.Fatalf("got %v, %v", results, err)
	}
	if len(p.Rules()) != 1 {
		t.Errorf("rules = %+v, want the worker's", p.Rules())
	}
}

func TestSize(t *testing.T) {
	for b, want := range map[int64]string{1 << 30: "1 GiB", 3 << 30: "3 GiB", 512 << 20: "512 MiB", 1536 << 20: "1536 MiB"} {
		if got := Size(b); got != want {
			t.Errorf("Size(%d) = %q, want %q", b, got, want)
		}
	}
}

// A worker starts with the collector off and is told the target to set once started,
// unless the user chose GOGC, which it then inherits untouched.
func TestStartGC(t *testing.T) {
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	cmd := exec.Command("true")
	if got := startGC(cmd); got != early.SteadyGCPercent {
		t.Errorf("startGC = %d, want %d", got, early.SteadyGCPercent)
	}
	if n := len(cmd.Env); n == 0 || cmd.Env[n-1] != "GOGC=off" {
		t.Errorf("worker environment ends %q, want GOGC=off", cmd.Env[max(0, n-1):])
	}
	t.Setenv("GOGC", "50")
	t.Setenv("GOMAXPROCS", "1")
	cmd = exec.Command("true")
	if got := startGC(cmd); got != 0 || cmd.Env != nil {
		t.Errorf("with GOGC and GOMAXPROCS set: startGC = %d, env %q; want 0 and the inherited environment", got, cmd.Env)
	}
}

// A batch interrupted while a worker starts returns the interruption: the goroutine
// that sends the new worker its Setup must not read the worker through startWith's
// result, which the interrupted start sets to nil as it returns (it did, and the
// goroutine, run after that, died on a nil pointer: Ctrl-C on a batch printed a Go
// panic and exited 2 instead of 130).
func TestStartInterruptedDoesNotPanic(t *testing.T) {
	p := fakePool(t, 0, 1, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range 40 {
		w, _, err := p.startWith(ctx, nil)
		if w != nil || !errors.Is(err, context.Canceled) {
			t.Fatalf("startWith with a cancelled context = %v, %v; want nil, context.Canceled", w, err)
		}
	}
	// The goroutines of those starts finish on their own; give them the time to.
	time.Sleep(200 * time.Millisecond)
}
