package worker

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/worker/early"
)

// DefaultMaxMemory is the memory cap of one worker process (--max-memory).
const DefaultMaxMemory = 1 << 30

// grace is how long the parent waits past the time limit for a worker's own answer
// (the worker stops the file at the limit itself) before it kills the worker.
const grace = 2 * time.Second

// Pool checks files in worker processes. Set its fields, then call Files.
type Pool struct {
	Options check.Options
	// MaxMemory caps each worker's memory in bytes; 0 means no cap.
	MaxMemory int64
	// Command returns the command that starts one worker; nil re-executes this binary
	// with Arg.
	Command func() *exec.Cmd
	// ListRules asks the workers for the list of enabled rules (Rules): set it when
	// the run writes a format that lists them (report.ListsRules).
	ListRules bool
	// Print asks the workers to print each report themselves (see Setup.Print): set
	// it for a run that prints only to standard output in a form where each file's
	// report prints on its own (one file; or the quiet text format, a line per file),
	// then take what was printed from Printed.
	Print *Print
	// MeasureMemory asks a one-file run's worker for its peak memory with its answer
	// (Setup.Peak), so that WorkersMaxRSS counts it; without it that worker counts 0.
	// Batch workers are measured as they end either way.
	MeasureMemory bool

	mu         sync.Mutex
	printed    [][]byte // by the index of the path in Files
	rules      []report.RuleInfo
	workersRSS int64 // sum of the maximum resident set (KB) of every worker that ended
	workers    int
	gcHeadroom int64 // Setup.GCHeadroom
	only       bool  // Setup.Only
	// ending counts the workers Files released (their input closed) that may not
	// have ended yet; Close waits for them.
	ending sync.WaitGroup
}

// Close waits for the workers that Files released to end, so that WorkersMaxRSS
// counts them all. Files returns as soon as every file has its answer, while its
// idle workers are still exiting: a caller can write its reports meanwhile. The
// worker of a one-file run sends its peak memory with its answer (when asked:
// MeasureMemory), so Close does not wait for it: the run's process exits, which
// closes the worker's input, and the worker then ends (the kernel's teardown of it
// took 1.5-2 ms here, for a worker of 19 MB resident), orphaned and reaped by the
// system. A timing tool that waits only for this process (time(1)) then counts the
// parent's CPU alone; scripts/bench.sh waits for every descendant (scripts/runstat).
func (p *Pool) Close() {
	p.ending.Wait()
}

// Rules describes the enabled rules, as the first worker loaded them, when ListRules
// asked for them.
func (p *Pool) Rules() []report.RuleInfo {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rules
}

// printedAnswer is a Response as the parent of a run whose worker prints the report
// reads it: the report is kept as JSON until it is known whether it is the few
// fields of a printedReport or, when the worker could not print it, a whole report.
// Decoding into a Response built encoding/json's field tables for every type of a
// report (encoders included, which it builds with them), a millisecond of the
// parent's CPU, for a file, a status and a reading.
type printedAnswer struct {
	Report   json.RawMessage `json:"report,omitempty"`
	Failures []check.Failure `json:"failures,omitempty"`
	Error    string          `json:"error,omitempty"`
	Config   bool            `json:"config,omitempty"`
	Stopped  bool            `json:"stopped,omitempty"`
	Printed  []byte          `json:"printed,omitempty"`
	PeakKB   int64           `json:"peak_kb,omitempty"`
}

// decodePrinted reads the next Response of a worker that prints its reports.
func decodePrinted(dec *json.Decoder) (Response, error) {
	var a printedAnswer
	if err := dec.Decode(&a); err != nil {
		return Response{}, err
	}
	resp := Response{Failures: a.Failures, Error: a.Error, Config: a.Config, Stopped: a.Stopped, Printed: a.Printed, PeakKB: a.PeakKB}
	if len(a.Report) == 0 || string(a.Report) == "null" {
		return resp, nil
	}
	if a.Printed != nil {
		var pr printedReport
		if err := json.Unmarshal(a.Report, &pr); err != nil {
			return Response{}, err
		}
		resp.Report = &report.Report{File: pr.File, Status: pr.Status, Reading: pr.Reading}
		return resp, nil
	}
	resp.Report = new(report.Report)
	if err := json.Unmarshal(a.Report, resp.Report); err != nil {
		return Response{}, err
	}
	return resp, nil
}

