package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/resumecheck/resumecheck/internal/advise"
	"io"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/report"
)

// A report that crossed from a worker to the parent prints exactly as the one the
// pipeline made in process, in every format and with --verbose; the folder's README
// is read as unread, so a report that was not scored crosses too (the worker sends it
// without the nulls its JSON output has).
func TestServeReportsAsInProcess(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpustest.RepoRoot(t), "testdata", "resumes", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".html" {
			paths = append(paths, f)
		}
	}
	if len(paths) < 10 {
		t.Fatalf("only %d résumés in testdata", len(paths))
	}
	opts := check.Options{NoConfig: true, MinScore: -1, Timeout: time.Minute, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	c, err := check.New(opts)
	if err != nil {
		t.Fatal(err)
	}

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	served := make(chan error, 1)
	go func() { served <- Serve(context.Background(), inR, outW); outW.Close() }()
	enc := json.NewEncoder(inW)
	dec := json.NewDecoder(outR)
	if err := enc.Encode(Setup{Options: opts, Rules: true}); err != nil {
		t.Fatal(err)
	}
	var hello Hello
	if err := dec.Decode(&hello); err != nil || hello.Error != "" || len(hello.Rules) == 0 {
		t.Fatalf("hello %+v, %v", hello, err)
	}
	unscored := 0
	for _, path := range paths {
		want := c.File(context.Background(), path)
		if err := enc.Encode(Request{Path: path}); err != nil {
			t.Fatal(err)
		}
		var got Response
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		if want.Err != nil || got.Error != "" {
			t.Fatalf("%s: %v / %s", path, want.Err, got.Error)
		}
		if !got.Report.Scored() {
			unscored++
		}
		for _, format := range report.Formats() {
			for _, verbose := range []bool{false, true} {
				if a, b := write(t, format, verbose, want.Report), write(t, format, verbose, got.Report); !bytes.Equal(a, b) {
					t.Errorf("%s: %s report (verbose %v) differs after crossing from the worker", filepath.Base(path), format, verbose)
				}
			}
		}
	}
	inW.Close()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
	if unscored == 0 {
		t.Error("no report that was not scored crossed from the worker")
	}
}

func write(t *testing.T, format string, verbose bool, r *report.Report) []byte {
	t.Helper()
	w, err := report.New(format, report.Options{Verbose: verbose})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, report.Single(r)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// decodePrinted reads what a printing worker sends: a printed report with its file,
// status and reading; a whole report when the worker could not print it (as Decode
// into a Response reads it); an error with no report.
func TestDecodePrinted(t *testing.T) {
	rd := &reading.Reading{Pages: 2, Roles: 3}
	full := &report.Report{File: "a.pdf", Status: report.StatusPass, OverallScore: 61, Track: "ic", Reading: rd,
		Bullets: []report.Bullet{{Text: "Led a team of 5"}}, Areas: map[string]int{"impact": 40}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, v := range []any{
		printedResponse{Printed: []byte("a.pdf: 61/100\n"), Failures: []check.Failure{{Kind: check.FailOverall}}, Report: printedReport{File: "a.pdf", Status: report.StatusPass, Reading: rd}},
		wireResponse{Response: Response{}, Report: toWire(full)},
		wireResponse{Response: Response{Error: "b.pdf: broken", Stopped: true}},
	} {
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
	}
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	for i := range 3 {
		got, err := decodePrinted(dec)
		if err != nil {
			t.Fatal(err)
		}
		var want Response
		if err := json.Unmarshal(lines[i], &want); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			want.Report = &report.Report{File: "a.pdf", Status: report.StatusPass, Reading: rd}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("answer %d: decodePrinted\n%+v\nDecode into a Response\n%+v", i, got, want)
		}
	}
}

// A worker set up for a one-file run (Setup.Only) answers that file, printed or not,
// and no other: it reads and ignores what follows until its input closes (the parent
// leaves that to its exit), and only then returns.
func TestServeOnlyAnswersOneFile(t *testing.T) {
	var waits atomic.Int32
	defer func(f func()) { waitExampleCache = f }(waitExampleCache)
	waitExampleCache = func() {
		advise.WaitExampleCache()
		waits.Add(1)
	}
	path := filepath.Join(corpustest.RepoRoot(t), "testdata", "resumes", "tiny.md")
	opts := check.Options{NoConfig: true, MinScore: -1, Timeout: time.Minute}
	for i, print := range []*Print{nil, {Format: "text"}} {
		inR, inW := io.Pipe()
		outR, outW := io.Pipe()
		served := make(chan error, 1)
		go func() {
			err := Serve(context.Background(), inR, outW)
			outW.Close()
			served <- err
		}()
		enc := json.NewEncoder(inW)
		go func() {
			_ = enc.Encode(Setup{Options: opts, Only: true, Print: print, Peak: print != nil})
			_ = enc.Encode(Request{Path: path})
			_ = enc.Encode(Request{Path: path})
		}()
		dec := json.NewDecoder(outR)
		var hello Hello
		if err := dec.Decode(&hello); err != nil || hello.Error != "" {
			t.Fatalf("hello %+v, %v", hello, err)
		}
		var r map[string]any
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("print %v: no answer: %v", print != nil, err)
		}
		// It has waited for the examples' disk cache (written on a build's first run)
		// before answering: the parent may exit, and the worker with it, as soon as it
		// has the answer, and a write cut off would leave its temporary file behind.
		if n := waits.Load(); n != int32(i+1) {
			t.Errorf("print %v: the worker answered after %d waits for the examples' cache, want %d", print != nil, n, i+1)
		}
		// Asked (Setup.Peak), it says its peak memory, since the parent will not wait
		// for its exit; not asked, it does not read it.
		if peak, _ := r["peak_kb"].(float64); print != nil && peak <= 0 && SelfMaxRSS() > 0 {
			t.Errorf("print %v: asked, the answer carries no peak memory: %v", print != nil, r["peak_kb"])
		} else if print == nil && r["peak_kb"] != nil {
			t.Errorf("print %v: not asked, the answer carries a peak memory: %v", print != nil, r["peak_kb"])
		}
		// Answered, it waits for its input to close, second request or not.
		more := make(chan int, 1)
		go func() {
			n := 0
			for {
				var r map[string]any
				if err := dec.Decode(&r); err != nil {
					more <- n
					return
				}
				n++
			}
		}()
		select {
		case err := <-served:
			t.Fatalf("print %v: Serve returned (%v) while its input was open", print != nil, err)
		case <-time.After(200 * time.Millisecond):
		}
		inW.Close()
		select {
		case err := <-served:
			if err != nil {
				t.Fatalf("print %v: Serve: %v", print != nil, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("print %v: Serve still waiting after its input closed", print != nil)
		}
		if n := <-more; n != 0 {
			t.Errorf("print %v: %d more answers after the first, want none", print != nil, n)
		}
	}
}
