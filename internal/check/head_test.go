package check

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
)

// TestFileFromSameResult: a file whose reading began before the checker was built
// (Begin, then FileFrom) gets the result File gives it, error or report.
func TestFileFromSameResult(t *testing.T) {
	files := everyResume(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.pdf")
	if err := os.WriteFile(bad, []byte("%PDF-1.4\nnot really a PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	files = append(files, bad, filepath.Join(dir, "missing.pdf"))
	if len(files) < 10 {
		t.Fatalf("only %d files", len(files))
	}
	opts := Options{NoConfig: true, MinScore: -1, Now: benchNow, Extract: extract.Options{Now: benchNow}}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	reports, failed := 0, 0
	for _, f := range files {
		h := Begin(ctx, f, opts)
		if h.Path() != f {
			t.Fatalf("Path() = %q, want %q", h.Path(), f)
		}
		a, b := c.File(ctx, f), c.FileFrom(ctx, h)
		if (a.Err == nil) != (b.Err == nil) || a.Err != nil && a.Err.Error() != b.Err.Error() {
			t.Errorf("%s: error %v from File, %v from FileFrom", filepath.Base(f), a.Err, b.Err)
			continue
		}
		if a.Err != nil {
			failed++
			continue
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: the result differs when the file was read ahead", filepath.Base(f))
		}
		reports++
	}
	if reports < 10 || failed < 2 {
		t.Errorf("compared %d reports and %d errors", reports, failed)
	}
}

// TestFileFromTimeLimitFromBegin: the time limit of a file read ahead counts from
// Begin, not from FileFrom.
func TestFileFromTimeLimitFromBegin(t *testing.T) {
	opts := Options{NoConfig: true, MinScore: -1, Timeout: 200 * time.Millisecond}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h := Begin(context.Background(), filepath.Join(corpustest.RepoRoot(t), "testdata", "resumes", "tiny.md"), opts)
	time.Sleep(400 * time.Millisecond)
	res := c.FileFrom(context.Background(), h)
	var se *StoppedError
	if !errors.As(res.Err, &se) {
		t.Fatalf("FileFrom after the limit: %v, want a StoppedError", res.Err)
	}
}
