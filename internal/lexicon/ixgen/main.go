// Command ixgen writes internal/lexicon/index_table_gen.go: the term index of every
// built-in lexicon file as Go data (lexicon.IndexTableSource), which a run uses in
// place instead of building it. It runs with `go generate ./internal/yamlx`, with
// the other data made from the built-in YAML; TestIndexTableCurrent fails until
// then, and a file edited meanwhile has its index built at run time.
package main

import (
	"github.com/resumecheck/resumecheck/internal/lexicon"

	"github.com/resumecheck/resumecheck/internal/gosource"
)

func main() { gosource.Generate("ixgen", "index_table_gen.go", lexicon.IndexTableSource) }
