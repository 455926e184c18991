// Package gosourcetest holds the test every generator of internal/gosource has: the
// file it wrote is what it writes now.
package gosourcetest

import (
	"bytes"
	"os"
	"testing"

	"github.com/resumecheck/resumecheck/internal/gosource"
)

// Current fails t when the generated file at path is not the formatted output of
// source; regenerate tells how to write it again.
func Current(t testing.TB, path string, source func() ([]byte, error), regenerate string) {
	t.Helper()
	want, err := gosource.Formatted(source)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: %s", path, regenerate)
	}
}
