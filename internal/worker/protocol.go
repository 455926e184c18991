// Package worker runs the file pipeline (internal/check) in worker processes: the same
// binary re-executed in a hidden worker mode, each process under a memory cap and killed
// at the time limit, so that a file that makes the pipeline use too much memory or time
// ends that file's check only, never the whole run.
//
// The parent (Pool) loads no rules and no model; it starts up to Jobs workers, hands each
// file to an idle one, and replaces a worker that dies or that it had to stop. A worker
// (Serve) builds one check.Checker and checks many files one after the other, so start-up
// is paid once per worker, not once per file.
//
// Messages are JSON lines: the parent writes a Setup then one Request per file on the
// worker's standard input; the worker writes a Hello then one Response per request on
// its standard output (the worker points os.Stdout at standard error first, so nothing
// else it prints can break the stream).
package worker

import (
	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/worker/early"
)

// Arg is the hidden first argument that starts a process in worker mode.
const Arg = early.Arg

// Setup is the first message a worker reads: how to build its checker.
type Setup struct {
	Options check.Options
	// MaxMemory is the memory cap in bytes the worker puts on itself; 0 means none.
	MaxMemory int64
	// GCPercent, when not 0, is the collector's target (as GOGC) the worker sets once
	// its checker is built: the parent starts it with the collector off (see
	// startGC), since start-up only builds what the worker keeps.
	GCPercent int `json:",omitempty"`
	// GCHeadroom, when not 0, is how far the worker's memory may grow past its
	// start-up before it turns the collector on (see collectLater): one-file runs.
	GCHeadroom int64 `json:",omitempty"`
	// Rules asks for the list of enabled rules in the Hello: only the formats that
	// list rules (report.ListsRules) need it, and encoding, sending and decoding it
	// (about 14 KB of JSON) came before a one-file run's first file.
	Rules bool `json:",omitempty"`
	// Print, when set, asks the worker to print each file's report itself, as the
	// parent printing only to standard output would print it alone (a one-file run,
	// or a batch in the quiet text format, a line per file), and to send what it
	// printed (Response.Printed) with the report cut down to what the parent judges
	// the run by (see printed). Decoding the whole report (80-150 KB of JSON for a
	// corpus PDF) and building the decoder for it were about a tenth of a one-file
	// run's CPU in the parent, for what -q prints in one line; in a quiet batch,
	// encoding and decoding whole reports were a sixth of the CPU of both sides.
	Print *Print `json:",omitempty"`
	// Only says the run has one file: the worker answers it, then ignores its input
	// until it closes, which the parent leaves to its own exit, so that the kernel
	// tears the worker down when the run ends rather than while the parent writes
	// the report (see lingerUntilClosed).
	Only bool `json:",omitempty"`
	// Peak asks the worker of a one-file run to send its peak memory with its answer
	// (Response.PeakKB), for a parent that reports memory (Pool.MeasureMemory): reading
	// it from /proc is a tenth of a millisecond of such a run, between the check and
	// the answer.
	Peak bool `json:",omitempty"`
	// Ahead says a Request follows the Setup without waiting for the Hello: the
	// worker reads that file while it builds its checker (check.Begin).
	Ahead bool `json:",omitempty"`
}

// Print is how the parent prints a report alone: the format and the writer's
// options, and the tool named in the report.
type Print struct {
	Format  string
	Options report.Options
	Tool    report.Tool
}

// Hello is the first message a worker writes: the rules it loaded (when its Setup asked
// for them), or why it could not start (a config or rule error affects every file).
type Hello struct {
	Rules  []report.RuleInfo `json:"rules,omitempty"`
	Error  string            `json:"error,omitempty"`
	Config bool              `json:"config,omitempty"`
}

// Request asks a worker to check one file; Stdin holds the bytes of "-".
type Request struct {
	Path  string `json:"path"`
	Stdin []byte `json:"stdin,omitempty"`
}

// Response is what happened to one file.
type Response struct {
	Report   *report.Report  `json:"report,omitempty"`
	Failures []check.Failure `json:"failures,omitempty"`
	Error    string          `json:"error,omitempty"`
	// Config marks a config or rule error (the run stops with exit 2).
	Config bool `json:"config,omitempty"`
	// Stopped marks a file that hit the time limit: its work may still be running in
	// the worker, so the parent ends that worker and starts another.
	Stopped bool `json:"stopped,omitempty"`
	// Printed is the report as printed when the Setup asked for it (Print): Report
	// then holds only the file, the status and the reading (printedResponse).
	Printed []byte `json:"printed,omitempty"`
	// PeakKB is the worker's own peak resident set (KB) as it answered, sent by the
	// worker of a one-file run (Setup.Only) when asked (Setup.Peak), which ends only
	// with the parent: the parent counts it then instead of waiting for the worker's
	// exit to learn it.
	PeakKB int64 `json:"peak_kb,omitempty"`
}
