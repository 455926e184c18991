package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestLexiconTableCurrent fails when a built-in lexicon file changed and
// internal/lexicon/lexicon_table_gen.go was not regenerated.
func TestLexiconTableCurrent(t *testing.T) {
	want, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "lexicon_table_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/lexicon/lexicon_table_gen.go is stale: run go generate ./internal/yamlx")
	}
}
