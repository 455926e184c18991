// Command vocabgen writes internal/signals/vocab_table_gen.go: the analyser's
// vocabulary of the built-in lexicons (their lists and phrases) as Go data, which a
// run reads in place instead of building it. It runs with `go generate
// ./internal/yamlx`, with the other data made from the built-in YAML;
// TestVocabTableCurrent fails until then, and a run builds the table meanwhile (a
// table made from other lists than the lexicons' is not used).
package main

import (
	"github.com/resumecheck/resumecheck/internal/signals"

	"github.com/resumecheck/resumecheck/internal/gosource"
)

func main() { gosource.Generate("vocabgen", "vocab_table_gen.go", signals.VocabTableSource) }
