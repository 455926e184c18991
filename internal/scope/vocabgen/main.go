// Command vocabgen writes internal/scope/vocab_gen.go: the built-in scope vocabulary
// (rules/scope/scope.yaml) compiled, as Go data a run reads in place instead of
// compiling the file (scope.VocabSource). It runs with `go generate ./internal/yamlx`,
// with the other data made from the built-in YAML; TestVocabCurrent fails until
// then, and a run compiles the file meanwhile (data made from another file is not
// used).
package main

import (
	"github.com/resumecheck/resumecheck/internal/scope"

	"github.com/resumecheck/resumecheck/internal/gosource"
)

func main() { gosource.Generate("vocabgen", "vocab_gen.go", scope.VocabSource) }
