// Command lexgen writes internal/lexicon/lexicon_table_gen.go: every built-in
// lexicon file, decoded and checked, as Go data (lexicon.LexiconTableSource), which a
// run uses in place instead of decoding the file. It runs with `go generate
// ./internal/yamlx`, with the other data made from the built-in YAML;
// TestLexiconTableCurrent fails until then, and a file edited meanwhile is decoded
// at run time.
package main

import (
	"github.com/resumecheck/resumecheck/internal/lexicon"

	"github.com/resumecheck/resumecheck/internal/gosource"
)

func main() { gosource.Generate("lexgen", "lexicon_table_gen.go", lexicon.LexiconTableSource) }
