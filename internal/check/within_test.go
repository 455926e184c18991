package check

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
)

// everyResume lists the résumés of testdata and, when ../shared is present, every
// corpus file.
func everyResume(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join(corpustest.RepoRoot(t), "testdata", "resumes", "*"))
	if c, ok := corpustest.Path(); ok {
		more, _ := filepath.Glob(filepath.Join(c, "files", "*"))
		files = append(files, more...)
	}
	return files
}

// A file checked with its bullets and rewrites analysed on several goroutines
// (Options.Within, what the worker of a one-file run does) gets exactly the report it
// gets on one: on every résumé of testdata and, when ../shared is present, every
// corpus file. Run with -race, it also shows the analyser shared safely.
func TestWithinSameReport(t *testing.T) {
	files := everyResume(t)
	if len(files) < 10 {
		t.Fatalf("only %d files", len(files))
	}
	opts := Options{NoConfig: true, MinScore: -1, Now: benchNow, Extract: extract.Options{Now: benchNow}}
	one, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Within = 3
	many, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, f := range files {
		a, b := one.File(context.Background(), f), many.File(context.Background(), f)
		if (a.Err == nil) != (b.Err == nil) {
			t.Errorf("%s: error %v on one goroutine, %v on several", filepath.Base(f), a.Err, b.Err)
			continue
		}
		if a.Err != nil {
			continue
		}
		ja, _ := json.Marshal(a.Report)
		jb, _ := json.Marshal(b.Report)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: the report differs when analysed on several goroutines", filepath.Base(f))
		}
		compared++
	}
	if compared < 10 {
		t.Errorf("only %d reports compared", compared)
	}
}
