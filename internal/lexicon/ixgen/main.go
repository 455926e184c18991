// Command ixgen writes internal/lexicon/index_table_gen.go: the term index of every
// built-in lexicon file as Go data (lexicon.IndexTableSource), which a run uses in
// place instead of building it. It runs with `go generate ./internal/yamlx`, with
// the other data made from the built-in YAML; TestIndexTableCurrent fails until
// then, and a file edited meanwhile has its index built at run time.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

func main() {
	out := flag.String("o", "index_table_gen.go", "file to write")
	flag.Parse()
	src, err := generate()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ixgen:", err)
		os.Exit(1)
	}
	fmt.Println("ixgen: wrote", *out)
}

// generate returns the formatted source of index_table_gen.go.
func generate() ([]byte, error) {
	code, err := lexicon.IndexTableSource()
	if err != nil {
		return nil, err
	}
	return format.Source(code)
}
