package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestVocabCurrent fails when rules/scope/scope.yaml (or how it compiles) changed and
// internal/scope/vocab_gen.go was not regenerated.
func TestVocabCurrent(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "vocab_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/scope/vocab_gen.go is stale: run go generate ./internal/yamlx")
	}
}
