package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/report"
)

// TestWorkerPrintsAsParent checks that a one-file run whose worker prints the report
// (worker.Setup.Print) prints, says on standard error and exits exactly as the same run
// printed by the parent from the decoded report (the run is made to print in the
// parent by also asking for a report file, which the parent writes), in every format
// and with the options that change what is printed, on every résumé of testdata (an
// unread file and a template among them) and on every corpus file with -q, as
// scripts/bench.sh runs it (the JSON output of the corpus is held by TestOutputHashes).
func TestWorkerPrintsAsParent(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", outputsEpoch)
	t.Setenv("NO_COLOR", "1")
	t.Setenv("HOME", t.TempDir())
	resumes, err := filepath.Glob(filepath.Join("..", "..", "testdata", "resumes", "*"))
	if err != nil || len(resumes) < 10 {
		t.Fatalf("testdata/resumes: %d files, %v", len(resumes), err)
	}
	variants := [][]string{{"-q"}, {}, {"-v"}, {"--redact"}, {"--min-score", "90"}}
	for _, f := range []string{"json", "markdown", "html", "sarif", "junit"} {
		variants = append(variants, []string{"--format", f})
	}
	variants = append(variants, []string{"--format", "json", "--redact"})
	other := filepath.Join(t.TempDir(), "other")
	compare := func(file string, args []string) {
		t.Helper()
		base := append([]string{"resumecheck", "--no-config", "-j", "1"}, args...)
		var out1, err1, out2, err2 bytes.Buffer
		code1 := run(context.Background(), append(slices.Clone(base), file), strings.NewReader(""), &out1, &err1)
		// A report file in another format makes the parent print standard output.
		outFlag := "--output-markdown"
		if slices.Contains(args, "markdown") {
			outFlag = "--output-json"
		}
		code2 := run(context.Background(), append(slices.Clone(base), outFlag, other, file), strings.NewReader(""), &out2, &err2)
		if code1 != code2 || out1.String() != out2.String() || err1.String() != err2.String() {
			t.Errorf("%s %v: printed by the worker: exit %d, %d bytes\n%s%s\nprinted by the parent: exit %d, %d bytes\n%s%s",
				filepath.Base(file), args, code1, out1.Len(), head(out1.String()), err1.String(), code2, out2.Len(), head(out2.String()), err2.String())
		}
		if out1.Len() == 0 {
			t.Errorf("%s %v: nothing printed", filepath.Base(file), args)
		}
	}
	for _, f := range resumes {
		for _, v := range variants {
			compare(f, v)
		}
	}
	if c, ok := corpustest.Path(); ok {
		files, _ := filepath.Glob(filepath.Join(c, "files", "*"))
		for _, f := range files {
			compare(f, []string{"-q"})
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("the parent-printed runs wrote no report file: %v", err)
	}
}

func head(s string) string {
	if len(s) > 400 {
		return fmt.Sprintf("%s... (%d more bytes)", s[:400], len(s)-400)
	}
	return s
}

// TestBatchWorkersPrintQuietLines checks that a batch run in the quiet text format,
// whose workers print each file's line (quietLines), prints, says on standard error
// and exits exactly as the same run printed by the parent from the decoded reports
// (made so by also asking for a report file): on testdata's résumés with a missing
// file and two broken ones among them, with the options that change the lines, and on
// the whole corpus as scripts/bench.sh's batch runs it.
func TestBatchWorkersPrintQuietLines(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", outputsEpoch)
	t.Setenv("NO_COLOR", "1")
	t.Setenv("HOME", t.TempDir())
	dir := t.TempDir()
	resumes, err := filepath.Glob(filepath.Join("..", "..", "testdata", "resumes", "*"))
	if err != nil || len(resumes) < 10 {
		t.Fatalf("testdata/resumes: %d files, %v", len(resumes), err)
	}
	broken := filepath.Join(dir, "broken.pdf")
	if err := os.WriteFile(broken, []byte("%PDF-1.4 no objects"), 0o644); err != nil {
		t.Fatal(err)
	}
	notDocx := filepath.Join(dir, "notes.docx")
	if err := os.WriteFile(notDocx, []byte("plain text"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := append([]string{filepath.Join(dir, "missing.pdf"), broken}, resumes...)
	files = append(files, notDocx)
	other := filepath.Join(dir, "other.md")
	compare := func(args []string, files []string) {
		t.Helper()
		base := append([]string{"resumecheck", "--no-config", "--no-progress", "-q", "-j", "2"}, args...)
		var out1, err1, out2, err2 bytes.Buffer
		code1 := run(context.Background(), append(slices.Clone(base), files...), strings.NewReader(""), &out1, &err1)
		code2 := run(context.Background(), append(append(slices.Clone(base), "--output-markdown", other), files...), strings.NewReader(""), &out2, &err2)
		if code1 != code2 || out1.String() != out2.String() || err1.String() != err2.String() {
			t.Errorf("%v: printed by the workers: exit %d, %d bytes\n%s%s\nprinted by the parent: exit %d, %d bytes\n%s%s",
				args, code1, out1.Len(), head(out1.String()), err1.String(), code2, out2.Len(), head(out2.String()), err2.String())
		}
		if lines := strings.Count(out1.String(), "\n"); lines != len(files) {
			t.Errorf("%v: %d lines printed for %d files", args, lines, len(files))
		}
	}
	for _, args := range [][]string{{}, {"--redact"}, {"--min-score", "90"}} {
		compare(args, files)
	}
	if c, ok := corpustest.Path(); ok {
		all, _ := filepath.Glob(filepath.Join(c, "files", "*"))
		compare(nil, all)
	}
}

// writeLines prints a line the worker did not print (the worker's writer failed and it
// sent the whole report) from the report, in its place: the same text as the writer
// prints for the whole batch.
func TestWriteLinesFillsUnprinted(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", outputsEpoch)
	resumes, err := filepath.Glob(filepath.Join("..", "..", "testdata", "resumes", "*.md"))
	if err != nil || len(resumes) < 3 {
		t.Fatalf("testdata/resumes/*.md: %d files, %v", len(resumes), err)
	}
	var js, stderr bytes.Buffer
	// Some of these may be unread (testdata's README is): their line says so.
	run(context.Background(), append([]string{"resumecheck", "--no-config", "--format", "json"}, resumes[:3]...), strings.NewReader(""), &js, &stderr)
	b := &report.Batch{}
	if err := json.Unmarshal(js.Bytes(), b); err != nil || len(b.Reports) != 3 {
		t.Fatalf("the JSON batch: %d reports, %v; %s", len(b.Reports), err, stderr.String())
	}
	var results []check.Result
	for _, r := range b.Reports {
		results = append(results, check.Result{File: r.File, Report: r})
	}
	results = append(results, check.Result{File: "gone.pdf", Err: errors.New("gone.pdf: no such file")})
	b.Errors = []report.FileError{{File: "gone.pdf", Error: "gone.pdf: no such file"}}
	opts := report.Options{Quiet: true, Width: 100}
	w, err := report.New("text", opts)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := w.Write(&want, b); err != nil {
		t.Fatal(err)
	}
	// The second line as a worker would have printed it, the others left to writeLines.
	var second bytes.Buffer
	if err := w.Write(&second, &report.Batch{Reports: b.Reports[1:2]}); err != nil {
		t.Fatal(err)
	}
	printed := func(i int) []byte {
		if i == 1 {
			return second.Bytes()
		}
		return nil
	}
	var got bytes.Buffer
	if err := writeLines(&got, b, results, printed, opts); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() || strings.Count(want.String(), "\n") != 4 {
		t.Errorf("writeLines printed\n%s\nthe writer prints\n%s", got.String(), want.String())
	}
}