// Printed is the report of the i-th path given to Files as its worker printed it
// (Print): that file's Result then holds only the report's file, status and reading.
// It is nil otherwise (no Print, or the file failed, or the writer did: the Result
// then holds the whole report, or the error), and the caller prints that result
// itself.
func (p *Pool) Printed(i int) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if i < 0 || i >= len(p.printed) {
		return nil
	}
	return p.printed[i]
}

// WorkersMaxRSS is the sum over every worker that has ended of its maximum resident set
// size in KB, and how many workers ran.
func (p *Pool) WorkersMaxRSS() (kb int64, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.workersRSS, p.workers
}

// Files checks paths with Options.Jobs workers (0 = the number of CPUs). Results come
// back in the order of paths; progress, if set, is called after each file. The error
// is a worker that could not start (a *check.ConfigError for a config or rule error
// that affects every file); one file's trouble is only that file's Result.Err.
func (p *Pool) Files(ctx context.Context, paths []string, progress func(done, total int, file string)) ([]check.Result, error) {
	jobs := p.Options.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if jobs > len(paths) {
		jobs = len(paths)
	}
	if len(paths) == 1 {
		p.gcHeadroom = oneFileGCHeadroom
		p.only = true
	}
	// Every worker starts at once (their start-ups overlap each other's and the reading
	// of standard input); at least one starts even when there is no file, since the
	// first one's answer checks the config and lists the rules the report formats
	// show, and decides whether the run can go on.
	type started struct {
		w    *proc
		took bool // it took the request sent ahead
		err  error
	}
	// The first file goes to the first worker right behind its Setup, so that the
	// worker finds it waiting once it has said Hello: one round trip less, the one a
	// one-file run waits on. (Standard input is read first, so "-" waits.)
	var sentFirst *Request
	if len(paths) > 0 && paths[0] != "-" {
		sentFirst = &Request{Path: paths[0]}
	}
	starting := make([]chan started, max(jobs, 1))
	for k := range starting {
		ch := make(chan started, 1)
		starting[k] = ch
		go func() {
			var ahead *Request
			if k == 0 {
				ahead = sentFirst
			}
			w, took, err := p.start(ctx, ahead)
			ch <- started{w, took, err}
		}()
	}
	// This process mostly waits while the first worker starts and checks the first
	// file: the decoder its answer needs is built meanwhile (unless the worker prints
	// the report and sends a few fields of it).
	if p.Print == nil {
		go warmDecoder()
	}
	var stdin []byte
	var stdinErr error
	for _, path := range paths {
		if path == "-" {
			in := p.Options.Stdin
			if in == nil {
				in = os.Stdin
			}
			stdin, stdinErr = check.ReadLimited(in, p.Options.Extract.MaxSize)
			break
		}
	}

	first := <-starting[0]
	if first.err != nil {
		for _, ch := range starting[1:] {
			if r := <-ch; r.w != nil {
				r.w.stop()
			}
		}
		return nil, first.err
	}

	results := make([]check.Result, len(paths))
	if p.Print != nil {
		p.mu.Lock()
		p.printed = make([][]byte, len(paths))
		p.mu.Unlock()
	}
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for k := 0; k < jobs; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A worker that could not start is tried again at its first file, which
			// then carries the error.
			w := first.w
			if k > 0 {
				w = (<-starting[k]).w
			}
			defer func() { p.release(w) }()
			// Each file is sent with the one after it queued behind it, so that the
			// worker finds its next file waiting instead of idling while this
			// goroutine reads its answer. A file queued to a worker that then had to
			// be ended is sent again, to its replacement.
			i, sent := 0, k == 0 && first.took
			if !sent {
				var ok bool
				if i, ok = <-next; !ok {
					return
				}
			}
			for {
				path := paths[i]
				req := Request{Path: path}
				if path == "-" {
					if stdinErr != nil {
						results[i] = check.Result{File: path, Err: fmt.Errorf("standard input: %v", stdinErr)}
					}
					req.Stdin = stdin
				}
				if results[i].Err == nil && w == nil {
					var err error
					if w, _, err = p.start(ctx, nil); err != nil {
						results[i] = check.Result{File: path, Err: err}
					}
				}
				// The next file: taken now, queued behind this one unless it is
				// standard input (a large request) or this file is not going to a
				// worker.
				j, more := <-next
				var ahead *Request
				if more && paths[j] != "-" && results[i].Err == nil {
					ahead = &Request{Path: paths[j]}
				}
				queued := false
				if results[i].Err == nil {
					var keep bool
					var printed []byte
					results[i], printed, keep, queued = p.check(ctx, w, req, sent, ahead)
					if printed != nil {
						p.mu.Lock()
						p.printed[i] = printed
						p.mu.Unlock()
					}
					if !keep {
						w.kill()
						w = nil
						queued = false
					}
				}
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(paths), path)
					mu.Unlock()
				}
				if !more {
					return
				}
				i, sent = j, queued
			}
		}()
	}
	if jobs == 0 {
		first.w.stop() // there was no file
	}
	for i := range paths {
		if i == 0 && first.took {
			continue // with the first worker already
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return results, nil
}

// check hands one file to w (unless it was sent already: with the worker's Setup,
// or queued behind the file before) and ahead, if not nil, to be checked next; then
// it waits for the file's answer, the time limit, or w's death. keep is false when w
// must not be used again; queued tells whether ahead was sent; printed is the report
// as the worker printed it (Print), if it did.
func (p *Pool) check(ctx context.Context, w *proc, req Request, sent bool, ahead *Request) (res check.Result, printed []byte, keep, queued bool) {
	res.File = req.Path
	// What the worker says on standard error is kept from the moment it is given the
	// file. A file sent earlier may have ended the worker, and written why, before
	// this runs: then what it wrote is kept; what a file before it wrote is not.
	if sent {
		w.stderr.resetUnlessFatal()
	} else {
		w.stderr.reset()
	}
	answer := make(chan Response, 1)
	failed := make(chan error, 1)
	var sentAhead atomic.Bool
	go func() {
		var resp Response
		if !sent {
			if err := w.enc.Encode(req); err != nil {
				failed <- err
				return
			}
		}
		if ahead != nil {
			if err := w.enc.Encode(*ahead); err == nil {
				sentAhead.Store(true)
			}
		}
		if !sent || ahead != nil {
			if err := w.bw.Flush(); err != nil {
				failed <- err
				return
			}
		}
		var err error
		if p.Print != nil {
			resp, err = decodePrinted(w.dec)
		} else {
			err = w.dec.Decode(&resp)
		}
		if err != nil {
			failed <- err
			return
		}
		answer <- resp
	}()
	var limit <-chan time.Time
	if t := p.Options.Timeout; t > 0 {
		timer := time.NewTimer(t + grace)
		defer timer.Stop()
		limit = timer.C
	}
	select {
	case resp := <-answer:
		res.Report, res.Failures = resp.Report, resp.Failures
		if resp.PeakKB > 0 {
			w.peak.Store(resp.PeakKB)
		}
		if p.only {
			w.answeredOnly.Store(true)
		}
		if resp.Printed != nil && resp.Error == "" {
			printed = resp.Printed
		}
		if resp.Error != "" {
			res.Err = errors.New(resp.Error)
			if resp.Config {
				res.Err = &check.ConfigError{Err: res.Err}
			}
		}
		return res, printed, !resp.Stopped, sentAhead.Load()
	case <-failed:
		w.wait()
		res.Err = p.died(w, req.Path)
		return res, nil, false, false
	case <-w.memory:
		w.kill()
		res.Err = p.tooMuchMemory(req.Path)
		return res, nil, false, false
	case <-limit:
		w.kill()
		res.Err = fmt.Errorf("%s: took longer than %s; split the file or raise --timeout", req.Path, p.Options.Timeout)
		return res, nil, false, false
	case <-ctx.Done():
		w.kill()
		res.Err = fmt.Errorf("%s: %w", req.Path, ctx.Err())
		return res, nil, false, false
	}
}

func (p *Pool) tooMuchMemory(path string) error {
	return fmt.Errorf("%s: used more than %s of memory; split the file or raise --max-memory", path, Size(p.MaxMemory))
}

// died explains a worker that ended without answering.
func (p *Pool) died(w *proc, path string) error {
	out := w.stderr.String()
	if p.endedByCap(w, out) {
		return p.tooMuchMemory(path)
	}
	what := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") || runtimeFault(line) {
			what = strings.TrimSpace(line)
			break
		}
	}
	if what == "" {
		what = "the worker checking it ended: " + w.exitStatus()
	}
	return fmt.Errorf("%s: internal error while checking (%s); please report it with the file if you can share it", path, oneLine(what))
}

