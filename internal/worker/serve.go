package worker

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/resumecheck/resumecheck/internal/advise"
	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/report"
)

// Main is the worker process: it reads its Setup and requests from standard input and
// answers on standard output until standard input closes. It returns the exit code.
func Main() int {
	check.Preload()
	out := os.Stdout
	// Anything else that prints to standard output goes to standard error instead, so
	// the message stream stays intact.
	os.Stdout = os.Stderr
	if err := Serve(context.Background(), os.Stdin, out); err != nil {
		fmt.Fprintln(os.Stderr, "resumecheck worker:", err)
		return 2
	}
	return 0
}

// swapReader is the checker's standard input: the bytes of the current "-" request.
type swapReader struct{ r io.Reader }

func (s *swapReader) Read(p []byte) (int, error) {
	if s.r == nil {
		return 0, io.EOF
	}
	return s.r.Read(p)
}

// Serve answers requests from in on out, one file at a time.
func Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	dec := json.NewDecoder(bufio.NewReaderSize(in, 1<<16))
	bw := bufio.NewWriterSize(out, 1<<16)
	enc := json.NewEncoder(bw)
	send := func(v any) error {
		if err := enc.Encode(v); err != nil {
			return err
		}
		return bw.Flush()
	}
	var setup Setup
	if err := dec.Decode(&setup); err != nil {
		if errors.Is(err, io.EOF) {
			// A worker started early (package early) by a parent that then had no
			// file for it: nothing to do.
			return nil
		}
		return fmt.Errorf("reading setup: %w", err)
	}
	if setup.Print == nil {
		// encoding/json builds its encoder for a type, by reflection over every type
		// it holds, at the first Encode; for a response (a whole report) that is about
		// a millisecond the first file's answer would wait for. The type warmed is the
		// one sent (a wireResponse: its wireReport is a type of its own, whose encoder
		// a Response's would not build). A worker that prints its reports sends a few
		// fields of one instead.
		go func() { _ = json.NewEncoder(io.Discard).Encode(wireResponse{}) }()
	}
	capMemory(setup.MaxMemory)
	if !setup.Options.NoAdvice {
		check.PreloadAdvice()
	}
	// The file queued behind the Setup is read while the checker is built.
	var first *Request
	var head *check.Head
	if setup.Ahead {
		first = new(Request)
		if err := dec.Decode(first); err != nil {
			return fmt.Errorf("reading a request: %w", err)
		}
		if first.Path != "-" {
			head = check.Begin(ctx, first.Path, setup.Options)
		}
	}
	stdin := &swapReader{}
	setup.Options.Stdin = stdin
	if setup.Only {
		// The only process at work: the parent waits for this one file, so its
		// bullets and rewrites are analysed on every core.
		setup.Options.Within = runtime.GOMAXPROCS(0)
	}
	c, err := check.New(setup.Options)
	if err != nil {
		var ce *check.ConfigError
		return send(Hello{Error: oneLine(err.Error()), Config: errors.As(err, &ce)})
	}
	if setup.GCPercent != 0 {
		collectLater(setup.GCPercent, setup.GCHeadroom, setup.MaxMemory)
	}
	var hello Hello
	if setup.Rules {
		hello.Rules = c.Rules()
	}
	if err := send(hello); err != nil {
		return err
	}
	if setup.GCPercent > 0 && setup.GCHeadroom == 0 {
		// A batch's worker, and GOGC not set by the user.
		newGCTuner(setup.GCPercent, setup.MaxMemory).start()
	}
	for {
		var req Request
		if first != nil {
			req, first = *first, nil
		} else if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("reading a request: %w", err)
		}
		stdin.r = bytes.NewReader(req.Stdin)
		var res check.Result
		if head != nil && head.Path() == req.Path {
			res = c.FileFrom(ctx, head)
		} else {
			res = c.File(ctx, req.Path)
		}
		head = nil
		stdin.r = nil
		// The worker of a one-file run exits with the parent: it says its peak memory,
		// which the parent would otherwise learn by waiting for its exit, when the
		// parent reports memory.
		var peak int64
		if setup.Only {
			// The parent may exit as soon as it has the answer, and this worker with
			// it: a first run of a build writes the examples' disk cache (advise), which
			// must be written, not cut off with its temporary file left behind. A run
			// that read the cache has nothing to wait for.
			waitExampleCache()
			if setup.Peak {
				peak = SelfMaxRSS()
			}
		}
		resp := wireResponse{Response: Response{Failures: res.Failures, PeakKB: peak}, Report: toWire(res.Report)}
		if setup.Print != nil && res.Err == nil && resp.Report != nil {
			if out, err := printed(setup.Print, resp.Report, hello.Rules); err == nil {
				r := resp.Report
				if err := send(printedResponse{Printed: out, Failures: res.Failures, Report: printedReport{File: r.File, Status: r.Status, Reading: r.Reading}, PeakKB: peak}); err != nil {
					return err
				}
				if setup.Only {
					return lingerUntilClosed(in)
				}
				continue
			}
		}
		if res.Err != nil {
			var ce *check.ConfigError
			var se *check.StoppedError
			resp = wireResponse{Response: Response{Error: oneLine(res.Err.Error()), Config: errors.As(res.Err, &ce), Stopped: errors.As(res.Err, &se), PeakKB: peak}}
		}
		if err := enc.Encode(resp); err != nil {
			// A report that cannot be encoded is this file's error, not the worker's.
			resp = wireResponse{Response: Response{Error: oneLine(fmt.Sprintf("%s: internal error while writing the report (%v); please report it with the file if you can share it", req.Path, err))}}
			if err := enc.Encode(resp); err != nil {
				return err
			}
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		if setup.Only {
			return lingerUntilClosed(in)
		}
	}
}

