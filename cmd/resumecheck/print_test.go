package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
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