// endedByCap tells whether a worker that ended without answering was ended by its
// memory cap: the parent saw it over the cap, or its last words say the runtime could
// not map memory, or, when it ran under a cap, the runtime itself faulted. Under
// RLIMIT_DATA a failed mapping usually ends the worker with "out of memory", but about
// one time in three (9 of 30 workers on a dense PDF under 96 MiB) it surfaces instead as a
// fault inside the collector ("SIGSEGV: segmentation violation" and a PC, with no
// "fatal error" line), at a resident size far below the cap (the cap counts mapped
// memory), so the size cannot tell. A fault in our own code is a panic, which the
// checker recovers; a fault of the runtime's own under a cap is taken for the cap.
func (p *Pool) endedByCap(w *proc, stderr string) bool {
	if w.overMemory() || outOfMemory(stderr) {
		return true
	}
	return p.MaxMemory > 0 && runtimeFault(stderr)
}

// runtimeFault tells whether a worker's last words are the Go runtime faulting in its
// own code: a signal it could not turn into a panic.
func runtimeFault(stderr string) bool {
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(line, "panic: "):
			return false
		case strings.HasPrefix(line, "unexpected fault address"),
			strings.HasPrefix(line, "fatal error: unexpected signal"),
			strings.HasPrefix(line, "fatal error: fault"):
			return true
		case strings.HasPrefix(line, "SIG"):
			if name, _, ok := strings.Cut(line, ": "); ok && len(name) > 3 && strings.ToUpper(name) == name && !strings.Contains(name, " ") {
				return true
			}
		}
	}
	return false
}

