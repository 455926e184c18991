package main

import (
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/gosource/gosourcetest"
	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// TestLexiconTableCurrent fails when a built-in lexicon file changed and
// internal/lexicon/lexicon_table_gen.go was not regenerated.
func TestLexiconTableCurrent(t *testing.T) {
	gosourcetest.Current(t, filepath.Join("..", "lexicon_table_gen.go"), lexicon.LexiconTableSource, "run go generate ./internal/yamlx")
}
