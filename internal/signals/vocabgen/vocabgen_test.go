package main

import (
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/gosource/gosourcetest"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// TestVocabTableCurrent fails when a built-in lexicon's lists or phrases changed and
// vocab_table_gen.go was not regenerated (a run then builds the table: right, but
// slower).
func TestVocabTableCurrent(t *testing.T) {
	gosourcetest.Current(t, filepath.Join("..", "vocab_table_gen.go"), signals.VocabTableSource, "run go generate ./internal/yamlx")
}
