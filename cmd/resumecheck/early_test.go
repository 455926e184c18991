package main

import (
	"io"
	"testing"

	"github.com/resumecheck/resumecheck/internal/worker/early"
)

// TestEarlyWorkerCommands keeps package early's guess in step with the commands: a
// subcommand other than check starts no early worker, a check does.
func TestEarlyWorkerCommands(t *testing.T) {
	app := newApp(nil, io.Discard, io.Discard)
	for _, c := range app.Commands {
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			want := name == "check"
			if got := early.Wanted([]string{"resumecheck", name, "cv.pdf"}); got != want {
				t.Errorf("early.Wanted(resumecheck %s cv.pdf) = %v, want %v: update early.NotChecks", name, got, want)
			}
		}
	}
	if !early.Wanted([]string{"resumecheck", "cv.pdf"}) {
		t.Error("early.Wanted(resumecheck cv.pdf) = false, want true")
	}
}
