package main

import (
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/gosource/gosourcetest"
	"github.com/resumecheck/resumecheck/internal/scope"
)

// TestVocabCurrent fails when rules/scope/scope.yaml (or how it compiles) changed and
// internal/scope/vocab_gen.go was not regenerated.
func TestVocabCurrent(t *testing.T) {
	gosourcetest.Current(t, filepath.Join("..", "vocab_gen.go"), scope.VocabSource, "run go generate ./internal/yamlx")
}