// outOfMemory tells whether a worker's last words are the Go runtime failing to map
// memory: under RLIMIT_DATA it says "out of memory" or "cannot allocate memory".
func outOfMemory(stderr string) bool {
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "runtime: ") {
			if strings.Contains(line, "out of memory") || strings.Contains(line, "cannot allocate memory") {
				return true
			}
		}
	}
	return false
}

// Size prints a memory size the way --max-memory is meant: "1 GiB", "512 MiB".
func Size(b int64) string {
	switch {
	case b >= 1<<30 && b%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", b>>30)
	case b >= 1<<20:
		return fmt.Sprintf("%d MiB", b>>20)
	}
	return fmt.Sprintf("%d bytes", b)
}

// proc is one running worker.
type proc struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	bw     *bufio.Writer
	enc    *json.Encoder
	dec    *json.Decoder
	stderr *headBuffer
	exited chan struct{}
	// memory is closed when the parent's watch saw the worker over its cap (only where
	// the worker cannot cap itself).
	memory   chan struct{}
	overMem  bool
	pool     *Pool
	stopOnce sync.Once
	// out is the read end of the worker's standard output, closed by closeOut.
	out      *os.File
	closeOne sync.Once
	// hwm is the worker's peak resident set in KB, read just before it is ended (0
	// when it ended by itself or could not be read).
	hwm atomic.Int64
	// peak is the peak resident set in KB a one-file run's worker sent with its
	// answer (Response.PeakKB), 0 if it sent none.
	peak atomic.Int64
	// answeredOnly says the worker answered a one-file run's file (Setup.Only): it
	// lingers until this process exits (release).
	answeredOnly atomic.Bool
	// counted makes sure the worker's memory is added to the pool's once: when it
	// ends, or when it is released with its peak already known.
	counted sync.Once
}

