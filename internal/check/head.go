package check

import (
	"context"
	"fmt"

	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/prefault"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Head is a file whose reading began before its Checker was ready (Begin).
//
// A fresh worker spends its first milliseconds building the checker (lexicons,
// analyser, rule pack) on data that does not depend on the file, while reading the file
// (extract.File) needs none of it. A worker that knows its first file before its
// checker is built (it was queued behind the worker's Setup) reads it meanwhile, and
// FileFrom takes the document from here.
type Head struct {
	path   string
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	doc    *resume.Document
	err    error
}

// Begin starts reading path (not "-") on a goroutine of its own, with the limits of
// opts.Extract and within opts.Timeout, which from here on counts for the whole check
// of the file. The caller hands the Head to FileFrom of a Checker made with the same
// options.
func Begin(ctx context.Context, path string, opts Options) *Head {
	h := &Head{path: path, done: make(chan struct{})}
	if opts.Timeout > 0 {
		h.ctx, h.cancel = context.WithTimeout(ctx, opts.Timeout)
	} else {
		h.ctx, h.cancel = context.WithCancel(ctx)
	}
	go func() {
		defer close(h.done)
		prefault.Stack()
		defer func() {
			if r := recover(); r != nil {
				h.doc, h.err = nil, fmt.Errorf("%s: internal error while checking (%v); please report it with the file if you can share it", path, r)
			}
		}()
		h.doc, h.err = extract.File(h.ctx, path, opts.Extract)
	}()
	return h
}

// Path is the file being read.
func (h *Head) Path() string { return h.path }

// wait returns what the reading gave, or ctx's error if ctx ends first.
func (h *Head) wait(ctx context.Context) (*resume.Document, error) {
	select {
	case <-h.done:
		return h.doc, h.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