// waitExampleCache is advise.WaitExampleCache (a test sees when it is called).
var waitExampleCache = advise.WaitExampleCache

// lingerUntilClosed ends the worker of a one-file run once it has answered (the
// examples' disk cache written before that): it waits for its input to close, reading
// and ignoring anything more. The parent leaves that input open (Pool.release), so this worker
// ends when the parent exits (its input closes, or the kernel kills it with the
// parent's thread that started it): the kernel's teardown of it (a millisecond or two
// for some 20 MB resident) then no longer runs while the parent reads the answer and
// writes the report. A one-file run ended 0.19-0.44 ms sooner (tiny.md and a median
// corpus PDF, 150-400 paired runs).
func lingerUntilClosed(in io.Reader) error {
	_, _ = io.Copy(io.Discard, in)
	return nil
}

// wireReport is a report as a worker sends it: the same fields under the same names,
// without Report's MarshalJSON, which encoded the whole report into a buffer of its own
// that the response's encoder then scanned and copied again (a tenth of a worker's
// time outside the check). That method only writes null for the score and track of a
// report that was not scored, which the parent reads back as 0 and "": toWire sends
// those instead.
type wireReport report.Report

// wireResponse is a Response whose report is sent as a wireReport (the field shadows
// the embedded Response's report of the same JSON name; the parent decodes a Response).
type wireResponse struct {
	Response
	Report *wireReport `json:"report,omitempty"`
}

// printedResponse is the Response of a worker that printed the report (Setup.Print):
// a type of its own, so that encoding it does not build encoding/json's encoder for
// every type of a whole report.
type printedResponse struct {
	Printed  []byte          `json:"printed"`
	Failures []check.Failure `json:"failures,omitempty"`
	Report   printedReport   `json:"report"`
	PeakKB   int64           `json:"peak_kb,omitempty"`
}

// printedReport is what the parent of a run whose worker printed the report judges the
// run by, under the names of report.Report's fields.
type printedReport struct {
	File    string           `json:"file"`
	Status  string           `json:"status"`
	Reading *reading.Reading `json:"reading,omitempty"`
}

// printed prints r as the parent prints a report alone (cmd/resumecheck: a one-file
// run, or a line of a quiet batch): the report as the parent would have decoded it
// (toWire), alone in a batch with the
// rules the Hello lists, redacted first when asked. A writer's error is returned, and
// the report is then sent whole for the parent to print.
func printed(p *Print, r *wireReport, rules []report.RuleInfo) ([]byte, error) {
	w, err := report.New(p.Format, p.Options)
	if err != nil {
		return nil, err
	}
	b := &report.Batch{SchemaVersion: report.SchemaVersion, Tool: p.Tool, Rules: rules, Reports: []*report.Report{(*report.Report)(r)}}
	if p.Options.Redact {
		b = report.Redact(b)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func toWire(r *report.Report) *wireReport {
	if r == nil {
		return nil
	}
	w := wireReport(*r)
	if !r.Scored() {
		w.OverallScore, w.Track, w.TrackReason = 0, "", ""
	}
	return &w
}