// closeOut closes the read end of the worker's standard output once the worker has
// ended and nothing more will be read from it.
func (w *proc) closeOut() {
	w.closeOne.Do(func() {
		if w.out != nil {
			w.out.Close()
		}
	})
}

// notePeak records the worker's peak resident set before it is ended.
func (w *proc) notePeak() {
	if kb, ok := hwmKB(strconv.Itoa(w.cmd.Process.Pid)); ok {
		w.hwm.Store(kb)
	}
}

// start launches a worker (or adopts the one package early started while this
// process was initialising), sends its Setup and, if not nil, the request ahead, and
// waits for its Hello; took says whether the worker took the request ahead.
//
// A worker given a request ahead reads that file while it starts (check.Begin), so
// one that dies before its Hello may have died of the file (a PDF that needs more
// memory than the cap) rather than of its start-up: it is replaced by one started
// without the request, which then goes to it as any file does, so that the error
// names the file, or says the start-up needs more memory if the new one dies too.
func (p *Pool) start(ctx context.Context, ahead *Request) (w *proc, took bool, err error) {
	w, died, err := p.startWith(ctx, ahead)
	if err == nil || ahead == nil || !died || ctx.Err() != nil {
		return w, err == nil && ahead != nil, err
	}
	w, _, err = p.startWith(ctx, nil)
	return w, false, err
}

// startWith is start without the second try; died says the worker ended before its
// Hello.
func (p *Pool) startWith(ctx context.Context, ahead *Request) (w *proc, died bool, err error) {
	var gcPercent int
	if e := early.Take(); e != nil && p.Command == nil {
		w, gcPercent = p.adopt(e)
	} else {
		var err error
		if w, gcPercent, err = p.launch(); err != nil {
			return nil, false, err
		}
	}
	if p.MaxMemory > 0 && !selfCapped {
		go w.watch(p.MaxMemory)
	}
	opts := p.Options
	opts.Stdin = nil
	hello := make(chan Hello, 1)
	failed := make(chan error, 1)
	// w is handed over, not captured: it is this function's result, which a return
	// on the interrupted path below sets to nil, maybe before this goroutine runs.
	go func(w *proc) {
		if err := w.enc.Encode(Setup{Options: opts, MaxMemory: p.MaxMemory, GCPercent: gcPercent, GCHeadroom: p.gcHeadroom, Rules: p.ListRules, Print: p.Print, Only: p.only, Peak: p.only && p.MeasureMemory, Ahead: ahead != nil}); err != nil {
			failed <- err
			return
		}
		if ahead != nil {
			if err := w.enc.Encode(*ahead); err != nil {
				failed <- err
				return
			}
		}
		if err := w.bw.Flush(); err != nil {
			failed <- err
			return
		}
		var h Hello
		if err := w.dec.Decode(&h); err != nil {
			failed <- err
			return
		}
		hello <- h
	}(w)
	select {
	case h := <-hello:
		if h.Error != "" {
			w.stop()
			if h.Config {
				return nil, false, &check.ConfigError{Err: errors.New(h.Error)}
			}
			return nil, false, errors.New(h.Error)
		}
		p.mu.Lock()
		if p.rules == nil {
			p.rules = h.Rules
		}
		p.mu.Unlock()
		return w, false, nil
	case <-failed:
		w.wait()
		msg := "the worker process ended at start: " + w.exitStatus()
		if p.endedByCap(w, w.stderr.String()) {
			msg = fmt.Sprintf("a worker process needs more than %s of memory to start; raise --max-memory", Size(p.MaxMemory))
		}
		return nil, true, errors.New(msg)
	case <-ctx.Done():
		w.kill()
		return nil, false, ctx.Err()
	}
}

