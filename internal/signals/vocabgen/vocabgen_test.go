package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestVocabTableCurrent fails when a built-in lexicon's lists or phrases changed and
// vocab_table_gen.go was not regenerated (a run then builds the table: right, but
// slower).
func TestVocabTableCurrent(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "vocab_table_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/signals/vocab_table_gen.go is stale: run go generate ./internal/yamlx")
	}
}
