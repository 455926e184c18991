package main

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// Package-level expressions are compiled at their first use (internal/lazyregexp), so
// one that a test never reaches would only fail in a user's run: compile them all here,
// where every package of the program is linked in.
func TestLazyRegexpsCompile(t *testing.T) {
	n, err := lazyregexp.CompileAll()
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Errorf("only %d lazy expressions declared; the packages declare more than 50", n)
	}
}
