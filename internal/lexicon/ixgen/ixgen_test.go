package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestIndexTableCurrent fails when a built-in lexicon's terms changed and
// internal/lexicon/index_table_gen.go was not regenerated.
func TestIndexTableCurrent(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "index_table_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/lexicon/index_table_gen.go is stale: run go generate ./internal/yamlx")
	}
}