// launch starts a worker process.
func (p *Pool) launch() (w *proc, gcPercent int, err error) {
	var cmd *exec.Cmd
	if p.Command != nil {
		cmd = p.Command()
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, 0, fmt.Errorf("cannot start a worker process: %v", err)
		}
		cmd = exec.Command(exe, Arg)
		// Args[0] as this process got it: a test binary dispatches on it.
		cmd.Args[0] = os.Args[0]
	}
	setProcAttr(cmd)
	gcPercent = startGC(cmd)
	w = p.newProc(cmd)
	cmd.Stderr = w.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, 0, fmt.Errorf("cannot start a worker process: %v", err)
	}
	// A pipe of our own rather than StdoutPipe: cmd.Wait closes the read end of that
	// one as soon as the worker has exited, and a worker of a one-file run
	// (Setup.Only) exits right after writing its answer, which may not have been read
	// yet. Ours is closed once the worker is no longer used (closeOut).
	out, wr, err := os.Pipe()
	if err != nil {
		in.Close()
		return nil, 0, fmt.Errorf("cannot start a worker process: %v", err)
	}
	cmd.Stdout = wr
	err = cmd.Start()
	wr.Close()
	if err != nil {
		out.Close()
		return nil, 0, fmt.Errorf("cannot start a worker process: %v", err)
	}
	w.pipes(in, out)
	w.out = out
	go w.ended(cmd.Wait)
	return w, gcPercent, nil
}

// adopt takes over the worker package early started: the same process launch would
// have started, with its pipes already open.
func (p *Pool) adopt(e *early.Worker) (w *proc, gcPercent int) {
	cmd := &exec.Cmd{Path: e.Path, Args: e.Args, Process: e.Process}
	w = p.newProc(cmd)
	w.pipes(e.Stdin, e.Stdout)
	w.out = e.Stdout
	copied := make(chan struct{})
	go func() {
		_, _ = io.Copy(w.stderr, e.Stderr)
		close(copied)
	}()
	go w.ended(func() error {
		state, err := e.Process.Wait()
		cmd.ProcessState = state
		// Its standard error reaches end of file when the worker and whatever it
		// started have closed it; a straggler holding it is not waited for.
		select {
		case <-copied:
		case <-time.After(time.Second):
		}
		e.Stderr.Close()
		return err
	})
	return w, e.GCPercent
}

func (p *Pool) newProc(cmd *exec.Cmd) *proc {
	return &proc{cmd: cmd, stderr: &headBuffer{max: 64 << 10}, exited: make(chan struct{}), memory: make(chan struct{}), pool: p}
}

// pipes sets up the message streams over the worker's standard input and output.
func (w *proc) pipes(in io.WriteCloser, out io.Reader) {
	w.in = in
	w.bw = bufio.NewWriterSize(in, 1<<16)
	w.enc = json.NewEncoder(w.bw)
	w.dec = json.NewDecoder(bufio.NewReaderSize(out, 1<<16))
}

// ended waits for the worker to end (wait), records its peak memory and closes
// w.exited.
func (w *proc) ended(wait func() error) {
	_ = wait()
	rss := w.hwm.Load()
	if rss == 0 {
		rss = maxRSS(w.cmd.ProcessState)
	}
	w.count(rss)
	close(w.exited)
}

// count adds the worker's peak memory (KB) to the pool's, the first time it is called.
func (w *proc) count(kb int64) {
	w.counted.Do(func() {
		p := w.pool
		p.mu.Lock()
		p.workersRSS += kb
		p.workers++
		p.mu.Unlock()
	})
}

