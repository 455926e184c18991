package main

import (
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/gosource/gosourcetest"
	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// TestIndexTableCurrent fails when a built-in lexicon's terms changed and
// internal/lexicon/index_table_gen.go was not regenerated.
func TestIndexTableCurrent(t *testing.T) {
	gosourcetest.Current(t, filepath.Join("..", "index_table_gen.go"), lexicon.IndexTableSource, "run go generate ./internal/yamlx")
}
