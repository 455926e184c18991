package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestLiteralsCurrent fails when a built-in lexicon pattern changed and
// internal/lexicon/literals_gen.go was not regenerated.
func TestLiteralsCurrent(t *testing.T) {
	want, n, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no built-in pattern")
	}
	got, err := os.ReadFile(filepath.Join("..", "literals_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/lexicon/literals_gen.go is stale: run go generate ./internal/yamlx")
	}
}