// startGC starts a worker with the collector off, unless the user set GOGC, and with
// this process's GOMAXPROCS, unless the user set it, and returns the target the worker
// sets once its checker is built (see early.Vars).
func startGC(cmd *exec.Cmd) (gcPercent int) {
	vars, gcPercent := early.Vars()
	if len(vars) > 0 {
		if cmd.Env == nil {
			cmd.Env = os.Environ()
		}
		cmd.Env = append(cmd.Env, vars...)
	}
	return gcPercent
}

// kill ends the worker and everything it started, and waits for it.
func (w *proc) kill() {
	select {
	case <-w.exited:
		w.closeOut()
		return
	default:
	}
	w.notePeak()
	killGroup(w.cmd)
	<-w.exited
	w.closeOut()
}

// wait waits for a worker that is ending by itself; one that lingers is killed.
func (w *proc) wait() {
	select {
	case <-w.exited:
		w.closeOut()
	case <-time.After(time.Second):
		w.kill()
	}
}

// release ends an idle worker without waiting for it (Close does): its peak memory
// is noted and its input closed now, so that it exits while the caller goes on.
func (p *Pool) release(w *proc) {
	if w == nil {
		return
	}
	w.stopOnce.Do(func() {
		if w.answeredOnly.Load() {
			// A one-file run's worker, which has answered (Setup.Only): its peak is
			// known (or was not asked for), so Close need not wait for it. It ends
			// when its input closes
			// (lingerUntilClosed), which is left to this process's exit, so that the
			// kernel does not tear the worker down while this process writes the
			// report. Should this process go on (a test), the input is closed after
			// onlyLinger, and the worker reaped in the background.
			w.count(w.peak.Load())
			time.AfterFunc(onlyLinger, func() {
				_ = w.in.Close()
				w.wait()
			})
			return
		}
		w.notePeak()
		_ = w.in.Close()
		p.ending.Add(1)
		go func() {
			defer p.ending.Done()
			w.wait()
		}()
	})
}

// onlyLinger is how long a one-file run's worker is left to end with this process
// (Pool.release): far longer than a run takes from its answer to its exit.
const onlyLinger = 200 * time.Millisecond

// stop ends an idle worker: closing its input lets it return; it is killed if it
// does not.
func (w *proc) stop() {
	if w == nil {
		return
	}
	w.stopOnce.Do(func() {
		w.notePeak()
		_ = w.in.Close()
		w.wait()
	})
}

func (w *proc) exitStatus() string {
	if w.cmd.ProcessState == nil {
		return "still running"
	}
	return w.cmd.ProcessState.String()
}

func (w *proc) overMemory() bool {
	select {
	case <-w.memory:
		return true
	default:
		return false
	}
}

// watch polls the worker's resident memory where it cannot cap itself, and closes
// w.memory when it passes max.
func (w *proc) watch(max int64) {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-w.exited:
			return
		case <-tick.C:
			if kb, ok := residentKB(w.cmd.Process.Pid); ok && kb<<10 > max {
				close(w.memory)
				return
			}
		}
	}
}

// headBuffer keeps the first max bytes written since the last reset.
type headBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (h *headBuffer) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if room := h.max - len(h.b); room > 0 {
		if len(p) < room {
			room = len(p)
		}
		h.b = append(h.b, p[:room]...)
	}
	return len(p), nil
}

func (h *headBuffer) String() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return string(h.b)
}

func (h *headBuffer) reset() {
	h.mu.Lock()
	h.b = h.b[:0]
	h.mu.Unlock()
}

// resetUnlessFatal empties the buffer unless it holds the start of a Go runtime
// failure or panic: the last words of a worker that ended on a file it was sent
// before the one now waited for, which only that file can have caused.
func (h *headBuffer) resetUnlessFatal() {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := string(h.b)
	if strings.Contains(s, "fatal error") || strings.Contains(s, "panic:") || outOfMemory(s) || runtimeFault(s) {
		return
	}
	h.b = h.b[:0]
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
